// The BUILT extension (dist/) captures marketplace pages with the issue-6 site adapters, end to
// end in headless Chromium: hand-made fixtures are served at their real URLs by request routing
// (every other request is aborted), the content script extracts in the page and the background
// stores the draft; each stored draft must equal the fixture's expected draft (the one Node and
// WTR give). The captured seller order then becomes a Data Pilot record (extension/seller) and
// `s321 validate` rejects it naming the missing elements.
// Only hosts the manifest's content script matches can be captured without a click; the other
// marketplaces (eBay, Temu, Shein, AliExpress, amazon.co.uk, Seller Central, myshopify) need
// their host patterns added to manifest.json (see the issue-6 report).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import type { Draft } from '../../extension/adapters/types.ts';
import { exportRecords } from '../../extension/seller/export.ts';
import { sellerRecordDraft } from '../../extension/seller/records.ts';

/** the extension API inside the service worker (evaluated there, typed here) */
declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

const DIST = resolve('dist');
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const manifest = existsSync(join(DIST, 'manifest.json')) ? (JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ matches: string[] }> }) : null;
const skip = !manifest ? 'dist/ is not built (npm run build)' : !existsSync(CHROMIUM) ? `no Chromium at ${CHROMIUM}` : false;
const run = promisify(execFile);

/** fixtures whose URL the built manifest's content script matches */
const FIXTURES = ['amazon/product-current', 'amazon/order', 'etsy/listing', 'etsy/shop-manager-order'].map((name) => {
  const exp = JSON.parse(readFileSync(resolve('test/fixtures/pages', `${name}.expected.json`), 'utf8')) as { url: string; draft: Draft };
  return { name, url: exp.url, draft: exp.draft, html: readFileSync(resolve('test/fixtures/pages', `${name}.html`), 'utf8') };
});
const served = new Map(FIXTURES.map((f) => [f.url, f.html]));
const userDataDir = mkdtempSync(join(tmpdir(), 's321-e2e-adapters-'));
let context: BrowserContext;
let sw: Worker;

async function captured(url: string, timeout = 20_000): Promise<Draft> {
  const t0 = Date.now();
  for (;;) {
    const list = (await sw.evaluate(async () => ((await chrome.storage.local.get('captures')).captures ?? []) as never)) as Array<{ draft: Draft }>;
    const c = list.find((x) => x.draft.url === url);
    if (c) return c.draft;
    if (Date.now() - t0 > timeout) throw new Error(`no capture of ${url}; have ${list.map((x) => x.draft.url).join(', ')}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

before(async () => {
  if (skip) return;
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    const body = served.get(url);
    return body === undefined ? route.abort('blockedbyclient') : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
  sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
});
after(async () => {
  await context?.close();
  rmSync(userDataDir, { recursive: true, force: true });
});

test('every routed fixture URL is one the built content script runs on', { skip }, () => {
  const patterns = manifest!.content_scripts.flatMap((c) => c.matches).map((m) => new RegExp(`^${m.replace(/[.?]/g, '\\$&').replace(/\*/g, '.*')}$`));
  for (const f of FIXTURES) assert.ok(patterns.some((p) => p.test(f.url)), `${f.url} is not matched by the manifest`);
});

for (const f of FIXTURES) {
  test(`the built extension captures ${f.name} with the ${f.draft.adapter} adapter, as Node and WTR read it`, { skip, timeout: 60_000 }, async () => {
    const page = await context.newPage();
    await page.goto(f.url);
    const draft = await captured(f.url);
    assert.deepEqual(draft, f.draft);
    await page.close();
  });
}

test('the popup lists the captured seller order with its missing elements and exports it; s321 validate names them', { skip, timeout: 90_000 }, async () => {
  const f = FIXTURES.find((x) => x.draft.kind === 'seller-order')!;
  await captured(f.url);
  const extId = new URL(sw.url()).host;
  const popup = await context.newPage();
  const errors: string[] = [];
  popup.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  popup.on('pageerror', (e) => errors.push(String(e)));
  await popup.goto(`chrome-extension://${extId}/extension/popup/popup.html`);
  const row = popup.locator(`#seller-export [data-seller-order="${f.draft.orderId}"]`);
  await row.waitFor({ timeout: 20_000 });
  const missing = await row.locator('.missing').textContent();
  for (const n of ['originatorCode', 'seller', 'arrivalDate']) assert.ok(missing?.includes(n), `popup names ${n}: ${missing}`);
  await popup.locator('#se-arrival').fill('2025-04-10');
  await popup.selectOption('#se-format', 'csv');
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.click('#se-export')]);
  const dir = mkdtempSync(join(tmpdir(), 's321-e2e-popup-'));
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  assert.match(file, /s321-data-pilot-.*\.csv$/);
  const r = await run(process.execPath, ['--import', 'tsx', 'cli/s321.ts', 'validate', '--profile', 'data-pilot', file]).then(
    () => ({ code: 0, out: '' }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  );
  rmSync(dir, { recursive: true, force: true });
  assert.deepEqual(errors, [], 'the popup logged no error');
  assert.equal(r.code, 1);
  for (const n of ['originatorCode', 'seller', 'shipmentInitiator']) assert.match(r.out, new RegExp(`${n}: MISSING_ELEMENT`));
  await popup.close();
});

test('the captured seller order becomes a Data Pilot record that s321 validate rejects, naming the missing elements', { skip, timeout: 60_000 }, async () => {
  const f = FIXTURES.find((x) => x.draft.kind === 'seller-order')!;
  const draft = await captured(f.url);
  const identity = { name: 'Harbour Goods Ltd', originatorCode: 'HGL0001', sellerAccount: 'A1EXAMPLE', address: { line1: '1 Harbour Road', city: 'Leeds', country: 'GB' }, shipFromAddress: { line1: '8 Dock Street', city: 'Leeds', country: 'GB' } };
  const rec = sellerRecordDraft(draft, identity, { mode: 'air' });
  assert.equal(rec.complete, false);
  const dir = mkdtempSync(join(tmpdir(), 's321-e2e-seller-'));
  const file = join(dir, 'orders.ndjson');
  writeFileSync(file, exportRecords([rec], 'ndjson'));
  const r = await run(process.execPath, ['--import', 'tsx', 'cli/s321.ts', 'validate', '--profile', 'data-pilot', file]).then(
    () => ({ code: 0, out: '' }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  );
  rmSync(dir, { recursive: true, force: true });
  assert.equal(r.code, 1);
  // the Etsy order page shows no tracking number: the shipment identifier group is named
  assert.match(r.out, /MISSING_ELEMENT/);
  assert.match(r.out, /shipmentTrackingNumber|houseBillOfLadingNumber|masterBillOfLadingNumber/);
});
