// Evaluation: shipments in one request are evaluated together, then each gets a decision with
// its reasons, decisive reason first. The decision is made in named steps: not an import, gift,
// commercial exemption (with the 50 U.S.C. 1702(b) carve-out), totals, entry type.
//
// Aggregation (19 CFR 10.151, 10.152; choices in docs/decisions.md):
// - "one person on one day": every shipment to the same person arriving on the same New York day
//   counts toward the limit, gifts and purchases alike (10.151: "any shipment ... imported by one
//   person on one day"; counting gifts too is the conservative reading);
// - lots of one order (same orderId) add up across days (10.151 splitting rule);
// - gifts add up per recipient per day against the gift limit (10.152).
// The set a shipment is compared with is (its person-day) U (its order); no transitive chaining,
// so a decision never depends on shipments unrelated to it, nor on their order in the batch.
// A parcel shipped from inside the customs territory is not an import and counts toward nothing.

import type { InputIssue } from '../issues.ts';
import { add, compare, formatCents, formatUsd, timesInteger, usdFromCents, USD_ZERO, type UsdValue } from '../money/money.ts';
import { describeRate, isApproximate, type CompiledRates } from '../money/rates.ts';
import { citationText, weakestConfidence } from '../law/cite.ts';
import { selectVersion, type CompiledExclusion, type CompiledHint, type CompiledRules, type CompiledVersion } from '../rules/compile.ts';
import type { Confidence, ItemFlag } from '../rules/types.ts';
import type { NumberFacts } from '../shipment/number-facts.ts';
import { VALUE_APPROXIMATE, VALUE_CERTIFIED, VALUE_UNKNOWN, type NormalizedShipment, type ValueBasis } from '../shipment/normalize.ts';
import type { Charges } from '../charges/types.ts';
import { messages } from './messages.ts';

export type Exemption = 'not-an-import' | 'de-minimis' | 'gift' | 'informational-material' | 'carve-out-1702b';
export type Entry = 'section-321' | 'none' | 'informal' | 'formal' | 'postal';

/** One reason of a decision: a stable code for programs, a message for people, and the law it rests on. */
export interface Reason {
  code: string;
  message: string;
  /** the legal source(s), "EO 14324 (...); CSMS 66065494" */
  citation: string;
  /** id of the rule version, exclusion or hint that produced it */
  rule?: string;
  /** when that rule took effect, New York time with offset */
  effective?: string;
  /** when the status it reports began, if earlier than `effective` (a suspension continued by a
   * later order or regulation: "suspended since 2025-08-29T00:01-04:00") */
  since?: string;
  /** "warning" for what the caller should confirm: an HTS heading that leaves a fact open, a
   * carve-out its source does not confirm */
  level?: 'info' | 'warning';
  /** the weakest confidence tag of the sources cited (P = primary text checked, P-summary,
   * P-copy, P-title, S = secondary sources only, M = an unconfirmed lead), as on a charge line */
  confidence?: Confidence;
  /** the item an HTS heading's reason is about (its position in `items`) */
  item?: number;
  /** the fact that heading settled for that item, as the item flag it set ("alcohol") */
  flag?: ItemFlag;
  valueUsd?: string;
  limitUsd?: string;
  /** the day of the exchange rate a currency reason reports ("2026-04-13") */
  rateDate?: string;
}

/** A part of the answer that compares a value in US dollars with a limit: the duty-free test (the
 * de minimis or gift limit, a per-article exclusion threshold) or the entry type (the informal
 * entry ceiling, the postal ceiling, a Chapter 99 line). */
export type ValuePart = 'valueTest' | 'entry';

/**
 * How a decision rests on the shipment's value in US dollars, when a price was not in US
 * dollars (absent when every price, the shipment's and those counted with it, was in USD).
 */
export interface ValueDependence {
  /** how the prices became US dollars, the least sure one deciding: "certified" (the caller's
   * rates), "approximate" (an approximate rate, or the US dollar price the shop showed: CBP's
   * certified rate may differ), "unknown" (a price had no rate at all: `valueUsd` and
   * `aggregateUsd` then count only the prices that could be converted) */
  conversion: 'certified' | 'approximate' | 'unknown';
  /** the parts of the answer that depend on the value, and so on the rate: the duty-free test,
   * the entry type, the estimate of charges. All false: the answer holds whatever the price. */
  needsRate: { valueTest: boolean; entry: boolean; estimate: boolean };
  /** "decided"; "too-close": an approximate value within 5% of a limit (`closeTo`), so the
   * answer is not decided: the decision takes the side that costs more (not exempt; a formal
   * entry) until CBP's certified rate decides; "needs-rate": the duty-free test needed a price
   * that had no rate (the pipeline, core/pipeline.ts, reports MISSING_RATE issues instead of such a decision) */
  answer: 'decided' | 'too-close' | 'needs-rate';
  /** the limit an approximate value was too close to */
  closeTo?: { part: ValuePart; valueUsd: string; limitUsd: string };
}

/** The answer for one shipment: exempt or not, the entry it needs, its values in USD and the reasons, with the rule set version and the day it was decided for. */
export interface Decision {
  id: string;
  exempt: boolean;
  exemption: Exemption | null;
  entry: Entry;
  valueUsd: string;
  aggregateUsd: string;
  limitUsd: string | null;
  reasons: Reason[];
  rules: { version: string; asOf: string };
  /** how the answer rests on the value in US dollars, when a price was in another currency */
  valueDependence?: ValueDependence;
  /** The estimated duty and fees, present exactly when the shipment is not exempt (added after
   * the decision by the charges step, core/charges; the engine never sets it). */
  charges?: Charges;
}

