// Writes core/schedule/chapter99.generated.ts: the Chapter 99 duty layers that apply by HTS
// number (Section 301 China lists and the 2024 increases, Section 232 derivative, copper, annex,
// auto-part and semiconductor lists) and the numbers exempt from the 2026 Section 122 surcharge,
// from the files in ../shared/data/tariff-schedule (its README says what each is):
//   node --import tsx scripts/gen-chapter99.ts          (npm run gen:chapter99) rewrites it
//   node --import tsx scripts/gen-chapter99.ts --check  exits 1 when it is stale
// test/node/core/schedule/chapter99.test.ts fails while it is stale.
//
// Sources and their weight: the product lists and policy parameters are The Budget Lab at Yale's
// compilation (MIT, secondary: S); the dates and rates of the Chapter 99 headings are read from
// the heading texts of the USITC's HTSUS export (2026 Rev. 10), the schedule itself; where the two
// disagree the script follows the rules reference (docs/sources.md lists each difference).
//
// One program, one rate per item at a time: each program's prefixes get a timeline (list rate
// periods, a 2024 increase replacing the list rate from its date), and prefixes with the same
// state over the same window become one layer. A more specific prefix of the same program (a
// 10-digit number under an 8-digit one, a nested annex entry) is excepted from the layers of
// the shorter one, so the longest prefix decides, and no two versions of one program apply to
// one item at once.

import { EU_MEMBERS } from '../core/geo/groups.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Citation, ItemFlag } from '../core/rules/types.ts';
import { isCountry } from '../core/geo/countries.ts';
import type { Chapter99Exception, Chapter99Layer } from '../core/schedule/chapter99-types.ts';

export const OUT = 'core/schedule/chapter99.generated.ts';
/** the Section 122 exempt numbers on their own, so the bundled tariff set can import them without
 * the Chapter 99 layers */
export const OUT_S122 = 'core/schedule/section122-exempt.generated.ts';
const ROOT = new URL('../', import.meta.url);
export const DATA_DIR = fileURLToPath(new URL('../shared/data/tariff-schedule/', ROOT));

// ---------------------------------------------------------------- reading the files

const read = (name: string) => readFileSync(DATA_DIR + name, 'utf8');
/** Rows of a simple CSV (no commas inside fields; quotes stripped), header row dropped. */
function csv(name: string): string[][] {
  return read(name)
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(',').map((f) => f.replace(/^"|"$/g, '').trim()));
}
const digits = (s: string) => s.replace(/\D/g, '');

interface HtsRow {
  htsno: string;
  general: string;
  description: string;
  footnotes?: Array<{ value?: string }>;
}

interface Sources {
  s301: string[][];
  deriv: string[][];
  copper: string[][];
  annex: string[][];
  autoParts: string[];
  semis: string[][];
  s122: string[];
  params: string;
  revisions: string[][];
  hts: HtsRow[];
}

export function readSources(): Sources {
  return {
    s301: csv('s301_product_lists.csv'),
    deriv: csv('s232_derivative_products.csv'),
    copper: csv('s232_copper_products.csv'),
    annex: csv('s232_annex_products.csv'),
    autoParts: read('s232_auto_parts.txt')
      .trim()
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
    semis: csv('s232_semi_products.csv'),
    s122: csv('s122_exempt_products.csv').map((r) => r[0]),
    params: read('policy_params.yaml'),
    revisions: csv('revision_dates.csv'),
    hts: JSON.parse(gunzipSync(readFileSync(DATA_DIR + 'hts_2026_rev_10.json.gz')).toString('utf8')) as HtsRow[],
  };
}

// ---------------------------------------------------------------- the schedule's own words

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function isoOf(text: string): string {
  const m = /^(\w+) (\d{1,2}), (\d{4})$/.exec(text.trim());
  const month = m ? MONTHS.indexOf(m[1]) + 1 : 0;
  if (!m || !month) throw new Error(`not a date: "${text}"`);
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
}

interface Heading {
  rate: string | null;
  from?: string;
  until?: string;
}
/** A Chapter 99 heading of the export: its added rate ("The duty provided ... + 25%") and the
 * window its text states ("on or after September 27, 2024", "before January 1, 2026"). */
function headingOf(hts: HtsRow[], number: string): Heading {
  const row = hts.find((r) => r.htsno === number);
  if (!row) throw new Error(`heading ${number} is not in the export`);
  const rate = /(?:\+|plus)\s*(\d+(?:\.\d+)?)%\s*$/.exec(row.general)?.[1] ?? null;
  const from = /on or after (\w+ \d{1,2}, \d{4})/.exec(row.description)?.[1];
  const until = /and before (\w+ \d{1,2}, \d{4})/.exec(row.description)?.[1];
  return { rate, from: from && isoOf(from), until: until && isoOf(until) };
}

/** Section 301 rates by heading from policy_params.yaml (`section_301_rates`), as percent strings. */
function paramRates(params: string): Map<string, string> {
  const block = /section_301_rates:\n([\s\S]*?)\n\n/.exec(params)?.[1] ?? '';
  const out = new Map<string, string>();
  for (const m of block.matchAll(/ch99_pattern: '([\d.]+)'\s*\n\s*s301_rate: ([\d.]+)/g)) out.set(m[1], String(Math.round(Number(m[2]) * 1e6) / 1e4));
  if (!out.size) throw new Error('policy_params.yaml: section_301_rates not found');
  return out;
}

// ---------------------------------------------------------------- timelines -> layers

interface Seg {
  state: string;
  from: string;
  until?: string;
}
/** What a state becomes: a layer template (null: no layer, e.g. a suspended list or Annex II). */
type Template = Omit<Chapter99Layer, 'id' | 'from' | 'until' | 'scope' | 'except'> & {
  id: string;
  from: string;
  until?: string;
  origins?: string[];
  except?: Chapter99Exception[];
};

