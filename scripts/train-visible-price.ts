// Fits the visible-price weights (extension/adapters/lib/visible-price-weights.ts) on the Zyte
// benchmark's development half (../shared/fixtures/zyte-dev, read at run time): every price
// candidate of every page that has a price is one example, labelled by whether its amount is one
// of the page's accepted prices. The model is an L2-regularised logistic regression (batch
// gradient descent; the regularisation keeps weights small so that no feature, and no single
// page, dominates). Because fitting and scoring on the same pages flatters the model, it also
// reports leave-one-site-out accuracy: for each shop (host), weights fitted on the other shops
// pick the top candidate of that shop's pages.
//
//   npm run train:visible-price            prints the fitted weights and the pipeline's scores
//   npm run gen:visible-price              (--write) also writes them to the weights file
//
// The bias sets where the threshold (0.5) falls; it is chosen on the whole pipeline (price
// precision first, the benchmark's target being >= 0.95, then F1) from a scan of a few values.
// The weights file records a stamp of the inputs (`inputsStamp`: the benchmark's files and the
// features' names); test/node/scripts/generated.test.ts says the weights are stale when it
// differs, without fitting again (a fit takes minutes).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { compareDecimals as compareDecimal } from '../core/money/money.ts';
import { FEATURES, priceCandidates, type Feature } from '../extension/adapters/lib/visible-price.ts';
import { VISIBLE_PRICE_MODEL, type VisiblePriceModel } from '../extension/adapters/lib/visible-price-weights.ts';
import { scoreZyteDev, zyteAvailable, ZYTE_DEV } from '../bench/extract-score.ts';

interface Example {
  site: string;
  page: string;
  x: number[];
  y: number;
}

function examples(): Example[] {
  const truth = JSON.parse(readFileSync(join(ZYTE_DEV, 'ground-truth.json'), 'utf8')) as Record<string, { url: string; price?: string[] }>;
  const out: Example[] = [];
  for (const [key, t] of Object.entries(truth)) {
    if (!t.price?.length) continue;
    const html = gunzipSync(readFileSync(join(ZYTE_DEV, 'html', `${key}.html.gz`))).toString('utf8');
    const doc = parseHTML(html).document as unknown as Document;
    const title = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? doc.querySelector('title')?.textContent ?? null;
    const plain = (s: string) => s.trim().replace(/^\./, '0.');
    for (const c of priceCandidates(doc, title)) {
      const y = t.price.some((p) => /^\d+(\.\d+)?$/.test(plain(p)) && compareDecimal(plain(p), c.amount) === 0) ? 1 : 0;
      out.push({ site: new URL(t.url).hostname, page: key, x: FEATURES.map((f) => c.features[f]), y });
    }
  }
  return out;
}

/** Fits weights that rank a page's right candidates first: a softmax over each page's
 * candidates (the listwise loss of learning to rank), L2-regularised. The bias does not change
 * a ranking; it is chosen afterwards with the threshold. */
function fit(data: Example[], lambda = 0.02, steps = 1500, rate = 0.5): { bias: number; w: number[] } {
  const byPage = new Map<string, Example[]>();
  for (const d of data) byPage.set(d.page, [...(byPage.get(d.page) ?? []), d]);
  const pages = [...byPage.values()].filter((list) => list.some((d) => d.y === 1));
  const w = new Array(FEATURES.length).fill(0);
  for (let step = 0; step < steps; step++) {
    const grad = new Array(w.length).fill(0);
    for (const list of pages) {
      const s = list.map((d) => d.x.reduce((a, v, i) => a + v * w[i], 0));
      const max = Math.max(...s);
      const e = s.map((x) => Math.exp(x - max));
      const sum = e.reduce((a, b) => a + b, 0);
      const rightSum = e.reduce((a, x, j) => a + (list[j].y ? x : 0), 0);
      for (let j = 0; j < list.length; j++) {
        const p = e[j] / sum;
        const q = list[j].y ? e[j] / rightSum : 0;
        for (let i = 0; i < w.length; i++) grad[i] += (p - q) * list[j].x[i];
      }
    }
    for (let i = 0; i < w.length; i++) w[i] -= rate * (grad[i] / pages.length + lambda * w[i]);
  }
  return { bias: 0, w };
}

/** Share of pages whose best-scored candidate is a right price. */
function top1(data: Example[], model: { bias: number; w: number[] }): { right: number; pages: number } {
  const byPage = new Map<string, Example[]>();
  for (const d of data) byPage.set(d.page, [...(byPage.get(d.page) ?? []), d]);
  let right = 0;
  for (const list of byPage.values()) {
    const best = list.reduce((a, b) => (score(b, model) > score(a, model) ? b : a));
    if (best.y === 1) right++;
  }
  return { right, pages: byPage.size };
}

function score(d: Example, m: { bias: number; w: number[] }): number {
  return m.bias + d.x.reduce((s, v, i) => s + v * m.w[i], 0);
}

export const WEIGHTS_FILE = 'extension/adapters/lib/visible-price-weights.ts';
const root = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));

/** A hash of what a fit reads: the benchmark's ground truth and pages, and the features by name.
 * Not the source text of the feature code or of this trainer (formatting it would make the weights
 * stale): after changing how a feature is computed, run npm run gen:visible-price. */