const FX_CITATION = '19 CFR 159.32; 19 CFR 159.34; 31 U.S.C. 5151';
const FX_APPROXIMATE_CITATION = '19 CFR 159.31-159.35 (CBP converts at certified rates only; this rate is not one)';

/** An approximate value within this share of a limit is too close to call: 5%, as 19 CFR 159.34
 * lets a certified daily rate 5% away from the quarterly one replace it. */
const CLOSE_NUM = 1,
  CLOSE_DEN = 20;

function versionReason(compiled: CompiledVersion, code: string, message: string, valueUsd?: string, limitUsd?: string | null): Reason {
  const reason: Reason = { code, message, citation: compiled.citation, rule: compiled.rule.id, confidence: compiled.confidence };
  if (compiled.effective) reason.effective = compiled.effective;
  if (compiled.since && compiled.since !== compiled.effective) reason.since = compiled.since;
  if (valueUsd !== undefined) reason.valueUsd = valueUsd;
  if (limitUsd != null) reason.limitUsd = limitUsd;
  return reason;
}

function exclusionReason(compiled: CompiledExclusion, message?: string): Reason {
  const { exclusion } = compiled;
  return {
    code: exclusion.reasonCode,
    message: message ?? exclusion.summary,
    citation: compiled.citation,
    rule: exclusion.id,
    confidence: compiled.confidence,
  };
}

/** What a shipment is compared with: its person-day plus the other lots of its order. */
interface Totals {
  /** the person-day total plus the order's lots on other days: what the limit is tested on */
  aggregate: UsdValue;
  /** the gifts of the person-day: what the gift limit is tested on */
  giftTotal: UsdValue;
  giftCount: number;
  sameDayCount: number;
  sameDayTotal: UsdValue;
  orderCount: number;
  orderTotal: UsdValue;
  orderOutsideDay: boolean;
  /** how well `aggregate` and `giftTotal` are known (the worst of their parts) */
  aggregateBasis: ValueBasis;
  giftBasis: ValueBasis;
}

function totalsOfOne(shipment: NormalizedShipment): Totals {
  return {
    aggregate: shipment.valueUsd,
    giftTotal: shipment.kind === 'gift' ? shipment.valueUsd : USD_ZERO,
    giftCount: shipment.kind === 'gift' ? 1 : 0,
    sameDayCount: 1,
    sameDayTotal: shipment.valueUsd,
    orderCount: 0,
    orderTotal: USD_ZERO,
    orderOutsideDay: false,
    aggregateBasis: shipment.basis,
    giftBasis: shipment.kind === 'gift' ? shipment.basis : 0,
  };
}

function pushTo<K>(map: Map<K, number[]>, key: K, position: number): void {
  const list = map.get(key);
  if (list) list.push(position);
  else map.set(key, [position]);
}

function totalsOf(rules: CompiledRules, shipments: readonly NormalizedShipment[]): Totals[] {
  if (shipments.length === 1) return [totalsOfOne(shipments[0])];
  const byPersonDay = new Map<string, number[]>();
  const byOrder = new Map<string, number[]>();
  shipments.forEach((shipment, position) => {
    // positions, not NormalizedShipment.index: callers may assemble batches from several requests
    const domestic = customsTerritory(rules, shipment) !== null;
    const alone = domestic || shipment.personKey === null;
    pushTo(byPersonDay, alone ? `#${position}` : `${shipment.personKey}\u0000${shipment.day}`, position);
    if (shipment.orderId !== null && !domestic) pushTo(byOrder, shipment.orderId, position);
  });
  const totals = shipments.map(totalsOfOne);
  const personDayOf = new Array<number[]>(shipments.length);
  for (const members of byPersonDay.values()) {
    let total = USD_ZERO;
    let gifts = USD_ZERO;
    let giftCount = 0;
    let basis: ValueBasis = 0;
    let giftBasis: ValueBasis = 0;
    for (const i of members) {
      total = add(total, shipments[i].valueUsd);
      if (shipments[i].basis > basis) basis = shipments[i].basis;
      if (shipments[i].kind === 'gift') {
        gifts = add(gifts, shipments[i].valueUsd);
        giftCount++;
        if (shipments[i].basis > giftBasis) giftBasis = shipments[i].basis;
      }
    }
    for (const i of members) {
      personDayOf[i] = members;
      const own = totals[i];
      own.aggregate = total;
      own.giftTotal = gifts;
      own.giftCount = giftCount;
      own.sameDayCount = members.length;
      own.sameDayTotal = total;
      own.aggregateBasis = basis;
      own.giftBasis = giftBasis;
    }
  }
  for (const members of byOrder.values()) {
    if (members.length < 2) continue;
    let total = USD_ZERO;
    for (const i of members) total = add(total, shipments[i].valueUsd);
    // add to each lot the order's lots that are not already in its person-day: the lots grouped
    // by person-day, each group adds the other groups' sum (prefix and suffix sums), so an order
    // of M lots costs O(M), not M times a search of its person-day per lot (20,000 lines of one
    // order took 42 s)
    const groups = new Map<number[], number[]>();
    for (const i of members) pushTo(groups, personDayOf[i], i);
    const lists = [...groups.values()];
    const sums = lists.map((g) => g.reduce((acc, i) => add(acc, shipments[i].valueUsd), USD_ZERO));
    // the least sure conversion of each group (ValueBasis: higher is less sure), likewise by prefix and suffix
    const bases = lists.map((g) => g.reduce((b, i) => Math.max(b, shipments[i].basis), 0));
    const suffix = new Array<UsdValue>(lists.length + 1);
    const suffixBasis = new Array<number>(lists.length + 1);
    suffix[lists.length] = USD_ZERO;
    suffixBasis[lists.length] = 0;
    for (let k = lists.length - 1; k >= 0; k--) {
      suffix[k] = add(sums[k], suffix[k + 1]);
      suffixBasis[k] = Math.max(bases[k], suffixBasis[k + 1]);
    }
    let prefix = USD_ZERO;
    let prefixBasis = 0;
    for (let k = 0; k < lists.length; k++) {
      const outside = add(prefix, suffix[k + 1]);
      const outsideBasis = Math.max(prefixBasis, suffixBasis[k + 1]) as ValueBasis;
      for (const i of lists[k]) {
        const own = totals[i];
        own.orderCount = members.length;
        own.orderTotal = total;
        if (lists.length > 1) {
          own.aggregate = add(own.aggregate, outside);
          own.orderOutsideDay = true;
          if (outsideBasis > own.aggregateBasis) own.aggregateBasis = outsideBasis;
        }
      }
      prefix = add(prefix, sums[k]);
      prefixBasis = Math.max(prefixBasis, bases[k]);
    }
  }
  return totals;
}

