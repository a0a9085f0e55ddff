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
import { formatCents, formatUsd, usdAdd, usdCompare, usdFromCents, USD_ZERO, type UsdValue } from '../money/money.ts';
import { describeRate, NO_RATES, type CompiledRates } from '../money/rates.ts';
import { selectVersion, type CompiledExclusion, type CompiledRules, type CompiledVersion } from '../rules/compile.ts';
import type { ItemFlag } from '../rules/types.ts';
import { normalizeRequest, type NormalizedShipment } from '../shipment/normalize.ts';
import { FAST } from '../build-flags.ts';
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
  valueUsd?: string;
  limitUsd?: string;
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
}

/** What {@link evaluateRequest} returns: the decisions in request order, or the input's issues. */
export type EvaluateResult =
  | { ok: true; batch: boolean; decisions: Decision[] }
  | { ok: false; issues: InputIssue[] };

const FX_CITATION = '19 CFR 159.32; 19 CFR 159.34; 31 U.S.C. 5151';

function versionReason(compiled: CompiledVersion, code: string, message: string, valueUsd?: string, limitUsd?: string | null): Reason {
  const reason: Reason = { code, message, citation: compiled.citation, rule: compiled.rule.id };
  if (compiled.effective) reason.effective = compiled.effective;
  if (compiled.since && compiled.since !== compiled.effective) reason.since = compiled.since;
  if (valueUsd !== undefined) reason.valueUsd = valueUsd;
  if (limitUsd != null) reason.limitUsd = limitUsd;
  return reason;
}

function exclusionReason(compiled: CompiledExclusion, message?: string): Reason {
  const { exclusion } = compiled;
  return { code: exclusion.reasonCode, message: message ?? exclusion.summary, citation: compiled.citation, rule: exclusion.id };
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
  };
}

function pushTo<K>(map: Map<K, number[]>, key: K, position: number): void {
  const list = map.get(key);
  if (list) list.push(position);
  else map.set(key, [position]);
}

function totalsOf(rules: CompiledRules, shipments: readonly NormalizedShipment[]): Totals[] {
  if (FAST && shipments.length === 1) return [totalsOfOne(shipments[0])];
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
    for (const i of members) {
      total = usdAdd(total, shipments[i].valueUsd);
      if (shipments[i].kind === 'gift') {
        gifts = usdAdd(gifts, shipments[i].valueUsd);
        giftCount++;
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
    }
  }
  for (const members of byOrder.values()) {
    if (members.length < 2) continue;
    let total = USD_ZERO;
    for (const i of members) total = usdAdd(total, shipments[i].valueUsd);
    // add to each lot the order's lots that are not already in its person-day: the lots grouped
    // by person-day, each group adds the other groups' sum (prefix and suffix sums), so an order
    // of M lots costs O(M), not M times a search of its person-day per lot (issue 22: 20,000
    // lines of one order took 42 s)
    const groups = new Map<number[], number[]>();
    for (const i of members) pushTo(groups, personDayOf[i], i);
    const lists = [...groups.values()];
    const sums = lists.map((g) => g.reduce((acc, i) => usdAdd(acc, shipments[i].valueUsd), USD_ZERO));
    const suffix = new Array<UsdValue>(lists.length + 1);
    suffix[lists.length] = USD_ZERO;
    for (let k = lists.length - 1; k >= 0; k--) suffix[k] = usdAdd(sums[k], suffix[k + 1]);
    let prefix = USD_ZERO;
    for (let k = 0; k < lists.length; k++) {
      const outside = usdAdd(prefix, suffix[k + 1]);
      for (const i of lists[k]) {
        const own = totals[i];
        own.orderCount = members.length;
        own.orderTotal = total;
        if (lists.length > 1) {
          own.aggregate = usdAdd(own.aggregate, outside);
          own.orderOutsideDay = true;
        }
      }
      prefix = usdAdd(prefix, sums[k]);
    }
  }
  return totals;
}

