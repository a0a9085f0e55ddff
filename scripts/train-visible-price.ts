// Fits the visible-price weights (extension/adapters/lib/visible-price-weights.ts) on the Zyte
// benchmark's development half (../shared/fixtures/zyte-dev, read at run time): every price
// candidate of every page that has a price is one example, labelled by whether its amount is one
// of the page's accepted prices. The model is an L2-regularised logistic regression (batch
// gradient descent; the regularisation keeps weights small so that no feature, and no single
// page, dominates). Because fitting and scoring on the same pages flatters the model, it also
// reports leave-one-site-out accuracy: for each shop (host), weights fitted on the other shops
// pick the top candidate of that shop's pages.
//
//   node --import tsx bench/visible-price-train.ts          prints the fitted weights
//
// The threshold is then chosen by hand from the printed precision/recall of the whole pipeline
// at several thresholds (the benchmark target is precision >= 0.95).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { compareDecimals as compareDecimal } from '../core/money/money.ts';
import { FEATURES, priceCandidates, type Feature } from '../extension/adapters/lib/visible-price.ts';
import { VISIBLE_PRICE_MODEL, type VisiblePriceModel } from '../extension/adapters/lib/visible-price-weights.ts';
import { scoreZyteDev, zyteAvailable, ZYTE_DEV } from './extract-score.ts';

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

if (!zyteAvailable()) {
  process.stdout.write(`zyte-dev benchmark not found at ${ZYTE_DEV}; nothing fitted\n`);
} else {
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
    const m = fit(data.filter((d) => d.site !== site), 0.02, 600);
    const r = top1(held, m);
    right += r.right;
    pages += r.pages;
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  const weights = Object.fromEntries(FEATURES.map((f, i) => [f, round(model.w[i])])) as Record<Feature, number>;
  process.stdout.write(`${data.length} candidates on ${all.pages} pages (${data.filter((d) => d.y).length} right)\n`);
  process.stdout.write(`top-1 right: fitted on all ${all.right}/${all.pages}; leave-one-site-out ${right}/${pages}\n`);
  // the bias sets where the threshold 0.5 falls: scan it on the whole pipeline
  let fitted: VisiblePriceModel = { ...VISIBLE_PRICE_MODEL, weights, threshold: 0.5 };
  for (const bias of [-4, -3, -2, -1, 0]) {
    Object.assign(VISIBLE_PRICE_MODEL, fitted, { bias });
    const s = scoreZyteDev();
    process.stdout.write(`bias ${bias}: price F1 ${s.price.f1.toFixed(3)} P ${s.price.precision.toFixed(3)} R ${s.price.recall.toFixed(3)}\n`);
  }
  fitted = { ...fitted, bias: round(model.bias) };
  process.stdout.write(`bias: ${fitted.bias},\nweights: ${JSON.stringify(weights)},\n`);
}
