// Extension figures (issue 5): extractMsLargestPage = median time of the adapter registry's
// extraction on the largest real fixture page, in headless Chromium (the page is parsed once,
// outside the timing; target <= 20 ms); contentScriptGzipBytes = the built content script,
// gzip -9 (what every supported page loads). Needs Chromium and the shared fixtures; reports
// "n/a: reason" instead of a number when either is missing.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const SHARED = resolve(process.env.S321_SHARED_PAGES ?? '../shared/fixtures/pages');
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

async function extractMs(): Promise<number | string> {
  if (!existsSync(join(SHARED, 'expected.json'))) return 'n/a: ../shared fixtures absent';
  if (!existsSync(CHROMIUM)) return `n/a: no Chromium at ${CHROMIUM}`;
  const expected = JSON.parse(readFileSync(join(SHARED, 'expected.json'), 'utf8')) as { pages: Array<{ file: string; url: string }> };
  const largest = expected.pages.map((p) => ({ ...p, size: statSync(join(SHARED, p.file)).size })).sort((a, b) => b.size - a.size)[0];
  // the adapters as one script, built with Vite (a direct dependency; esbuild is only a transitive one)
  const { build } = await import('vite');
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, target: 'es2022', minify: true, lib: { entry: resolve('extension/adapters/registry.ts'), formats: ['iife'], name: 'S321X', fileName: () => 'adapters.js' } },
  })) as { output: Array<{ type: string; code?: string }> } | Array<{ output: Array<{ type: string; code?: string }> }>;
  const chunk = (Array.isArray(out) ? out[0] : out).output.find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('the adapters bundle has no code');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: chunk.code });
    return await page.evaluate(({ html, url }) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const x = (globalThis as unknown as { S321X: { extractPage: (d: Document, u: string) => { ok: boolean } } }).S321X;
      for (let i = 0; i < 3; i++) x.extractPage(doc, url); // warm up
      const times: number[] = [];
      for (let i = 0; i < 21; i++) {
        const t0 = performance.now();
        const r = x.extractPage(doc, url);
        times.push(performance.now() - t0);
        if (!r.ok) throw new Error('extraction failed');
      }
      times.sort((a, b) => a - b);
      return Math.round(times[10] * 100) / 100;
    }, { html: readFileSync(join(SHARED, largest.file), 'utf8'), url: largest.url });
  } finally {
    await browser.close();
  }
}

function contentScriptGzip(): number | string {
  const m = join('dist', 'manifest.json');
  if (!existsSync(m)) return 'n/a: dist/ not built (npm run build)';
  const file = JSON.parse(readFileSync(m, 'utf8')).content_scripts?.[0]?.js?.[0];
  return gzipSync(readFileSync(join('dist', file)), { level: 9 }).length;
}

function extensionPackageBytes(): number | string {
  if (!existsSync('dist')) return 'n/a';
  const walk = (d: string): number => readdirSync(d).reduce((s, f) => s + (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : statSync(join(d, f)).size), 0);
  return walk('dist');
}

export async function run(): Promise<Record<string, number | string>> {
  return { extractMsLargestPage: await extractMs(), contentScriptGzipBytes: contentScriptGzip(), extensionUnpackedBytes: extensionPackageBytes() };
}
