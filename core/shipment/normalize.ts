// From a request (unknown JSON) to normalized shipments: dates in New York, money in exact USD,
// the person key for aggregation. Every problem is reported with its JSON path; nothing throws.

import type { InputIssue } from '../issues.ts';
import { add, formatUsd, parseAmount, usdCentsOf, usdFromCents, USD_ZERO, type UsdValue } from '../money/money.ts';
import type { RateUnit } from '../schedule/units.ts';
import { chooseRate, MISSING_RATE, toUsd, type ChosenRate, type CompiledRates } from '../money/rates.ts';
import type { ApproximateRates } from '../money/approximate.ts';
import type { ItemFlag, Mode } from '../rules/types.ts';
import { formatDay, parseDateOrInstant } from '../time/new-york.ts';
import type { CarrierFeeInput, DutyInput } from '../charges/types.ts';
import { numberFacts, type NumberFacts } from './number-facts.ts';
import type { ShipmentInput } from './schema.ts';
import { plainNumber, validateBatch, validateShipment } from './validate.ts';

/** How well a value in US dollars is known, best first: a price in USD (0), converted at a
 * certified rate the caller gave (1), approximate: converted at an approximate rate or taken from
 * the USD price the shop showed (2), unknown: no rate at all (3; the value then counts only the
 * prices that could be converted, so it is a lower bound). A sum is as good as its worst part. */
export type ValueBasis = 0 | 1 | 2 | 3;
export const VALUE_USD = 0,
  VALUE_CERTIFIED = 1,
  VALUE_APPROXIMATE = 2,
  VALUE_UNKNOWN = 3;

/** An item after checking and currency conversion. */
export interface NormalizedItem {
  readonly description: string;
  readonly quantity: number;
  /** what was paid for the line, in exact USD (0 when its value is unknown: `basis` 3) */
  readonly usd: UsdValue;
  /** how well `usd` is known */
  readonly basis: ValueBasis;
  readonly origin: string;
  readonly hts: string | null;
  /** what the engine worked out about `hts` (shared by every item of that number), or null */
  readonly facts: NumberFacts | null;
  readonly flags: ReadonlySet<ItemFlag>;
  /** duty layers the merchant gave for the item (core/charges); null when none were given */
  readonly duties: readonly DutyInput[] | null;
  /** the net quantity in a unit of the schedule, for specific rates; null when not given */
  readonly netQuantity: { readonly amount: string; readonly unit: RateUnit } | null;
  /** the value of the item's metal content, exact USD; null when not given */
  readonly metalValue: UsdValue | null;
}

/** A shipment after checking, date parsing and currency conversion: what the engine decides on. */
export interface NormalizedShipment {
  readonly index: number;
  readonly id: string;
  /** entry instant (ms since epoch); a date-only arrival is the last instant of that day */
  readonly instant: number;
  /** New York calendar day of arrival (days since epoch) and its text */
  readonly day: number;
  readonly asOf: string;
  readonly hasTime: boolean;
  readonly mode: Mode;
  readonly shipFrom: string;
  readonly kind: 'purchase' | 'gift';
  readonly senderType: 'person' | 'business' | null;
  readonly senderCountry: string;
  readonly recipientType: 'person' | 'business' | null;
  /** who imports: aggregation key for "one person on one day"; null when the shipment names no
   * recipient id nor a name and address (it is then its own person) */
  readonly personKey: string | null;
  readonly orderId: string | null;
  readonly items: readonly NormalizedItem[];
  /** items[k].flags, as one array */
  readonly itemFlags: readonly ReadonlySet<ItemFlag>[];
  readonly valueUsd: UsdValue;
  /** distinct countries of origin of the items */
  readonly origins: readonly string[];
  /** how well valueUsd is known: the worst of its items' */
  readonly basis: ValueBasis;
  /** the rates that converted prices, certified or approximate, one per currency */
  readonly conversions: readonly ChosenRate[];
  /** items whose USD value is the one the shop showed (`usdShown`), with that value ("2.66") */
  readonly shown: readonly { item: number; usd: string }[];
  /** one MISSING_RATE issue per item whose price had no rate: the decision says whether it
   * needed one (the pipeline, core/pipeline.ts, reports them when the duty-free answer depends on the value) */
  readonly missingRates: readonly InputIssue[];
  /** the day whose rates converted the prices ("2024-05-28"), null when nothing was converted */
  readonly conversionDay: string | null;
  /** whether conversionDay is the stated date of exportation (19 CFR 159.32) rather than the
   * arrival day used in its absence */
  readonly conversionDayIsExport: boolean;
  /** the carrier's own charge, when the merchant gave one (never part of the legal charges) */
  readonly carrierFee: CarrierFeeInput | null;
}

/** The normalized shipments, or the input's issues. */
export type NormalizeResult = { ok: true; batch: boolean; shipments: NormalizedShipment[] } | { ok: false; issues: InputIssue[] };

