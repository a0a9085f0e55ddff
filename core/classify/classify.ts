// Ranks likely schedule headings and lines for a product from what its shop page says (title,
// category path, attributes), offline and deterministically. Three signals, added per 4-digit
// heading:
// 1. the curated vocabulary (core/classify/vocabulary.ts): how shops name common goods, mapped
//    to headings; the longest phrase wins where phrases overlap ("phone case" over "case"); the
//    title and the deepest category count most, the broad department little, attributes less
//    (a stated material more), words after "for" or "with" in a title half; modifiers (materials, knitted or woven, precious metal or not) then strengthen the
//    headings already suggested, and gender words steer between men's and women's headings;
// 2. BM25 over each heading's text (its description, its chapter's title and every word of the
//    lines under it): the schedule's own words when the vocabulary knows nothing;
// 3. BM25 over each 10-digit line with its ancestors' text (a line means its whole path).
// Within the best headings the line is chosen by its own words (signal 3), by the 6- and 8-digit
// targets of the vocabulary, and by default the residual "Other" line.
import type { Candidate, ClassifierData, ClassifyOptions, ClassifyResult, ProductText } from './types.ts';
import { terms, words } from './text.ts';

const K1 = 1.2;
const B = 0.75;
/**
 * Weights of the three signals in a heading's score, each normalised first (the vocabulary by its
 * best heading, or by `vocabFloor` when that is weaker, so that one faint word does not decide).
 * @internal exported for the bench's comparison of methods; not part of the API.
 */
export const WEIGHTS = {
  vocab: 2,
  heading: 0.6,
  line: 0.6,
  vocabFloor: 2,
  title: 1.5,
  forClause: 0.5,
  crumbTop: 0.3,
  crumbDeep: 1.4,
  lineBase: 0.5,
  other: 0.3,
  modifier: 0.75,
  withClause: 1,
  materialAttr: 1,
  phrase: 0.5,
};
/** how much a field of the product counts */
const W_ATTR = 0.5;

interface Posting {
  docs: Int32Array;
  tf: Float32Array;
}

interface Bm25 {
  postings: Map<string, Posting>;
  len: Float32Array;
  avg: number;
  n: number;
}

interface Phrase {
  words: string[];
  entry: number;
}

interface Targets {
  headings: Map<string, number>;
  /** 6- or 8-digit codes that steer the line within the heading */
  subs: Array<[string, number]>;
}

/** The classifier, prepared once from its data (a second or so in Node: keep it). */
export interface Classifier {
  readonly edition: string;
  /** @internal */ readonly codes: string[];
  /** @internal */ readonly descriptions: string[];
  /** @internal */ readonly parent: Int32Array;
  /** @internal leaf (line) ids per heading, in schedule order */ readonly lines: Map<string, number[]>;
  /** @internal */ readonly headingIds: string[];
  /** @internal heading -> its index in headingIds */ readonly headingPos: Map<string, number>;
  /** @internal line -> the index of its heading in headingIds */ readonly lineHeading: Int32Array;
  /** @internal */ readonly headingBm25: Bm25;
  /** @internal line document i is schedule row lineRow[i] */ readonly lineRow: Int32Array;
  /** @internal */ readonly lineBm25: Bm25;
  /** @internal the distinct terms of each line's own description */ readonly ownTerms: string[][];
  /** @internal */ readonly vocab: { phrases: Map<string, Phrase[]>; targets: Targets[] };
  /** @internal */ readonly modifiers: { phrases: Map<string, Phrase[]>; targets: Targets[] };
  /** @internal */ readonly gendered: { women: Set<string>; men: Set<string>; womenWords: Set<string>; menWords: Set<string> };
}

function parseTargets(s: string): Targets {
  const headings = new Map<string, number>();
  const subs: Array<[string, number]> = [];
  for (const t of s.split(/\s+/)) {
    const [code, w] = t.split(':');
    const weight = w === undefined ? 1 : Number(w);
    const digits = code.replace(/\./g, '');
    const h = digits.slice(0, 4);
    headings.set(h, Math.max(headings.get(h) ?? 0, weight));
    if (digits.length > 4) subs.push([digits, weight]);
  }
  return { headings, subs };
}