const idPart = (when: string) => when.toLowerCase().replace(/[^0-9a-z]+/g, '-');
/** "" < "2025-01-01" < "2025-01-01T00:01" < "~" (open end): comparable window ends. */
const endKey = (until: string | undefined) => until ?? '~';

/** The HTS numbers of the export as a prefix tree: the children of a prefix at the next level
 * (4 -> 6 -> 8 -> 10 digits). */
let childrenOf: Map<string, string[]> = new Map();
function indexNumbers(hts: HtsRow[]): void {
  const kids = new Map<string, Set<string>>();
  for (const r of hts) {
    const d = digits(r.htsno);
    if (d.length < 8 || d.startsWith('98') || d.startsWith('99')) continue;
    for (const [parent, child] of [
      [4, 6],
      [6, 8],
      [8, 10],
    ] as const) {
      if (d.length < child) continue;
      const s = kids.get(d.slice(0, parent)) ?? new Set<string>();
      s.add(d.slice(0, child));
      kids.set(d.slice(0, parent), s);
    }
  }
  childrenOf = new Map([...kids].map(([k, v]) => [k, [...v].sort()]));
}

/** `prefix` without the numbers under any of `others` (prefixes with a timeline of their own), as
 * the fewest prefixes of the schedule's numbers: so the versions of one program have disjoint
 * scopes, without leaning on exceptions (the longest prefix decides). */
function cover(prefix: string, others: readonly string[]): string[] {
  const under = others.filter((o) => o.length > prefix.length && o.startsWith(prefix));
  if (!under.length) return [prefix];
  const level = [6, 8, 10].find((n) => n > prefix.length)!;
  const kids = (childrenOf.get(prefix.slice(0, level - 2)) ?? []).filter((k) => k.startsWith(prefix));
  if (!kids.length) throw new Error(`cannot split ${prefix} around ${under.join(', ')}: no numbers under it in the schedule`);
  return kids.flatMap((k) => (under.some((o) => k.startsWith(o)) ? [] : cover(k, under)));
}

/** Layers of one program: prefixes with the same state over the same window share a layer; a
 * prefix with longer prefixes of the program under it covers only the numbers they leave. */
function layersOf(timelines: Map<string, Seg[]>, templates: Record<string, Template | null>): Array<{ layer: Chapter99Layer; key: string }> {
  const groups = new Map<string, { state: string; from: string; until?: string; prefixes: string[] }>();
  for (const [prefix, segs] of timelines) {
    for (const s of segs) {
      const k = `${s.state}|${s.from}|${endKey(s.until)}`;
      const g = groups.get(k) ?? { state: s.state, from: s.from, until: s.until, prefixes: [] };
      g.prefixes.push(prefix);
      groups.set(k, g);
    }
  }
  const all = [...timelines.keys()];
  const out: Array<{ layer: Chapter99Layer; key: string }> = [];
  const sorted = [...groups.values()].sort((a, b) =>
    a.state < b.state ? -1 : a.state > b.state ? 1 : a.from < b.from ? -1 : a.from > b.from ? 1 : endKey(a.until) < endKey(b.until) ? -1 : 1,
  );
  for (const g of sorted) {
    const t = templates[g.state];
    if (t === undefined) throw new Error(`no template for state ${g.state}`);
    if (t === null) continue;
    const { origins, except, id: baseId, from: _from, until: _until, ...rest } = t;
    let id = baseId;
    if (g.from !== t.from) id += `-from-${idPart(g.from)}`;
    if (endKey(g.until) !== endKey(t.until)) id += `-until-${idPart(g.until ?? '')}`;
    const hts = [...new Set(g.prefixes.flatMap((p) => cover(p, all)))].sort();
    const layer: Chapter99Layer = {
      id,
      ...rest,
      from: g.from,
      ...(g.until ? { until: g.until } : {}),
      scope: { ...(origins ? { origins } : {}), hts },
      ...(except?.length ? { except: except.map((e) => ({ ...e })) } : {}),
    };
    out.push({ layer, key: id });
  }
  return out;
}

/** Every country code, and every one but some (a layer for the origins with a rate of their own
 * beside one for all the others: disjoint scopes). */
const ALL_COUNTRIES = Array.from({ length: 26 * 26 }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26))).filter(isCountry);
const allBut = (codes: readonly string[]) => ALL_COUNTRIES.filter((c) => !codes.includes(c));

// ---------------------------------------------------------------- citations

const LISTS: Citation = { document: 'The Budget Lab at Yale, tariff-rate-tracker product lists (2026-02-28), compiled from the notices', confidence: 'S' };
const HTSUS = (headings: string): Citation => ({
  document: 'HTSUS (2026 Rev. 10)',
  section: `heading ${headings}`,
  url: 'https://hts.usitc.gov/',
  confidence: 'P',
});
const USITC_CHINA: Citation = { document: 'USITC, "China Tariffs" reference of the HTSUS (effective dates of 9903.88.01-.16)', confidence: 'S' };
const FOUR_YEAR: Citation = { document: 'USTR, 89 FR 76581 (FR Doc 2024-21217)', url: 'https://www.federalregister.gov/d/2024-21217', confidence: 'S' };
const CSMS_62411889: Citation = { document: 'CSMS 62411889', confidence: 'P' };
const CN_ONLY_NOTE =
  'Products of China only: goods of Hong Kong (HK) or Macau are not subject to the Section 301 China duties (CBP guidance of 2020-08-12; see docs/sources.md).';
const EXCLUSION_NOTE =
  'USTR product exclusions (HTSUS 9903.88.69 and 9903.88.70, for entries through 2026-11-09) cover particular products under this number: an excluded product owes no Section 301 duty. Whether a product is excluded depends on its description, so it is not decided here: give a "section-301-china" duties layer of 0 for an excluded product.';

// ---------------------------------------------------------------- Section 301 China

interface S301Result {
  layers: Chapter99Layer[];
  counts: Record<string, number>;
}

