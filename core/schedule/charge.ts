// The MFN charge line of an item from the schedule, with its notes, and the note on an edition's
// age: what core/charges/compute.ts asks a loaded schedule for (`schedule.charge`,
// `schedule.ageNote`), so that code that never loads a schedule (the widget) carries none of it.

import type { ChargeLine, ChargeNote } from '../charges/types.ts';
import type { Ratio } from '../charges/ratio.ts';
import { formatCents } from '../money/money.ts';
import { COLUMN_2_ORIGINS, mfnOf, type MfnItem } from './price.ts';
import type { ScheduleLine } from './types.ts';

/** More than this many days after its edition's effective date, an estimate says later changes
 * to the schedule are not included. */
export const EDITION_AGE_DAYS = 90;

export interface ScheduleCharge {
  /** the MFN line, when the rate could be computed (in part: see the notes) */
  readonly line: ChargeLine | null;
  readonly cents: number;
  /** the ad valorem part, for a floor net of MFN */
  readonly ratio: Ratio | null;
  /** never to be modified (shared when empty) */
  readonly notes: readonly ChargeNote[];
}

export interface ChargedItem extends MfnItem {
  readonly hts: string | null;
  readonly flags: ReadonlySet<string>;
}

const NO_NOTES: ChargeNote[] = [];

/** The MFN charge of items[k] under the schedule's line for its number (null: not in it). */
export function scheduleCharge(line: ScheduleLine | null, edition: string, it: ChargedItem, k: number, base: string): ScheduleCharge {
  const hts = it.hts!;
  if (!line) {
    const notes: ChargeNote[] = [];
    const dotted = `${hts.slice(0, 4)}.${hts.slice(4, 6)}.${hts.slice(6)}`;
    notes.push({
      code: 'HTS_NOT_IN_SCHEDULE',
      item: k,
      message: `items[${k}]: HTS ${dotted} is not in ${edition}: its MFN rate is not in this estimate; check the number, or give the rate as a layer with program "mfn"`,
    });
    return { line: null, cents: 0, ratio: null, notes };
  }
  // column 2 (CU, KP, RU, BY) is rare: its citation is written when asked
  const citation = COLUMN_2_ORIGINS.has(it.origin) ? `HTSUS ${line.rateLine}, column 2 (${edition})` : line.citation;
  const m = mfnOf(line, it);
  if (m.kind === 'refused') {
    const notes: ChargeNote[] = [];
    notes.push({
      code: 'RATE_NOT_COMPUTED',
      item: k,
      message: `items[${k}]: the ${m.column} rate of HTS ${line.rateLine} is "${m.text}": ${m.reason}; give it as a layer with program "mfn"`,
      citation,
    });
    return { line: null, cents: 0, ratio: null, notes };
  }
  let out: ChargeLine;
  if (!m.specific) {
    // the common case, one literal (one object shape)
    out =
      m.percent !== undefined
        ? { program: 'mfn', kind: 'duty', item: k, base, rate: m.percent, amount: formatCents(m.cents), citation, confidence: 'P', heading: line.rateLine }
        : { program: 'mfn', kind: 'duty', item: k, base, amount: formatCents(m.cents), citation, confidence: 'P', heading: line.rateLine };
  } else {
    out = { program: 'mfn', kind: 'duty', item: k, base } as ChargeLine;
    if (m.percent !== undefined) out.rate = m.percent;
    out.specific = m.specific;
    if (m.netQuantity) out.netQuantity = m.netQuantity;
    out.amount = formatCents(m.cents);
    out.citation = citation;
    out.confidence = 'P';
    out.heading = line.rateLine;
  }
  let notes = NO_NOTES;
  if (m.needs) {
    notes = [];
    notes.push({
      code: 'NET_QUANTITY_NEEDED',
      item: k,
      message: `items[${k}]: the rate of HTS ${line.rateLine} is "${m.text}": give the item's net quantity in ${m.needs} ("netQuantity": {"amount": "...", "unit": "${m.needs}"}); only the ad valorem part is counted`,
      citation,
    });
  }
  if (line.special && it.flags.size && it.flags.has('fta-claimed')) {
    if (notes === NO_NOTES) notes = [];
    notes.push({
      code: 'SPECIAL_RATE_NOT_APPLIED',
      item: k,
      message: `items[${k}]: a preference is claimed, but the special rates of HTS ${line.rateLine} ("${line.special}") are not applied by this estimate: the general rate is shown`,
    });
  }
  return { line: out, cents: m.cents, ratio: m.ratio, notes };
}

/** The note of an entry more than EDITION_AGE_DAYS after the edition's effective date, or before
 * it, or null.
 * `cache` keeps one frozen note per day (estimates share it, as they share their stamp). */
export function editionAgeNote(stamp: string, effectiveDay: number, day: number, asOf: string, cache: Map<number, ChargeNote>): ChargeNote | null {
  const age = day - effectiveDay;
  if (age <= EDITION_AGE_DAYS && age >= 0) return null;
  let n = cache.get(day);
  if (!n) {
    n = Object.freeze(
      age < 0
        ? {
            code: 'SCHEDULE_EDITION_LATER',
            message: `the MFN rates are those of ${stamp}, which took effect after the entry (${asOf}): the rates of the edition in force that day may differ`,
          }
        : {
            code: 'SCHEDULE_EDITION_AGE',
            message: `the MFN rates are those of ${stamp}; the entry (${asOf}) is ${age} days later, and later changes to the schedule are not included`,
          },
    );
    if (cache.size > 4096) cache.clear();
    cache.set(day, n);
  }
  return n;
}
