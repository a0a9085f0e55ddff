// Evaluation: shipments in one request are evaluated together (issue 2, "Evaluation with
// aggregation"), then each gets a decision with its reasons, decisive reason first.
//
// Aggregation (rules-reference.md 1.3 and 5 rule 3):
// - "one person on one day": every shipment to the same person arriving on the same New York day
//   counts toward the limit, gifts and purchases alike (10.151: "any shipment ... imported by one
//   person on one day"; counting gifts too is the conservative reading);
// - lots of one order (same orderId) add up across days (10.151 splitting rule);
// - gifts add up per recipient per day against the gift limit (10.152).
// The set a shipment is compared with is (its person-day) U (its order); no transitive chaining,
// so a decision never depends on shipments unrelated to it, nor on their order in the batch.

import type { InputIssue } from '../issues.ts';
import { formatUsd, usdAdd, usdCompare, usdFromCents, USD_ZERO, type UsdValue } from '../money/money.ts';
import { describeRate, NO_RATES, type CompiledRates } from '../money/rates.ts';
import { selectVersion, type CompiledExclusion, type CompiledRules, type CompiledVersion } from '../rules/compile.ts';
import type { ItemFlag } from '../rules/types.ts';
import { normalizeRequest, type NormalizedShipment } from '../shipment/normalize.ts';
import { messages } from './messages.ts';

export type Exemption = 'de-minimis' | 'gift' | 'informational-material';
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
  /** "warning" for inferences (HTS hints) the caller should confirm */
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

function versionReason(cv: CompiledVersion, code: string, message: string, valueUsd?: string, limitUsd?: string | null): Reason {
  const r: Reason = { code, message, citation: cv.citation, rule: cv.v.id };
  if (cv.effective) r.effective = cv.effective;
  if (cv.since && cv.since !== cv.effective) r.since = cv.since;
  if (valueUsd !== undefined) r.valueUsd = valueUsd;
  if (limitUsd != null) r.limitUsd = limitUsd;
  return r;
}

function exclusionReason(ce: CompiledExclusion, message?: string): Reason {
  return { code: ce.e.reasonCode, message: message ?? ce.e.summary, citation: ce.citation, rule: ce.e.id };
}

const centsText = (c: number) => formatUsd(usdFromCents(c));

/** What a shipment is compared with: its person-day plus the other lots of its order. */
interface Agg {
  aggregate: UsdValue;
  giftAggregate: UsdValue;
  sameDayCount: number;
  sameDayTotal: UsdValue;
  orderCount: number;
  orderTotal: UsdValue;
  orderOutsideDay: boolean;
}

function soloAgg(s: NormalizedShipment): Agg {
  return {
    aggregate: s.valueUsd,
    giftAggregate: s.kind === 'gift' ? s.valueUsd : USD_ZERO,
    sameDayCount: 1,
    sameDayTotal: s.valueUsd,
    orderCount: 0,
    orderTotal: USD_ZERO,
    orderOutsideDay: false,
  };
}