function section301(src: Sources): S301Result {
  const params = paramRates(src.params);
  const rateOf = (heading: string) => {
    const h = headingOf(src.hts, heading);
    const p = params.get(heading);
    if (h.rate === null) throw new Error(`heading ${heading}: no added rate in the export`);
    if (p !== undefined && p !== h.rate) throw new Error(`heading ${heading}: policy_params says ${p}%, the schedule ${h.rate}%`);
    return h;
  };
  // the lists, earliest first: a number on two lists owes the earliest list's duty (the same 25%
  // for lists 1-3); list 4B (9903.88.16) is suspended and gives no layer
  const ORDER = ['1', '2', '3', '3_addl', '4A'];
  const listOf = new Map<string, string>();
  const increases = new Map<string, string[]>(); // hts8 -> 9903.91.xx / 9903.92.10 headings
  const onList: Record<string, number> = {};
  for (const [hts8, list, heading] of src.s301) {
    onList[list] = (onList[list] ?? 0) + 1;
    if (ORDER.includes(list)) {
      const prev = listOf.get(hts8);
      if (!prev || ORDER.indexOf(list) < ORDER.indexOf(prev)) listOf.set(hts8, list);
    } else if (list !== '4B') increases.set(hts8, [...(increases.get(hts8) ?? []), heading]);
  }

  // The schedule names a 2024 increase on some 10-digit lines only (6307.90.98: face masks):
  // where the export footnotes the heading on some but not all statistical lines of an 8-digit
  // number and not on the number itself, the increase applies to those lines only.
  const footnoted = new Map<string, Set<string>>(); // heading -> digits of footnoted rows
  const stat = new Map<string, string[]>(); // hts8 -> its 10-digit lines
  for (const r of src.hts) {
    const d = digits(r.htsno);
    if (d.length === 10) stat.set(d.slice(0, 8), [...(stat.get(d.slice(0, 8)) ?? []), d]);
    for (const f of r.footnotes ?? [])
      for (const m of (f.value ?? '').match(/99\d\d\.\d\d\.\d\d/g) ?? []) {
        const s = footnoted.get(m) ?? new Set<string>();
        s.add(d);
        footnoted.set(m, s);
      }
  }
  const increasePrefixes = new Map<string, string[]>(); // prefix -> headings
  for (const [hts8, headings] of increases) {
    for (const h of headings) {
      const rows = footnoted.get(h) ?? new Set();
      const lines = (stat.get(hts8) ?? []).filter((x) => rows.has(x));
      const narrow = !rows.has(hts8) && lines.length > 0 && lines.length < (stat.get(hts8) ?? []).length;
      for (const p of narrow ? lines : [hts8]) increasePrefixes.set(p, [...(increasePrefixes.get(p) ?? []), h]);
    }
  }
  // exclusions (9903.88.69/.70) footnoted on a number or one of its lines
  const excluded = new Set<string>();
  for (const h of ['9903.88.69', '9903.88.70']) for (const d of footnoted.get(h) ?? []) excluded.add(d.slice(0, 8));

  // the list headings and their rate periods
  const L3 = rateOf('9903.88.03');
  const list3Raise = '2019-05-10'; // 9903.88.09: the 10% rate for goods exported before May 10, 2019
  if (!/before May 10, 2019/.test(src.hts.find((r) => r.htsno === '9903.88.09')?.description ?? '')) throw new Error('9903.88.09 text changed');
  const periods: Record<string, Array<{ state: string; from: string; until?: string }>> = {
    '1': [{ state: 'l1', from: '2018-07-06' }],
    '2': [{ state: 'l2', from: '2018-08-23' }],
    '3': [
      { state: 'l3-10', from: '2018-09-24', until: list3Raise },
      { state: 'l3', from: list3Raise },
    ],
    '3_addl': [
      { state: 'l3a-10', from: '2018-09-24', until: list3Raise },
      { state: 'l3a', from: list3Raise },
    ],
    '4A': [
      { state: 'l4a-15', from: '2019-09-01', until: '2020-02-14' },
      { state: 'l4a', from: '2020-02-14' },
    ],
  };
  const EXCL_END = '2026-11-10';
  const incHeadings = [...new Set([...increasePrefixes.values()].flat())].sort();
  const incInfo = new Map(incHeadings.map((h) => [h, h === '9903.92.10' ? { ...headingOf(src.hts, h), from: '2024-09-27' } : rateOf(h)]));

  const timelines = new Map<string, Seg[]>();
  const prefixes = new Set<string>([...listOf.keys(), ...increasePrefixes.keys()]);
  for (const p of prefixes) {
    const list = listOf.get(p.slice(0, 8));
    const incs = (increasePrefixes.get(p) ?? (p.length === 8 ? [] : [])).map((h) => ({ h, ...incInfo.get(h)! })).sort((a, b) => (a.from! < b.from! ? -1 : 1));
    const firstInc = incs[0]?.from;
    const segs: Seg[] = [];
    const push = (state: string, from: string, until?: string) => {
      if (until !== undefined && from >= until) return;
      // an exclusion may apply up to 2026-11-09: split there and give that part its own note
      if (excluded.has(p.slice(0, 8)) && state.startsWith('l') && from < EXCL_END) {
        const cut = until === undefined || until > EXCL_END ? EXCL_END : until;
        segs.push({ state: state + '-x', from, until: cut });
        if (cut !== until) segs.push({ state, from: cut, until });
        return;
      }
      segs.push({ state, from, until });
    };
    if (list) {
      for (const per of periods[list]) {
        const until = firstInc && (per.until === undefined || firstInc < per.until) ? firstInc : per.until;
        if (firstInc && per.from >= firstInc) continue;
        push(per.state, per.from, until);
      }
    } else if (firstInc) {
      push('before-increase', '2018-07-06', firstInc);
    }
    incs.forEach((inc, i) => push(`inc-${inc.h}`, inc.from!, incs[i + 1]?.from ?? inc.until));
    if (segs.length) timelines.set(p, segs);
  }

  const base = { program: 'section-301-china', origins: ['CN'] };
  const listTemplate = (
    id: string,
    heading: string,
    listName: string,
    rate: string,
    from: string,
    citations: Citation[],
    until?: string,
    note?: string,
  ): Template => ({
    ...base,
    id,
    title: `Section 301 China, list ${listName} (${rate}%)`,
    from,
    ...(until ? { until } : {}),
    rate,
    heading,
    summary: `A ${rate}% additional duty on products of China on Section 301 list ${listName} (HTSUS ${heading}).`,
    citations,
    note: note ? `${CN_ONLY_NOTE} ${note}` : CN_ONLY_NOTE,
  });
  const L1 = rateOf('9903.88.01'),
    L2 = rateOf('9903.88.02'),
    L3A = rateOf('9903.88.04'),
    L4A = rateOf('9903.88.15');
  const templates: Record<string, Template | null> = {
    l1: listTemplate('section-301-china-list-1', '9903.88.01', '1', L1.rate!, '2018-07-06', [
      HTSUS('9903.88.01'),
      USITC_CHINA,
      { document: 'USTR, 83 FR 28710 (2018-06-20)', confidence: 'S' },
      LISTS,
    ]),
    l2: listTemplate('section-301-china-list-2', '9903.88.02', '2', L2.rate!, '2018-08-23', [
      HTSUS('9903.88.02'),
      USITC_CHINA,
      { document: 'USTR, 83 FR 40823 (FR Doc 2018-17709)', url: 'https://www.federalregister.gov/d/2018-17709', confidence: 'P-summary' },
      LISTS,
    ]),
    'l3-10': listTemplate(
      'section-301-china-list-3-10pct',
      '9903.88.03',
      '3',
      '10',
      '2018-09-24',
      [HTSUS('9903.88.03, 9903.88.09'), USITC_CHINA, { document: 'USTR, 83 FR 47974 (2018-09-21)', confidence: 'S' }, LISTS],
      list3Raise,
    ),
    l3: listTemplate('section-301-china-list-3', '9903.88.03', '3', L3.rate!, list3Raise, [
      HTSUS('9903.88.03, 9903.88.09'),
      { document: 'USTR, 84 FR 20459 (2019-05-15)', confidence: 'S' },
      LISTS,
    ]),
    'l3a-10': listTemplate(
      'section-301-china-list-3-additional-10pct',
      '9903.88.04',
      '3 (note 20(g))',
      '10',
      '2018-09-24',
      [HTSUS('9903.88.04, 9903.88.09'), USITC_CHINA, LISTS],
      list3Raise,
    ),
    l3a: listTemplate('section-301-china-list-3-additional', '9903.88.04', '3 (note 20(g))', L3A.rate!, list3Raise, [HTSUS('9903.88.04, 9903.88.09'), LISTS]),
    'l4a-15': listTemplate(
      'section-301-china-list-4a-15pct',
      '9903.88.15',
      '4A',
      '15',
      '2019-09-01',
      [
        HTSUS('9903.88.15'),
        USITC_CHINA,
        { document: 'USTR, 84 FR 43304 and 85 FR 3741 (list 4A at 15% until its reduction to 7.5% on 2020-02-14)', confidence: 'M' },
        LISTS,
      ],
      '2020-02-14',
      'The 15% window and its end date are an unconfirmed lead [M].',
    ),
    l4a: listTemplate('section-301-china-list-4a', '9903.88.15', '4A', L4A.rate!, '2020-02-14', [HTSUS('9903.88.15'), LISTS]),
    'before-increase': {
      ...base,
      id: 'section-301-china-before-2024-increase',
      title: 'Section 301 China before the 2024 increase (rate not in the data)',
      from: '2018-07-06',
      summary:
        'This product owes a Section 301 China duty from the date of its 2024 increase; which list (if any) covered it before that date is not in the lists this data was built from, so no rate is given: give a "section-301-china" duties layer.',
      citations: [FOUR_YEAR, LISTS],
      note: `${CN_ONLY_NOTE} The lists record the product under its 9903.91 heading only.`,
    },
  };
  for (const h of incHeadings) {
    const info = incInfo.get(h)!;
    const isCrane = h === '9903.92.10';
    templates[`inc-${h}`] = {
      ...base,
      id: `section-301-china-${h.replace(/\./g, '-')}`,
      title: isCrane ? 'Section 301 China, ship-to-shore gantry cranes (25%, not decided by number)' : `Section 301 China, 2024 increase (${info.rate}%)`,
      from: info.from!,
      ...(info.until ? { until: info.until } : {}),
      ...(isCrane ? {} : { rate: info.rate! }),
      heading: h,
      summary: isCrane
        ? 'Ship-to-shore gantry cranes of China under 8426.19.00 owe 25% (HTSUS 9903.92.10); other cranes of that number owe none (9903.92.80), and cranes under a contract dated before May 14, 2024 are excluded (9903.91.09). The number alone does not decide it: give a "section-301-china" duties layer.'
        : `A ${info.rate}% Section 301 duty on products of China named in U.S. note 31 (HTSUS ${h}), from ${info.from}${info.until ? ` to ${info.until}` : ''}; it replaces the list duty of the same product (one Section 301 China rate per product).`,
      citations: [HTSUS(h), FOUR_YEAR, CSMS_62411889, LISTS],
      note:
        CN_ONLY_NOTE +
        (h === '9903.91.03'
          ? ' Enteral syringes (9018.31.0080) entered before 2026-01-01 are excluded (HTSUS 9903.91.10): give a "section-301-china" duties layer of 0 for them.'
          : '') +
        (isCrane
          ? ''
          : ' Whether the increase replaces or adds to a list duty: it replaces it (the schedule footnotes the product to its 9903.91 heading alone, and USTR stated each increase as the new rate); see docs/sources.md.'),
    };
  }
  for (const k of Object.keys(templates)) {
    const t = templates[k];
    if (t && k.startsWith('l')) templates[`${k}-x`] = { ...t, id: `${t.id}-exclusions-possible`, note: `${t.note} ${EXCLUSION_NOTE}` };
  }
  const layers = layersOf(timelines, templates).map((x) => x.layer);

  // From 2026-11-10 the schedule adds intermodal chassis (9903.91.12, China) and ship-to-shore
  // gantry cranes (9903.91.14, any origin) at 100%, each with an alternative heading whose
  // conditions (note 31(k)(ii); importer attestations, 9903.91.15-.16) the number does not show:
  // layers without a rate, under programs of their own (whether they add to a list duty is not
  // settled in the sources)
  const chassis = headingOf(src.hts, '9903.91.12');
  const cranes = headingOf(src.hts, '9903.91.14');
  if (chassis.from !== '2026-11-10' || cranes.from !== '2026-11-10' || chassis.rate !== '100' || cranes.rate !== '100')
    throw new Error('9903.91.12/.14 text changed');
  layers.push(
    {
      id: 'section-301-china-intermodal-chassis',
      program: 'section-301-china-chassis',
      title: 'Section 301, intermodal chassis of China (100%, unless 9903.91.13 applies)',
      from: chassis.from,
      scope: { origins: ['CN'], hts: ['8716390090', '87169030', '87169050'] },
      heading: '9903.91.12',
      summary:
        'Intermodal chassis, their subassemblies and parts of China (8716.39.0090, 8716.90.30, 8716.90.50) owe 100% (HTSUS 9903.91.12), except the articles of U.S. note 31(k)(ii) (9903.91.13), whose conditions are not in this data: give a "section-301-china-chassis" duties layer.',
      citations: [HTSUS('9903.91.12, 9903.91.13')],
      note: `${CN_ONLY_NOTE} Whether this duty adds to the list 3 duty of 8716.90.30 and 8716.90.50 is not settled in the sources.`,
    },
    {
      id: 'section-301-ship-to-shore-cranes',
      program: 'section-301-cranes',
      title: 'Section 301, ship-to-shore gantry cranes (100%, unless attested otherwise)',
      from: cranes.from,
      scope: { hts: ['84261900'] },
      heading: '9903.91.14',
      summary:
        'Ship-to-shore gantry cranes of any origin under 8426.19.00 owe 100% (HTSUS 9903.91.14) unless the importer attests they are not of China, not made with Chinese components and not made by a Chinese-controlled company (9903.91.15), or covers them by a contract dated before 2025-04-17 (9903.91.16); other cranes of that number owe none. The number alone does not decide it: give a "section-301-cranes" duties layer.',
      citations: [HTSUS('9903.91.14-9903.91.16')],
    },
  );
  const counts: Record<string, number> = {};
  for (const [k, v] of Object.entries(onList)) counts[`list ${k}`] = v;
  counts['numbers with a Section 301 layer'] = timelines.size;
  return { layers, counts };
}

