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
import type { Schedules } from '../schedule/editions.ts';
import type { Schedule } from '../schedule/schedule.ts';
import { VALUE_UNKNOWN, type NormalizedItem, type NormalizedShipment } from '../shipment/normalize.ts';
import { add, formatCents, formatUsd, usdCentsOf, usdFromCents, USD_ZERO, type UsdValue } from '../money/money.ts';
import { segmentOf } from '../law/select.ts';
import { layerApplies, markedFlags, scopedLayers, type CompiledFee, type CompiledLayer, type CompiledTariffs } from './compile.ts';
import { applyRatio, parseRate, ratioMinus, type Ratio } from './ratio.ts';
import type { ChargeLine, ChargeNote, Charges, DutyInput } from './types.ts';

const SUPPLIED_CITATION = 'HTSUS (layer supplied with the item)';

/** What is being summed while a decision is priced. */
interface Acc {
  readonly lines: ChargeLine[];
  notes: ChargeNote[] | null;
  /** a layer or fee that applies could not be computed: the total is a floor */
  incomplete: boolean;
  /** the schedule was consulted for some item */
  usedSchedule: boolean;
  duty: number;
  fees: number;
}

function note(acc: Acc, n: ChargeNote, incomplete = true): void {
  (acc.notes ??= []).push(n);
  if (incomplete) acc.incomplete = true;
}

function suppliedLine(acc: Acc, d: DutyInput, k: number, it: NormalizedItem, base: string): void {
  let cents: number;
  if (d.rate !== undefined) {
    cents = applyRatio(it.usd, parseRate(d.rate));
    acc.lines.push({
      program: d.program,
      kind: 'duty',
      item: k,
      base,
      rate: d.rate,
      amount: formatCents(cents),
      citation: SUPPLIED_CITATION,
      confidence: 'supplied',
    });
  } else {
    // USD per unit read as a percent ("0.25" -> 0.0025): the cents are quantity x 10,000 x that
    cents = applyRatio(usdFromCents(it.quantity * 10000), parseRate(d.perUnit!));
    acc.lines.push({
      program: d.program,
      kind: 'duty',
      item: k,
      base,
      perUnit: d.perUnit,
      quantity: it.quantity,
      amount: formatCents(cents),
      citation: SUPPLIED_CITATION,
      confidence: 'supplied',
    });
  }
  acc.duty += cents;
}

/** A floor: a minimum total rate net of the item's MFN rate, max(0, floor - MFN) (ad valorem part
 * only; the formula is not confirmed [M]: the line keeps the layer's tag). A rate the merchant
 * gives under the floor's program is its floor, applied the same way. */
function floorLine(acc: Acc, c: CompiledLayer, k: number, it: NormalizedItem, base: string, own: DutyInput | undefined, mfn: Ratio | null): void {
  const floor = own ? parseRate(own.rate!) : c.rate;
  if (!floor) return layerLine(acc, c, k, it, base, mfn);
  const net = mfn ? ratioMinus(floor, mfn) : floor;
  if (!net) return;
  bundledLine(acc, c, k, it.usd, base, net);
  const line = acc.lines[acc.lines.length - 1];
  line.floor = floor.text;
  if (own) line.citation = `${SUPPLIED_CITATION}, as a floor net of MFN: ${c.citation}`;
}

function bundledLine(acc: Acc, c: CompiledLayer, k: number, value: UsdValue, base: string, rate: Ratio): void {
  const cents = applyRatio(value, rate);
  acc.duty += cents;
  const line: ChargeLine = {
    program: c.v.program,
    kind: 'duty',
    item: k,
    base,
    rate: rate.text,
    amount: formatCents(cents),
    citation: c.citation,
    confidence: c.confidence,
    id: c.v.id,
  };
  if (c.v.heading) line.heading = c.v.heading;
  acc.lines.push(line);
}

const named = (c: CompiledLayer) => (c.v.heading ? `${c.v.id} (${c.v.heading})` : c.v.id);

/** The line of a bundled layer that applies to the item (no layer of the merchant replaces it), or
 * the note that its rate is not in the data. `mfn` is the item's MFN ad valorem rate, for a floor. */
