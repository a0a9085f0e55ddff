// The schedule loaded for lookups: each 10-digit number of chapters 01-97 to its line (the
// 8-digit line whose rates it takes, the rate texts, units and a short description). The
// bundled edition is compiled on first use; a replacement (`s321 schedule import`, then
// `--schedule FILE`) is checked and loaded the same way. Pure: the data is an argument.

import type { InputIssue } from '../issues.ts';
import { parseDay } from '../time/new-york.ts';
import type { ChargeNote } from '../charges/types.ts';
import { editionAgeNote, scheduleCharge, type ChargedItem, type ScheduleCharge } from './charge.ts';
import { mfnOf, type MfnItem, type MfnResult } from './price.ts';
import type { ScheduleData, ScheduleLine } from './types.ts';

export interface Schedule {
  /** "HTS 2026 Revision 10" */
  readonly edition: string;
  /** "2026-06-08" */
  readonly effective: string;
  /** the effective date as a New York day number (days since the epoch) */
  readonly effectiveDay: number;
  /** "HTS 2026 Revision 10, effective 2026-06-08": what every estimate that used it names */
  readonly stamp: string;
  /** how many 10-digit numbers it holds */
  readonly size: number;
  /** the line of a 10-digit number ("6109100012"; dots are not accepted here), or null */
  lookup(hts: string): ScheduleLine | null;
  /** every 10-digit number, in schedule order */
  numbers(): IterableIterator<string>;
  /** the MFN charge of an item under a line (general or column 2 by origin) */
  mfn(line: ScheduleLine, item: MfnItem): MfnResult;
  /** the MFN charge line of items[k] with its notes (what the charges estimate asks for) */
  charge(item: ChargedItem, k: number, base: string): ScheduleCharge;
  /** the note of an entry on `day` more than 90 days after the effective date, or null */
  ageNote(day: number, asOf: string): ChargeNote | null;
}

export type ScheduleResult = { ok: true; schedule: Schedule } | { ok: false; issues: InputIssue[] };

const dotted10 = (d: string) => `${d.slice(0, 4)}.${d.slice(4, 6)}.${d.slice(6, 8)}.${d.slice(8, 10)}`;
const dottedLine = (d: string) => (d.length === 8 ? `${d.slice(0, 4)}.${d.slice(4, 6)}.${d.slice(6, 8)}` : dotted10(d));

/** Checks and loads a compact schedule (the bundled one, or the JSON `s321 schedule import` wrote). */
export function loadSchedule(input: unknown): ScheduleResult {
  const issues: InputIssue[] = [];
  const d = input as ScheduleData;
  if (typeof d !== 'object' || d === null || Array.isArray(d)) return { ok: false, issues: [{ path: '', code: 'INVALID_TYPE', message: 'expected a schedule written by `s321 schedule import` (an object with format, edition, effective, strings, lines)' }] };
  if (d.format !== 1) issues.push({ path: 'format', code: 'INVALID_VALUE', message: `expected format 1, got ${JSON.stringify(d.format)}` });
  if (typeof d.edition !== 'string' || !d.edition) issues.push({ path: 'edition', code: 'INVALID_VALUE', message: 'expected the edition\'s name' });
  if (typeof d.effective !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(d.effective)) issues.push({ path: 'effective', code: 'INVALID_DATE', message: `expected a date "YYYY-MM-DD", got ${JSON.stringify(d.effective)}` });
  if (!Array.isArray(d.strings) || !d.strings.every((s) => typeof s === 'string')) issues.push({ path: 'strings', code: 'INVALID_TYPE', message: 'expected an array of strings' });
  if (typeof d.lines !== 'string') issues.push({ path: 'lines', code: 'INVALID_TYPE', message: 'expected a string' });
  if (issues.length) return { ok: false, issues };
  const effectiveDay = parseDay(d.effective);
  if (effectiveDay === null) return { ok: false, issues: [{ path: 'effective', code: 'INVALID_DATE', message: `"${d.effective}" is not a real date` }] };
  const strings = d.strings;
  const byNumber = new Map<string, ScheduleLine>();
  let rate: { digits: string; line: string; general: string; special: string; other: string; desc: string } | null = null;
  const rows = d.lines.split('\n');
  for (let i = 0; i < rows.length; i++) {
    const f = rows[i].split('\t');
    const bad = (why: string) => issues.push({ path: `lines:${i + 1}`, code: 'INVALID_VALUE', message: why });
    if (f.length === 5) {
      const [digits, g, s, o, desc] = f;
      const gi = +g, si = +s, oi = +o;
      if (!/^\d{8}(\d\d)?$/.test(digits) || !(gi in strings) || !(si in strings) || !(oi in strings)) {
        bad(`expected a rate line "DIGITS\\tGENERAL\\tSPECIAL\\tOTHER\\tDESCRIPTION", got ${JSON.stringify(rows[i].slice(0, 60))}`);
      } else rate = { digits, line: dottedLine(digits), general: strings[gi], special: strings[si], other: strings[oi], desc };
    } else if (f.length === 3) {
      const [key, u, desc] = f;
      const digits = key.length === 2 && rate ? rate.digits.slice(0, 8) + key : key;
      if (!rate || !/^\d{10}$/.test(digits) || !(+u in strings)) bad(`expected a number line "DIGITS\\tUNITS\\tDESCRIPTION" under a rate line, got ${JSON.stringify(rows[i].slice(0, 60))}`);
      else if (byNumber.has(digits)) bad(`${dotted10(digits)} appears twice`);
      else {
        byNumber.set(digits, {
          hts: digits,
          dotted: dotted10(digits),
          rateLine: rate.line,
          general: rate.general,
          special: rate.special,
          other: rate.other,
          units: strings[+u],
          description: rate.desc && desc ? `${rate.desc}: ${desc}` : rate.desc || desc,
        });
      }
    } else bad(`expected 3 or 5 tab-separated fields, got ${f.length}`);
    if (issues.length >= 20) break;
  }
  if (issues.length) return { ok: false, issues };
  const edition = d.edition, effective = d.effective;
  const stamp = `${edition}, effective ${effective}`;
  const lookup = (hts: string) => byNumber.get(hts) ?? null;
  const ageNotes = new Map<number, ChargeNote>();
  return {
    ok: true,
    schedule: {
      edition,
      effective,
      effectiveDay,
      stamp,
      size: byNumber.size,
      lookup,
      numbers: () => byNumber.keys(),
      mfn: mfnOf,
      charge: (it, k, base) => scheduleCharge(lookup, edition, it, k, base),
      ageNote: (day, asOf) => editionAgeNote(stamp, effectiveDay, day, asOf, ageNotes),
    },
  };
}

/** Whether x is a schedule loaded by this module (not its JSON form). */
export function isSchedule(x: unknown): x is Schedule {
  return typeof x === 'object' && x !== null && typeof (x as Schedule).lookup === 'function' && typeof (x as Schedule).stamp === 'string';
}