function group(shipments: readonly NormalizedShipment[]): Agg[] {
  if (shipments.length === 1) return [soloAgg(shipments[0])];
  const byDay = new Map<string, number[]>();
  const byOrder = new Map<string, number[]>();
  shipments.forEach((s, i) => {
    // positions, not NormalizedShipment.index: callers may assemble batches from several requests
    const k = s.personKey === null ? `#${i}` : `${s.personKey}\u0000${s.day}`;
    let l = byDay.get(k);
    if (!l) byDay.set(k, (l = []));
    l.push(i);
    if (s.orderId !== null) {
      let o = byOrder.get(s.orderId);
      if (!o) byOrder.set(s.orderId, (o = []));
      o.push(i);
    }
  });
  const out = shipments.map(soloAgg);
  const dayOf = new Array<number[]>(shipments.length);
  for (const members of byDay.values()) {
    let total = USD_ZERO;
    let gifts = USD_ZERO;
    for (const i of members) {
      total = usdAdd(total, shipments[i].valueUsd);
      if (shipments[i].kind === 'gift') gifts = usdAdd(gifts, shipments[i].valueUsd);
    }
    for (const i of members) {
      dayOf[i] = members;
      const a = out[i];
      a.aggregate = total;
      a.giftAggregate = gifts;
      a.sameDayCount = members.length;
      a.sameDayTotal = total;
    }
  }
  for (const members of byOrder.values()) {
    if (members.length < 2) continue;
    let total = USD_ZERO;
    for (const i of members) total = usdAdd(total, shipments[i].valueUsd);
    for (const i of members) {
      const a = out[i];
      a.orderCount = members.length;
      a.orderTotal = total;
      // add the order's lots that are not already in this shipment's person-day
      const day = dayOf[i];
      for (const j of members) {
        if (!day.includes(j)) {
          a.aggregate = usdAdd(a.aggregate, shipments[j].valueUsd);
          a.orderOutsideDay = true;
        }
      }
    }
  }
  return out;
}

/** Item flags after HTS hints with effect "apply"; hint reasons are collected on the way. */
function effectiveFlags(rules: CompiledRules, s: NormalizedShipment, out: Reason[]): readonly ReadonlySet<ItemFlag>[] {
  if (rules.htsHints.length === 0 || !s.items.some((it) => it.hts)) return s.itemFlags;
  return s.items.map((it, i) => {
    if (!it.hts) return it.flags;
    let flags = it.flags;
    for (const { h, citation } of rules.htsHints) {
      if (flags.has(h.flag) || !h.prefixes.some((p) => it.hts!.startsWith(p))) continue;
      if (h.effect === 'apply') {
        if (flags === it.flags) flags = new Set(flags);
        (flags as Set<ItemFlag>).add(h.flag);
      }
      out.push({
        code: h.reasonCode,
        message: `items[${i}] (HTS ${it.hts}): ${h.summary}`,
        citation,
        rule: h.id,
        level: 'warning',
      });
    }
    return flags;
  });
}