function layerLine(acc: Acc, c: CompiledLayer, k: number, it: NormalizedItem, base: string, mfn: Ratio | null): void {
  if (!c.rate) {
    // a layer by HTS number (Chapter 99) says in its note what decides its rate (the metal's share
    // of the weight, whether the article is an automobile part): the message names it, so the
    // merchant knows what to find (layers by origin keep the short message, which the widget's
    // trimmed set, without notes, gives as well)
    const why = c.v.scope?.hts && c.v.note ? ` (${c.v.note})` : '';
    note(acc, {
      code: 'RATE_NOT_IN_DATA',
      item: k,
      message: `items[${k}]: layer ${named(c)} applies, but its rate is not in the tariff data; give it with the item as a layer with program "${c.v.program}"${why}`,
      citation: c.citation,
    });
  } else if (c.base === 'metal-content') {
    if (!it.metalValue)
      note(acc, {
        code: 'METAL_CONTENT_NEEDED',
        item: k,
        message: `items[${k}]: layer ${named(c)} (${c.rate.text}%) applies to the value of the item's metal content: give it as "metalValue" (USD)`,
        citation: c.citation,
      });
    else bundledLine(acc, c, k, it.metalValue, formatUsd(it.metalValue), c.rate);
  } else if (c.method === 'floor') {
    floorLine(acc, c, k, it, base, undefined, mfn);
  } else bundledLine(acc, c, k, it.usd, base, c.rate);
}

const noLayers: string[] = [];
function noLayersMessage(k: number): string {
  return (noLayers[k] ??=
    `items[${k}] has no duty layers (its MFN rate and any HTS-list layers such as Section 301 China or Section 232): the estimate counts only the layers that apply by origin and the fees, so the total is a floor; give its 10-digit "hts" or its "duties"`);
}

/** The MFN line of an item from the schedule (core/schedule/charge.ts, reached through the
 * loaded schedule so that code without one carries none of it); returns the ad valorem ratio. */
function scheduleLine(acc: Acc, k: number, it: NormalizedItem, sched: Schedule, base: string): Ratio | null {
  acc.usedSchedule = true;
  const facts = it.facts!;
  if (facts.lineOf !== sched) {
    facts.line = sched.lookup(facts.hts);
    facts.lineOf = sched;
  }
  const r = sched.charge(it, k, base, facts.line);
  if (r.line) {
    acc.duty += r.cents;
    acc.lines.push(r.line);
  }
  for (const n of r.notes) note(acc, n, n.code !== 'SPECIAL_RATE_NOT_APPLIED');
  return r.ratio;
}

/** The duty lines of one item; notes say what could not be computed. */
function itemLines(
  acc: Acc,
  k: number,
  it: NormalizedItem,
  active: readonly CompiledLayer[],
  scoped: readonly CompiledLayer[] | null,
  sched: Schedule | null,
  base: string,
  postal: boolean,
): void {
  if (it.basis === VALUE_UNKNOWN) {
    // no exchange rate: the item's value, and so its duty, is not known
    note(acc, {
      code: 'NO_EXCHANGE_RATE',
      item: k,
      message: `items[${k}]: its price has no exchange rate, so its duty is not estimated; give a rate for its currency`,
    });
    return;
  }
  const supplied = it.duties;
  // flags the item gains by its HTS number (a Section 232 line), before other layers' exceptions
  const flags = markedFlags(scoped, it, it.flags);
  const layers = scoped ? [...active, ...scoped] : active;
  // a postal duty in lieu of every other layer (2025-2026), unless the merchant gives its own;
  // only for mail the carrier clears: mail on a regular entry (AD/CVD or quota goods) owes the
  // layers of any other entry
  if (postal) {
    for (const c of layers) {
      if (c.method !== 'in-lieu' || !layerApplies(c, it, flags)) continue;
      const own = supplied?.find((d) => d.program === c.v.program);
      if (own) suppliedLine(acc, own, k, it, base);
      else layerLine(acc, c, k, it, base, null);
      exciseNote(acc, k, it);
      return;
    }
  }
  // floors come last, net of the MFN line priced before them
  let floors: CompiledLayer[] | null = null;
  for (const c of layers) if (c.method === 'floor' && layerApplies(c, it, flags)) (floors ??= []).push(c);
  let mfn: Ratio | null = null;
  if (supplied) {
    for (const d of supplied) {
      if (d.rate !== undefined && floors?.some((c) => c.v.program === d.program)) continue;
      suppliedLine(acc, d, k, it, base);
      if (d.program === 'mfn' && d.rate !== undefined) mfn = parseRate(d.rate);
    }
  }
  const ownMfn = supplied?.some((d) => d.program === 'mfn');
  let setMfn: CompiledLayer | undefined;
  if (!ownMfn) {
    // the MFN line first: the set's own layer for the number (a catalog set), else the schedule's
    setMfn = scoped?.find((c) => c.v.program === 'mfn' && c.method !== 'in-lieu' && layerApplies(c, it, flags));
    if (setMfn) {
      mfn = setMfn.rate;
      layerLine(acc, setMfn, k, it, base, null);
    } else if (sched && it.hts !== null) mfn = scheduleLine(acc, k, it, sched, base);
    else if (!supplied) note(acc, { code: 'NO_MERCHANT_LAYERS', item: k, message: noLayersMessage(k) });
  }
  for (const c of layers) {
    if (c === setMfn || c.method === 'in-lieu' || c.method === 'floor' || !layerApplies(c, it, flags)) continue;
    if (!supplied?.some((d) => d.program === c.v.program)) layerLine(acc, c, k, it, base, mfn);
  }
  if (floors)
    for (const c of floors)
      floorLine(
        acc,
        c,
        k,
        it,
        base,
        supplied?.find((d) => d.program === c.v.program && d.rate !== undefined),
        mfn,
      );
  exciseNote(acc, k, it);
}