/** The customs-territory version when a country (by default the one the shipment is shipped
 * from) is inside it at the shipment's instant, else null. */
function customsTerritory(rules: CompiledRules, shipment: NormalizedShipment, country = shipment.shipFrom): CompiledVersion | null {
  if (!rules.territoryCountries.has(country)) return null;
  const territory = selectVersion(rules, 'customs-territory', shipment.instant, shipment.origins, shipment.mode);
  return territory && territory.countries.has(country) ? territory : null;
}

/** The heading hints whose prefixes the item's HTS number starts with, in rule-set order (kept
 * with the number's facts, so an item is not tested against every prefix of every hint each time). */
function hintsOf(rules: CompiledRules, facts: NumberFacts): readonly CompiledHint[] {
  if (facts.hintsOf !== rules) {
    const hts = facts.hts;
    const hints = rules.htsHints.filter(({ hint }) => hint.prefixes.some((prefix) => hts.startsWith(prefix)));
    // most numbers have none: one shared empty list, so reading it touches no memory of its own
    facts.hints = hints.length ? hints : NONE;
    facts.hintsOf = rules;
  }
  return facts.hints;
}

/** Item flags after HTS headings that settle a fact ("apply"), unless the item states the
 * opposite; the headings' reasons are collected on the way. Every one is a warning: the mapping
 * of a heading to a fact is a reading of the sources, so the caller should confirm it and can
 * state the opposite with the heading's `not-` flag. A heading that settled a fact names it
 * (`flag`), so the charges estimate reads the same facts. */
function effectiveFlags(rules: CompiledRules, shipment: NormalizedShipment, hints: Reason[]): readonly ReadonlySet<ItemFlag>[] {
  if (rules.htsHints.length === 0 || !shipment.items.some((item) => item.hts)) return shipment.itemFlags;
  return shipment.items.map((item, position) => {
    const hts = item.hts;
    if (!hts || !item.facts) return item.flags;
    let flags = item.flags;
    for (const { hint, citation, confidence } of hintsOf(rules, item.facts)) {
      if (flags.has(hint.flag) || (hint.unlessFlag && flags.has(hint.unlessFlag))) continue;
      const reason: Reason = {
        code: hint.reasonCode,
        message: `items[${position}] (HTS ${hts}): ${hint.summary}`,
        citation,
        rule: hint.id,
        level: 'warning',
        confidence,
        item: position,
      };
      if (hint.effect === 'apply') {
        if (flags === item.flags) flags = new Set(flags);
        (flags as Set<ItemFlag>).add(hint.flag);
        reason.flag = hint.flag;
      }
      hints.push(reason);
    }
    return flags;
  });
}

/** The exclusions the shipment's items trigger, each once (they beat any value). */
function exclusionsOf(draft: Draft): CompiledExclusion[] {
  const { rules, shipment, flags } = draft;
  const found: CompiledExclusion[] = [];
  for (let k = 0; k < shipment.items.length; k++) {
    if (flags[k].size === 0) continue;
    const item = shipment.items[k];
    for (const flag of flags[k]) {
      for (const compiled of rules.exclusionsByFlag.get(flag) ?? NONE) {
        if (found.includes(compiled)) continue;
        // a per-article threshold ("perfume worth more than $5") is tested on the unit value
        if (compiled.unitOverCents !== null) {
          const threshold = usdFromCents(compiled.unitOverCents * item.quantity);
          if (item.basis === VALUE_UNKNOWN && compare(item.usd, threshold) <= 0) {
            // the value is unknown: decided without the exclusion, which can only take an
            // exemption away, so it matters only if the decision ends exempt (valueDependenceOf)
            draft.valueTest = true;
            if (!draft.uncertainExclusions.includes(compiled)) draft.uncertainExclusions.push(compiled);
            continue;
          }
          if (!over(draft, item.usd, item.basis, threshold, 'valueTest')) continue;
        }
        found.push(compiled);
      }
    }
  }
  return found;
}