export function inputsStamp(): string {
  const h = createHash('sha256');
  const add = (name: string, bytes: Buffer | string) => h.update(`${name}\0${bytes.length}\0`).update(bytes);
  add('ground-truth.json', readFileSync(join(ZYTE_DEV, 'ground-truth.json')));
  for (const f of readdirSync(join(ZYTE_DEV, 'html')).sort()) add(f, readFileSync(join(ZYTE_DEV, 'html', f)));
  add('features', FEATURES.join(' '));
  return h.digest('hex').slice(0, 16);
}

/** The stamp the weights file records, or null. */
export function recordedStamp(text: string): string | null {
  return /^\/\/ Inputs stamp: ([0-9a-f]{16})/m.exec(text)?.[1] ?? null;
}

function weightsModule(m: VisiblePriceModel, stamp: string): string {
  const lines: string[] = [];
  let line = '   ';
  for (const [k, v] of Object.entries(m.weights)) {
    const part = ` ${k}: ${v},`;
    if (line.length + part.length > 150) {
      lines.push(line);
      line = '   ';
    }
    line += part;
  }
  lines.push(line);
  return `// Generated by scripts/train-visible-price.ts (npm run gen:visible-price) from ../shared/fixtures/zyte-dev: do not edit.
// Weights of the visible-price score (visible-price.ts): data, not code; \`about\` says how they were fitted.
// Inputs stamp: ${stamp} (the benchmark's files and the features' names; a new stamp asks for a new fit)
import type { Feature } from './visible-price.ts';

export interface VisiblePriceModel {
  bias: number;
  weights: Partial<Record<Feature, number>>;
  /** the least score a winner needs; below it the layer gives no price */
  threshold: number;
  /** how the numbers were obtained */
  about: string;
}

export const VISIBLE_PRICE_MODEL: VisiblePriceModel = {
  about:
    ${JSON.stringify(m.about).replace(/'/g, "\\'").replace(/^"|"$/g, "'")},
  bias: ${m.bias},
  weights: {
${lines.join('\n')}
  },
  threshold: ${m.threshold},
};
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!zyteAvailable()) {
    process.stdout.write(`zyte-dev benchmark not found at ${ZYTE_DEV}; nothing fitted\n`);
    process.exit(process.argv.includes('--write') ? 2 : 0);
  }
  const data = examples();
  const hand = { bias: VISIBLE_PRICE_MODEL.bias, w: FEATURES.map((f) => VISIBLE_PRICE_MODEL.weights[f] ?? 0) };
  const handTop = top1(data, hand);
  process.stdout.write(`current weights (visible-price-weights.ts): top-1 right ${handTop.right}/${handTop.pages}\n`);
  const model = fit(data);
  const all = top1(data, model);
  // leave one site out
  let right = 0;
  let pages = 0;
  for (const site of new Set(data.map((d) => d.site))) {
    const held = data.filter((d) => d.site === site);
    const m = fit(
      data.filter((d) => d.site !== site),
      0.02,
      600,
    );
    const r = top1(held, m);
    right += r.right;
    pages += r.pages;
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  const weights = Object.fromEntries(FEATURES.map((f, i) => [f, round(model.w[i])])) as Record<Feature, number>;
  const priced = new Set(data.map((d) => d.page)).size;
  process.stdout.write(`${data.length} candidates on ${all.pages} pages (${data.filter((d) => d.y).length} right)\n`);
  process.stdout.write(`top-1 right: fitted on all ${all.right}/${all.pages}; leave-one-site-out ${right}/${pages}\n`);
  // the bias sets where the threshold 0.5 falls: scan it on the whole pipeline
  const fitted: VisiblePriceModel = { ...VISIBLE_PRICE_MODEL, weights, threshold: 0.5 };
  let best: { bias: number; precision: number; f1: number } | null = null;
  for (const bias of [-4, -3, -2, -1, 0]) {
    Object.assign(VISIBLE_PRICE_MODEL, fitted, { bias });
    const s = scoreZyteDev();
    process.stdout.write(`bias ${bias}: price F1 ${s.price.f1.toFixed(3)} P ${s.price.precision.toFixed(3)} R ${s.price.recall.toFixed(3)}\n`);
    if (!best || s.price.precision > best.precision || (s.price.precision === best.precision && s.price.f1 > best.f1))
      best = { bias, precision: s.price.precision, f1: s.price.f1 };
  }
  const chosen: VisiblePriceModel = {
    ...fitted,
    bias: best!.bias,
    about:
      `weights fitted by scripts/train-visible-price.ts (a per-page softmax ranking loss, L2 0.02) on the ${priced} priced pages of the Zyte benchmark development half, ` +
      `${data.length.toLocaleString('en-US')} candidates; the top candidate is right on ${all.right} of ${all.pages} pages fitted on all and ${right} leaving each shop out; ` +
      `bias ${best!.bias} chosen on the whole pipeline for precision (price P ${best!.precision.toFixed(3)}, F1 ${best!.f1.toFixed(3)}), threshold 0.5`,
  };
  process.stdout.write(`bias: ${chosen.bias},\nweights: ${JSON.stringify(weights)},\n`);
  if (process.argv.includes('--write')) {
    writeFileSync(root(WEIGHTS_FILE), weightsModule(chosen, inputsStamp()));
    process.stdout.write(`wrote ${WEIGHTS_FILE}\n`);
  }
}