/** Phrases indexed by their first word, for a left-to-right longest-match scan. */
function compileEntries(entries: ClassifierData['vocabulary']): { phrases: Map<string, Phrase[]>; targets: Targets[] } {
  const phrases = new Map<string, Phrase[]>();
  const targets: Targets[] = [];
  entries.forEach(([ps, ts], entry) => {
    targets.push(parseTargets(ts));
    const seen = new Set<string>();
    for (const p of ps.split('|')) {
      const w = words(p);
      // a phrase left with no word, or only numbers, would match anything or noise
      if (w.length === 0 || w.every((x) => /^\d+$/.test(x))) continue;
      const key = w.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      const list = phrases.get(w[0]) ?? [];
      list.push({ words: w, entry });
      phrases.set(w[0], list);
    }
  });
  for (const list of phrases.values()) list.sort((a, b) => b.words.length - a.words.length || a.entry - b.entry);
  return { phrases, targets };
}

function buildBm25(docs: Array<Map<string, number>>): Bm25 {
  // two passes into typed arrays: no per-posting objects for the collector to chase
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const postings = new Map<string, Posting & { fill: number }>();
  for (const [t, n] of df) postings.set(t, { docs: new Int32Array(n), tf: new Float32Array(n), fill: 0 });
  const len = new Float32Array(docs.length);
  let total = 0;
  for (let i = 0; i < docs.length; i++) {
    let l = 0;
    for (const [t, f] of docs[i]) {
      const p = postings.get(t)!;
      p.docs[p.fill] = i;
      p.tf[p.fill++] = f;
      l += f;
    }
    len[i] = l;
    total += l;
  }
  return { postings, len, avg: total / Math.max(1, docs.length), n: docs.length };
}

function add(doc: Map<string, number>, ts: readonly string[], weight: number): void {
  for (const t of ts) doc.set(t, (doc.get(t) ?? 0) + weight);
}

/** Parses the generated data into search structures; call once and keep the result. */
export function prepareClassifier(data: ClassifierData): Classifier {
  const codes: string[] = [];
  const indents: number[] = [];
  const descriptions: string[] = [];
  for (const line of data.rows.split('\n')) {
    const [code, indent, description] = line.split('\t');
    codes.push(code);
    indents.push(Number(indent));
    descriptions.push(description ?? '');
  }
  const n = codes.length;
  const parent = new Int32Array(n).fill(-1);
  const headingOf: string[] = new Array(n);
  const stack: number[] = [];
  let heading = '';
  // a heading starts at a coded row of indent 0: "7117" with lines under it, or a heading
  // without subdivisions such as "9503.00.00", which is its own line's parent
  const starts = (i: number) => codes[i] !== '' && indents[i] === 0;
  for (let i = 0; i < n; i++) {
    if (starts(i)) {
      heading = codes[i].slice(0, 4);
      stack.length = 0;
    }
    while (stack.length && indents[stack[stack.length - 1]] >= indents[i]) stack.pop();
    parent[i] = stack.length ? stack[stack.length - 1] : -1;
    stack.push(i);
    headingOf[i] = heading;
  }
  // lines: rows with a code of 8 or 10 digits and no row under them
  const lines = new Map<string, number[]>();
  const headingIds: string[] = [];
  const headingDocs: Array<Map<string, number>> = [];
  const headingIndex = new Map<string, number>();
  const lineRows: number[] = [];
  const lineDocs: Array<Map<string, number>> = [];
  const rowTerms = descriptions.map((d) => terms(d));
  const chapterTerms = new Map(Object.entries(data.chapters).map(([k, v]) => [k, terms(v)]));
  for (let i = 0; i < n; i++) {
    const h = headingOf[i];
    if (!h) continue;
    if (starts(i) && !headingIndex.has(h)) {
      headingIndex.set(h, headingIds.length);
      headingIds.push(h);
      const doc = new Map<string, number>();
      add(doc, rowTerms[i], 3);
      add(doc, chapterTerms.get(h.slice(0, 2)) ?? [], 1);
      headingDocs.push(doc);
      lines.set(h, []);
    } else {
      const hd = headingDocs[headingIndex.get(h)!];
      for (const t of new Set(rowTerms[i])) hd.set(t, (hd.get(t) ?? 0) + 0.5);
    }
    const isLeaf = codes[i].length >= 8 && !(i + 1 < n && indents[i + 1] > indents[i] && !starts(i + 1));
    if (!isLeaf) continue;
    const doc = new Map<string, number>();
    add(doc, rowTerms[i], 2);
    for (let p = parent[i]; p >= 0; p = parent[p]) add(doc, rowTerms[p], indents[p] === 0 ? 1.5 : 1);
    add(doc, chapterTerms.get(h.slice(0, 2)) ?? [], 0.5);
    lines.get(h)!.push(lineDocs.length);
    lineRows.push(i);
    lineDocs.push(doc);
  }
  const set = (s: string) => new Set(s.split(/\s+/));
  const wordSet = (s: string) => new Set(s.split('|').flatMap((w) => words(w)));
  return {
    edition: data.edition,
    codes,
    descriptions,
    parent,
    lines,
    headingIds,
    headingBm25: buildBm25(headingDocs),
    lineRow: Int32Array.from(lineRows),
    lineBm25: buildBm25(lineDocs),
    ownTerms: lineRows.map((r) => [...new Set(rowTerms[r])]),
    headingPos: headingIndex,
    lineHeading: Int32Array.from(lineRows, (r) => headingIndex.get(headingOf[r])!),
    vocab: compileEntries(data.vocabulary),
    modifiers: compileEntries(data.modifiers),
    gendered: {
      women: set(data.gendered.women.headings),
      men: set(data.gendered.men.headings),
      womenWords: wordSet(data.gendered.women.words),
      menWords: wordSet(data.gendered.men.words),
    },
  };
}