const NONE: readonly never[] = [];

/** The decision taking shape, step by step: who decided (first reason), the exemption if any. */
interface Draft {
  readonly rules: CompiledRules;
  readonly shipment: NormalizedShipment;
  readonly totals: Totals;
  readonly flags: readonly ReadonlySet<ItemFlag>[];
  exclusions: readonly CompiledExclusion[];
  /** the aggregate as printed ("1234.00") */
  readonly aggregateText: string;
  /** the reasons that decided, the decisive one first */
  readonly decisive: Reason[];
  /** the reasons that explain the totals and the entry */
  readonly context: Reason[];
  exempt: boolean;
  exemption: Exemption | null;
  limitUsd: string | null;
  /** what was compared with the limit that decided, when it is not the aggregate (a gift) */
  comparedUsd: UsdValue;
  /** which totals a limit was tested on, so the totals' reasons say no more than was done */
  giftLimitTested: boolean;
  aggregateLimitTested: boolean;
  /** the parts that compared a converted value with a limit (ValueDependence.needsRate) */
  valueTest: boolean;
  entryTest: boolean;
  /** the first limit an approximate value was too close to, per part */
  closeValueTest: ValueDependence['closeTo'] | null;
  closeEntry: ValueDependence['closeTo'] | null;
  /** a duty-free test needed a value that had no rate */
  unknownValueTest: boolean;
  /** exclusions with a per-article threshold an item of unknown value might pass */
  readonly uncertainExclusions: CompiledExclusion[];
}

/** Whether a value lies within 5% of a limit, either side, bounds included. */
function nearLimit(value: UsdValue, limit: UsdValue): boolean {
  const v = timesInteger(value, CLOSE_DEN);
  return compare(v, timesInteger(limit, CLOSE_DEN - CLOSE_NUM)) >= 0 && compare(v, timesInteger(limit, CLOSE_DEN + CLOSE_NUM)) <= 0;
}

/**
 * Whether a value is over a limit, as far as the value is known (its basis, core/shipment/normalize.ts):
 * a USD or certified value is compared exactly; an approximate one within 5% of the limit is too
 * close to call and counts as over ('close': the side that costs more, whose reason the caller
 * leaves to TOO_CLOSE_TO_CALL; the draft records the limit); an
 * unknown one (the prices that could be converted: a lower bound) over the limit is over for sure,
 * else a duty-free test needs a rate (recorded) and an entry test counts as within (its reason
 * says the value is unknown). Records the part as depending on the value.
 */
function over(draft: Draft, value: UsdValue, basis: ValueBasis, limit: UsdValue, part: ValuePart): boolean | 'close' {
  const isOver = compare(value, limit) > 0;
  if (basis === 0) return isOver;
  if (part === 'valueTest') draft.valueTest = true;
  else draft.entryTest = true;
  if (basis === VALUE_CERTIFIED) return isOver;
  if (basis === VALUE_APPROXIMATE) {
    if (!nearLimit(value, limit)) return isOver;
    const close = { part, valueUsd: formatUsd(value), limitUsd: formatUsd(limit) };
    if (part === 'valueTest') draft.closeValueTest ??= close;
    else draft.closeEntry ??= close;
    return 'close';
  }
  if (isOver) return true;
  if (part === 'entry') return false;
  draft.unknownValueTest = true;
  return true;
}

function barring(exclusions: readonly CompiledExclusion[], exemption: 'commercial' | 'gift'): readonly CompiledExclusion[] {
  return !exclusions.length ? exclusions : exclusions.filter((compiled) => compiled.exclusion.bars.includes(exemption));
}

/** Puts a reason first. On the usual empty list a push: V8's unshift leaves the optimized code
 * for a runtime call even then, and it was decide()'s costliest line. */
function lead(list: Reason[], reason: Reason): void {
  if (list.length === 0) list.push(reason);
  else list.unshift(reason);
}

/** Step 1: a bona fide gift (19 CFR 10.152 / 145.32) is tested first, on the gifts alone. A gift
 * comes from a person in a foreign country to a person in the United States. */
