// Writes core/money/fx.generated.ts, the approximate exchange rates s321 bundles, from the
// European Central Bank's euro foreign exchange reference rates (../shared/data/fx/eurofxref-hist.csv.gz:
// one row a business day, units per euro; "N/A" where the ECB published none).
//   node --import tsx scripts/gen-fx.ts          (npm run gen:fx) rewrites it
//   node --import tsx scripts/gen-fx.ts --check  exits 1 when it is stale
// test/node/core/money/fx-data.test.ts fails while the generated file is stale.
//
// What is kept, and why (docs/currency.md):
// - span: from the first business day of 2016 (the $800 era starts on 2016-03-10) to the last
//   day of the file;
// - granularity: one rate a week, the week's first business day, plus the file's last day, so
//   that the latest rate is the newest the data has. A week moves a rate by well under the 5%
//   band in which an approximate value is "too close to call", so daily rows would add bytes,
//   not certainty;
// - precision: 5 significant digits (a relative error of at most 0.01%);
// - currencies: those the ECB still published in the span and ISO 4217 lists today (so not the
//   Croatian kuna, replaced by the euro in 2023), plus the euro itself; each one converted from
//   units per euro to units per US dollar on the same day (units/EUR divided by USD/EUR).
// Encoding, one string per currency: "<decimals>:<first>,<delta>,<delta>,..." of integers scaled by
// 10^decimals; an empty field is a week without a rate (the next delta is from the last rate).
// The dates are one string of day gaps in base 36.
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { isCurrency } from '../core/money/currencies.ts';
import { parseDay } from '../core/time/new-york.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const FX_CSV = `${ROOT}../shared/data/fx/eurofxref-hist.csv.gz`;
export const FX_FILE = 'core/money/fx.generated.ts';
const FIRST_DAY = '2016-01-01';
const SIGNIFICANT = 5;

interface Row {
  day: number;
  date: string;
  perEur: Map<string, number>;
}

function readRows(csv: string): Row[] {
  const lines = csv.trim().split(/\r?\n/);
  const head = lines[0].split(',');
  const rows: Row[] = [];
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    const date = cells[0];
    const day = parseDay(date);
    if (day === null) throw new Error(`${FX_CSV}: bad date "${date}"`);
    const perEur = new Map<string, number>();
    head.forEach((code, i) => {
      if (i === 0 || !code) return;
      const v = Number(cells[i]);
      if (cells[i] && cells[i] !== 'N/A' && Number.isFinite(v) && v > 0) perEur.set(code, v);
    });
    rows.push({ day, date, perEur });
  }
  return rows.sort((a, b) => a.day - b.day);
}

/** Monday-based week number of a day (days since 1970-01-01, a Thursday). */
const weekOf = (day: number) => Math.floor((day + 3) / 7);

export function generate(csvGz: Buffer): { text: string; weeks: number; currencies: number; first: string; last: string } {
  const all = readRows(gunzipSync(csvGz).toString('utf8'));
  const from = parseDay(FIRST_DAY)!;
  const rows = all.filter((r) => r.day >= from && r.perEur.has('USD'));
  // the first business day of each week, and the last day of the file
  const kept: Row[] = [];
  for (const r of rows) if (!kept.length || weekOf(kept[kept.length - 1].day) !== weekOf(r.day)) kept.push(r);
  const last = rows[rows.length - 1];
  if (kept[kept.length - 1] !== last) kept.push(last);
  const codes = new Set<string>(['EUR']);
  for (const r of kept) for (const c of r.perEur.keys()) if (c !== 'USD' && isCurrency(c)) codes.add(c);
  const sorted = [...codes].sort();
  const perUsd = (r: Row, code: string): number | undefined => {
    const usd = r.perEur.get('USD')!;
    if (code === 'EUR') return 1 / usd;
    const v = r.perEur.get(code);
    return v === undefined ? undefined : v / usd;
  };
  const series: Record<string, string> = {};
  for (const code of sorted) {
    const values = kept.map((r) => perUsd(r, code));
    const present = values.filter((v): v is number => v !== undefined).sort((a, b) => a - b);
    const median = present[present.length >> 1];
    const intDigits = Math.floor(Math.log10(median)) + 1; // 0 for 0.92, -1 for 0.092
    const decimals = Math.max(0, SIGNIFICANT - intDigits);
    const scale = 10 ** decimals;
    let prev: number | null = null;
    const out: string[] = [];
    for (const v of values) {
      if (v === undefined) {
        out.push('');
        continue;
      }
      const scaled = Math.max(1, Math.round(v * scale));
      out.push(prev === null ? String(scaled) : String(scaled - prev));
      prev = scaled;
    }
    // trailing weeks without a rate (a currency the ECB stopped publishing) need no fields
    while (out.length && out[out.length - 1] === '') out.pop();
    series[code] = `${decimals}:${out.join(',')}`;
  }
  let gaps = '';
  for (let i = 1; i < kept.length; i++) gaps += (kept[i].day - kept[i - 1].day).toString(36);
  if (/[^1-9a-z]/.test(gaps) || kept.some((r, i) => i > 0 && r.day - kept[i - 1].day >= 36))
    throw new Error('a gap of 36 days or more between kept rows: the one-character encoding cannot hold it');
  const text = `// Generated by scripts/gen-fx.ts from the European Central Bank's euro foreign exchange reference
// rates (eurofxref-hist.csv); do not edit: \`npm run gen:fx\` rewrites it, and a test fails while it
// is stale. Approximate rates, NOT the certified rates CBP converts with (19 CFR 159.31-159.35):
// one a week (each week's first business day, and the last day of the data), units per US dollar,
// ${SIGNIFICANT} significant digits. Format: core/money/approximate.ts.

/** The day of the first rate. */
export const FX_FIRST = ${JSON.stringify(kept[0].date)};
/** The day of the last rate: the data ends here. */
export const FX_LAST = ${JSON.stringify(last.date)};
/** Days between consecutive rates, one base-36 digit each. */
export const FX_GAPS = ${JSON.stringify(gaps)};
/** Per currency, "<decimals>:<first>,<delta>,...": integers scaled by 10^decimals; empty = no rate that week. */
export const FX_SERIES: Readonly<Record<string, string>> = {
${sorted.map((c) => `  ${c}: ${JSON.stringify(series[c])},`).join('\n')}
};
`;
  return { text, weeks: kept.length, currencies: sorted.length, first: kept[0].date, last: last.date };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = generate(readFileSync(FX_CSV));
  const target = `${ROOT}${FX_FILE}`;
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      /* missing: stale */
    }
    if (current !== r.text) {
      console.error(`${FX_FILE} is stale: run npm run gen:fx`);
      process.exit(1);
    }
  } else {
    writeFileSync(target, r.text);
    const { gzipSync } = await import('node:zlib');
    console.log(
      `${FX_FILE}: ${r.currencies} currencies, ${r.weeks} rates each from ${r.first} to ${r.last}; ${r.text.length} B, ${gzipSync(r.text, { level: 9 }).length} B gzip`,
    );
  }
}
