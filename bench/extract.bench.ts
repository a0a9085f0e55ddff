// Extraction speed in Node (extractMsLargestPage <= 20 ms with all adapters
// registered; extension.bench.ts reports that figure from Chromium, where the content script
// runs; these are the same measure under `s321 extract`, suffixed Node). The largest page among all fixtures (the committed ones and the shared real
// pages in ../shared/fixtures/pages when present) is parsed once with linkedom, as `s321
// extract` does, then extracted through the registry (adapter choice, extraction, finalize,
// schema check) repeatedly; the median is reported. Parsing is not extraction and is reported
// apart. Also: the median over every fixture page, so a slow adapter on a small page shows, and
// the quality figures (price and SKU F1, precision, recall, ms per page) on the Zyte benchmark's
// development half when ../shared is present (extract-score.ts), and the time of the hostile
// pages (test/fixtures/pages/hostile-pages.ts) through the generic and a script-reading adapter.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractPage } from '../extension/adapters/registry.ts';
import { scoreZyteDev, zyteAvailable, ZYTE_DEV } from './extract-score.ts';
import { HOSTILE_PAGES, type HostilePage } from '../test/fixtures/pages/hostile-pages.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PAGES = join(root, 'test/fixtures/pages');
const SHARED = resolve(root, '../shared/fixtures/pages');

interface Page {
  file: string;
  url: string;
  bytes: number;
}

function pages(): Page[] {
  const out: Page[] = [];
  for (const site of readdirSync(PAGES)) {
    const dir = join(PAGES, site);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.html'))) {
      const exp = join(dir, f.replace(/\.html$/, '.expected.json'));
      if (!existsSync(exp)) continue;
      out.push({ file: join(dir, f), url: (JSON.parse(readFileSync(exp, 'utf8')) as { url: string }).url, bytes: statSync(join(dir, f)).size });
    }
  }
  if (existsSync(join(SHARED, 'expected.json'))) {
    const list = (JSON.parse(readFileSync(join(SHARED, 'expected.json'), 'utf8')) as { pages: Array<{ file: string; url: string }> }).pages;
    for (const p of list) out.push({ file: join(SHARED, p.file), url: p.url, bytes: statSync(join(SHARED, p.file)).size });
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeExtract(doc: Document, url: string, runs: number): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = extractPage(doc, url);
    ms.push(performance.now() - t);
    if (!r.ok) throw new Error(`${url}: ${r.error}`);
  }
  return median(ms);
}

export async function run(): Promise<Record<string, number | string>> {
  const all = pages();
  const largest = all.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const t0 = performance.now();
  const doc = parseHTML(readFileSync(largest.file, 'utf8')).document as unknown as Document;
  const parseMs = performance.now() - t0;
  timeExtract(doc, largest.url, 3); // warm-up: JIT, Intl region names
  const largestMs = timeExtract(doc, largest.url, 15);
  let worst = 0;
  let worstFile = '';
  for (const p of all) {
    const d = parseHTML(readFileSync(p.file, 'utf8')).document as unknown as Document;
    timeExtract(d, p.url, 1);
    const ms = timeExtract(d, p.url, 5);
    if (ms > worst) [worst, worstFile] = [ms, p.file];
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  const quality: Record<string, number | string> = {};
  if (zyteAvailable()) {
    // quality on the benchmark's development half, scored as its README says (extract-score.ts)
    const z = scoreZyteDev();
    const three = (x: number) => Math.round(x * 1000) / 1000;
    quality.extractPriceF1Dev = three(z.price.f1);
    quality.extractPricePrecisionDev = three(z.price.precision);
    quality.extractPriceRecallDev = three(z.price.recall);
    quality.extractSkuF1Dev = three(z.sku.f1);
    quality.extractAvailabilityF1Dev = three(z.availability.f1);
    quality.extractMsPerPageDev = round(z.msPerPage);
  } else {
    process.stdout.write(`extract.bench: no zyte-dev benchmark at ${ZYTE_DEV}; quality figures skipped\n`);
  }
  // hostile pages (test/node/extension/adapters/hostile.test.ts checks what they decide; these are the times)
  const hostile: Record<string, number> = {};
  for (const name of Object.keys(HOSTILE_PAGES) as HostilePage[]) {
    const d = parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
    HOSTILE_PAGES[name](d);
    const key = `extractMsHostile${name[0].toUpperCase()}${name.slice(1)}Node`;
    hostile[key] = round(Math.max(timeExtract(d, 'https://shop.example/p/1', 3), timeExtract(d, 'https://www.aliexpress.com/item/1005001.html', 3)));
  }
  return {
    ...quality,
    ...hostile,
    extractMsLargestPageNode: round(largestMs),
    extractLargestPage: `${largest.file.replace(/^.*\/pages\//, '')} (${Math.round(largest.bytes / 1024)} KiB)`,
    extractParseMsLargestPageNode: round(parseMs),
    extractMsWorstPageNode: round(worst),
    extractWorstPage: worstFile.replace(/^.*\/pages\//, ''),
    extractPages: all.length,
  };
}