function giftStep(draft: Draft): void {
  const { rules, shipment, decisive } = draft;
  if (shipment.kind !== 'gift') return;
  const gift = selectVersion(rules, 'gift', shipment.instant, shipment.origins, shipment.mode);
  if (!gift || gift.rule.status !== 'available') return;
  const recipientTypes = gift.rule.recipientTypes;
  if (shipment.recipientType !== null && recipientTypes && !recipientTypes.includes(shipment.recipientType)) {
    decisive.push(versionReason(gift, 'GIFT_NOT_ELIGIBLE', messages.GIFT_RECIPIENT()));
    return;
  }
  if (customsTerritory(rules, shipment, shipment.senderCountry)) {
    decisive.push(versionReason(gift, 'GIFT_NOT_ELIGIBLE', messages.GIFT_SENDER_IN_US(shipment.senderCountry)));
    return;
  }
  const barred = barring(draft.exclusions, 'gift');
  if (barred.length) {
    for (const compiled of barred) {
      const { exclusion } = compiled;
      // an exclusion written for gifts says so itself; one that bars every Section 321 exemption is introduced
      decisive.push(exclusionReason(compiled, exclusion.reasonCode === 'GIFT_NOT_ELIGIBLE' ? exclusion.summary : undefined));
    }
    if (!decisive.some((reason) => reason.code === 'GIFT_NOT_ELIGIBLE')) {
      lead(decisive, versionReason(gift, 'GIFT_NOT_ELIGIBLE', messages.GIFT_EXCLUDED(barred.map((compiled) => compiled.exclusion.summary).join(' '))));
    }
    return;
  }
  const limitCents = gift.limitCentsBySender.get(shipment.senderCountry) ?? gift.limitCents!;
  const giftText = formatUsd(draft.totals.giftTotal);
  const limitText = formatCents(limitCents);
  draft.giftLimitTested = true;
  const giftOver = over(draft, draft.totals.giftTotal, draft.totals.giftBasis, usdFromCents(limitCents), 'valueTest');
  if (!giftOver) {
    draft.exempt = true;
    draft.exemption = 'gift';
    draft.limitUsd = limitText;
    draft.comparedUsd = draft.totals.giftTotal;
    decisive.push(versionReason(gift, 'GIFT_WITHIN_LIMIT', messages.GIFT_WITHIN_LIMIT(giftText, limitText), giftText, limitText));
    // 19 CFR 10.152: a gift is entered under informal entry procedures; only a mail gift passes
    // without an entry (19 CFR 145.32)
    if (shipment.mode !== 'postal') draft.context.push(versionReason(gift, 'GIFT_INFORMAL_ENTRY', messages.GIFT_INFORMAL_ENTRY()));
  } else if (giftOver !== 'close') {
    decisive.push(versionReason(gift, 'GIFT_OVER_LIMIT', messages.GIFT_OVER_LIMIT(giftText, limitText), giftText, limitText));
  }
}

/** Whether every item carries one of the flags a suspension keeps exempt (50 U.S.C. 1702(b)). */
function everyItemCarvedOut(commercial: CompiledVersion, flags: readonly ReadonlySet<ItemFlag>[]): boolean {
  if (commercial.exceptFlags.size === 0) return false;
  return flags.every((itemFlags) => {
    for (const flag of commercial.exceptFlags) if (itemFlags.has(flag)) return true;
    return false;
  });
}

/** Step 2: the commercial exemption, 19 U.S.C. 1321(a)(2)(C), unless a gift already passed. */
function commercialStep(draft: Draft): void {
  if (draft.exempt) return;
  const { rules, shipment, decisive } = draft;
  const barred = barring(draft.exclusions, 'commercial');
  if (barred.length) {
    for (const compiled of barred) {
      if (!decisive.some((reason) => reason.rule === compiled.exclusion.id)) decisive.push(exclusionReason(compiled));
    }
    return;
  }
  const commercial = selectVersion(rules, 'commercial', shipment.instant, shipment.origins, shipment.mode);
  if (!commercial) {
    decisive.push({ code: 'NO_RULE', message: messages.NO_RULE(shipment.asOf), citation: rules.set.version });
    return;
  }
  if (commercial.rule.status === 'available') {
    limitStep(draft, commercial, false);
  } else if (everyItemCarvedOut(commercial, draft.flags)) {
    limitStep(draft, commercial, true);
  } else {
    const reason = versionReason(commercial, commercial.rule.reasonCode!, commercial.rule.summary);
    // a gift the gift rule refused leads with the gift rule; the suspension only explains the rest
    if (shipment.kind === 'gift' && decisive.length) decisive.push(reason);
    else lead(decisive, reason);
    // where the sources leave the suspension's reach open for the place shipped from, say so
    const doubt = commercial.rule.unsettledShipFrom;
    if (doubt && doubt.countries.includes(shipment.shipFrom)) {
      decisive.push({
        code: doubt.reasonCode,
        message: messages.NOT_AN_IMPORT(shipment.shipFrom, doubt.summary),
        citation: citationText(doubt.citations),
        rule: commercial.rule.id,
        level: 'warning',
        confidence: weakestConfidence(doubt.citations),
      });
    }
  }
}

/** The aggregate against the commercial limit: exempt within it, OVER_LIMIT beyond. Step 3, when
 * the exemption is suspended: goods the suspension does not reach (50 U.S.C. 1702(b), `carvedOut`)
 * keep its limit; where the suspending instrument leaves the carve-out unconfirmed, the reason is
 * a warning that says so. */
