// Scores extraction on the development half of the Zyte product-extraction benchmark
// (../shared/fixtures/zyte-dev, read at run time, never copied here), exactly as its README says:
// one predicted price per page, compared as decimals; a right price is a true positive; a wrong
// price is a false positive, and also a false negative when the page has a price; no price where
// there is one is a false negative. SKU is scored the same way, compared as trimmed text, and
// availability as its schema.org short name.
// Used by bench/extract.bench.ts (the figures) and by the quality-floor test.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { compareDecimals as compareDecimal } from '../core/money/money.ts';
import { extractPage } from '../extension/adapters/registry.ts';
import type { Draft } from '../extension/adapters/types.ts';

export const ZYTE_DEV = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/fixtures/zyte-dev');

interface Truth {
  url: string;
  price?: string[];
  currency?: string[];
  sku?: string[];
  availability?: string[];
}

export interface PageScore {
  key: string;
  url: string;
  price: string | null;
  expectedPrice: string[] | null;
  priceOk: boolean | null;
  sku: string | null;
  expectedSku: string[] | null;
  skuOk: boolean | null;
  availabilityOk: boolean | null;
  ms: number;
  sources: Draft['sources'] | null;
  error?: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ZyteScore {
  pages: PageScore[];
  price: Counts & { precision: number; recall: number; f1: number };
  sku: Counts & { precision: number; recall: number; f1: number };
  availability: Counts & { precision: number; recall: number; f1: number };
  msPerPage: number;
}

export function zyteAvailable(): boolean {
  return existsSync(join(ZYTE_DEV, 'ground-truth.json'));
}

/** A plain decimal from a benchmark price ("1,299.00" is not used there; values are "12.99"). */
function sameDecimal(a: string, b: string): boolean {
  const plain = (s: string) => s.trim().replace(/^\./, '0.');
  if (!/^\d+(\.\d+)?$/.test(plain(a)) || !/^\d+(\.\d+)?$/.test(plain(b))) return false;
  return compareDecimal(plain(a), plain(b)) === 0;
}

function tally(counts: Counts, predicted: string | null, expected: string[] | null, same: (a: string, b: string) => boolean): boolean | null {
  if (predicted === null) {
    if (expected) counts.fn++;
    return expected ? false : null;
  }
  if (expected && expected.some((e) => same(predicted, e))) {
    counts.tp++;
    return true;
  }
  counts.fp++;
  if (expected) counts.fn++;
  return false;
}

function rates(c: Counts): Counts & { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}

/** Extracts every dev page (parse with linkedom, as `s321 extract` does) and scores it. The time
 * per page is extraction only, not parsing. */
export function scoreZyteDev(): ZyteScore {
  const truth = JSON.parse(readFileSync(join(ZYTE_DEV, 'ground-truth.json'), 'utf8')) as Record<string, Truth>;
  const files = new Set(readdirSync(join(ZYTE_DEV, 'html')));
  const price: Counts = { tp: 0, fp: 0, fn: 0 };
  const sku: Counts = { tp: 0, fp: 0, fn: 0 };
  const availability: Counts = { tp: 0, fp: 0, fn: 0 };
  const pages: PageScore[] = [];
  let totalMs = 0;
  for (const key of Object.keys(truth).sort()) {
    const t = truth[key];
    const file = `${key}.html.gz`;
    if (!files.has(file)) continue;
    const html = gunzipSync(readFileSync(join(ZYTE_DEV, 'html', file))).toString('utf8');
    const doc = parseHTML(html).document as unknown as Document;
    const t0 = performance.now();
    const r = extractPage(doc, t.url);
    const ms = performance.now() - t0;
    totalMs += ms;
    const draft = r.ok ? r.draft : null;
    const expectedPrice = t.price?.length ? t.price : null;
    const expectedSku = t.sku?.length ? t.sku : null;
    const p = draft?.price ?? null;
    const s = draft?.sku ?? null;
    pages.push({
      key,
      url: t.url,
      price: p,
      expectedPrice,
      priceOk: tally(price, p, expectedPrice, sameDecimal),
      sku: s,
      expectedSku,
      skuOk: tally(sku, s, expectedSku, (a, b) => a.trim() === b.trim()),
      availabilityOk: tally(availability, draft?.availability ?? null, t.availability?.length ? t.availability : null, (a, b) => a === b),
      ms,
      sources: draft?.sources ?? null,
      ...(r.ok ? {} : { error: r.error }),
    });
  }
  return { pages, price: rates(price), sku: rates(sku), availability: rates(availability), msPerPage: pages.length ? totalMs / pages.length : 0 };
}

// `node --import tsx bench/extract-score.ts [--pages]`: the figures, and with --pages one line per
// page (what was predicted, what was expected), to see which pages a change wins or loses.
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  if (!zyteAvailable()) {
    process.stdout.write(`zyte-dev benchmark not found at ${ZYTE_DEV}; nothing scored\n`);
  } else {
    const s = scoreZyteDev();
    if (process.argv.includes('--pages')) {
      for (const p of s.pages) {
        const mark = (ok: boolean | null) => (ok === null ? '-' : ok ? '+' : 'x');
        process.stdout.write(
          `${mark(p.priceOk)}${mark(p.skuOk)} ${p.key.slice(0, 8)} ${p.url.slice(0, 60).padEnd(60)} price ${p.price} want ${p.expectedPrice?.join('|') ?? 'none'} [${p.sources?.price ?? ''}] sku ${p.sku} want ${p.expectedSku?.join('|') ?? 'none'}${p.error ? ` ERROR ${p.error}` : ''}\n`,
        );
      }
    }
    const f = (x: number) => x.toFixed(3);
    process.stdout.write(
      `price F1 ${f(s.price.f1)} P ${f(s.price.precision)} R ${f(s.price.recall)} (tp ${s.price.tp} fp ${s.price.fp} fn ${s.price.fn}); sku F1 ${f(s.sku.f1)} P ${f(s.sku.precision)} R ${f(s.sku.recall)}; availability F1 ${f(s.availability.f1)}; ${s.msPerPage.toFixed(2)} ms/page\n`,
    );
  }
}
