// What a dutiable parcel costs: the duty layers of each item and the fees of the entry, from the
// decision (its entry type) and the normalized shipment (customs value in exact USD at the
// certified rate the decision used, origins, flags, the entry instant). Exempt decisions carry
// no charges: a parcel that enters free, or is not an import, owes neither duty nor fee.
//
// Rounding: each line is computed exactly and rounded once, half up, to the cent (a formal
// entry's MPF is rounded, then clamped to the fiscal year's minimum and maximum); the duty, fees
// and total are sums of the rounded lines, as on CBP's entry summary.

import type { Decision } from '../evaluate/evaluate.ts';
import type { ItemFlag } from '../rules/types.ts';
import type { NormalizedItem, NormalizedShipment } from '../shipment/normalize.ts';
import { formatUsd, usdAdd, USD_ZERO, type UsdValue } from '../money/money.ts';
import { segmentOf, type CompiledFee, type CompiledLayer, type CompiledTariffs } from './compile.ts';
import { applyRatio, centsText, parseRate, parseUsdFraction, ratioMinus, type Ratio } from './ratio.ts';
import type { ChargeLine, ChargeNote, Charges, DutyInput } from './types.ts';

/** "12.34" -> 1234 (amounts this module printed itself) */
function cents(text: string): number {
  const dot = text.length - 3;
  return Number(text.slice(0, dot)) * 100 + Number(text.slice(dot + 1));
}

const SUPPLIED_CITATION = 'HTSUS (layer supplied with the item)';

function layerApplies(c: CompiledLayer, it: NormalizedItem): boolean {
  if (c.origins && !c.origins.has(it.origin)) return false;
  const flags = it.flags;
  if (flags.size) {
    for (const e of c.except) if (flags.has(e.flag) && (!e.origins || e.origins.has(it.origin))) return false;
  }
  return true;
}

function suppliedLine(d: DutyInput, k: number, it: NormalizedItem, base: string): ChargeLine {
  if (d.rate !== undefined) {
    const r = parseRate(d.rate);
    return { program: d.program, kind: 'duty', item: k, base, rate: d.rate, amount: centsText(applyRatio(it.usd, r.num, r.den)), citation: SUPPLIED_CITATION, confidence: 'supplied' };
  }
  const u = parseUsdFraction(d.perUnit!);
  const c = applyRatio({ n: it.quantity, d: 1 }, u.num, u.den);
  return { program: d.program, kind: 'duty', item: k, base, perUnit: d.perUnit, quantity: it.quantity, amount: centsText(c), citation: SUPPLIED_CITATION, confidence: 'supplied' };
}

function bundledLine(c: CompiledLayer, k: number, it: NormalizedItem, base: string, rate: Ratio): ChargeLine {
  return { program: c.l.program, kind: 'duty', item: k, base, rate: rate.text, amount: centsText(applyRatio(it.usd, rate.num, rate.den)), citation: c.citation, confidence: c.confidence, id: c.l.id };
}

function rateNote(c: CompiledLayer, k: number): ChargeNote {
  return { code: 'RATE_NOT_IN_DATA', item: k, message: `items[${k}]: layer ${c.l.id} applies, but its rate is not in the tariff data; give it with the item as a layer with program "${c.l.program}"`, citation: c.citation };
}

/** The duty lines of one item; notes say what could not be computed. */
function itemLines(k: number, it: NormalizedItem, active: readonly CompiledLayer[], lines: ChargeLine[], notes: ChargeNote[]): void {
  const supplied = it.duties;
  const base = formatUsd(it.usd);
  // a postal duty in lieu of every other layer (2025-2026), unless the merchant gives its own
  for (const c of active) {
    if (c.method !== 'in-lieu' || !layerApplies(c, it)) continue;
    const own = supplied?.find((d) => d.program === c.l.program);
    if (own) lines.push(suppliedLine(own, k, it, base));
    else if (c.rate) lines.push(bundledLine(c, k, it, base, c.rate));
    else notes.push(rateNote(c, k));
    return;
  }
  if (supplied) for (const d of supplied) lines.push(suppliedLine(d, k, it, base));
  else notes.push({ code: 'NO_MERCHANT_LAYERS', item: k, message: `items[${k}] has no duty layers (its MFN rate and any HTS-list layers such as Section 301 China or Section 232): the estimate counts only the layers that apply by origin and the fees, so the total is a floor` });
  for (const c of active) {
    if (c.method === 'in-lieu' || !layerApplies(c, it)) continue;
    if (supplied && supplied.some((d) => d.program === c.l.program)) continue;
    if (!c.rate) {
      notes.push(rateNote(c, k));
      continue;
    }
    if (c.method === 'floor') {
      // a minimum total rate net of the item's MFN rate (ad valorem part only)
      const mfn = supplied?.find((d) => d.program === 'mfn' && d.rate !== undefined);
      const net = mfn ? ratioMinus(c.rate, parseRate(mfn.rate!)) : c.rate;
      if (net) lines.push(bundledLine(c, k, it, base, net));
      continue;
    }
    lines.push(bundledLine(c, k, it, base, c.rate));
  }
}