function limitStep(draft: Draft, commercial: CompiledVersion, carvedOut: boolean): void {
  const limitText = commercial.limitText!;
  const aggregateText = draft.aggregateText;
  draft.limitUsd = limitText;
  draft.aggregateLimitTested = true;
  const aggregateOver = over(draft, draft.totals.aggregate, draft.totals.aggregateBasis, commercial.limit!, 'valueTest');
  if (aggregateOver === 'close') return;
  if (aggregateOver) {
    const aggregated = draft.totals.sameDayCount > 1 || draft.totals.orderOutsideDay;
    draft.decisive.push(versionReason(commercial, 'OVER_LIMIT', messages.OVER_LIMIT(aggregateText, limitText, aggregated), aggregateText, limitText));
    return;
  }
  draft.exempt = true;
  if (!carvedOut) {
    draft.exemption = 'de-minimis';
    const message = messages.DE_MINIMIS_WITHIN_LIMIT(aggregateText, limitText, commercial.rule.summary);
    lead(draft.decisive, versionReason(commercial, 'DE_MINIMIS_WITHIN_LIMIT', message, aggregateText, limitText));
    return;
  }
  const informational = draft.flags.every((itemFlags) => itemFlags.has('informational-material'));
  draft.exemption = informational ? 'informational-material' : 'carve-out-1702b';
  const unconfirmed = commercial.rule.exceptUnconfirmed;
  const message = informational ? messages.INFORMATIONAL_MATERIAL(aggregateText, limitText) : messages.CARVE_OUT_1702B(aggregateText, limitText);
  const reason = versionReason(
    commercial,
    informational ? 'INFORMATIONAL_MATERIAL' : 'CARVE_OUT_1702B',
    unconfirmed ? `${message} ${unconfirmed}` : message,
    aggregateText,
    limitText,
  );
  reason.citation = commercial.exceptCitation;
  reason.confidence = weakestConfidence(commercial.rule.exceptCitations ?? commercial.rule.citations);
  if (unconfirmed) reason.level = 'warning';
  lead(draft.decisive, reason);
}

/** The same-day totals and the order's other lots, said as far as a limit was tested on them: a
 * gift is tested on the person's gifts of the day, a purchase on everything of the day. */
function totalsStep(draft: Draft): void {
  const { totals, shipment, context } = draft;
  const giftOnly = draft.giftLimitTested && !draft.aggregateLimitTested;
  if (giftOnly) {
    if (totals.giftCount > 1) {
      const total = formatUsd(totals.giftTotal);
      context.push({
        code: 'SAME_DAY_AGGREGATE',
        message: messages.SAME_DAY_GIFTS(totals.giftCount, shipment.asOf, total),
        citation: '19 CFR 10.152',
        confidence: 'P',
        valueUsd: total,
      });
    }
    return;
  }
  if (totals.sameDayCount > 1) {
    const total = formatUsd(totals.sameDayTotal);
    const message = messages.SAME_DAY_AGGREGATE(totals.sameDayCount, shipment.asOf, total, draft.aggregateLimitTested);
    context.push({ code: 'SAME_DAY_AGGREGATE', message, citation: '19 CFR 10.151', confidence: 'P', valueUsd: total });
  }
  if (totals.orderOutsideDay) {
    const total = formatUsd(totals.orderTotal);
    context.push({ code: 'SPLIT_ORDER', message: messages.SPLIT_ORDER(totals.orderCount, total), citation: '19 CFR 10.151', confidence: 'P', valueUsd: total });
  }
}

/** Step 4: the entry the shipment needs. */
function entryStep(draft: Draft): Entry {
  const { shipment } = draft;
  if (draft.exempt) {
    // a mail gift passes free without an entry (19 CFR 145.32); other gifts are entered under
    // informal entry procedures (19 CFR 10.152)
    if (shipment.mode === 'postal') return 'none';
    if (draft.exemption === 'gift') return 'informal';
    return draft.exemption === 'de-minimis' ? 'section-321' : 'informal';
  }
  if (shipment.mode === 'postal') {
    const postal = selectVersion(draft.rules, 'postal', shipment.instant, shipment.origins, shipment.mode);
    if (postal && postal.rule.status === 'in-force') {
      if (mailNeedsFormalEntry(draft, postal)) return 'formal';
      // AD/CVD and quota goods need a regular entry even by mail
      if (!draft.exclusions.some((compiled) => compiled.exclusion.needsAceEntry)) {
        draft.context.push(versionReason(postal, postal.rule.reasonCode ?? 'POSTAL_DUTY', postal.rule.summary));
        return 'postal';
      }
    }
  }
  return ceilingStep(draft);
}

/** Mail over the postal entry's ceiling, or with goods it cannot take (91 FR 37801). */
function mailNeedsFormalEntry(draft: Draft, postal: CompiledVersion): boolean {
  const { shipment, context } = draft;
  const mailOver = postal.limit ? over(draft, shipment.valueUsd, shipment.basis, postal.limit, 'entry') : false;
  if (mailOver === 'close') return true;
  if (mailOver) {
    const valueText = formatUsd(shipment.valueUsd);
    context.push(versionReason(postal, 'FORMAL_ENTRY_REQUIRED', messages.FORMAL_ENTRY_MAIL_VALUE(valueText, postal.limitText!), valueText, postal.limitText));
    return true;
  }
  if (postal.formalEntryFlags.size === 0) return false;
  let found: ItemFlag[] | null = null;
  for (const itemFlags of draft.flags) {
    if (itemFlags.size === 0) continue;
    for (const flag of itemFlags) if (postal.formalEntryFlags.has(flag) && !found?.includes(flag)) (found ??= []).push(flag);
  }
  if (!found) return false;
  context.push(versionReason(postal, 'FORMAL_ENTRY_REQUIRED', messages.FORMAL_ENTRY_MAIL_GOODS(found.join(', '))));
  return true;
}

/** The value of the largest entry line of Chapter 99 goods: all units of one article (one HTS
 * number; an item without one is its own line), the reading of 19 CFR 143.21(a) brokers use. */