/** Federal excise on alcohol and tobacco is collected by CBP at entry; its rates (by proof
 * gallon, by thousand cigarettes...) are not in the data, so the estimate says it left it out
 * (a layer the merchant gives with program "excise" counts it). */
const EXCISE = { alcohol: '27 CFR 251.48', tobacco: '27 CFR 41.62' } as const;
function exciseNote(acc: Acc, k: number, it: NormalizedItem): void {
  const flag = it.flags.has('alcohol') ? 'alcohol' : it.flags.has('tobacco') ? 'tobacco' : null;
  if (flag && !it.duties?.some((d) => d.program === 'excise')) {
    note(acc, {
      code: 'EXCISE_NOT_IN_DATA',
      item: k,
      message: `items[${k}] (${flag}): federal excise tax, collected at entry, is not in the data; give it as a layer with program "excise"`,
      citation: EXCISE[flag],
    });
  }
}

/** The item with the facts an HTS heading settled for it (the decision's reasons name them: an
 * item of heading 2204 is alcohol, one of chapter 49 informational material), so its layers'
 * exceptions and the excise read the same facts as the decision. */
function withHintedFlags(it: NormalizedItem, k: number, d: Decision): NormalizedItem {
  let flags: Set<ItemFlag> | null = null;
  for (const r of d.reasons) if (r.flag !== undefined && r.item === k && !it.flags.has(r.flag)) (flags ??= new Set(it.flags)).add(r.flag);
  return flags ? { ...it, flags } : it;
}

/** Whether the item carries a flag that leaves it out of the fee's base. */
function leftOut(c: CompiledFee, it: NormalizedItem): boolean {
  for (const f of it.flags) if (c.except.has(f as ItemFlag)) return true;
  return false;
}

function feeLine(acc: Acc, c: CompiledFee, s: NormalizedShipment, valueText: string): void {
  let base: UsdValue = s.valueUsd;
  let baseText = valueText;
  if (c.except.size) {
    let kept = 0;
    for (const it of s.items) if (!leftOut(c, it)) kept++;
    if (kept === 0) return;
    if (kept < s.items.length) {
      base = USD_ZERO;
      for (const it of s.items) if (!leftOut(c, it)) base = add(base, it.usd);
      baseText = formatUsd(base);
    }
  }
  if (c.amountCents !== null) {
    acc.fees += c.amountCents;
    acc.lines.push({
      program: c.v.program,
      kind: 'fee',
      base: baseText,
      amount: formatCents(c.amountCents),
      citation: c.citation,
      confidence: c.confidence,
      id: c.v.id,
    });
    return;
  }
  if (c.rate && s.basis === VALUE_UNKNOWN) {
    note(acc, {
      code: 'NO_EXCHANGE_RATE',
      message: `fee ${c.v.id} is a share of the value, which is not known (a price has no exchange rate)`,
      citation: c.citation,
    });
    return;
  }
  if (!c.rate) {
    note(acc, { code: 'FEE_NOT_IN_DATA', message: `fee ${c.v.id} applies, but its amount is not in the tariff data`, citation: c.citation });
    return;
  }
  let amount = applyRatio(base, c.rate);
  let clamped: ChargeLine['clamped'];
  if (c.minCents !== null && amount < c.minCents) {
    amount = c.minCents;
    clamped = 'minimum';
  } else if (c.maxCents !== null && amount > c.maxCents) {
    amount = c.maxCents;
    clamped = 'maximum';
  }
  const line = { program: c.v.program, kind: 'fee', base: baseText, rate: c.rate.text } as ChargeLine;
  if (c.minCents !== null) line.minimum = formatCents(c.minCents);
  if (c.maxCents !== null) line.maximum = formatCents(c.maxCents);
  if (clamped) line.clamped = clamped;
  line.amount = formatCents(amount);
  line.citation = c.citation;
  line.confidence = c.confidence;
  line.id = c.v.id;
  acc.fees += amount;
  acc.lines.push(line);
}

