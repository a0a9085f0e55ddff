// The schedule loaded for lookups: each 10-digit number of chapters 01-97 to its line (the
// 8-digit line whose rates it takes, the rate texts, units and a short description). The
// bundled edition is compiled on first use; a replacement (`s321 schedule import`, then
// `--schedule FILE`) is checked and loaded the same way. Pure: the data is an argument.

import type { InputIssue } from '../issues.ts';
import type { Citation } from '../law/cite.ts';
import { versionWindow, type DatedVersion, type Validity } from '../law/dated.ts';
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
  /** the edition as dated law: in force from its effective date (00:00 New York), open-ended
   * when loaded alone; an edition list (`loadEditions`) ends it where the next one starts */
  readonly version: DatedVersion & Validity;
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
  /** the MFN charge line of items[k] with its notes (what the charges estimate asks for); `line`,
   * when the caller has looked the number up already */
  charge(item: ChargedItem, k: number, base: string, line?: ScheduleLine | null): ScheduleCharge;
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
  if (typeof d !== 'object' || d === null || Array.isArray(d))
    return {
      ok: false,
      issues: [
        {
          path: '',
          code: 'INVALID_TYPE',
          message: 'expected a schedule written by `s321 schedule import` (an object with format, edition, effective, strings, lines)',
        },
      ],
    };
  if (d.format !== 1) issues.push({ path: 'format', code: 'INVALID_VALUE', message: `expected format 1, got ${JSON.stringify(d.format)}` });
  if (typeof d.edition !== 'string' || !d.edition) issues.push({ path: 'edition', code: 'INVALID_VALUE', message: "expected the edition's name" });
  if (typeof d.effective !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(d.effective))
    issues.push({ path: 'effective', code: 'INVALID_DATE', message: `expected a date "YYYY-MM-DD", got ${JSON.stringify(d.effective)}` });
  if (!Array.isArray(d.strings) || !d.strings.every((s) => typeof s === 'string'))
    issues.push({ path: 'strings', code: 'INVALID_TYPE', message: 'expected an array of strings' });
  if (typeof d.lines !== 'string') issues.push({ path: 'lines', code: 'INVALID_TYPE', message: 'expected a string' });
  if (issues.length) return { ok: false, issues };
  const effectiveDay = parseDay(d.effective);
  if (effectiveDay === null) return { ok: false, issues: [{ path: 'effective', code: 'INVALID_DATE', message: `"${d.effective}" is not a real date` }] };
  const strings = d.strings;
  // number -> its row; the line objects are built on first lookup (most are never asked for)
  const byNumber = new Map<string, number>();
  const rows = d.lines.split('\n');
  /** for each number row, the index of its rate row */
  const rateRowOf = new Int32Array(rows.length);
  let rateRow = -1,
    rateDigits = '';
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const t1 = row.indexOf('\t'),
      t2 = row.indexOf('\t', t1 + 1),
      t3 = row.indexOf('\t', t2 + 1);
    const bad = (why: string) => issues.push({ path: `lines:${i + 1}`, code: 'INVALID_VALUE', message: why });
    if (t3 > 0) {
      const t4 = row.indexOf('\t', t3 + 1);
      const digits = row.slice(0, t1);
      const gi = +row.slice(t1 + 1, t2),
        si = +row.slice(t2 + 1, t3),
        oi = +row.slice(t3 + 1, t4);
      if (t4 < 0 || row.indexOf('\t', t4 + 1) >= 0 || !/^\d{8}(\d\d)?$/.test(digits) || !(gi in strings) || !(si in strings) || !(oi in strings)) {
        bad(`expected a rate line "DIGITS\\tGENERAL\\tSPECIAL\\tOTHER\\tDESCRIPTION", got ${JSON.stringify(row.slice(0, 60))}`);
      } else {
        rateRow = i;
        rateDigits = digits.slice(0, 8);
      }
    } else if (t2 > 0) {
      const key = row.slice(0, t1);
      const digits = key.length === 2 && rateRow >= 0 ? rateDigits + key : key;
      if (rateRow < 0 || !/^\d{10}$/.test(digits) || !((+row.slice(t1 + 1, t2)) in strings))
        bad(`expected a number line "DIGITS\\tUNITS\\tDESCRIPTION" under a rate line, got ${JSON.stringify(row.slice(0, 60))}`);
      else if (byNumber.has(digits)) bad(`${dotted10(digits)} appears twice`);
      else {
        byNumber.set(digits, i);
        rateRowOf[i] = rateRow;
      }
    } else bad(`expected 3 or 5 tab-separated fields, got ${row.split('\t').length}`);
    if (issues.length >= 20) break;
  }
  if (issues.length) return { ok: false, issues };
  const edition = d.edition,
    effective = d.effective;
  const stamp = `${edition}, effective ${effective}`;
  const [fromMs, untilMs] = versionWindow('', effective, undefined, issues)!;
  const citations: Citation[] = [{ document: `HTSUS, ${edition}`, confidence: 'P' }];
  const built = new Map<string, ScheduleLine>();
  const lookup = (hts: string): ScheduleLine | null => {
    const hit = built.get(hts);
    if (hit) return hit;
    const i = byNumber.get(hts);
    if (i === undefined) return null;
    const [, u, desc] = rows[i].split('\t');
    const [digits, g, sp, o, rdesc] = rows[rateRowOf[i]].split('\t');
    const rateLine = dottedLine(digits);
    const line: ScheduleLine = {
      hts,
      dotted: dotted10(hts),
      rateLine,
      general: strings[+g],
      special: strings[+sp],
      other: strings[+o],
      units: strings[+u],
      description: rdesc && desc ? `${rdesc}: ${desc}` : rdesc || desc,
      citation: `HTSUS ${rateLine} (${edition})`,
    };
    built.set(hts, line);
    return line;
  };
  const ageNotes = new Map<number, ChargeNote>();
  return {
    ok: true,
    schedule: {
      edition,
      effective,
      effectiveDay,
      version: { id: edition, from: effective, citations, fromMs, untilMs },
      stamp,
      size: byNumber.size,
      lookup,
      numbers: () => byNumber.keys(),
      mfn: mfnOf,
      charge: (it, k, base, line) => scheduleCharge(line === undefined ? lookup(it.hts!) : line, edition, it, k, base),
      ageNote: (day, asOf) => editionAgeNote(stamp, effectiveDay, day, asOf, ageNotes),
    },
  };
}

/** Whether x is a schedule loaded by this module (not its JSON form). */
export function isSchedule(x: unknown): x is Schedule {
  return typeof x === 'object' && x !== null && typeof (x as Schedule).lookup === 'function' && typeof (x as Schedule).stamp === 'string';
}
