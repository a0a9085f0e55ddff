// The BUILT extension (dist/) captures marketplace pages with the issue-6 site adapters, end to
// end in headless Chromium: hand-made fixtures are served at their real URLs by request routing
// (every other request is aborted), the content script extracts in the page and the background
// stores the draft; each stored draft must equal the fixture's expected draft (the one Node and
// WTR give). The captured seller order then becomes a Data Pilot record (extension/seller) and
// `s321 validate` rejects it naming the missing elements.
// Every fixture on a supported marketplace host is captured without a click (the manifest's
// content-script matches are the adapters' hosts), except on hosts anyone can register
// (myshopify.com: captured when the user opens the popup on it); a Shopify storefront on its own domain is
// read after the toolbar click (activeTab; extension-action.ts), and a page that is not a
// product or an order (Temu's cart) is not captured at all.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import type { Draft } from '../../extension/adapters/types.ts';
import { patternMatches } from '../node/extension/match-pattern.ts';
import { allSiteFixtures, SITES } from '../node/extension/adapters/fixtures.ts';
import { clickAction, openTab } from './extension-action.ts';
import { isOpenRegistrationHost } from '../../extension/capture-policy.ts';
import { exportRecords } from '../../extension/seller/export.ts';
import { sellerRecordDraft } from '../../extension/seller/records.ts';
import { extensionArgs } from './chromium-args.ts';

/** the extension API inside the service worker (evaluated there, typed here) */
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

// S321_EXT_DIST: test another build of the extension (default: dist/, what `npm run build` makes)
const DIST = resolve(process.env.S321_EXT_DIST ?? 'dist');
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const manifest = existsSync(join(DIST, 'manifest.json'))
  ? (JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ matches: string[] }> })
  : null;
const skip = !manifest ? 'dist/ is not built (npm run build)' : !existsSync(CHROMIUM) ? `no Chromium at ${CHROMIUM}` : false;
const run = promisify(execFile);

const matches = manifest ? manifest.content_scripts.flatMap((c) => c.matches) : [];
const onMarketplace = (url: string) => matches.some((m) => patternMatches(m, url));
const ALL = allSiteFixtures().map((f) => ({ name: `${f.site}/${f.name}`, url: f.url, draft: f.draft, html: f.html }));
/** product and order pages on supported marketplace hosts: captured on load */
const FIXTURES = ALL.filter((f) => onMarketplace(f.url) && f.draft.kind !== 'other');
/** pages elsewhere (a storefront on its own domain): captured only after the toolbar click */
const ELSEWHERE = ALL.filter((f) => !onMarketplace(f.url));
/** pages that are neither a product nor an order: never captured */
const OTHER = ALL.filter((f) => onMarketplace(f.url) && f.draft.kind === 'other');
const served = new Map(ALL.map((f) => [f.url, f.html]));
const userDataDir = mkdtempSync(join(tmpdir(), 's321-e2e-adapters-'));
let context: BrowserContext;
let sw: Worker;