/** The product's text as weighted fields: the title, each category (deeper counts more), the attribute values. */
function fields(p: ProductText): Array<{ words: string[]; weight: number }> {
  // what follows "for" or "compatible with" in a title names what the product serves ("Case for
  // iPhone 15", "Charger for Samsung"), not the product: it counts less
  const title = typeof p.title === 'string' ? p.title : '';
  const cut =
    WEIGHTS.forClause < 1
      ? (WEIGHTS.withClause ? /\b(for|compatible|fits?|suitable|replacement|with)\b/i : /\b(for|compatible|fits?|suitable|replacement)\b/i).exec(title)
      : null;
  const out: Array<{ words: string[]; weight: number }> = cut
    ? [
        { words: words(title.slice(0, cut.index)), weight: WEIGHTS.title },
        { words: words(title.slice(cut.index)), weight: WEIGHTS.title * WEIGHTS.forClause },
      ]
    : [{ words: words(title), weight: WEIGHTS.title }];
  const crumbs: string[] = [];
  for (const c of p.breadcrumbs ?? []) if (typeof c === 'string' && c.trim() && crumbs[crumbs.length - 1] !== c) crumbs.push(c);
  crumbs.forEach((c, i) =>
    out.push({
      words: words(c),
      weight: crumbs.length === 1 ? WEIGHTS.crumbDeep : WEIGHTS.crumbTop + ((WEIGHTS.crumbDeep - WEIGHTS.crumbTop) * i) / (crumbs.length - 1),
    }),
  );
  for (const [k, v] of Object.entries(p.attributes ?? {})) {
    if (typeof v !== 'string' || !v.trim() || !usefulAttribute(k)) continue;
    // an attribute that states the material (of the upper, of a jewel) is the shop's explicit word on it
    out.push({ words: words(`${v}`), weight: /material|fabric|upper|metal/i.test(k) ? WEIGHTS.materialAttr : W_ATTR });
  }
  return out;
}