function largestChapter99Line(draft: Draft): UsdValue | null {
  let largest: UsdValue | null = null;
  let byHts: Map<string, UsdValue> | null = null;
  draft.shipment.items.forEach((item, k) => {
    if (!draft.flags[k].has('section-301')) return;
    let line = item.usd;
    if (item.hts !== null) {
      byHts ??= new Map();
      const before = byHts.get(item.hts);
      if (before) line = add(before, line);
      byHts.set(item.hts, line);
    }
    if (largest === null || compare(line, largest) > 0) largest = line;
  });
  return largest;
}

/** Informal (type 11) up to the ceiling, formal (type 01) over it or for a Chapter 99 article. */
function ceilingStep(draft: Draft): Entry {
  const { rules, shipment, context } = draft;
  const ceiling = selectVersion(rules, 'entry-ceiling', shipment.instant, shipment.origins, shipment.mode);
  const valueText = formatUsd(shipment.valueUsd);
  const ceilingOver = ceiling ? over(draft, shipment.valueUsd, shipment.basis, ceiling.limit!, 'entry') : false;
  if (ceilingOver === 'close') return 'formal';
  if (ceiling && ceilingOver) {
    context.push(versionReason(ceiling, 'FORMAL_ENTRY_REQUIRED', messages.FORMAL_ENTRY_REQUIRED(valueText, ceiling.limitText!), valueText, ceiling.limitText!));
    return 'formal';
  }
  const chapter99 = selectVersion(rules, 'chapter99-formal', shipment.instant, shipment.origins, shipment.mode);
  if (chapter99 && chapter99.rule.status === 'in-force') {
    const line = largestChapter99Line(draft);
    const lineOver = line !== null && over(draft, line, draft.shipment.basis, chapter99.limit!, 'entry');
    if (lineOver === 'close') return 'formal';
    if (line !== null && lineOver) {
      const lineText = formatUsd(line);
      context.push(
        versionReason(chapter99, 'FORMAL_ENTRY_REQUIRED', messages.FORMAL_ENTRY_CHAPTER99(lineText, chapter99.limitText!), lineText, chapter99.limitText),
      );
      return 'formal';
    }
  }
  if (ceiling) {
    if (shipment.basis === VALUE_UNKNOWN) {
      // the value is not known: the entry is informal up to the ceiling, and the reason says so
      context.push(
        versionReason(
          ceiling,
          'INFORMAL_ENTRY',
          messages.INFORMAL_ENTRY_VALUE_UNKNOWN(ceiling.limitText!, ceiling.rule.electronicEntry === true),
          undefined,
          ceiling.limitText!,
        ),
      );
    } else {
      const message = messages.INFORMAL_ENTRY(valueText, ceiling.limitText!, ceiling.rule.electronicEntry === true);
      context.push(versionReason(ceiling, 'INFORMAL_ENTRY', message, valueText, ceiling.limitText!));
    }
  }
  return 'informal';
}

/** Step 0: a parcel shipped from inside the customs territory is not an import at all. */
function notAnImport(rules: CompiledRules, shipment: NormalizedShipment): Decision | null {
  const territory = customsTerritory(rules, shipment);
  if (!territory) return null;
  const reason = versionReason(territory, territory.rule.reasonCode ?? 'NOT_AN_IMPORT', messages.NOT_AN_IMPORT(shipment.shipFrom, territory.rule.summary));
  const valueText = formatUsd(shipment.valueUsd);
  return {
    id: shipment.id,
    exempt: true,
    exemption: 'not-an-import',
    entry: 'none',
    valueUsd: valueText,
    aggregateUsd: valueText,
    limitUsd: null,
    reasons: [reason],
    rules: { version: rules.set.version, asOf: shipment.asOf },
  };
}

/** A parcel that is not an import depends on no value: said for a price in another currency. */
function notAnImportValue(decision: Decision, shipment: NormalizedShipment): Decision {
  if (shipment.basis !== 0)
    decision.valueDependence = {
      conversion: shipment.basis === VALUE_CERTIFIED ? 'certified' : shipment.basis === VALUE_APPROXIMATE ? 'approximate' : 'unknown',
      needsRate: { valueTest: false, entry: false, estimate: false },
      answer: 'decided',
    };
  return decision;
}

