// From the USITC's JSON export of the Harmonized Tariff Schedule (an array of rows {htsno,
// indent, description, units, general, special, other, ...} in schedule order) to the compact
// form the project ships (core/schedule/schedule.generated.ts, written by
// scripts/gen-schedule.ts) and that `s321 schedule import FILE` writes from a newer export.
// Pure: the caller reads the file. Every problem is an issue with a path; nothing throws.
//
// Rates sit on 8-digit lines; the 10-digit statistical lines under them are blank and inherit
// them (walk up by indent); a 10-digit line with its own rate keeps it. Only chapters 01-97 are
// kept: chapter 98 (special provisions) and 99 (temporary and additional duties) are not the
// classification of an article (the additional duties of chapter 99 are tariff-set layers).

import type { InputIssue } from '../issues.ts';
import { parseDay } from '../time/new-york.ts';
import type { ScheduleData } from './types.ts';

/** Longest description kept per line: enough to recognise the line in `s321 tariffs NUMBER`. */
const DESC_MAX = 72;

/** The text without its markup tags (`<i>`, `<sup>`...), in one pass: a regex for tags rescans the
 * rest of the text from every '<' that has no '>', quadratic in a long run of them. */
function withoutTags(s: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const lt = s.indexOf('<', i);
    const gt = lt < 0 ? -1 : s.indexOf('>', lt + 1);
    if (gt < 0) return out + s.slice(i);
    out += s.slice(i, lt);
    i = gt + 1;
  }
}

function shortText(s: unknown): string {
  if (typeof s !== 'string') return '';
  const t = withoutTags(s).replace(/\s+/g, ' ').replace(/[\t|]/g, ' ').trim().replace(/:$/, '');
  return t.length > DESC_MAX ? t.slice(0, DESC_MAX - 1).trimEnd() + '…' : t;
}

const clean = (s: unknown) => (typeof s === 'string' ? s.replace(/\s+/g, ' ').trim() : '');

export type BuildScheduleResult = { ok: true; data: ScheduleData; stats: { rateLines: number; numbers: number } } | { ok: false; issues: InputIssue[] };

/**
 * Builds the compact schedule from the rows of a USITC JSON export.
 * @param rows the parsed JSON (an array of row objects)
 * @param edition e.g. "HTS 2026 Revision 10"
 * @param effective the edition's effective date "YYYY-MM-DD"
 */
export function buildSchedule(rows: unknown, edition: string, effective: string): BuildScheduleResult {
  const issues: InputIssue[] = [];
  if (!Array.isArray(rows))
    return {
      ok: false,
      issues: [
        {
          path: '',
          code: 'INVALID_TYPE',
          message: 'expected the USITC JSON export: an array of rows {htsno, indent, description, units, general, special, other}',
        },
      ],
    };
  if (parseDay(effective) === null)
    issues.push({ path: 'effective', code: 'INVALID_DATE', message: `expected the edition's effective date "YYYY-MM-DD", got ${JSON.stringify(effective)}` });
  if (!edition.trim()) issues.push({ path: 'edition', code: 'MISSING', message: 'expected the edition\'s name, such as "HTS 2026 Revision 11"' });
  const strings = new Map<string, number>();
  const table: string[] = [];
  const intern = (s: string) => {
    let i = strings.get(s);
    if (i === undefined) {
      i = table.length;
      table.push(s);
      strings.set(s, i);
    }
    return i;
  };
  intern('');
  // the row at each indent on the way down to the current row: [number, general, special, other, description]
  const stack: Array<{ hts: string; general: string; special: string; other: string; desc: string } | undefined> = [];
  const out: string[] = [];
  let lastRate: string | null = null;
  let rateLines = 0,
    numbers = 0;
  const seen = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as Record<string, unknown> | null;
    if (!r || typeof r !== 'object' || Array.isArray(r)) {
      issues.push({ path: `[${i}]`, code: 'INVALID_TYPE', message: 'expected a row object' });
      if (issues.length > 20) break;
      continue;
    }
    const indent = Number(r.indent);
    const htsno = typeof r.htsno === 'string' ? r.htsno.trim() : '';
    if (!Number.isInteger(indent) || indent < 0 || indent > 20) {
      issues.push({ path: `[${i}].indent`, code: 'INVALID_VALUE', message: `expected an indent from 0 to 20, got ${JSON.stringify(r.indent)}` });
      if (issues.length > 20) break;
      continue;
    }
    const digits = htsno.replace(/\./g, '');
    if (htsno && !/^\d+$/.test(digits)) {
      issues.push({ path: `[${i}].htsno`, code: 'INVALID_VALUE', message: `expected an HTS number such as "6109.10.00.12", got ${JSON.stringify(htsno)}` });
      if (issues.length > 20) break;
      continue;
    }
    const row = { hts: htsno, general: clean(r.general), special: clean(r.special), other: clean(r.other), desc: shortText(r.description) };
    stack.length = indent;
    stack[indent] = row;
    if (digits.length !== 8 && digits.length !== 10) continue;
    const chapter = Number(digits.slice(0, 2));
    if (chapter < 1 || chapter > 97) continue;
    // the line whose rates apply: this one when it has a rate, else the nearest above it
    let rateRow = row.general ? row : undefined;
    let parentDesc = '';
    for (let k = indent - 1; k >= 0 && !rateRow; k--) {
      const up = stack[k];
      if (up?.general && up.hts) rateRow = up;
    }
    if (digits.length === 8) continue; // an 8-digit line is printed with its 10-digit lines
    if (seen.has(digits)) {
      issues.push({ path: `[${i}].htsno`, code: 'DUPLICATE_ID', message: `${htsno} appears twice` });
      continue;
    }
    seen.add(digits);
    if (!rateRow) {
      // a 10-digit line with no rate line above it: kept, with an empty rate (lookup says so)
      rateRow = { hts: htsno, general: '', special: '', other: '', desc: '' };
    }
    if (rateRow !== row) parentDesc = rateRow.desc;
    if (rateRow.hts !== lastRate) {
      lastRate = rateRow.hts;
      rateLines++;
      out.push(
        `${rateRow.hts.replace(/\./g, '')}\t${intern(rateRow.general)}\t${intern(rateRow.special)}\t${intern(rateRow.other)}\t${rateRow === row ? '' : parentDesc}`,
      );
    }
    const units = Array.isArray(r.units)
      ? (r.units as unknown[])
          .filter((u): u is string => typeof u === 'string')
          .map((u) => u.trim())
          .filter(Boolean)
          .join(', ')
      : '';
    // under its own 8-digit line a number is written as its last two digits
    const key = rateRow.hts.replace(/\./g, '').slice(0, 8) === digits.slice(0, 8) ? digits.slice(8) : digits;
    out.push(`${key}\t${intern(units)}\t${row.desc}`);
    numbers++;
  }
  if (!numbers && !issues.length)
    issues.push({ path: '', code: 'INVALID_VALUE', message: 'no 10-digit HTS line in chapters 01-97: is this the USITC JSON export of the schedule?' });
  if (issues.length) return { ok: false, issues };
  return { ok: true, data: { format: 1, edition, effective, strings: table, lines: out.join('\n') }, stats: { rateLines, numbers } };
}