/** Attribute names whose values say what a product is or is made of (not its brand, size, origin or packing). */
function usefulAttribute(name: string): boolean {
  return !/brand|model|origin|size|weight|width|height|length|\bcn\b|^cn$|unit|pack|sold|chemical|certif|number|sku|upc|ean|gtin|mpn|price|quantity|warranty|date|year|season|place|country|ship|stock|code|id$|dimension|capacity|voltage|power|battery life|age|color|colour/i.test(
    name.trim(),
  );
}

/** Longest non-overlapping matches of the entries' phrases in a field: entry -> matched word count. */
function match(ws: string[], phrases: Map<string, Phrase[]>): Map<number, number> {
  const found = new Map<number, number>();
  let i = 0;
  while (i < ws.length) {
    const list = phrases.get(ws[i]);
    let used = 1;
    if (list) {
      // the longest phrase starting here takes these words; shorter ones of other entries starting here too
      let longest = 0;
      for (const ph of list) {
        const k = ph.words.length;
        if (k < longest) break;
        let ok = i + k <= ws.length;
        for (let j = 1; ok && j < k; j++) ok = ws[i + j] === ph.words[j];
        if (!ok) continue;
        longest = k;
        found.set(ph.entry, Math.max(found.get(ph.entry) ?? 0, k));
      }
      if (longest > 0) used = longest;
    }
    i += used;
  }
  return found;
}

function bm25(index: Bm25, query: Map<string, number>, out: Float64Array): void {
  for (const [t, qw] of query) {
    const p = index.postings.get(t);
    if (!p) continue;
    const df = p.docs.length;
    const idf = Math.log(1 + (index.n - df + 0.5) / (df + 0.5));
    for (let j = 0; j < df; j++) {
      const d = p.docs[j];
      const tf = p.tf[j];
      out[d] += (qw * idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * index.len[d]) / index.avg));
    }
  }
}

const MATERIAL = new Set([
  'electric',
  'electrical',
  'electronic',
  'steel',
  'stainless',
  'iron',
  'metal',
  'base',
  'plastic',
  'wood',
  'glass',
  'ceramic',
  'porcelain',
  'cotton',
  'leather',
  'aluminum',
  'copper',
  'silver',
  'gold',
  'rubber',
  'textile',
  'paper',
  'synthetic',
  'wool',
  'silk',
]);

/**
 * "Imitation jewelry: of base metal": the heading's clause closest to the product (a heading such
 * as 9503 lists several kinds of goods, separated by semicolons), then the line's own words or
 * those of its nearest named ancestor ("Other" says nothing to a shopper).
 */
function describe(c: Classifier, row: number, query: ReadonlyMap<string, number>): string {
  const chain: string[] = [];
  for (let r = row; r >= 0; r = c.parent[r]) chain.unshift(c.descriptions[r]);
  const tidy = (s: string) =>
    s
      .replace(/\s*\([^)]*\)/g, '')
      .replace(/,? (?:of|in|under|from) (?:subheadings?|headings?) \d{4}.*$/, '')
      .replace(/[:;,.\s]+$/, '')
      .trim();
  const clauses = chain[0].split(';').map(tidy).filter(Boolean);
  let head = clauses[0] ?? '';
  let best = 0;
  for (const cl of clauses) {
    const ts = new Set(terms(cl));
    let hits = 0;
    // a material (or "electric") says less about which clause is meant than a product word
    for (const t of ts) hits += (query.get(t) ?? 0) * (MATERIAL.has(t) ? 0.01 : 1);
    // the clause most about the product: its words matched, for its length ("dolls, other toys" over "tricycles ... wheeled toys")
    const fit = hits / Math.max(1, ts.size) ** 0.25;
    if (fit > best) [head, best] = [cl, fit];
  }
  // nothing but a material matched: a heading's catch-all clause ("dolls, other toys") says more than its first one
  if (best < 0.1) head = clauses.find((cl) => /\bother\b/i.test(cl)) ?? head;
  head = head.split(':')[0].trim();
  head = head.charAt(0).toUpperCase() + head.slice(1);
  const named = chain
    .slice(1)
    .map(tidy)
    .filter((s) => s && !/^other$/i.test(s));
  const tail = named.slice(-2).map((s) => s.charAt(0).toLowerCase() + s.slice(1));
  const parts = [head, ...tail].map((s) => (s.length > 90 ? s.slice(0, s.lastIndexOf(' ', 87)) + '...' : s));
  return parts.join(': ');
}