function decide(rules: CompiledRules, s: NormalizedShipment, g: Agg): Decision {
  const decisive: Reason[] = [];
  const context: Reason[] = [];
  const hints: Reason[] = [];
  const flags = effectiveFlags(rules, s, hints);

  // exclusions that beat any value (reference 1.2; 5 rule 5)
  const excluded: CompiledExclusion[] = [];
  for (let k = 0; k < s.items.length; k++) {
    const it = s.items[k];
    if (flags[k].size === 0) continue;
    for (const f of flags[k]) {
      const list = rules.exclusionsByFlag.get(f);
      if (!list) continue;
      for (const ce of list) {
        if (excluded.includes(ce)) continue;
        if (ce.unitOverCents !== null && usdCompare(it.usd, usdFromCents(ce.unitOverCents * it.quantity)) <= 0) continue;
        excluded.push(ce);
      }
    }
  }
  const barsCommercial = excluded.length ? excluded.filter((ce) => ce.e.bars.includes('commercial')) : excluded;
  const barsGift = excluded.length ? excluded.filter((ce) => ce.e.bars.includes('gift')) : excluded;

  const aggregate = g.aggregate;
  const valueText = formatUsd(s.valueUsd);
  const aggText = aggregate === s.valueUsd ? valueText : formatUsd(aggregate);
  let aggregateShown = aggregate;
  let exempt = false;
  let exemption: Exemption | null = null;
  let limitUsd: string | null = null;
  const aggregated = g.sameDayCount > 1 || g.orderOutsideDay;

  // 1. bona fide gifts (10.152 / 145.32)
  if (s.kind === 'gift') {
    const gv = selectVersion(rules, 'gift', s.instant, s.origins, s.mode);
    if (gv && gv.v.status === 'available') {
      const limit = gv.limitCentsBySender.get(s.senderCountry) ?? gv.limitCents!;
      const giftAgg = g.giftAggregate;
      if (s.senderType === 'business' && s.recipientType === 'business') {
        decisive.push(versionReason(gv, 'GIFT_NOT_ELIGIBLE', messages.GIFT_BUSINESS_TO_BUSINESS()));
      } else if (barsGift.length) {
        for (const ce of barsGift) {
          decisive.push(exclusionReason(ce, ce.e.reasonCode === 'GIFT_NOT_ELIGIBLE' ? messages.GIFT_EXCLUDED(ce.e.summary) : undefined));
        }
        if (!decisive.some((r) => r.code === 'GIFT_NOT_ELIGIBLE')) {
          decisive.unshift(versionReason(gv, 'GIFT_NOT_ELIGIBLE', messages.GIFT_EXCLUDED(barsGift.map((ce) => ce.e.summary).join(' '))));
        }
      } else if (usdCompare(giftAgg, usdFromCents(limit)) <= 0) {
        exempt = true;
        exemption = 'gift';
        limitUsd = centsText(limit);
        aggregateShown = giftAgg;
        decisive.push(versionReason(gv, 'GIFT_WITHIN_LIMIT', messages.GIFT_WITHIN_LIMIT(formatUsd(giftAgg), limitUsd), formatUsd(giftAgg), limitUsd));
      } else {
        decisive.push(versionReason(gv, 'GIFT_OVER_LIMIT', messages.GIFT_OVER_LIMIT(formatUsd(giftAgg), centsText(limit)), formatUsd(giftAgg), centsText(limit)));
      }
    }
  }

  // 2. the commercial exemption, 1321(a)(2)(C)
  const cv = selectVersion(rules, 'commercial', s.instant, s.origins, s.mode);
  if (!exempt) {
    if (barsCommercial.length) {
      for (const ce of barsCommercial) if (!decisive.some((r) => r.rule === ce.e.id)) decisive.push(exclusionReason(ce));
    } else if (!cv) {
      decisive.push({ code: 'NO_RULE', message: messages.NO_RULE(s.asOf), citation: rules.set.version });
    } else if (cv.v.status === 'available') {
      const lt = cv.limitText!;
      if (usdCompare(aggregate, cv.limit!) <= 0) {
        exempt = true;
        exemption = 'de-minimis';
        limitUsd = lt;
        decisive.unshift(versionReason(cv, 'DE_MINIMIS_WITHIN_LIMIT', messages.DE_MINIMIS_WITHIN_LIMIT(aggText, lt, cv.v.summary), aggText, lt));
      } else {
        limitUsd = lt;
        decisive.push(versionReason(cv, 'OVER_LIMIT', messages.OVER_LIMIT(aggText, lt, aggregated), aggText, lt));
      }
    } else {
      // suspended or repealed; a carve-out (50 U.S.C. 1702(b)) keeps it for some goods
      const carved = cv.exceptFlags.size > 0 && flags.every((fs) => { for (const f of cv.exceptFlags) if (fs.has(f)) return true; return false; });
      if (carved) {
        const lt = cv.limitText!;
        limitUsd = lt;
        if (usdCompare(aggregate, cv.limit!) <= 0) {
          exempt = true;
          exemption = 'informational-material';
          decisive.unshift(versionReason(cv, 'INFORMATIONAL_MATERIAL', messages.INFORMATIONAL_MATERIAL(aggText, lt), aggText, lt));
        } else {
          decisive.push(versionReason(cv, 'OVER_LIMIT', messages.OVER_LIMIT(aggText, lt, aggregated), aggText, lt));
        }
      } else {
        decisive.unshift(versionReason(cv, cv.v.reasonCode!, cv.v.summary));
      }
    }
  }
  if (g.sameDayCount > 1) {
    context.push({ code: 'SAME_DAY_AGGREGATE', message: messages.SAME_DAY_AGGREGATE(g.sameDayCount, s.asOf, formatUsd(g.sameDayTotal)), citation: '19 CFR 10.151; 19 CFR 10.152', valueUsd: formatUsd(g.sameDayTotal) });
  }
  if (g.orderOutsideDay) {
    context.push({ code: 'SPLIT_ORDER', message: messages.SPLIT_ORDER(g.orderCount, formatUsd(g.orderTotal)), citation: '19 CFR 10.151', valueUsd: formatUsd(g.orderTotal) });
  }

  // 3. the entry the shipment needs
  let entry: Entry;
  if (exempt) {
    entry = exemption === 'gift' || s.mode === 'postal' ? 'none' : exemption === 'informational-material' ? 'informal' : 'section-321';
  } else {
    const needsAce = excluded.some((ce) => ce.e.needsAceEntry);
    const pv = s.mode === 'postal' && !needsAce ? selectVersion(rules, 'postal', s.instant, s.origins, s.mode) : null;
    if (pv && pv.v.status === 'in-force') {
      entry = 'postal';
      context.push(versionReason(pv, pv.v.reasonCode ?? 'POSTAL_DUTY', pv.v.summary));
    } else {
      const ceiling = selectVersion(rules, 'entry-ceiling', s.instant, s.origins, s.mode);
      const value = s.valueUsd;
      if (ceiling && usdCompare(value, ceiling.limit!) > 0) {
        entry = 'formal';
        context.push(versionReason(ceiling, 'FORMAL_ENTRY_REQUIRED', messages.FORMAL_ENTRY_REQUIRED(valueText, ceiling.limitText!), valueText, ceiling.limitText!));
      } else {
        const ch99 = selectVersion(rules, 'chapter99-formal', s.instant, s.origins, s.mode);
        const over = ch99 && ch99.v.status === 'in-force' && s.items.some((it, k) =>
          flags[k].has('section-301') && usdCompare(it.usd, usdFromCents(ch99.limitCents! * it.quantity)) > 0);
        if (over) {
          entry = 'formal';
          context.push(versionReason(ch99!, 'FORMAL_ENTRY_REQUIRED', messages.FORMAL_ENTRY_CHAPTER99(ch99!.limitText!), undefined, ch99!.limitText));
        } else {
          entry = 'informal';
          if (ceiling) context.push(versionReason(ceiling, 'INFORMAL_ENTRY', messages.INFORMAL_ENTRY(valueText, ceiling.limitText!), valueText, ceiling.limitText!));
        }
      }
    }
  }

  const reasons = decisive;
  for (const r of context) reasons.push(r);
  for (const r of hints) reasons.push(r);
  for (const r of s.conversions) reasons.push({ code: 'CURRENCY_CONVERTED', message: messages.CURRENCY_CONVERTED(describeRate(r)), citation: FX_CITATION });

  return {
    id: s.id,
    exempt,
    exemption,
    entry,
    valueUsd: valueText,
    aggregateUsd: aggregateShown === aggregate ? aggText : formatUsd(aggregateShown),
    limitUsd,
    reasons,
    rules: { version: rules.set.version, asOf: s.asOf },
  };
}

/** Evaluates normalized shipments together. */
export function evaluateShipments(rules: CompiledRules, shipments: readonly NormalizedShipment[]): Decision[] {
  const g = group(shipments);
  return shipments.map((s, i) => decide(rules, s, g[i]));
}

/** Evaluates a request (one shipment or {"shipments": [...]}): decisions, or input issues. */
export function evaluateRequest(input: unknown, rules: CompiledRules, rates: CompiledRates = NO_RATES): EvaluateResult {
  const n = normalizeRequest(input, rates);
  if (!n.ok) return n;
  return { ok: true, batch: n.batch, decisions: evaluateShipments(rules, n.shipments) };
}