function feeLine(c: CompiledFee, s: NormalizedShipment, lines: ChargeLine[], notes: ChargeNote[]): void {
  let base: UsdValue = s.valueUsd;
  if (c.except.size) {
    let kept = 0;
    base = USD_ZERO;
    for (const it of s.items) {
      let out = false;
      for (const f of it.flags) if (c.except.has(f as ItemFlag)) out = true;
      if (!out) {
        base = usdAdd(base, it.usd);
        kept++;
      }
    }
    if (kept === 0) return;
  }
  const baseText = formatUsd(base);
  if (c.amountCents !== null) {
    lines.push({ program: c.f.program, kind: 'fee', base: baseText, amount: centsText(c.amountCents), citation: c.citation, confidence: c.confidence, id: c.f.id });
    return;
  }
  if (!c.rate) {
    notes.push({ code: 'FEE_NOT_IN_DATA', message: `fee ${c.f.id} applies, but its amount is not in the tariff data`, citation: c.citation });
    return;
  }
  let amount = applyRatio(base, c.rate.num, c.rate.den);
  let clamped: ChargeLine['clamped'];
  if (c.minCents !== null && amount < c.minCents) {
    amount = c.minCents;
    clamped = 'minimum';
  } else if (c.maxCents !== null && amount > c.maxCents) {
    amount = c.maxCents;
    clamped = 'maximum';
  }
  const line = { program: c.f.program, kind: 'fee', base: baseText, rate: c.rate.text } as ChargeLine;
  if (c.minCents !== null) line.minimum = centsText(c.minCents);
  if (c.maxCents !== null) line.maximum = centsText(c.maxCents);
  if (clamped) line.clamped = clamped;
  line.amount = centsText(amount);
  line.citation = c.citation;
  line.confidence = c.confidence;
  line.id = c.f.id;
  lines.push(line);
}

/** The charges of a decision, or undefined when it is exempt (no duty, no fee). */
export function computeCharges(d: Decision, s: NormalizedShipment, t: CompiledTariffs): Charges | undefined {
  if (d.exempt || d.entry === 'none' || d.entry === 'section-321') return undefined;
  const segment = t.byMode.get(s.mode)![segmentOf(t.cuts, s.instant)];
  const lines: ChargeLine[] = [];
  const notes: ChargeNote[] = [];
  for (let k = 0; k < s.items.length; k++) itemLines(k, s.items[k], segment.layers, lines, notes);
  let duty = 0;
  for (const l of lines) duty += cents(l.amount);
  const entry = d.entry;
  const before = lines.length;
  for (const c of segment.fees) {
    if (c.entries && !c.entries.has(entry)) continue;
    feeLine(c, s, lines, notes);
  }
  let fees = 0;
  for (let i = before; i < lines.length; i++) fees += cents(lines[i].amount);
  const cf = s.carrierFee;
  const out: Charges = { duty: centsText(duty), fees: centsText(fees), total: centsText(duty + fees), complete: notes.length === 0 } as Charges;
  if (cf) {
    const text = centsText(parseUsdFraction(cf.amount).num);
    out.carrier = text;
    lines.push({ program: 'carrier-fee', kind: 'carrier', base: text, amount: text, citation: cf.name ? `${cf.name} (the carrier's own charge, not law)` : "the carrier's own charge, not law", confidence: 'supplied' });
  }
  if (notes.length) out.notes = notes;
  out.lines = lines;
  out.tariffs = { version: t.set.version };
  return out;
}
