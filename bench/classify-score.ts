// Classification figures on the development half of the HSCodeComp benchmark
// (../shared/fixtures/hscodecomp-dev/items.jsonl: real marketplace listings with the 10-digit
// US number customs experts gave them). Each item is queried with its title, its category path
// (cate_lv1_desc..cate_lv5_desc) and its attributes. Scoring as the benchmark's README states it:
// a level's top-k counts an item when the first k distinct prefixes of that length among the
// candidates, in order, include the expert's prefix. Also split by task_id / 2 parity, two
// halves of the dev half, to show the figures do not hang on single items.
// Run alone: node --import tsx bench/classify-score.ts
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classify, prepareClassifier, CLASSIFIER_DATA, type ProductText } from '../core/classify/index.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const HSCODE_DEV = resolve(root, '../shared/fixtures/hscodecomp-dev/items.jsonl');

export interface DevItem {
  task_id: number;
  product: ProductText;
  hs: string;
}

export function devItems(): DevItem[] {
  return readFileSync(HSCODE_DEV, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const r = JSON.parse(l) as Record<string, unknown>;
      let attributes: Record<string, string> = {};
      try {
        const a = JSON.parse(String(r.product_attributes ?? '{}')) as Record<string, unknown>;
        for (const [k, v] of Object.entries(a)) if (typeof v === 'string') attributes[k] = v;
      } catch {
        attributes = {};
      }
      const breadcrumbs = [1, 2, 3, 4, 5].map((i) => r[`cate_lv${i}_desc`]).filter((x): x is string => typeof x === 'string' && x.trim() !== '');
      return { task_id: Number(r.task_id), hs: String(r.hs_code), product: { title: String(r.product_name ?? ''), breadcrumbs, attributes } };
    });
}

function hit(codes: string[], gold: string, len: number, k: number): boolean {
  const seen: string[] = [];
  for (const c of codes) {
    const p = c.slice(0, len);
    if (!seen.includes(p)) seen.push(p);
    if (seen.length >= k) break;
  }
  return seen.slice(0, k).includes(gold.slice(0, len));
}

export interface Figures {
  n: number;
  chapterTop1: number;
  chapterTop3: number;
  headingTop1: number;
  headingTop3: number;
  sixDigitTop1: number;
  tenDigitTop1: number;
}

export function score(items: DevItem[], results: string[][]): Figures {
  const rate = (len: number, k: number) =>
    Math.round((items.filter((it, i) => hit(results[i], it.hs, len, k)).length / Math.max(1, items.length)) * 1000) / 1000;
  return {
    n: items.length,
    chapterTop1: rate(2, 1),
    chapterTop3: rate(2, 3),
    headingTop1: rate(4, 1),
    headingTop3: rate(4, 3),
    sixDigitTop1: rate(6, 1),
    tenDigitTop1: rate(10, 1),
  };
}

export function scoreDev(): { all: Figures; even: Figures; odd: Figures; titleOnly: Figures; msPerProduct: number; prepareMs: number } {
  const items = devItems();
  const t0 = performance.now();
  const c = prepareClassifier(CLASSIFIER_DATA);
  const prepareMs = performance.now() - t0;
  for (const it of items) classify(c, it.product); // warm-up: the first pass compiles
  const t1 = performance.now();
  const results = items.map((it) => classify(c, it.product).candidates.map((x) => x.hts));
  const msPerProduct = (performance.now() - t1) / items.length;
  const half = (p: number) => items.map((it, i) => [it, results[i]] as const).filter(([it]) => (it.task_id / 2) % 2 === p);
  const part = (p: number) => {
    const h = half(p);
    return score(
      h.map((x) => x[0]),
      h.map((x) => [...x[1]]),
    );
  };
  // a page without a category path or attribute table: the title alone
  const titleOnly = score(
    items,
    items.map((it) => classify(c, { title: it.product.title }).candidates.map((x) => x.hts)),
  );
  return { all: score(items, results), even: part(0), odd: part(1), titleOnly, msPerProduct, prepareMs };
}

export const hscodeAvailable = () => existsSync(HSCODE_DEV);

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = scoreDev();
  process.stdout.write(JSON.stringify(r, null, 1) + '\n');
}