async function captureList(): Promise<Array<{ id: string; draft: Draft }>> {
  return (await sw.evaluate(async () => ((await chrome.storage.local.get('captures')).captures ?? []) as never)) as Array<{ id: string; draft: Draft }>;
}
/** the draft stored for `url`; with `notId`, a newer capture than that one (the store keeps one per URL) */
async function captured(url: string, timeout = 20_000, notId?: string): Promise<Draft> {
  const t0 = Date.now();
  for (;;) {
    const list = await captureList();
    const c = list.find((x) => x.draft.url === url && x.id !== notId);
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
    args: extensionArgs(DIST),
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

test('the fixtures cover every site on a marketplace host, and the storefront on its own domain elsewhere', { skip }, () => {
  const sites = new Set(FIXTURES.map((f) => f.draft.adapter));
  // Shopify has no marketplace host: anyone can open a store on myshopify.com, so it gets no
  // content-script match (issue 22); its pages are read after the toolbar click, below
  for (const id of SITES)
    assert.ok(sites.has(id) || (id === 'shopify' && ELSEWHERE.some((f) => f.draft.adapter === id)), `no ${id} fixture on a marketplace host`);
  for (const kind of ['product', 'order', 'seller-order'])
    assert.ok(
      FIXTURES.some((f) => f.draft.kind === kind),
      kind,
    );
  assert.ok(ELSEWHERE.some((f) => f.name === 'shopify/product-custom-domain'));
  assert.deepEqual(
    ELSEWHERE.filter((f) => f.draft.adapter !== 'shopify').map((f) => f.name),
    [],
  );
  assert.deepEqual(
    OTHER.map((f) => f.name),
    ['temu/cart'],
  );
});

for (const f of FIXTURES) {
  test(`the built extension captures ${f.name} with the ${f.draft.adapter} adapter, as Node and WTR read it`, { skip, timeout: 60_000 }, async () => {
    // two AliExpress fixtures share one URL (the same item, ship-from chosen or not): serve this one
    served.set(f.url, f.html);
    const previous = (await captureList()).find((x) => x.draft.url === f.url)?.id;
    const page = await context.newPage();
    await page.goto(f.url);
    let popup: Awaited<ReturnType<BrowserContext['newPage']>> | undefined;
    if (isOpenRegistrationHost(new URL(f.url).hostname)) {
      // anyone can open a store here: nothing by itself, the page is captured when the user asks
      await assert.rejects(captured(f.url, 1500, previous), /no capture/, 'not captured before the user asks');
      const tabId = (await sw.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? -1, f.url)) as number;
      popup = await context.newPage();
      await popup.goto(`chrome-extension://${new URL(sw.url()).host}/extension/popup/popup.html?tab=${tabId}`);
    }
    const draft = await captured(f.url, 20_000, previous);
    assert.deepEqual(draft, f.draft);
    await popup?.close();
    await page.close();
  });
}

test("a page that is neither a product nor an order (Temu's cart) is not captured", { skip, timeout: 30_000 }, async () => {
  for (const f of OTHER) {
    const page = await context.newPage();
    await page.goto(f.url);
    await captured(FIXTURES[0].url); // the store is reachable and written by then
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(
      (await captureList()).some((c) => c.draft.url === f.url),
      false,
      f.name,
    );
    await page.close();
  }
});

for (const f of ELSEWHERE) {
  test(`${f.name} (${new URL(f.url).host}) is read only after the toolbar click, with the ${f.draft.adapter} adapter`, { skip, timeout: 60_000 }, async () => {
    const { page } = await openTab(context, sw, f.url);
    await new Promise((r) => setTimeout(r, 1000));
    await assert.rejects(captured(f.url, 500), /no capture/, 'not captured before the click');
    await clickAction(context, new URL(sw.url()).host, page);
    assert.deepEqual(await captured(f.url), f.draft);
    await page.close();
  });
}

test("a shopper order page feeds the popup's same-day total: its lines join core's one batch with the order id", { skip, timeout: 60_000 }, async () => {
  const f = FIXTURES.find((x) => x.name === 'amazon/order')!;
  const extId = new URL(sw.url()).host;
  const page = await context.newPage();
  await page.goto(f.url);
  await captured(f.url);
  const tabId = (await sw.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? -1, f.url)) as number;
  assert.ok(tabId > 0);
  const popup = await context.newPage();
  const errors: string[] = [];
  popup.on('pageerror', (e) => errors.push(String(e)));
  await popup.goto(`chrome-extension://${extId}/extension/popup/popup.html?tab=${tabId}`);
  await popup.locator('#page-order').waitFor();
  assert.equal(await popup.locator('#page-order').getAttribute('data-order-id'), f.draft.orderId);
  assert.equal(await popup.locator('#order-lines li').count(), 2);
  // the page states neither where the goods come from nor when they arrive: nothing is guessed
  await popup.locator('#order-missing').waitFor();
  assert.equal(await popup.locator('#add-order').isDisabled(), true);
  await popup.locator('#o-origin').fill('CN');
  await popup.locator('#o-shipfrom').fill('CN');
  await popup.locator('#o-arrival').fill('2025-03-05');
  await popup.locator('#order-decision[data-code="DE_MINIMIS_WITHIN_LIMIT"]').waitFor();
  await popup.locator('#add-order').click();
  // 2 x 11.50 + 18.49: the lines' value, not the page's total with shipping and tax (44.28)
  await popup.locator('.day[data-day="2025-03-05"] li[data-item]').nth(1).waitFor();
  assert.match((await popup.locator('.day[data-day="2025-03-05"] .day-total').textContent())!, /\$41\.49.*\$800\.00/);
  const items = (await sw.evaluate(async () => (await chrome.storage.local.get('items')).items)) as Array<{
    orderId?: string;
    quantity: number;
    arrival: string;
  }>;
  assert.deepEqual(
    items.map((i) => [i.orderId, i.quantity, i.arrival]),
    [
      [f.draft.orderId, 2, '2025-03-05'],
      [f.draft.orderId, 1, '2025-03-05'],
    ],
  );
  // another captured order waits for its arrival day; used from the list, it joins the same day
  const etsy = ALL.find((x) => x.name === 'etsy/receipt')!;
  await popup.locator(`#pending-orders [data-pending-order="${etsy.draft.orderId}"] button`).click();
  await popup.locator(`#page-order[data-order-id="${etsy.draft.orderId}"]`).waitFor();
  await popup.locator('#o-origin').fill('PT');
  await popup.locator('#o-shipfrom').fill('PT');
  await popup.locator('#o-arrival').fill('2025-03-05');
  await popup.locator('#order-missing').waitFor(); // Etsy's "$" names no currency
  await popup.locator('#o-currency').fill('USD');
  await popup.locator('#order-decision').waitFor();
  await popup.locator('#add-order').click();
  await popup.locator('.day[data-day="2025-03-05"] li[data-item]').nth(2).waitFor();
  assert.match((await popup.locator('.day[data-day="2025-03-05"] .day-total').textContent())!, /\$77\.49/);
  assert.equal(await popup.locator(`#pending-orders [data-pending-order="${etsy.draft.orderId}"]`).count(), 0);
  assert.deepEqual(errors, []);
  await popup.close();
  await page.close();
});

