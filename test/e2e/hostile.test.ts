// Hostile input against the BUILT extension in headless Chromium: what a page, a backup file or
// a buyer can do to the user's data. Each test is one attack of the review behind the storage
// limits (docs/extension.md, "Storage limits" and "Fair captures"); add new ones here. Pages are
// served at their real URLs by request routing; every other request is aborted.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { MAX_AUTOMATIC_PER_SITE, MAX_ITEMS, STORAGE_QUOTA_BYTES } from '../../extension/storage/schema.ts';
import { backupText, bigItem, FORMULAS, oversizedBackup } from '../node/hostile/fixtures.ts';
import { clickAction, openTab } from './extension-action.ts';
import { extensionArgs } from './chromium-args.ts';

// the extension API inside sw.evaluate() callbacks (they run in the service worker)
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const DIST = resolve(process.env.S321_EXT_DIST ?? 'dist');
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const skip = !existsSync(join(DIST, 'manifest.json')) ? 'dist/ is not built (npm run build)' : !existsSync(CHROMIUM) ? `no Chromium at ${CHROMIUM}` : false;

const PAGES = resolve('test/fixtures/pages');
const SELLER_ORDER_URL = 'https://www.ebay.co.uk/mesh/ord/details?orderid=23-00000-00002';
/** anyone can open a store here; this one rewrites its URL in a loop */
const OPEN_HOST_URL = 'https://flood-store.myshopify.com/products/flood';
/** a supported marketplace (a single-page app) whose page floods in-page navigations */
const MARKETPLACE_FLOOD_URL = 'https://www.temu.com/flood-g-601000000000099.html';
/** not a marketplace: read only after the toolbar click */
const ELSEWHERE_URL = 'https://flood-elsewhere.example/products/first';

/** A product page that, after `delay` ms, moves to `count` new URLs with history.pushState, each
 * with a new product in its JSON-LD and a DOM change (what the content script watches). */
function floodPage(count: number, delay = 300): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Flood</title>
<script type="application/ld+json" id="ld">{"@type":"Product","name":"Flood 0","offers":{"price":"10.00","priceCurrency":"USD"}}</script></head>
<body><h1>Flood 0</h1><script>
let n = 0;
setTimeout(function step() {
  n++;
  history.pushState({}, '', location.pathname.replace(/(-\\d+)?(\\.html)?$/, '-' + n + '$2'));
  document.getElementById('ld').textContent = JSON.stringify({ '@type': 'Product', name: 'Flood ' + n, offers: { price: '10.00', priceCurrency: 'USD' } });
  document.querySelector('h1').textContent = 'Flood ' + n;
  if (n < ${count}) setTimeout(step, 450);
}, ${delay});
</script></body></html>`;
}

/** an eBay seller order page that changes only its #fragment, again and again (issue 22) */
const FRAGMENT_URL = 'https://www.ebay.co.uk/mesh/ord/details?orderid=23-00000-00666';
const FRAGMENTS = 30;
const fragmentHtml = readFileSync(join(PAGES, 'ebay/seller-order.html'), 'utf8').replace(
  '</body>',
  `<script>
let n = 0;
setTimeout(function step() { n++; location.hash = 'f' + n; document.body.dataset.n = String(n); if (n < ${FRAGMENTS}) setTimeout(step, 250); }, 300);
</script></body>`,
);
const sellerOrderHtml = readFileSync(join(PAGES, 'ebay/seller-order.html'), 'utf8').replace(
  '<address>Alex Demo<br>',
  `<address>${FORMULAS[0].replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')}<br>`,
);
const served = new Map<string, string>([
  [SELLER_ORDER_URL, sellerOrderHtml],
  [OPEN_HOST_URL, floodPage(20, 100)],
  [MARKETPLACE_FLOOD_URL, floodPage(25, 100)],
  [ELSEWHERE_URL, floodPage(12, 2500)],
  [FRAGMENT_URL, fragmentHtml],
]);

