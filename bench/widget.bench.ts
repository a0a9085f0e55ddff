// Widget figures: the IIFE's gzip size, and in headless Chromium the median time from
// appending a <de-minimis-check> to its first answer on a fresh page (bundled rules compiled,
// first Preact render) and the median time of an update (an attribute change: re-evaluate and
// re-render in place). Times are script time up to the DOM being updated, not paint.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startDemoServer } from '../scripts/demo-server.mjs';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x: number) => Math.round(x * 1000) / 1000;

export async function run(): Promise<Record<string, number>> {
  // always a fresh build: a dist-widget/ left by an earlier build would be measured otherwise
  const bundle = here('../dist-widget/de-minimis-check.js');
  const r = spawnSync('npx', ['vite', 'build', '-c', 'vite.widget.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (r.status !== 0 || !existsSync(bundle)) throw new Error('widget build failed');
  const widgetGzipBytes = gzipSync(readFileSync(bundle), { level: 9 }).length;

  const demo = await startDemoServer({ pages: { '/bench.html': here('./widget-bench.html') } });
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: ARGS });
  try {
    // First render on a fresh page, cold: it includes the browser's first Intl currency formatter
    // (about 60 ms in headless Chromium here, paid by any page that formats money) and, as a second
    // figure, the same with Intl already warmed by the host page: the widget's own cost.
    const first: number[] = [];
    const firstWarm: number[] = [];
    for (let i = 0; i < 15; i++) {
      for (const [warm, out] of [
        [false, first],
        [true, firstWarm],
      ] as const) {
        const page = await browser.newPage();
        await page.goto(`${demo.url}bench.html`);
        out.push(
          (await page.evaluate(`new Promise((resolve) => {
            if (${warm}) new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(1);
            const el = document.createElement('de-minimis-check');
            el.setAttribute('value', '129.99');
            el.setAttribute('origin', 'VN');
            el.setAttribute('arrival', '2024-06-03');
            const t0 = performance.now();
            el.addEventListener('de-minimis-decision', () => resolve(performance.now() - t0), { once: true });
            document.body.append(el);
          })`)) as number,
        );
        await page.close();
      }
    }
    const page = await browser.newPage();
    await page.goto(`${demo.url}bench.html`);
    // a string, not a function: tsx would add __name() helpers the page does not have
    const updates = (await page.evaluate(`(async () => {
      const el = document.createElement('de-minimis-check');
      el.setAttribute('origin', 'VN');
      el.setAttribute('arrival', '2024-06-03');
      el.setAttribute('value', '5.00'); // never one of the values below: an unchanged attribute fires nothing
      const next = () => new Promise((r) => el.addEventListener('de-minimis-decision', () => r(), { once: true }));
      let p = next();
      document.body.append(el);
      await p;
      const out = [];
      for (let i = 0; i < 300; i++) {
        p = next();
        const t0 = performance.now();
        const c = 1000 + ((i * 731) % 160000);
        el.setAttribute('value', Math.floor(c / 100) + '.' + String(c % 100).padStart(2, '0'));
        await p;
        out.push(performance.now() - t0);
      }
      return out;
    })()`)) as number[];
    await page.close();
    return {
      widgetGzipBytes,
      widgetFirstRenderMs: round(median(first)),
      widgetFirstRenderIntlWarmMs: round(median(firstWarm)),
      widgetUpdateMs: round(median(updates.slice(50))), // after warm-up
    };
  } finally {
    await browser.close();
    await demo.close();
  }
}