/** The customs-territory version when a country (by default the one the shipment is shipped
 * from) is inside it at the shipment's instant, else null. */
function customsTerritory(rules: CompiledRules, shipment: NormalizedShipment, country = shipment.shipFrom): CompiledVersion | null {
  if (FAST && !rules.territoryCountries.has(country)) return null;
  const territory = selectVersion(rules, 'customs-territory', shipment.instant, shipment.origins, shipment.mode);
  return territory && territory.countries.has(country) ? territory : null;
}

/** Item flags after HTS headings that settle a fact ("apply"), unless the item states the
 * opposite; the headings' reasons are collected on the way. */
function effectiveFlags(rules: CompiledRules, shipment: NormalizedShipment, hints: Reason[]): readonly ReadonlySet<ItemFlag>[] {
  if (FAST && (rules.htsHints.length === 0 || !shipment.items.some((item) => item.hts))) return shipment.itemFlags;
  return shipment.items.map((item, position) => {
    const hts = item.hts;
    if (!hts) return item.flags;
    let flags = item.flags;
    for (const { hint, citation } of rules.htsHints) {
      if (flags.has(hint.flag) || (hint.unlessFlag && flags.has(hint.unlessFlag))) continue;
      if (!hint.prefixes.some((prefix) => hts.startsWith(prefix))) continue;
      const reason: Reason = { code: hint.reasonCode, message: `items[${position}] (HTS ${hts}): ${hint.summary}`, citation, rule: hint.id };
      if (hint.effect === 'apply') {
        if (flags === item.flags) flags = new Set(flags);
        (flags as Set<ItemFlag>).add(hint.flag);
      } else {
        reason.level = 'warning';
      }
      hints.push(reason);
    }
    return flags;
  });
}