test('the popup lists the captured seller order with its missing elements and exports it; s321 validate names them', { skip, timeout: 90_000 }, async () => {
  const f = FIXTURES.find((x) => x.name === 'etsy/shop-manager-order')!;
  await captured(f.url);
  const extId = new URL(sw.url()).host;
  const popup = await context.newPage();
  const errors: string[] = [];
  popup.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  popup.on('pageerror', (e) => errors.push(String(e)));
  await popup.goto(`chrome-extension://${extId}/extension/popup/popup.html`);
  const row = popup.locator(`#seller-export [data-seller-order="${f.draft.orderId}"]`);
  await row.waitFor({ timeout: 20_000 });
  // the row names the marketplace as its adapter declares it
  assert.match((await row.locator('.t').textContent()) ?? '', new RegExp(`^Etsy ${f.draft.orderId}`));
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
  const f = FIXTURES.find((x) => x.name === 'etsy/shop-manager-order')!;
  const draft = await captured(f.url);
  const identity = {
    name: 'Harbour Goods Ltd',
    originatorCode: 'HGL0001',
    sellerAccount: 'A1EXAMPLE',
    address: { line1: '1 Harbour Road', city: 'Leeds', country: 'GB' },
    shipFromAddress: { line1: '8 Dock Street', city: 'Leeds', country: 'GB' },
  };
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
