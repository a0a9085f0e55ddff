// Words of a product text and of the schedule's descriptions, reduced to comparable terms: lower
// case, accents off, British spellings to the schedule's American ones, plurals and a few common
// endings folded ("earrings" and "earring", "jewellery" and "jewelry" meet). Shared by the index
// generator and the classifier, so both sides fold words the same way.

/** Words that carry no product meaning in a title or in a schedule description. */
const STOP = new Set(
  (
    'a an and are as at be by for from in into is it its of on or the to with without other others ' +
    'not nesoi than over under valued per each whether new sale free shipping high quality ' +
    'style fashion pcs pc piece pieces lot set sets kit 1pc 2pc 2pcs 3pcs 5pcs 10pcs 1pcs 2023 2024 2025 2026 ' +
    'item items product products type size color colour including include includes thereof ' +
    'articles article'
  ).split(' '),
);

/** Spelling variants folded to one form (the schedule spells American English). */
const VARIANT = new Map<string, string>(
  Object.entries({
    jewellery: 'jewelry',
    jewelery: 'jewelry',
    jewellry: 'jewelry',
    colour: 'color',
    aluminium: 'aluminum',
    tyre: 'tire',
    tyres: 'tire',
    grey: 'gray',
    mould: 'mold',
    moulded: 'molded',
    tee: 'tshirt',
    tees: 'tshirt',
    womens: 'women',
    mens: 'men',
    woman: 'women',
    man: 'men',
    ladies: 'women',
    lady: 'women',
    female: 'women',
    male: 'men',
    girls: 'girl',
    boys: 'boy',
    earbud: 'earphone',
    earbuds: 'earphone',
    wristwatch: 'watch',
    wristwatches: 'watch',
  }),
);

const DIGIT = /\d/;

/** A word reduced to its stem: plural and a few inflections off, so both sides meet. */
export function stem(w: string): string {
  const v = VARIANT.get(w);
  if (v) return v;
  if (w.length <= 3 || w.charCodeAt(w.length - 1) !== 115 /* s */ || DIGIT.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('ches') || w.endsWith('shes') || w.endsWith('sses') || w.endsWith('xes') || w.endsWith('zes')) return w.slice(0, -2);
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  return w.slice(0, -1);
}

/** Lower case, accents off, hyphenated line breaks of the schedule ("charac- ter") joined. */
export function normalize(text: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = /[^\x00-\x7f]/.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text;
  return plain
    .toLowerCase()
    .replace(/([a-z])- ([a-z])/g, '$1$2')
    .replace(/\bt[- ]?shirts?\b/g, 'tshirt')
    .replace(/\btee shirts?\b/g, 'tshirt')
    .replace(/\biron[- ]on\b/g, 'ironon')
    .replace(/['\u2019]s\b/g, '');
}

/** The words of a text as stems, in order (stop words kept out unless `keepStop`). */
export function words(text: string, keepStop = false): string[] {
  const out: string[] = [];
  for (const raw of normalize(text).split(/[^a-z0-9]+/)) {
    if (!raw) continue;
    const s = stem(raw);
    if (!keepStop && (STOP.has(raw) || STOP.has(s))) continue;
    out.push(s);
  }
  return out;
}

/** The terms a ranking counts: words of two letters or more, without pure numbers (sizes, years, percentages). */
export function terms(text: string): string[] {
  return words(text).filter((w) => w.length > 1 && !/^\d+$/.test(w));
}