const userDataDir = mkdtempSync(join(tmpdir(), 's321-hostile-'));
let context: BrowserContext;
let sw: Worker;
let extId: string;

before(async () => {
  if (skip) return;
  context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: extensionArgs(DIST), acceptDownloads: true });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    const body = served.get(url.split('#')[0]);
    if (body !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    return route.abort('blockedbyclient');
  });
  sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extId = new URL(sw.url()).host;
});
after(async () => {
  await context?.close();
  rmSync(userDataDir, { recursive: true, force: true });
});

type Captures = Array<{ automatic?: boolean; draft: { url: string; kind: string } }>;
const captures = (): Promise<Captures> => sw.evaluate(async () => ((await chrome.storage.local.get('captures')).captures ?? []) as never);
async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, timeout = 20_000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() - t0 > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}
/** Every stored key's JSON (keys sorted) and the bytes in use: equal means byte-identical. */
const snapshot = (): Promise<{ json: string; bytes: number }> =>
  sw.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    const json = JSON.stringify(
      Object.keys(all)
        .sort()
        .map((k) => [k, all[k]]),
    );
    return { json, bytes: await chrome.storage.local.getBytesInUse(null) };
  });
async function openOptions(): Promise<Page> {
  const p = await context.newPage();
  await p.goto(`chrome-extension://${extId}/extension/options/options.html`);
  await p.locator('#import-file').waitFor({ state: 'attached' });
  return p;
}
async function importFile(options: Page, text: string): Promise<string> {
  await options.locator('#import-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const status = options.locator('#status');
  await waitFor('the import status', async () => ((await status.textContent()) ?? '').trim() || undefined, 60_000);
  return (await status.textContent())!;
}

describe('hostile input: the built extension in Chromium', { skip }, () => {
  it('a seller order is captured from its marketplace page', async () => {
    const page = await context.newPage();
    await page.goto(SELLER_ORDER_URL);
    await waitFor('the seller order capture', async () => (await captures()).find((c) => c.draft.kind === 'seller-order'));
    await page.close();
  });

  it('a store on a host anyone can register captures nothing by itself, however often it navigates', async () => {
    const page = await context.newPage();
    await page.goto(OPEN_HOST_URL);
    await page.waitForFunction(() => /-20$/.test(location.pathname), undefined, { timeout: 30_000 });
    await new Promise((r) => setTimeout(r, 800));
    assert.deepEqual(
      (await captures()).filter((c) => c.draft.url.includes('myshopify.com')).map((c) => c.draft.url),
      [],
    );
    await page.close();
  });

  it('the manifest asks for no permission and runs no content script on hosts anyone can register', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
      host_permissions?: string[];
      content_scripts?: Array<{ matches?: string[] }>;
    };
    const patterns = [...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((c) => c.matches ?? [])];
    assert.ok(patterns.length > 0);
    assert.deepEqual(
      patterns.filter((p) => p.includes('myshopify')),
      [],
    );
  });

  it('a seller order page that changes only its #fragment keeps one capture, and the other seller order stays', { timeout: 60_000 }, async () => {
    const page = await context.newPage();
    await page.goto(FRAGMENT_URL);
    await page.waitForFunction((n) => document.body.dataset.n === String(n), FRAGMENTS, { timeout: 30_000 });
    await new Promise((r) => setTimeout(r, 1000));
    const all = await captures();
    const mine = all.filter((c) => c.draft.url.startsWith(FRAGMENT_URL));
    assert.equal(mine.length, 1, mine.map((c) => c.draft.url).join(' '));
    assert.ok(
      all.some((c) => c.draft.url === SELLER_ORDER_URL),
      'the first seller order was not pushed out',
    );
    await page.close();
  });

  it('a Shopify store on myshopify.com is read and kept after a toolbar click (activeTab)', { timeout: 60_000 }, async () => {
    const { page } = await openTab(context, sw, OPEN_HOST_URL);
    await clickAction(context, extId, page);
    await waitFor('the clicked Shopify page capture', async () =>
      (await captures()).find((c) => c.draft.url.startsWith('https://flood-store.myshopify.com/') && c.automatic === false),
    );
    await page.close();
  });

  it('a 3 MB backup of a million tiny captures is refused at once, changing nothing', { timeout: 60_000 }, async () => {
    const before = await snapshot();
    const options = await openOptions();
    const text = `{"format":"s321-extension-backup","schemaVersion":1,"captures":[${Array.from({ length: 1_000_000 }, () => '0').join(',')}]}`;
    const t0 = Date.now();
    const status = await importFile(options, text);
    assert.match(status, /"captures" has 1000000 entries, more than the 100000 a backup may hold; nothing was changed/);
    assert.ok(Date.now() - t0 < 15_000, `${Date.now() - t0} ms`);
    assert.deepEqual(await snapshot(), before);
    await options.close();
  });

  it('a marketplace page flooding in-page navigations keeps at most the per-site cap, and the seller order stays', { timeout: 90_000 }, async () => {
    const page = await context.newPage();
    await page.goto(MARKETPLACE_FLOOD_URL);
    await page.waitForFunction(() => /-25\.html$/.test(location.pathname), undefined, { timeout: 60_000 });
    await waitFor('the last flood capture', async () => (await captures()).some((c) => c.draft.url.endsWith('-25.html')));
    const all = await captures();
    assert.equal(all.filter((c) => c.draft.url.includes('temu.com')).length, MAX_AUTOMATIC_PER_SITE);
    assert.ok(
      all.some((c) => c.draft.kind === 'seller-order'),
      'the seller order was not pushed out',
    );
    await page.close();
  });

  it('after a toolbar click the page clicked on is captured, and none of its later in-page navigations', { timeout: 60_000 }, async () => {
    const { page } = await openTab(context, sw, ELSEWHERE_URL);
    await clickAction(context, extId, page);
    await waitFor('the clicked page capture', async () => (await captures()).find((c) => c.draft.url === ELSEWHERE_URL));
    // the page then navigates 12 times (from 2.5 s on)
    await page.waitForFunction(() => /-12$/.test(location.pathname), undefined, { timeout: 30_000 });
    await new Promise((r) => setTimeout(r, 1000));
    const mine = (await captures()).filter((c) => c.draft.url.includes('flood-elsewhere.example'));
    assert.deepEqual(
      mine.map((c) => [c.draft.url, c.automatic]),
      [[ELSEWHERE_URL, false]],
    );
    await page.close();
  });

  it("the popup's CSV export neutralises a formula a buyer put in the ship-to name", async () => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extId}/extension/popup/popup.html`);
    await popup.locator('#se-format').selectOption('csv');
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.locator('#se-export').click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    const rows = parse(text) as string[][];
    const name = rows[0].indexOf('finalDeliverTo.name');
    assert.ok(name >= 0, rows[0].join(','));
    // the first seller order's row (the #fragment page is a second seller order)
    assert.ok(
      rows.slice(1).some((r) => r[name] === `'${FORMULAS[0]}`),
      rows
        .slice(1)
        .map((r) => r[name])
        .join(' | '),
    );
    for (const row of rows.slice(1)) for (const c of row) assert.ok(!/^[=+\-@\t\r]/.test(c) || /^-\d+(\.\d+)?$/.test(c), JSON.stringify(c));
    await popup.close();
  });

  it('a valid 18.4 MB backup imports within the limits, keeps the settings, and says what it left out', { timeout: 120_000 }, async () => {
    const options = await openOptions();
    const text = oversizedBackup({ ...(await sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings)), language: 'en' }, '18MB');
    assert.ok(text.length > 18_000_000 && text.length < 20_000_000);
    const status = await importFile(options, text);
    assert.match(status, /Imported 2000 orders\. 38000 orders left out: at most 2000 orders are kept/);
    const { bytes } = await snapshot();
    assert.ok(bytes < STORAGE_QUOTA_BYTES * 0.8, `${bytes} bytes in use`);
    await options.close();
  });

  it('with the maximum number of orders the popup shows the first rows, the other days on request, and an order can be removed', {
    timeout: 60_000,
  }, async () => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extId}/extension/popup/popup.html`);
    const items = popup.locator('li[data-item]');
    const days = popup.locator('.day[data-day]');
    await waitFor(
      'the orders and their day totals',
      async () => (await days.count()) > 0 && (await popup.locator('.day-total').count()) === (await days.count()),
      30_000,
    );
    const shown = await items.count();
    assert.ok(shown > 0 && shown <= 100, `${shown} rows at open`);
    // every order is reachable: the days not listed say how many orders they hold
    const counts = await popup.locator('button.show-day').allTextContents();
    assert.equal(shown + counts.reduce((n, t) => n + Number(/\d+/.exec(t)![0]), 0), MAX_ITEMS);
    // open the newest order's day (unless it is listed already) and remove the order
    const day = bigItem(39_999).arrival;
    const show = popup.locator(`button.show-day[data-show-day="${day}"]`);
    if ((await show.count()) > 0) await show.click();
    await popup.locator('li[data-item="item-39999"] button').click();
    await waitFor('the order removed', async () => (await popup.locator('li[data-item="item-39999"]').count()) === 0);
    assert.equal(await sw.evaluate(async () => (await chrome.storage.local.get('items')).items.length), MAX_ITEMS - 1);
    await popup.close();
  });

  it('a valid rates table larger than its storage budget is refused, changing nothing', { timeout: 60_000 }, async () => {
    const before = await snapshot();
    const currencies = [
      'EUR',
      'GBP',
      'JPY',
      'CNY',
      'CAD',
      'AUD',
      'CHF',
      'SEK',
      'NOK',
      'DKK',
      'PLN',
      'CZK',
      'HUF',
      'MXN',
      'BRL',
      'INR',
      'KRW',
      'SGD',
      'HKD',
      'NZD',
    ];
    const table = Object.fromEntries(
      currencies.map((c) => [
        c,
        Array.from({ length: 600 }, (_, i) => ({
          date: new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
          kind: 'daily',
          unitsPerUsd: '1.2345',
        })),
      ]),
    );
    const options = await openOptions();
    await options.locator('#rates-file').setInputFiles({ name: 'rates.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(table)) });
    const status = options.locator('#status');
    await waitFor('the rates status', async () => ((await status.textContent()) ?? '').trim() || undefined);
    assert.match((await status.textContent())!, /the rates table takes 0\.7 MB, over the 0\.5 MB kept for it; nothing was changed/);
    assert.deepEqual(await snapshot(), before);
    await options.close();
  });

  it('an import that does not fit leaves storage byte-identical', { timeout: 120_000 }, async () => {
    // something else holds the rest of the quota but 200 KB; the backup alone is within the
    // limits, and about 700 KB larger than the orders it replaces
    const free = STORAGE_QUOTA_BYTES - (await snapshot()).bytes;
    await sw.evaluate(async (n) => chrome.storage.local.set({ padding: 'p'.repeat(n) }), free - 200_000);
    const before = await snapshot();
    const options = await openOptions();
    const text = backupText(
      {
        settings: await sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings),
        items: Array.from({ length: MAX_ITEMS }, (_, i) => bigItem(100_000 + i, 500)),
      },
      false,
    );
    const status = await importFile(options, text);
    assert.match(status, /could not be stored, nothing was changed: .*quota/i);
    const after = await snapshot();
    assert.equal(after.bytes, before.bytes);
    assert.ok(after.json === before.json, 'storage is byte-identical');
    await options.close();
    await sw.evaluate(async () => chrome.storage.local.remove('padding'));
  });
});
