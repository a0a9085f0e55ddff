// The rate columns of the schedule, parsed exactly. A rate is a sum of parts: ad valorem (a
// percent of the value), specific (an amount per unit of quantity) or both (compound). The
// forms the 2026 export holds in chapters 01-97 (test/node/core/schedule/rate.test.ts counts
// them over every distinct string):
//   "Free"; "16.5%"; "4.4¢/kg", "$1.35/doz.", "68¢/head", "25¢ each", "0.8¢/bbl";
//   "37.5¢/kg + 14%", "5¢ each + 4.8%", "90¢/pr. + 20%" (and the same with the parts swapped)
// Everything else (rates on part of the article: "on the case", "on the battery", "on drained
// weight", "of total sugars", "on lead content"; rates by reference: "The rate applicable to
// ..."; sliding scales "less 0.020668¢/kg for each degree ...") is refused: `ok: false` with the
// reason, so an estimate that meets it is incomplete and says which line it could not price.

import { parseRate, type Ratio } from '../charges/ratio.ts';

import { RATE_UNITS, type RateUnit } from './units.ts';

export { RATE_UNITS, type RateUnit };

/** The spellings of the rate column, to the unit names above. */
const UNIT_OF: Record<string, RateUnit> = {
  kg: 'kg',
  g: 'g',
  t: 't',
  liter: 'liters',
  'pf.liter': 'pf.liters',
  bbl: 'bbl',
  each: 'No.',
  head: 'head',
  'pr.': 'prs.',
  pr: 'prs.',
  'doz.': 'doz.',
  doz: 'doz.',
  gross: 'gross',
  '1000': 'thousands',
  m: 'm',
  m2: 'm2',
  'm²': 'm2',
  m3: 'm3',
  'm³': 'm3',
  'kg on drained weight': 'kg drained weight',
  'kg of total sugars': 'kg total sugars',
  'kg on contents and container': 'kg contents and container',
  'kg on entire contents of container': 'kg contents and container',
  'clean kg': 'clean kg',
  'm2 of recording surface': 'm2 recording surface',
};

export interface SpecificPart {
  /** US cents per unit, as a decimal string ("4.4"; "$1.35" is "135") */
  cents: string;
  unit: RateUnit;
}

export type ParsedRate =
  | {
      ok: true;
      /** the text as printed */
      text: string;
      /** the percent of the value as printed ("16.5", "33 1/3"); absent when there is no ad valorem part */
      percent?: string;
      /** that percent as an exact fraction of the value (16.5% is 165/1000) */
      ratio?: Ratio;
      specific?: SpecificPart[];
      /** "Free": no duty */
      free: boolean;
    }
  | { ok: false; text: string; reason: string };

const NUM = String.raw`(\d+(?:\.\d+)?|\.\d+)`;
const AD_VALOREM = new RegExp(String.raw`^${NUM}(?: (1/3|2/3|1/2|1/4|3/4))?%$`);
const CENTS = new RegExp(String.raw`^${NUM}¢\s*(?:/\s*(.+)|\s+(each))$`);
const DOLLARS = new RegExp(String.raw`^\$${NUM}\s*(?:/\s*(.+)|\s+(each))$`);

/** "1.35" dollars to "135" cents, exactly (a shift of the decimal point). */
function dollarsToCents(d: string): string {
  const [i, f = ''] = d.split('.');
  const frac = f.padEnd(2, '0');
  const whole = (i + frac.slice(0, 2)).replace(/^0+(?=\d)/, '');
  const rest = frac.slice(2);
  return rest ? `${whole}.${rest}` : whole;
}

/** "16.5" -> 165/1000; "33 1/3" -> 100/300 (exact). */
function percentRatio(whole: string, frac: string | undefined): Ratio {
  const r = parseRate(whole);
  if (!frac) return r;
  const [a, b] = frac.split('/').map(BigInt);
  // whole + a/b percent = (whole x b + a) / (100 x b); whole = r.num / r.den x 100
  return { num: r.num * b + (a * r.den) / 100n, den: r.den * b, text: `${whole} ${frac}` };
}

const norm = (n: string) => (n.startsWith('.') ? '0' + n : n);

const cache = new Map<string, ParsedRate>();

/** Parses a rate as the schedule prints it ("37.5¢/kg + 14%"). */
export function parseScheduleRate(raw: string): ParsedRate {
  const hit = cache.get(raw);
  if (hit) return hit;
  const r = parseUncached(raw);
  if (cache.size < 10000) cache.set(raw, r);
  return r;
}

function parseUncached(raw: string): ParsedRate {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text) return { ok: false, text, reason: 'the line has no rate in the schedule' };
  if (text === 'Free') return { ok: true, text, free: true };
  let percent: string | undefined;
  const out = { ok: true, text, free: false } as Extract<ParsedRate, { ok: true }>;
  const specific: SpecificPart[] = [];
  for (const part of text.split(/\s*\+\s*/)) {
    let m = AD_VALOREM.exec(part);
    if (m) {
      if (percent !== undefined) return { ok: false, text, reason: 'it has two ad valorem parts, so it is not computed' };
      const ratio = percentRatio(norm(m[1]), m[2]);
      percent = ratio.text;
      out.ratio = ratio;
      continue;
    }
    m = CENTS.exec(part) ?? DOLLARS.exec(part);
    if (m) {
      const unitText = (m[2] ?? m[3]).replace(/\. /g, '.').trim();
      const unit = UNIT_OF[unitText];
      if (!unit) return { ok: false, text, reason: `its unit "${unitText}" is not one the estimate knows, so it is not computed` };
      specific.push({ cents: part.startsWith('$') ? dollarsToCents(norm(m[1])) : norm(m[1]), unit });
      continue;
    }
    return {
      ok: false,
      text,
      reason: /^The (duty )?rate/i.test(text)
        ? 'it refers to the rate of another article or line, so it is not computed'
        : /^See /.test(text)
          ? 'it is set by a note of the schedule, so it is not computed'
          : 'it is not a percent, an amount per unit or their sum (it depends on part of the article or on a scale), so it is not computed',
    };
  }
  if (percent !== undefined) out.percent = percent;
  if (specific.length) out.specific = specific;
  return out;
}