const NO_FLAGS: ReadonlySet<ItemFlag> = new Set();
const NO_CONVERSIONS: readonly ChosenRate[] = Object.freeze([]);
const NONE: readonly never[] = Object.freeze([]);

function normText(s: string | undefined): string {
  if (!s) return '';
  return s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** "Same person" (19 CFR 10.151, "one person"): same recipient.id, or without ids the same normalized name and
 * address. A shipment with neither is its own person (null). */
export function personKeyOf(s: ShipmentInput): string | null {
  const r = s.recipient;
  if (r?.id) return `id:${r.id}`;
  const a = r?.address;
  const name = normText(r?.name);
  const addr = a ? [a.line1, a.line2, a.city, a.region, a.postalCode, a.country].map(normText).join('|') : '';
  if (name && addr.replace(/\|/g, '')) return `na:${name}|${addr}`;
  return null;
}

function normalizeOne(
  raw: unknown,
  index: number,
  base: string,
  rates: CompiledRates,
  issues: InputIssue[],
  approximate: ApproximateRates | null,
): NormalizedShipment | null {
  const s = validateShipment(raw, base, issues);
  if (!s) return null;
  const before = issues.length;

  const when = parseDateOrInstant(s.arrival);
  let exportDay: number | null = null;
  if (s.exportDate !== undefined) {
    const ed = parseDateOrInstant(s.exportDate);
    // a date is its own New York day; an instant, the New York day it falls on
    if (ed.ok) exportDay = ed.day;
  }
  if (when.ok && exportDay !== null && exportDay > when.day) {
    issues.push({
      path: base ? `${base}.exportDate` : 'exportDate',
      code: 'INVALID_DATE',
      message: `expected a date of exportation on or before the arrival (${formatDay(when.day)}), got ${JSON.stringify(s.exportDate)}`,
    });
  }

  const rateDay = exportDay ?? (when.ok ? when.day : null);
  // Arrays at their exact size: a normalized shipment can live a while (`s321 export` keeps the
  // open days' shipments), and an array grown by push() from [] keeps room for 17 elements.
  // Every item fills its slot, or the shipment is rejected below.
  let conversions: ChosenRate[] | null = null;
  const items: NormalizedItem[] = new Array(s.items.length);
  const itemFlags: ReadonlySet<ItemFlag>[] = new Array(s.items.length);
  let valueUsd = USD_ZERO;
  let basis: ValueBasis = VALUE_USD;
  let shown: { item: number; usd: string }[] | null = null;
  let missingRates: InputIssue[] | null = null;
  let origins: string[] | null = null;
  for (let i = 0; i < s.items.length; i++) {
    const it = s.items[i];
    if (!origins) origins = [it.origin];
    else if (!origins.includes(it.origin)) origins.push(it.origin);
    const cur = it.price.currency;
    // the schema has checked the currency and the amount
    const amt = parseAmount(typeof it.price.amount === 'string' ? it.price.amount : plainNumber(it.price.amount)!, cur);
    if (!amt.ok) continue;
    let usd: UsdValue;
    let itemBasis: ValueBasis = VALUE_USD;
    if (cur === 'USD') {
      usd = usdFromCents(amt.money.minor);
    } else {
      if (rateDay === null) continue; // the date issue is already reported
      // the caller's certified rate, else the USD price the shop showed, else an approximate rate
      let rate = chooseRate(rates, cur, rateDay);
      itemBasis = VALUE_CERTIFIED;
      if (!rate && it.usdShown !== undefined) {
        const given = parseAmount(it.usdShown, 'USD'); // its form is the contract's
        usd = usdFromCents(given.ok ? given.money.minor : 0);
        (shown ??= []).push({ item: i, usd: formatUsd(usd) });
        itemBasis = VALUE_APPROXIMATE;
      } else {
        if (!rate && approximate) {
          rate = approximate.choose(cur, rateDay);
          itemBasis = VALUE_APPROXIMATE;
        }
        if (!rate) {
          // the value is unknown; whether the answer needed it is the decision's to say
          (missingRates ??= []).push({
            path: `${base ? `${base}.` : ''}items[${i}].price.currency`,
            code: MISSING_RATE,
            message: `no ${cur} rate for ${formatDay(rateDay)} (the date of exportation) in the rates table`,
          });
          usd = USD_ZERO;
          itemBasis = VALUE_UNKNOWN;
        } else {
          if (!conversions) conversions = [rate];
          else if (!conversions.some((c) => c.currency === cur)) conversions.push(rate);
          usd = toUsd(amt.money.minor, rate);
        }
      }
      if (itemBasis > basis) basis = itemBasis;
    }
    valueUsd = add(valueUsd, usd);
    const flags = !it.flags?.length ? NO_FLAGS : new Set(it.flags);
    itemFlags[i] = flags;
    const hts = it.hts ? (it.hts.length === 10 ? it.hts : it.hts.replace(/\./g, '')) : null;
    items[i] = {
      description: it.description ?? '',
      quantity: it.quantity ?? 1,
      usd,
      basis: itemBasis,
      origin: it.origin,
      hts,
      facts: hts === null ? null : numberFacts(hts),
      flags,
      duties: it.duties ?? null,
      netQuantity: it.netQuantity ?? null,
      metalValue: it.metalValue === undefined ? null : usdFromCents(usdCentsOf(it.metalValue)),
    };
  }

  if (issues.length > before || !when.ok) return null;
  return {
    index,
    id: s.id ?? `#${index + 1}`,
    instant: when.instant,
    day: when.day,
    asOf: when.date,
    hasTime: when.hasTime,
    mode: s.mode,
    shipFrom: s.shipFrom,
    kind: s.kind ?? 'purchase',
    senderType: s.sender?.type ?? null,
    senderCountry: s.sender?.country ?? s.sender?.address?.country ?? s.shipFrom,
    recipientType: s.recipient?.type ?? null,
    personKey: personKeyOf(s),
    orderId: s.orderId ?? null,
    items,
    itemFlags,
    valueUsd,
    origins: origins ?? [],
    basis,
    conversions: conversions ?? NO_CONVERSIONS,
    shown: shown ?? NONE,
    missingRates: missingRates ?? NONE,
    // the texts the request already holds, formatted only for an export instant
    conversionDay:
      !conversions && !missingRates && !shown ? null : exportDay === null ? when.date : s.exportDate!.length === 10 ? s.exportDate! : formatDay(exportDay),
    conversionDayIsExport: exportDay !== null,
    carrierFee: s.carrierFee ?? null,
  };
}

/** Parses a request: one shipment, or {"shipments": [...]} evaluated together. A batch with an
 * invalid shipment is rejected whole, naming it. */
export function normalizeRequest(input: unknown, rates: CompiledRates, approximate: ApproximateRates | null = null): NormalizeResult {
  const issues: InputIssue[] = [];
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return {
      ok: false,
      issues: [
        {
          path: '',
          code: 'INVALID_TYPE',
          message: `expected a shipment object or {"shipments": [...]}, got ${Array.isArray(input) ? 'an array' : input === null ? 'null' : typeof input}`,
        },
      ],
    };
  }
  if ('shipments' in input) {
    if (!validateBatch(input, issues)) return { ok: false, issues };
    const list = input.shipments;
    const out: NormalizedShipment[] = [];
    list.forEach((raw, i) => {
      const n = normalizeOne(raw, i, `shipments[${i}]`, rates, issues, approximate);
      if (n) out.push(n);
    });
    // ids must be unique within a batch so decisions can be matched back
    const ids = new Map<string, number>();
    for (const s of out) {
      const prev = ids.get(s.id);
      if (prev !== undefined)
        issues.push({ path: `shipments[${s.index}].id`, code: 'DUPLICATE_ID', message: `id "${s.id}" is also used by shipments[${prev}]` });
      else ids.set(s.id, s.index);
    }
    return issues.length ? { ok: false, issues } : { ok: true, batch: true, shipments: out };
  }
  const one = normalizeOne(input, 0, '', rates, issues, approximate);
  return one && !issues.length ? { ok: true, batch: false, shipments: [one] } : { ok: false, issues };
}