function decide(rules: CompiledRules, shipment: NormalizedShipment, totals: Totals): Decision {
  const domestic = notAnImport(rules, shipment);
  if (domestic) return notAnImportValue(domestic, shipment);
  const hints: Reason[] = [];
  const flags = effectiveFlags(rules, shipment, hints);
  const draft: Draft = {
    rules,
    shipment,
    totals,
    flags,
    exclusions: NONE,
    aggregateText: formatUsd(totals.aggregate),
    decisive: [],
    context: [],
    exempt: false,
    exemption: null,
    limitUsd: null,
    comparedUsd: totals.aggregate,
    giftLimitTested: false,
    aggregateLimitTested: false,
    valueTest: false,
    entryTest: false,
    closeValueTest: null,
    closeEntry: null,
    unknownValueTest: false,
    uncertainExclusions: [],
  };
  draft.exclusions = exclusionsOf(draft);
  giftStep(draft);
  commercialStep(draft);
  totalsStep(draft);
  const entry = entryStep(draft);

  const reasons = draft.decisive;
  for (const reason of draft.context) reasons.push(reason);
  for (const reason of hints) reasons.push(reason);
  for (const rate of shipment.conversions) {
    if (isApproximate(rate)) {
      const message = messages.CURRENCY_APPROXIMATE(describeRate(rate), shipment.conversionDay!, shipment.conversionDayIsExport);
      reasons.push({ code: 'CURRENCY_APPROXIMATE', message, citation: FX_APPROXIMATE_CITATION, confidence: 'P', rateDate: rate.date });
    } else {
      const message = messages.CURRENCY_CONVERTED(describeRate(rate), shipment.conversionDay!, shipment.conversionDayIsExport);
      reasons.push({ code: 'CURRENCY_CONVERTED', message, citation: FX_CITATION, confidence: 'P' });
    }
  }
  const basis = Math.max(shipment.basis, totals.aggregateBasis, totals.giftBasis) as ValueBasis;
  const dependence = basis === 0 ? null : valueDependenceOf(draft, basis, reasons);

  // one shipment alone: its aggregate is its value, already printed
  const valueUsd = totals.aggregate === shipment.valueUsd ? draft.aggregateText : formatUsd(shipment.valueUsd);
  const aggregateUsd = draft.comparedUsd === totals.aggregate ? draft.aggregateText : formatUsd(draft.comparedUsd);
  const stamp = { version: rules.set.version, asOf: shipment.asOf };
  // two literal shapes rather than a property added later (the engine's hot path)
  if (!dependence)
    return {
      id: shipment.id,
      exempt: draft.exempt,
      exemption: draft.exemption,
      entry,
      valueUsd,
      aggregateUsd,
      limitUsd: draft.limitUsd,
      reasons,
      rules: stamp,
    };
  return {
    id: shipment.id,
    exempt: draft.exempt,
    exemption: draft.exemption,
    entry,
    valueUsd,
    aggregateUsd,
    limitUsd: draft.limitUsd,
    reasons,
    rules: stamp,
    valueDependence: dependence,
  };
}

/** The decision's ValueDependence, and the reasons that say how the value was known. */
function valueDependenceOf(draft: Draft, basis: ValueBasis, reasons: Reason[]): ValueDependence {
  const { shipment } = draft;
  for (const { item, usd } of shipment.shown) {
    reasons.push({ code: 'CURRENCY_SHOWN', message: messages.CURRENCY_SHOWN(item, usd), citation: FX_APPROXIMATE_CITATION, confidence: 'P', valueUsd: usd });
  }
  const seen: string[] = [];
  for (const issue of shipment.missingRates) {
    if (seen.includes(issue.message)) continue;
    seen.push(issue.message);
    reasons.push({ code: 'CURRENCY_NO_RATE', message: messages.CURRENCY_NO_RATE(issue.message), citation: FX_CITATION, confidence: 'P', level: 'warning' });
  }
  let answer: ValueDependence['answer'] = 'decided';
  let closeTo: ValueDependence['closeTo'] | null = null;
  // a duty-free test taken on the costlier side decides only when nothing else exempted the shipment
  const exemptionBarred = draft.exempt && draft.uncertainExclusions.some((c) => c.exclusion.bars.includes(draft.exemption === 'gift' ? 'gift' : 'commercial'));
  if ((!draft.exempt && draft.unknownValueTest) || exemptionBarred) answer = 'needs-rate';
  else if (!draft.exempt && draft.closeValueTest) closeTo = draft.closeValueTest;
  else if (draft.closeEntry) closeTo = draft.closeEntry;
  if (closeTo) {
    answer = 'too-close';
    const reason: Reason = {
      code: 'TOO_CLOSE_TO_CALL',
      message: messages.TOO_CLOSE_TO_CALL(closeTo.valueUsd, closeTo.limitUsd, closeTo.part === 'entry'),
      citation: FX_APPROXIMATE_CITATION,
      confidence: 'P',
      level: 'warning',
      valueUsd: closeTo.valueUsd,
      limitUsd: closeTo.limitUsd,
    };
    // too close on the duty-free test: that is the answer's first word
    if (closeTo.part === 'valueTest') lead(reasons, reason);
    else reasons.splice(draft.decisive.length, 0, reason);
  }
  const out: ValueDependence = {
    conversion: basis === VALUE_CERTIFIED ? 'certified' : basis === VALUE_APPROXIMATE ? 'approximate' : 'unknown',
    needsRate: { valueTest: draft.valueTest, entry: draft.entryTest, estimate: false },
    answer,
  };
  if (closeTo) out.closeTo = closeTo;
  return out;
}

/** Evaluates normalized shipments together. */
export function evaluateShipments(rules: CompiledRules, shipments: readonly NormalizedShipment[]): Decision[] {
  const totals = totalsOf(rules, shipments);
  return shipments.map((shipment, position) => decide(rules, shipment, totals[position]));
}

/** The MISSING_RATE issues of decisions whose duty-free test needed a price that had no rate
 * (ValueDependence.answer "needs-rate"): the shipment's own, or, when its own prices all had one,
 * those of the shipments counted with it. Empty when every decision could be made. */
export function missingRateIssues(decisions: readonly Decision[], shipments: readonly NormalizedShipment[]): InputIssue[] {
  const out: InputIssue[] = [];
  for (let i = 0; i < decisions.length; i++) {
    if (decisions[i].valueDependence?.answer !== 'needs-rate') continue;
    const own = shipments[i].missingRates;
    for (const issue of own.length ? own : shipments.flatMap((s) => s.missingRates)) if (!out.includes(issue)) out.push(issue);
  }
  return out;
}
