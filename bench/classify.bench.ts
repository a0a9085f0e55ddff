// Product classification figures (core/classify, `s321 classify`): quality on the development
// half of the HSCodeComp benchmark when ../shared is present (classify-score.ts: chapter top-1
// and top-3, heading top-1 and top-3, 6- and 10-digit top-1, also on the two halves of that half
// by task_id / 2 parity), the time per product (target <= 5 ms in Node) and of the one-time
// preparation, and the size of the classifier as a bundle would carry it (core/classify with its
// generated data, minified by the project's Vite, raw and gzip): the popup or background of the extension,
// never the content script.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { classify, prepareClassifier, CLASSIFIER_DATA } from '../core/classify/index.ts';
import { hscodeAvailable, scoreDev } from './classify-score.ts';

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

// made-up products for the timing when the benchmark's items are absent
const OWN = [
  {
    title: 'Gold plated hoop earrings for women',
    breadcrumbs: ['Jewelry & Accessories', 'Fashion Jewelry', 'Earrings'],
    attributes: { Material: 'Zinc Alloy' },
  },
  { title: "Men's cotton crew neck T-shirt", breadcrumbs: ["Men's Clothing", 'Tops & Tees'] },
  { title: 'Wireless Bluetooth earbuds with charging case' },
  { title: 'Stainless steel chef knife 8 inch', attributes: { Material: 'Stainless Steel' } },
];

export async function run(): Promise<Record<string, number | string>> {
  // the classifier alone, bundled and minified as the extension's build would carry it
  const built = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: fileURLToPath(new URL('../core/classify/index.ts', import.meta.url)), formats: ['es'], fileName: 'classify' },
    },
  })) as Array<{ output: Array<{ type: string; code?: string }> }> | { output: Array<{ type: string; code?: string }> };
  const chunks = (Array.isArray(built) ? built[0] : built).output.filter((o) => o.type === 'chunk');
  const code = Buffer.from(chunks.map((o) => o.code ?? '').join(''));
  const out: Record<string, number | string> = {
    classifierBundleBytes: code.length,
    classifierBundleGzipBytes: gzipSync(code, { level: 9 }).length,
  };
  if (hscodeAvailable()) {
    const r = scoreDev();
    Object.assign(out, {
      classifyChapterTop1: r.all.chapterTop1,
      classifyChapterTop3: r.all.chapterTop3,
      classifyHeadingTop1: r.all.headingTop1,
      classifyHeadingTop3: r.all.headingTop3,
      classify6DigitTop1: r.all.sixDigitTop1,
      classify10DigitTop1: r.all.tenDigitTop1,
      classifyChapterTop1EvenQuarter: r.even.chapterTop1,
      classifyChapterTop1OddQuarter: r.odd.chapterTop1,
      classifyHeadingTop3EvenQuarter: r.even.headingTop3,
      classifyHeadingTop3OddQuarter: r.odd.headingTop3,
      classifyTitleOnlyChapterTop1: r.titleOnly.chapterTop1,
      classifyTitleOnlyHeadingTop3: r.titleOnly.headingTop3,
      classifyItems: r.all.n,
      classifyMsPerProduct: round(r.msPerProduct),
      classifierPrepareMs: round(r.prepareMs, 1),
    });
  } else {
    const t0 = performance.now();
    const c = prepareClassifier(CLASSIFIER_DATA);
    out.classifierPrepareMs = round(performance.now() - t0, 1);
    for (const p of OWN) classify(c, p);
    const t1 = performance.now();
    for (let i = 0; i < 50; i++) for (const p of OWN) classify(c, p);
    out.classifyMsPerProduct = round((performance.now() - t1) / (50 * OWN.length));
    out.classifyQuality = 'skipped: ../shared/fixtures/hscodecomp-dev absent';
  }
  return out;
}