/** A batch checked shipment by shipment (evaluate's `perShipment` option): the valid shipments
 * normalized, each invalid one left out with its own issues (paths from the request's root, as in
 * a batch). Only the envelope (`{"shipments": [...]}` itself) rejects the request whole. */
export type NormalizeEachResult = { ok: true; shipments: NormalizedShipment[]; rejected: Map<number, InputIssue[]> } | { ok: false; issues: InputIssue[] };

/** {@link normalizeRequest} for a batch whose shipments are answered one by one. */
export function normalizeEach(input: object, rates: CompiledRates, approximate: ApproximateRates | null = null): NormalizeEachResult {
  const issues: InputIssue[] = [];
  if (!validateBatch(input, issues)) return { ok: false, issues };
  const shipments: NormalizedShipment[] = [];
  const rejected = new Map<number, InputIssue[]>();
  const ids = new Map<string, number>();
  input.shipments.forEach((raw, i) => {
    const own: InputIssue[] = [];
    const n = normalizeOne(raw, i, `shipments[${i}]`, rates, own, approximate);
    if (n) {
      const prev = ids.get(n.id);
      if (prev !== undefined) own.push({ path: `shipments[${i}].id`, code: 'DUPLICATE_ID', message: `id "${n.id}" is also used by shipments[${prev}]` });
      else {
        ids.set(n.id, i);
        shipments.push(n);
      }
    }
    if (own.length) rejected.set(i, own);
  });
  return { ok: true, shipments, rejected };
}