/**
 * Ranks likely HTS lines for a product, best first: 10-digit lines under the most likely headings,
 * with at least five distinct headings among them when `limit` allows and the text matches that
 * many. Deterministic: the same text gives the same list.
 */
export function classify(c: Classifier, product: ProductText, options: ClassifyOptions = {}): ClassifyResult {
  const limit = Math.max(1, Math.floor(options.limit ?? 10));
  const fs = fields(product);
  const allWords = new Set(fs.flatMap((f) => f.words));

  // 1. the vocabulary, by field; then modifiers on the headings suggested
  const vocab = new Map<string, number>();
  const subs = new Map<string, number>();
  const entryWeight = new Map<number, number>();
  for (const f of fs) {
    for (const [entry, k] of match(f.words, c.vocab.phrases)) {
      const w = f.weight * (1 + WEIGHTS.phrase * (k - 1));
      entryWeight.set(entry, (entryWeight.get(entry) ?? 0) + w);
    }
  }
  for (const [entry, w] of entryWeight) {
    const t = c.vocab.targets[entry];
    for (const [h, tw] of t.headings) vocab.set(h, (vocab.get(h) ?? 0) + w * tw);
    for (const [code, tw] of t.subs) subs.set(code, (subs.get(code) ?? 0) + w * tw);
  }

  // 2 and 3. the schedule's own words
  const query = new Map<string, number>();
  for (const f of fs) for (const t of f.words) if (t.length > 1 && !/^\d+$/.test(t)) query.set(t, (query.get(t) ?? 0) + f.weight);
  const hScore = new Float64Array(c.headingBm25.n);
  bm25(c.headingBm25, query, hScore);
  const lScore = new Float64Array(c.lineBm25.n);
  bm25(c.lineBm25, query, lScore);

  const scores = new Map<string, number>();
  let maxH = 0;
  for (let i = 0; i < hScore.length; i++) if (hScore[i] > maxH) maxH = hScore[i];
  const bestLine = new Float64Array(c.headingIds.length);
  let maxL = 0;
  for (let i = 0; i < lScore.length; i++) {
    const v = lScore[i];
    if (v <= 0) continue;
    const h = c.lineHeading[i];
    if (v > bestLine[h]) bestLine[h] = v;
    if (v > maxL) maxL = v;
  }
  let maxV = 0;
  for (const v of vocab.values()) maxV = Math.max(maxV, v);
  // modifiers strengthen headings the vocabulary suggested
  const modified = new Map<string, number>();
  for (const f of fs) {
    for (const [entry, k] of match(f.words, c.modifiers.phrases)) {
      const w = f.weight * (1 + 0.5 * (k - 1));
      const t = c.modifiers.targets[entry];
      for (const [h, tw] of t.headings) if (vocab.has(h)) modified.set(h, Math.max(modified.get(h) ?? 0, w * tw));
      for (const [code, tw] of t.subs) subs.set(code, (subs.get(code) ?? 0) + w * tw * 0.5);
    }
  }
  for (const [h, m] of modified) vocab.set(h, vocab.get(h)! + m * Math.max(0.5, maxV) * WEIGHTS.modifier);
  maxV = 0;
  for (const v of vocab.values()) maxV = Math.max(maxV, v);

  const headingPos = c.headingPos;
  let women = false;
  let men = false;
  for (const w of allWords) {
    if (c.gendered.womenWords.has(w)) women = true;
    if (c.gendered.menWords.has(w)) men = true;
  }
  const vocabNorm = maxV > 0 ? WEIGHTS.vocab / Math.max(maxV, WEIGHTS.vocabFloor) : 0;
  const hNorm = maxH > 0 ? WEIGHTS.heading / maxH : 0;
  const lNorm = maxL > 0 ? WEIGHTS.line / maxL : 0;
  for (let pos = 0; pos < c.headingIds.length; pos++) {
    const h = c.headingIds[pos];
    const v = vocab.get(h) ?? 0;
    if (v <= 0 && hScore[pos] <= 0 && bestLine[pos] <= 0) continue;
    let s = vocabNorm * v + hNorm * hScore[pos] + lNorm * bestLine[pos];
    if (women !== men) {
      if (c.gendered.women.has(h)) s *= women ? 1.25 : 0.75;
      else if (c.gendered.men.has(h)) s *= men ? 1.25 : 0.75;
    }
    if (s > 0 && c.lines.get(h)!.length > 0) scores.set(h, s);
  }

  const ranked = [...scores].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (ranked.length === 0) return { candidates: [] };
  const top = ranked[0][1];
  // fewer than five headings matched: the neighbours of the best ones in the schedule (same
  // chapter, nearest first) complete the list, scored far below anything the text matched
  const want = limit >= 5 ? 5 : limit;
  for (let k = 0; ranked.length < want && k < ranked.length; k++) {
    const pos = headingPos.get(ranked[k][0])!;
    const chapter = ranked[k][0].slice(0, 2);
    for (let d = 1; ranked.length < want && d < c.headingIds.length; d++) {
      let found = false;
      for (const q of [pos - d, pos + d]) {
        const h = c.headingIds[q];
        if (!h || h.slice(0, 2) !== chapter) continue;
        found = true;
        if (ranked.length < want && !scores.has(h) && (c.lines.get(h)?.length ?? 0) > 0) {
          scores.set(h, top * 0.01 * (1 - d / 1000));
          ranked.push([h, scores.get(h)!]);
        }
      }
      if (!found) break;
    }
  }
  const headingCount = Math.min(ranked.length, Math.max(limit >= 5 ? 5 : limit, Math.ceil(limit * 0.7)));
  const out: Array<Candidate & { order: number }> = [];
  const extras: Array<Candidate & { order: number }> = [];
  for (const [h, s] of ranked.slice(0, headingCount)) {
    const ids = c.lines.get(h)!;
    let best = 0;
    const lineScores = ids.map((id) => {
      const code = c.codes[c.lineRow[id]];
      // a line's own words must be mostly the product's to win over the residual "Other" line:
      // "covers" alone does not make a phone case a manhole cover
      const own = c.ownTerms[id];
      let hit = 0;
      for (const t of own) if (query.has(t)) hit++;
      const coverage = own.length ? hit / own.length : 0;
      let v = maxL > 0 ? (lScore[id] / maxL) * (WEIGHTS.lineBase + (1 - WEIGHTS.lineBase) * coverage) : 0;
      for (const [sub, w] of subs) if (code.startsWith(sub)) v += (0.5 * w) / Math.max(1, maxV);
      if (/^other\b/i.test(c.descriptions[c.lineRow[id]])) v += WEIGHTS.other;
      best = Math.max(best, v);
      return v;
    });
    const order = ids.map((_, i) => i).sort((a, b) => lineScores[b] - lineScores[a] || b - a);
    order.slice(0, 3).forEach((i, rank) => {
      const row = c.lineRow[ids[i]];
      const rel = best > 0 ? lineScores[i] / best : 1;
      const score = rank === 0 ? s / top : (s / top) * (0.8 + 0.15 * rel);
      // an 8-digit line without statistical suffixes is reported with the suffix 00
      const cand = {
        hts: c.codes[row].padEnd(10, '0'),
        description: describe(c, row, query),
        score: Math.max(0.001, Math.round(score * 1000) / 1000),
        order: out.length + extras.length,
      };
      (rank === 0 ? out : extras).push(cand);
    });
  }
  const chosen =
    out.length >= limit ? out.slice(0, limit) : [...out, ...extras.sort((a, b) => b.score - a.score || a.order - b.order).slice(0, limit - out.length)];
  chosen.sort((a, b) => b.score - a.score || a.order - b.order);
  return { candidates: chosen.map(({ hts, description, score }) => ({ hts, description, score })) };
}