// ---------------------------------------------------------------- Section 232

const EU = EU_MEMBERS;
/** origins with their own Section 232 metals headings (UK, Russia, column 2 countries) */
const OWN_RATE_1A = ['BY', 'CU', 'GB', 'KP', 'RU'];
/** and, for Annexes I-B and III, the countries with agreements (HTSUS 9903.82.22 and others) */
const OWN_RATE_DOWNSTREAM = [...new Set([...OWN_RATE_1A, 'AR', 'EC', 'SV', 'GT', 'JP', 'KR', 'LI', 'CH', 'TW', ...EU])].sort();
const METAL_CHAPTERS = ['72', '73', '74', '76'];
const MARK: ItemFlag[] = ['section-232'];

const PROC_10947: Citation = { document: 'Proclamation 10947 (Section 232 steel and aluminum at 50%)', confidence: 'S' };
const INCLUSIONS: Citation = {
  document: 'Department of Commerce, FR Doc 2025-15819 (derivative inclusions, effective 2025-08-18)',
  url: 'https://www.federalregister.gov/d/2025-15819',
  confidence: 'S',
};
const COPPER_PROC: Citation = { document: 'Proclamation of 2025-07-30, Adjusting Imports of Copper into the United States (19 U.S.C. 1862)', confidence: 'S' };
const CSMS_65794272: Citation = { document: 'CSMS 65794272', confidence: 'P' };
const ANNEX_PROC: Citation = {
  document: 'Proclamation of April 2026 restructuring the Section 232 metals duties into Annexes I-A, I-B, II and III (effective 2026-04-06)',
  confidence: 'S',
};
const CONTENT_NOTE =
  "The rate applies to the value of the metal content, not of the whole article: state the content's value on the item, or the estimate is incomplete. CBP assesses the whole value when the content value cannot be substantiated.";