let lastStamp: { t: CompiledTariffs; s: Schedule; stamp: Charges['tariffs'] } | null = null;
function stampOf(t: CompiledTariffs, s: Schedule): Charges['tariffs'] {
  if (lastStamp?.t !== t || lastStamp.s !== s) lastStamp = { t, s, stamp: Object.freeze({ version: t.stamp.version, schedule: s.stamp }) };
  return lastStamp.stamp;
}

/** The charges of a decision, or undefined when it is exempt (no duty, no fee). `schedules` give
 * the MFN rate of items that state their HTS number: one edition, or editions by date (null: only
 * the tariff set's layers). On a decision with a `valueDependence`, it also sets
 * `needsRate.estimate`. */
export function computeCharges(d: Decision, s: NormalizedShipment, t: CompiledTariffs, schedules: Schedules | null = null): Charges | undefined {
  if (d.exempt || d.entry === 'none' || d.entry === 'section-321') return undefined;
  // editions by date: the one in force at the entry
  const schedule = schedules && 'at' in schedules ? schedules.at(s.instant) : schedules;
  const segment = t.segment(s.mode, segmentOf(t.cuts, s.instant));
  const acc: Acc = { lines: [], notes: null, incomplete: false, usedSchedule: false, duty: 0, fees: 0 };
  const n = s.items.length;
  const postal = d.entry === 'postal';
  // only headings' reasons carry a flag (the decision's HTS hints), so only an item with an HTS
  // number can have one (the items are one shape; the reasons are many, and reading an absent
  // field across many shapes was the estimate's top cost)
  let hinted = false;
  for (let k = 0; k < n && !hinted; k++) if (s.items[k].hts !== null) hinted = d.reasons.some((r) => r.flag !== undefined);
  const scopedAny = t.prefixLengths.length > 0;
  for (let k = 0; k < n; k++) {
    const it = hinted ? withHintedFlags(s.items[k], k, d) : s.items[k];
    // one item: its value is the shipment's, already printed in the decision
    itemLines(
      acc,
      k,
      it,
      segment.layers,
      scopedAny ? scopedLayers(t, it, s.instant, s.mode) : null,
      schedule,
      n === 1 ? d.valueUsd : formatUsd(it.usd),
      postal,
    );
  }
  const entry = d.entry;
  for (const c of segment.fees) if (!c.entries || c.entries.has(entry)) feeLine(acc, c, s, d.valueUsd);
  if (acc.usedSchedule && schedule) {
    const old = schedule.ageNote(s.day, s.asOf);
    if (old) note(acc, old, false);
  }
  const out = { duty: formatCents(acc.duty), fees: formatCents(acc.fees), total: formatCents(acc.duty + acc.fees), complete: !acc.incomplete } as Charges;
  const cf = s.carrierFee;
  if (cf) {
    const text = formatCents(usdCentsOf(cf.amount));
    out.carrier = text;
    acc.lines.push({
      program: 'carrier-fee',
      kind: 'carrier',
      base: text,
      amount: text,
      citation: cf.name ? `${cf.name} (the carrier's own charge, not law)` : "the carrier's own charge, not law",
      confidence: 'supplied',
    });
  }
  if (acc.notes) out.notes = acc.notes;
  out.lines = acc.lines;
  out.tariffs = acc.usedSchedule && schedule ? stampOf(t, schedule) : t.stamp;
  // a decision on converted prices says whether its estimate depends on the value (a share of it)
  const dependence = d.valueDependence;
  if (dependence) dependence.needsRate.estimate = acc.lines.some((l) => l.rate !== undefined) || !!acc.notes?.some((n) => n.code === 'NO_EXCHANGE_RATE');
  return out;
}
