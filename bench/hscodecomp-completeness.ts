// The share of the HSCodeComp dev listings (../shared/fixtures/hscodecomp-dev/items.jsonl: 316
// marketplace listings, each with an expert's 10-digit HTS number) whose duty estimate is complete
// when an item states only its HTS number: origin CN, express, arrival 2026-12-15, the bundled
// schedule and the tariff set the command line prices with (scheduleTariffs(): the bundled set with
// the Chapter 99 layers by HTS number). Used by bench/schedule-completeness.bench.ts (`npm run bench`) and
// test/node/bench/hscodecomp-completeness.test.ts.
//
// Each listing is also classed independently of the estimate, from the schedule and the Chapter 99
// data: not in the schedule, a general rate with a specific part (specific or compound), on a
// Section 232 list in force on the date (by HTS number, for origin CN), or else ad valorem/free.
//
// Prices: the fx branch (approximate exchange rates) is not merged here, so only the 218 USD
// listings are priced in their currency; the 66 CNY listings and the 32 without a currency are
// priced with their amount taken as USD (`takenAsUsd`). Completeness does not depend on it: no
// rate of these numbers depends on the declared value.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluate, type Decision } from '../core/index.ts';
import type { ChargeNote } from '../core/charges/index.ts';
import { bundledSchedule, scheduleTariffs } from '../core/schedule/index.ts';
import { parseScheduleRate } from '../core/schedule/rate.ts';
import { chapter99Layers } from '../core/schedule/chapter99.generated.ts';
import { chapter99LayersFor } from '../core/schedule/chapter99-lookup.ts';
import type { Schedule } from '../core/schedule/index.ts';

export const FIXTURE = fileURLToPath(new URL('../../shared/fixtures/hscodecomp-dev/items.jsonl', import.meta.url));
export const ARRIVAL = '2026-12-15';
/** the notes that make an estimate incomplete (core/charges/types.ts) */
const INCOMPLETE = new Set([
  'NO_MERCHANT_LAYERS',
  'RATE_NOT_IN_DATA',
  'FEE_NOT_IN_DATA',
  'HTS_NOT_IN_SCHEDULE',
  'RATE_NOT_COMPUTED',
  'NET_QUANTITY_NEEDED',
  'METAL_CONTENT_NEEDED',
]);

export type ListingClass = 'not-in-schedule' | 'specific-or-compound' | 'section-232' | 'ad-valorem-or-free' | 'rate-refused';

export interface Listing {
  taskId: number;
  hts: string;
  /** the amount as a decimal string and the currency it was listed in (null: none given) */
  amount: string;
  currency: string | null;
  class: ListingClass;
  /** the units of the specific part of its general rate (specific or compound), whatever its class */
  units: string[];
}

export interface ListingResult extends Listing {
  complete: boolean;
  /** decided exempt (nothing owed): counted complete */
  exempt: boolean;
  /** the notes that make the estimate incomplete */
  notes: ChargeNote[];
}

export function fixturePresent(): boolean {
  return existsSync(FIXTURE);
}

export function readListings(schedule: Schedule = bundledSchedule()): Listing[] {
  return readFileSync(FIXTURE, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const j = JSON.parse(l) as { task_id: number; hs_code: string; price: number | null; currency_code: string | null };
      const hts = j.hs_code;
      const line = schedule.lookup(hts);
      let cls: ListingClass = 'ad-valorem-or-free';
      let units: string[] = [];
      const on232 = chapter99LayersFor(chapter99Layers, { hts, origin: 'CN', at: ARRIVAL, mode: 'express' }).some((x) => x.program.startsWith('section-232'));
      const r = line ? parseScheduleRate(line.general) : null;
      if (r?.ok && r.specific?.length) units = r.specific.map((s) => s.unit);
      if (!line) cls = 'not-in-schedule';
      else if (on232) cls = 'section-232';
      else if (!r!.ok) cls = 'rate-refused';
      else if (units.length) cls = 'specific-or-compound';
      return { taskId: j.task_id, hts, amount: (j.price ?? 0).toFixed(2), currency: j.currency_code, class: cls, units };
    });
}

/** One listing as a one-item shipment with only its HTS number (plus `extra` on the item). */
export function estimate(l: Listing, schedule: Schedule, extra: Record<string, unknown> = {}): ListingResult {
  const r = evaluate(
    {
      id: `hscodecomp-${l.taskId}`,
      arrival: ARRIVAL,
      mode: 'express',
      shipFrom: 'CN',
      items: [{ description: `listing ${l.taskId}`, quantity: 1, price: { amount: l.amount, currency: 'USD' }, origin: 'CN', hts: l.hts, ...extra }],
    } as never,
    { schedule, tariffs: scheduleTariffs() },
  );
  if (!r.ok) throw new Error(`listing ${l.taskId} (${l.hts}): ${r.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  const d = r.output as Decision;
  // an exempt decision owes nothing: a complete answer (e.g. books, 4901: informational materials)
  if (d.exempt) return { ...l, complete: true, exempt: true, notes: [] };
  const c = d.charges;
  if (!c) throw new Error(`listing ${l.taskId} (${l.hts}): a dutiable decision without charges`);
  return { ...l, complete: c.complete, exempt: false, notes: (c.notes ?? []).filter((n) => INCOMPLETE.has(n.code)) };
}

export interface Completeness {
  listings: number;
  complete: number;
  /** USD listings only */
  usdListings: number;
  usdComplete: number;
  takenAsUsd: number;
  exempt: number;
  byClass: Record<string, { listings: number; complete: number }>;
  /** incomplete listings by the code of their (first) incompleteness note */
  incompleteByNote: Record<string, number>;
  results: ListingResult[];
}

export function completeness(schedule: Schedule = bundledSchedule()): Completeness {
  const results = readListings(schedule).map((l) => estimate(l, schedule));
  const byClass: Completeness['byClass'] = {};
  const incompleteByNote: Record<string, number> = {};
  for (const r of results) {
    const b = (byClass[r.class] ??= { listings: 0, complete: 0 });
    b.listings++;
    if (r.complete) b.complete++;
    else {
      const codes = [...new Set(r.notes.map((n) => n.code))].sort().join('+') || '(none)';
      incompleteByNote[codes] = (incompleteByNote[codes] ?? 0) + 1;
    }
  }
  const usd = results.filter((r) => r.currency === 'USD');
  return {
    listings: results.length,
    complete: results.filter((r) => r.complete).length,
    usdListings: usd.length,
    usdComplete: usd.filter((r) => r.complete).length,
    takenAsUsd: results.length - usd.length,
    exempt: results.filter((r) => r.exempt).length,
    byClass,
    incompleteByNote,
    results,
  };
}