const OWN_RATE_NOTE =
  'Products of this origin fall under their own Section 232 headings (the UK, Russia, column 2 countries and countries with agreements: HTSUS 9903.82.04-9903.82.26); their rate is not in this data: give a "section-232-metals" duties layer.';

function section232(src: Sources): { layers: Chapter99Layer[]; counts: Record<string, number> } {
  const layers: Chapter99Layer[] = [];
  const counts: Record<string, number> = {};
  const annexStart = /section_232_annexes:\n\s+effective_date: '([\d-]+)'/.exec(src.params)?.[1];
  if (annexStart !== '2026-04-06') throw new Error(`policy_params: annex effective date ${annexStart}`);
  const DERIV_START = /rev_16,2025-06-06,([\d-]+),.*Proclamation 10947/.exec(src.revisions.map((r) => r.join(',')).join('\n'))?.[1];
  if (DERIV_START !== '2025-06-04') throw new Error(`revision_dates: Proclamation 10947 date ${DERIV_START}`);

  // -- steel and aluminum derivatives (9903.81.91; 9903.85.04/.07/.08), on the metal content
  const steel = new Map<string, Seg[]>();
  const alu = new Map<string, Seg[]>();
  for (const [prefix, heading, type, date] of src.deriv) {
    const target = type === 'steel' ? steel : alu;
    if (target.has(prefix)) continue; // first heading of a metal wins (one rate per metal)
    target.set(prefix, [{ state: heading, from: date || DERIV_START, until: annexStart }]);
  }
  counts['232 steel derivatives'] = steel.size;
  counts['232 aluminum derivatives'] = alu.size;
  const derivTemplate = (metal: 'steel' | 'aluminum', heading: string, origins: 'general' | 'own'): Template => ({
    id: `section-232-${metal}-derivatives-${heading.replace(/\./g, '-')}${origins === 'own' ? '-own-rate-origins' : ''}`,
    program: `section-232-${metal}`,
    title: `Section 232 ${metal} derivatives (50% of the ${metal} content)${origins === 'own' ? ', origins with their own rate' : ''}`,
    from: DERIV_START,
    until: annexStart,
    ...(origins === 'own' ? { origins: ['GB', 'RU'] } : { rate: '50', origins: allBut(['GB', 'RU']) }),
    base: 'metal-content',
    marks: MARK,
    heading,
    summary: `A 50% duty on the value of the ${metal} content of derivative ${metal} articles (HTSUS ${heading}), until the April 2026 annexes replaced it.`,
    citations: [PROC_10947, ...(metal === 'steel' || heading === '9903.85.08' ? [INCLUSIONS] : []), LISTS],
    note:
      origins === 'own'
        ? 'Products of the UK and Russia had other Section 232 rates (UK 25%; Russian aluminum 200%), not in this data: give a duties layer.'
        : CONTENT_NOTE,
  });
  const withOwnOrigins = (timelines: Map<string, Seg[]>, make: (state: string, o: 'general' | 'own') => Template) => {
    const states = new Set([...timelines.values()].flat().map((s) => s.state));
    const general: Record<string, Template> = {},
      own: Record<string, Template> = {};
    for (const s of states) {
      general[s] = make(s, 'general');
      own[s] = make(s, 'own');
    }
    return [...layersOf(timelines, general), ...layersOf(timelines, own)].map((x) => x.layer);
  };
  layers.push(...withOwnOrigins(steel, (h, o) => derivTemplate('steel', h, o)));
  layers.push(...withOwnOrigins(alu, (h, o) => derivTemplate('aluminum', h, o)));

  // -- copper (9903.78.01): 50% of the copper content, all countries
  const copper = new Map<string, Seg[]>();
  for (const [prefix, heading] of src.copper) copper.set(prefix, [{ state: heading, from: '2025-08-01T00:01', until: annexStart }]);
  counts['232 copper'] = copper.size;
  layers.push(
    ...layersOf(copper, {
      '9903.78.01': {
        id: 'section-232-copper',
        program: 'section-232-copper',
        title: 'Section 232 copper (50% of the copper content)',
        from: '2025-08-01T00:01',
        until: annexStart,
        rate: '50',
        base: 'metal-content',
        marks: MARK,
        heading: '9903.78.01',
        summary:
          'A 50% duty on the value of the copper content of semi-finished copper products and intensive copper derivatives of all countries (HTSUS 9903.78.01; the non-copper content under 9903.78.02 owes none), until the April 2026 annexes replaced it.',
        citations: [COPPER_PROC, CSMS_65794272, LISTS],
        note: `${CONTENT_NOTE} Not owed on a product already subject to the Section 232 automobile-part duty (CSMS 65794272).`,
      },
    }).map((x) => x.layer),
  );

  // -- the April 2026 annexes (9903.82.xx); Annex II is out of scope (no layer, but its entries
  //    still override a broader Annex I-B prefix); Annexes I-B and III outside chapters 72, 73,
  //    74 and 76 owe nothing when the metal is under 15% of the article's weight (9903.82.03)
  const annex = new Map<string, Seg[]>();
  const byAnnex: Record<string, number> = {};
  for (const [prefix, a, , , date] of src.annex) {
    if (date !== annexStart) throw new Error(`annex entry ${prefix}: date ${date}`);
    const inChapter = METAL_CHAPTERS.includes(prefix.slice(0, 2));
    const state = a === '2' ? 'a2' : a === '1a' ? 'a1a' : `a${a}${inChapter ? '' : '-weight'}`;
    annex.set(prefix, [{ state, from: annexStart }]);
    byAnnex[`232 annex ${a}`] = (byAnnex[`232 annex ${a}`] ?? 0) + 1;
  }
  Object.assign(counts, byAnnex);
  const annexT = (state: string, o: 'general' | 'own'): Template | null => {
    if (state === 'a2') return null;
    const own = state === 'a1a' ? OWN_RATE_1A : OWN_RATE_DOWNSTREAM;
    const kind = state.replace(/^a/, '').replace('-weight', '');
    const weight = state.endsWith('-weight');
    const info = {
      '1a': {
        name: 'I-A',
        rate: '50',
        heading: '9903.82.02',
        method: undefined,
        what: 'a 50% duty on the value of articles of steel, aluminum or copper and close derivatives',
      },
      '1b': {
        name: 'I-B',
        rate: '25',
        heading: '9903.82.09',
        method: undefined,
        what: 'a 25% duty on the value of downstream steel, aluminum and copper articles',
      },
      '3': {
        name: 'III',
        rate: '15',
        heading: '9903.82.10',
        method: 'floor' as const,
        what: 'a 15% floor net of the MFN rate (none when the MFN rate is 15% or more, 9903.82.11)',
      },
    }[kind]!;
    const id = `section-232-metals-annex-${kind}${weight ? '-metal-weight' : ''}${o === 'own' ? '-own-rate-origins' : ''}`;
    const common = {
      id,
      program: 'section-232-metals',
      from: annexStart,
      marks: MARK,
      heading: info.heading,
      citations: [ANNEX_PROC, HTSUS(`${info.heading}, 9903.82.03`), LISTS],
    };
    if (o === 'own')
      return {
        ...common,
        title: `Section 232 metals, Annex ${info.name} (origins with their own rate)`,
        origins: own,
        summary: `Annex ${info.name} products of the UK, Russia, column 2 countries and countries with agreements: their Section 232 rate is not in this data.`,
        note: OWN_RATE_NOTE,
      };
    return {
      ...common,
      title: `Section 232 metals, Annex ${info.name}${weight ? ' (depends on metal weight)' : ` (${info.method === 'floor' ? '15% floor' : `${info.rate}%`})`}`,
      ...(weight ? {} : { rate: info.rate, ...(info.method ? { method: info.method } : {}) }),
      origins: allBut(own),
      summary: `Annex ${info.name} of the April 2026 Section 232 metals proclamation: ${info.what} (HTSUS ${info.heading}).${weight ? ' Outside chapters 72, 73, 74 and 76 an article whose metal is under 15% of its weight owes none (9903.82.03), so the number alone does not decide it.' : ''}`,
      note: weight
        ? `The rate is ${info.method === 'floor' ? 'a 15% floor' : `${info.rate}%`} when the steel, aluminum or copper is 15% or more of the article's weight, and nothing below that (HTSUS 9903.82.03): give a "section-232-metals" duties layer. An article with no such metal owes none (9903.82.01).`
        : 'An article with no steel, aluminum or copper owes none (HTSUS 9903.82.01).' +
          (kind === '3' ? " Annex III is temporary: the lists' parameters move it to Annex I-B after 2027-12-31 [S], not encoded." : ''),
    };
  };
  {
    const states = new Set([...annex.values()].flat().map((s) => s.state));
    const general: Record<string, Template | null> = {},
      own: Record<string, Template | null> = {};
    for (const s of states) {
      general[s] = annexT(s, 'general');
      own[s] = annexT(s, 'own');
    }
    layers.push(...[...layersOf(annex, general), ...layersOf(annex, own)].map((x) => x.layer));
  }

  // -- automobile parts (9903.94.05): 25% on parts of passenger vehicles and light trucks
  const auto = new Map<string, Seg[]>(src.autoParts.map((p) => [p, [{ state: 'auto', from: '2025-05-03' }]]));
  counts['232 auto parts'] = auto.size;
  layers.push(
    ...layersOf(auto, {
      auto: {
        id: 'section-232-auto-parts',
        program: 'section-232-auto-parts',
        title: 'Section 232 automobile parts (25%, when the article is an automobile part)',
        from: '2025-05-03',
        heading: '9903.94.05',
        except: [{ flag: 'fta-claimed', origins: ['CA', 'MX'] }],
        summary:
          'A 25% duty on parts of passenger vehicles and light trucks (HTSUS 9903.94.05), except USMCA-qualifying parts of Canada and Mexico (9903.94.06). Many of the listed numbers also hold articles that are not automobile parts, so the number alone does not decide it: give a "section-232-auto-parts" duties layer.',
        citations: [HTSUS('9903.94.05, 9903.94.06'), LISTS],
        note: 'Not marked as a Section 232 good here, because whether the article is an automobile part decides it. Parts of the EU, Japan, Korea and the UK may fall under agreement headings (15% floors, 9903.94.44-.65). When the part is subject to this duty, the metals duties (copper, steel, aluminum) do not apply to it (CSMS 65794272 for copper).',
      },
    }).map((x) => x.layer),
  );

  // -- semiconductors (9903.79.01): 25%, with end-use exemptions (9903.79.02-.09)
  const semis = new Map<string, Seg[]>(src.semis.map(([hts10, heading]) => [hts10, [{ state: heading, from: '2026-01-16' }]]));
  const semiDate = src.revisions.find((r) => /Semiconductor/.test(r.join(',')))?.[1];
  if (semiDate !== '2026-01-16') throw new Error(`revision_dates: semiconductor date ${semiDate}`);
  counts['232 semiconductors'] = semis.size;
  layers.push(
    ...layersOf(semis, {
      '9903.79.01': {
        id: 'section-232-semiconductors',
        program: 'section-232-semiconductors',
        title: 'Section 232 semiconductor articles (25%, unless an end use exempts them)',
        from: '2026-01-16',
        marks: MARK,
        heading: '9903.79.01',
        summary:
          'A 25% duty on the semiconductor articles of U.S. note 39 (HTSUS 9903.79.01), except those failing its technology test (9903.79.02) and those for exempt end uses: U.S. data centers, repairs, research, startups, non-data-center consumer electronics, civil industrial and public-sector uses (9903.79.03-.09). The end use decides it, so no rate is given: give a "section-232-semiconductors" duties layer.',
        citations: [HTSUS('9903.79.01-9903.79.09'), { document: 'HTSUS 2026 revision 1 (effective 2026-01-16)', confidence: 'S' }, LISTS],
        note: 'An article for consumer electronics use in the United States is exempt (9903.79.07).',
      },
    }).map((x) => x.layer),
  );
  return { layers, counts };
}