/** The exclusions the shipment's items trigger, each once (they beat any value). */
function exclusionsOf(rules: CompiledRules, shipment: NormalizedShipment, flags: readonly ReadonlySet<ItemFlag>[]): CompiledExclusion[] {
  const found: CompiledExclusion[] = [];
  for (let k = 0; k < shipment.items.length; k++) {
    if (FAST && flags[k].size === 0) continue;
    const item = shipment.items[k];
    for (const flag of flags[k]) {
      for (const compiled of rules.exclusionsByFlag.get(flag) ?? NONE) {
        if (found.includes(compiled)) continue;
        // a per-article threshold ("perfume worth more than $5") is tested on the unit value
        if (compiled.unitOverCents !== null && usdCompare(item.usd, usdFromCents(compiled.unitOverCents * item.quantity)) <= 0) continue;
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
  readonly exclusions: readonly CompiledExclusion[];
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
}

function barring(exclusions: readonly CompiledExclusion[], exemption: 'commercial' | 'gift'): readonly CompiledExclusion[] {
  return FAST && !exclusions.length ? exclusions : exclusions.filter((compiled) => compiled.exclusion.bars.includes(exemption));
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
      decisive.unshift(versionReason(gift, 'GIFT_NOT_ELIGIBLE', messages.GIFT_EXCLUDED(barred.map((compiled) => compiled.exclusion.summary).join(' '))));
    }
    return;
  }
  const limitCents = gift.limitCentsBySender.get(shipment.senderCountry) ?? gift.limitCents!;
  const giftText = formatUsd(draft.totals.giftTotal);
  const limitText = formatCents(limitCents);
  draft.giftLimitTested = true;
  if (usdCompare(draft.totals.giftTotal, usdFromCents(limitCents)) <= 0) {
    draft.exempt = true;
    draft.exemption = 'gift';
    draft.limitUsd = limitText;
    draft.comparedUsd = draft.totals.giftTotal;
    decisive.push(versionReason(gift, 'GIFT_WITHIN_LIMIT', messages.GIFT_WITHIN_LIMIT(giftText, limitText), giftText, limitText));
  } else {
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
    else decisive.unshift(reason);
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
  if (usdCompare(draft.totals.aggregate, commercial.limit!) > 0) {
    const aggregated = draft.totals.sameDayCount > 1 || draft.totals.orderOutsideDay;
    draft.decisive.push(versionReason(commercial, 'OVER_LIMIT', messages.OVER_LIMIT(aggregateText, limitText, aggregated), aggregateText, limitText));
    return;
  }
  draft.exempt = true;
  if (!carvedOut) {
    draft.exemption = 'de-minimis';
    const message = messages.DE_MINIMIS_WITHIN_LIMIT(aggregateText, limitText, commercial.rule.summary);
    draft.decisive.unshift(versionReason(commercial, 'DE_MINIMIS_WITHIN_LIMIT', message, aggregateText, limitText));
    return;
  }
  const informational = draft.flags.every((itemFlags) => itemFlags.has('informational-material'));
  draft.exemption = informational ? 'informational-material' : 'carve-out-1702b';
  const unconfirmed = commercial.rule.exceptUnconfirmed;
  const message = informational ? messages.INFORMATIONAL_MATERIAL(aggregateText, limitText) : messages.CARVE_OUT_1702B(aggregateText, limitText);
  const reason = versionReason(commercial, informational ? 'INFORMATIONAL_MATERIAL' : 'CARVE_OUT_1702B', unconfirmed ? `${message} ${unconfirmed}` : message, aggregateText, limitText);
  reason.citation = commercial.exceptCitation;
  if (unconfirmed) reason.level = 'warning';
  draft.decisive.unshift(reason);
}

/** The same-day totals and the order's other lots, said as far as a limit was tested on them: a
 * gift is tested on the person's gifts of the day, a purchase on everything of the day. */
function totalsStep(draft: Draft): void {
  const { totals, shipment, context } = draft;
  const giftOnly = draft.giftLimitTested && !draft.aggregateLimitTested;
  if (giftOnly) {
    if (totals.giftCount > 1) {
      const total = formatUsd(totals.giftTotal);
      context.push({ code: 'SAME_DAY_AGGREGATE', message: messages.SAME_DAY_GIFTS(totals.giftCount, shipment.asOf, total), citation: '19 CFR 10.152', valueUsd: total });
    }
    return;
  }
  if (totals.sameDayCount > 1) {
    const total = formatUsd(totals.sameDayTotal);
    const message = messages.SAME_DAY_AGGREGATE(totals.sameDayCount, shipment.asOf, total, draft.aggregateLimitTested);
    context.push({ code: 'SAME_DAY_AGGREGATE', message, citation: '19 CFR 10.151', valueUsd: total });
  }
  if (totals.orderOutsideDay) {
    const total = formatUsd(totals.orderTotal);
    context.push({ code: 'SPLIT_ORDER', message: messages.SPLIT_ORDER(totals.orderCount, total), citation: '19 CFR 10.151', valueUsd: total });
  }
}

/** Step 4: the entry the shipment needs. */
function entryStep(draft: Draft): Entry {
  const { shipment } = draft;
  if (draft.exempt) {
    if (draft.exemption === 'gift' || shipment.mode === 'postal') return 'none';
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
  if (postal.limit && usdCompare(shipment.valueUsd, postal.limit) > 0) {
    const valueText = formatUsd(shipment.valueUsd);
    context.push(versionReason(postal, 'FORMAL_ENTRY_REQUIRED', messages.FORMAL_ENTRY_MAIL_VALUE(valueText, postal.limitText!), valueText, postal.limitText));
    return true;
  }
  if (FAST && postal.formalEntryFlags.size === 0) return false;
  let found: ItemFlag[] | null = null;
  for (const itemFlags of draft.flags) {
    if (FAST && itemFlags.size === 0) continue;
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
      if (before) line = usdAdd(before, line);
      byHts.set(item.hts, line);
    }
    if (largest === null || usdCompare(line, largest) > 0) largest = line;
  });
  return largest;
}

/** Informal (type 11) up to the ceiling, formal (type 01) over it or for a Chapter 99 article. */
function ceilingStep(draft: Draft): Entry {
  const { rules, shipment, context } = draft;
  const ceiling = selectVersion(rules, 'entry-ceiling', shipment.instant, shipment.origins, shipment.mode);
  const valueText = formatUsd(shipment.valueUsd);
  if (ceiling && usdCompare(shipment.valueUsd, ceiling.limit!) > 0) {
    context.push(versionReason(ceiling, 'FORMAL_ENTRY_REQUIRED', messages.FORMAL_ENTRY_REQUIRED(valueText, ceiling.limitText!), valueText, ceiling.limitText!));
    return 'formal';
  }
  const chapter99 = selectVersion(rules, 'chapter99-formal', shipment.instant, shipment.origins, shipment.mode);
  if (chapter99 && chapter99.rule.status === 'in-force') {
    const line = largestChapter99Line(draft);
    if (line !== null && usdCompare(line, chapter99.limit!) > 0) {
      const lineText = formatUsd(line);
      context.push(versionReason(chapter99, 'FORMAL_ENTRY_REQUIRED', messages.FORMAL_ENTRY_CHAPTER99(lineText, chapter99.limitText!), lineText, chapter99.limitText));
      return 'formal';
    }
  }
  if (ceiling) {
    const message = messages.INFORMAL_ENTRY(valueText, ceiling.limitText!, ceiling.rule.electronicEntry === true);
    context.push(versionReason(ceiling, 'INFORMAL_ENTRY', message, valueText, ceiling.limitText!));
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

function decide(rules: CompiledRules, shipment: NormalizedShipment, totals: Totals): Decision {
  const domestic = notAnImport(rules, shipment);
  if (domestic) return domestic;
  const hints: Reason[] = [];
  const flags = effectiveFlags(rules, shipment, hints);
  const draft: Draft = {
    rules,
    shipment,
    totals,
    flags,
    exclusions: exclusionsOf(rules, shipment, flags),
    aggregateText: formatUsd(totals.aggregate),
    decisive: [],
    context: [],
    exempt: false,
    exemption: null,
    limitUsd: null,
    comparedUsd: totals.aggregate,
    giftLimitTested: false,
    aggregateLimitTested: false,
  };
  giftStep(draft);
  commercialStep(draft);
  totalsStep(draft);
  const entry = entryStep(draft);

  const reasons = draft.decisive;
  for (const reason of draft.context) reasons.push(reason);
  for (const reason of hints) reasons.push(reason);
  for (const rate of shipment.conversions) {
    const message = messages.CURRENCY_CONVERTED(describeRate(rate), shipment.conversionDay!, shipment.conversionDayIsExport);
    reasons.push({ code: 'CURRENCY_CONVERTED', message, citation: FX_CITATION });
  }

  return {
    id: shipment.id,
    exempt: draft.exempt,
    exemption: draft.exemption,
    entry,
    valueUsd: formatUsd(shipment.valueUsd),
    aggregateUsd: FAST && draft.comparedUsd === totals.aggregate ? draft.aggregateText : formatUsd(draft.comparedUsd),
    limitUsd: draft.limitUsd,
    reasons,
    rules: { version: rules.set.version, asOf: shipment.asOf },
  };
}

/** Evaluates normalized shipments together. */
export function evaluateShipments(rules: CompiledRules, shipments: readonly NormalizedShipment[]): Decision[] {
  const totals = totalsOf(rules, shipments);
  return shipments.map((shipment, position) => decide(rules, shipment, totals[position]));
}

/** Evaluates a request (one shipment or {"shipments": [...]}): decisions, or input issues. */
export function evaluateRequest(input: unknown, rules: CompiledRules, rates: CompiledRates = NO_RATES): EvaluateResult {
  const normalized = normalizeRequest(input, rates);
  if (!normalized.ok) return normalized;
  return { ok: true, batch: normalized.batch, decisions: evaluateShipments(rules, normalized.shipments) };
}