// ---------------------------------------------------------------- writing

export interface Generated {
  text: string;
  /** the Section 122 exempt numbers module */
  textS122: string;
  layers: Chapter99Layer[];
  exempt122: string[];
  counts: Record<string, number>;
}

export function generate(src: Sources = readSources()): Generated {
  indexNumbers(src.hts);
  const s301 = section301(src);
  const s232 = section232(src);
  const exempt122 = [...new Set(src.s122)].sort();
  for (const h of exempt122) if (!/^\d{4,10}$/.test(h)) throw new Error(`s122_exempt_products.csv: "${h}" is not an HTS number`);
  const layers = [...s301.layers, ...s232.layers];
  const ids = new Set<string>();
  for (const l of layers) {
    if (ids.has(l.id)) throw new Error(`duplicate layer id ${l.id}`);
    ids.add(l.id);
  }
  for (const l of layers)
    for (const p of [...(l.scope?.hts ?? []), ...(l.except ?? []).flatMap((e) => e.hts ?? [])])
      if (!/^\d{4,10}$/.test(p)) throw new Error(`${l.id}: bad prefix "${p}"`);

  // Prefix lists, compactly: every prefix is written once, in the "atom" of the prefixes that
  // occur in exactly the same lists (a layer's scope, an exception), as one space-separated
  // string split at load; each list is the union of its atoms (U(...)).
  const arrays: string[][] = [];
  const slot = (hts: string[]) => {
    arrays.push(hts);
    return `\u0000${arrays.length - 1}\u0000`;
  };
  const originLists: string[] = [];
  const originSlot = (o: string[]) => {
    const key = o.join(' ');
    if (!originLists.includes(key)) originLists.push(key);
    return `\u0001${originLists.indexOf(key)}\u0001`;
  };
  const compact = layers.map((l) => ({
    ...l,
    ...(l.scope
      ? {
          scope: {
            ...l.scope,
            ...(l.scope.origins && l.scope.origins.length > 20 ? { origins: originSlot(l.scope.origins) } : {}),
            ...(l.scope.hts ? { hts: slot(l.scope.hts) } : {}),
          },
        }
      : {}),
    ...(l.except ? { except: l.except.map((e) => (e.hts ? { ...e, hts: slot(e.hts) } : e)) } : {}),
  }));
  const signature = new Map<string, number[]>();
  arrays.forEach((a, i) => {
    for (const p of new Set(a)) signature.set(p, [...(signature.get(p) ?? []), i]);
  });
  const atomOf = new Map<string, { prefixes: string[]; arrays: number[] }>();
  for (const [p, sig] of signature) {
    const k = sig.join(',');
    const atom = atomOf.get(k) ?? { prefixes: [], arrays: sig };
    atom.prefixes.push(p);
    atomOf.set(k, atom);
  }
  const atoms = [...atomOf.values()].map((a) => ({ ...a, prefixes: a.prefixes.sort() })).sort((a, b) => (a.prefixes[0] < b.prefixes[0] ? -1 : 1));
  const parts: number[][] = arrays.map(() => []);
  atoms.forEach((a, i) => a.arrays.forEach((j) => parts[j].push(i)));
  const body = JSON.stringify(compact, null, 0)
    .replace(/"\\u0000(\d+)\\u0000"/g, (_, i) => `U(${parts[Number(i)].join(',')})`)
    .replace(/"\\u0001(\d+)\\u0001"/g, (_, i) => `O[${i}]`)
    .replace(/\},\{"id"/g, '},\n  {"id"')
    .replace(/^\[/, '[\n  ')
    .replace(/\]$/, ',\n]');
  const lists = atoms.map((a) => a.prefixes.join(' '));
  const counts = { ...s301.counts, ...s232.counts, 'Section 122 exempt numbers': exempt122.length, layers: layers.length };
  const text = `// Generated by scripts/gen-chapter99.ts (npm run gen:chapter99) from ../shared/data/tariff-schedule: do not edit.
// The Chapter 99 duty layers that apply by HTS number (Section 301 China lists and 2024 increases,
// Section 232 derivative, copper, annex, automobile-part and semiconductor lists) and the numbers
// exempt from the 2026 Section 122 surcharge. Product lists: The Budget Lab at Yale,
// tariff-rate-tracker (MIT); heading dates and rates: HTSUS 2026 Rev. 10 (USITC). docs/sources.md.
// ${Object.entries(counts)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ')}
import type { Chapter99Layer } from './chapter99-types.ts';

const P: string[][] = [
${lists.map((s) => `  ${JSON.stringify(s)},`).join('\n')}
].map((s) => s.split(' '));
const U = (...atoms: number[]): string[] => atoms.flatMap((i) => P[i]);
/** origin lists of layers split by origin (every country but those with a rate of their own) */
const O: string[][] = [
${originLists.map((s) => `  ${JSON.stringify(s)},`).join('\n')}
].map((s) => s.split(' '));

/** The Chapter 99 layers by HTS number (dated, cited, confidence-tagged). */
export const chapter99Layers: Chapter99Layer[] = ${body};

export { section122ExemptHts } from './section122-exempt.generated.ts';
`;
  const textS122 = `// Generated by scripts/gen-chapter99.ts (npm run gen:chapter99) from ../shared/data/tariff-schedule: do not edit.
// The HTS numbers exempt from the 2026 Section 122 surcharge (HTSUS 9903.03.03-.04), as compiled by
// The Budget Lab at Yale, tariff-rate-tracker (MIT): ${exempt122.length} numbers. docs/sources.md.

/** HTS numbers (prefixes of an item's 10-digit number) exempt from the Section 122 surcharge
 * (2026-02-24 00:01 EST to 2026-07-24 00:01 EDT). */
export const section122ExemptHts: string[] = ${JSON.stringify(exempt122.join(' '))}.split(' ');
`;
  return { text, textS122, layers, exempt122, counts };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { text, textS122, counts } = generate();
  const files: Array<[string, string]> = [
    [OUT, text],
    [OUT_S122, textS122],
  ];
  if (process.argv.includes('--check')) {
    for (const [file, t] of files) {
      if (readFileSync(new URL(file, ROOT), 'utf8') !== t) {
        console.error(`${file} is stale: run npm run gen:chapter99`);
        process.exit(1);
      }
    }
    console.log('the Chapter 99 files are up to date');
  } else {
    for (const [file, t] of files) {
      writeFileSync(new URL(file, ROOT), t);
      console.log(`wrote ${file} (${Buffer.byteLength(t)} bytes)`);
    }
    for (const [k, v] of Object.entries(counts)) console.log(`  ${k}: ${v}`);
  }
}
