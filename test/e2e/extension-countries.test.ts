// The BUILT extension (dist/) in headless Chromium on the countries of a page (issue 21): a real
// saved shop page that names no country offers the country picker by name, and picking countries
// changes the answer; a Temu page gives China from the page for ships-from and as the site's usual
// origin ("likely", said in the answer); a web page opened without the toolbar click says it can
// be read after one. Pages are served at their real URLs by request routing (no network).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { clickAction, openTab } from './extension-action.ts';
import { pages, REAL_URL } from './extension-pages.ts';
import { extensionArgs } from './chromium-args.ts';

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const DIST = resolve(process.env.S321_EXT_DIST ?? 'dist');
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const served = pages();
const TEMU_URL = 'https://www.temu.com/insulated-water-bottle-g-601000000000001.html';
served.set(TEMU_URL, readFileSync(resolve('test/fixtures/pages/temu/goods.html'), 'utf8'));
const skip = !existsSync(join(DIST, 'manifest.json')) ? 'dist/ is not built (npm run build)' : !existsSync(CHROMIUM) ? `no Chromium at ${CHROMIUM}` : false;
const skipReal = skip || (served.has(REAL_URL) ? false : '../shared/fixtures/pages is absent');

const userDataDir = mkdtempSync(join(tmpdir(), 's321-e2e-countries-'));
let context: BrowserContext;
let sw: Worker;
let extId: string;

before(async () => {
  if (skip) return;
  context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: extensionArgs(DIST) });
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

async function waitForCapture(url: string): Promise<void> {
  const t0 = Date.now();
  while (
    !((await sw.evaluate(async () => (await chrome.storage.local.get('captures')).captures ?? [])) as Array<{ draft: { url: string } }>).some(
      (c) => c.draft.url === url,
    )
  ) {
    if (Date.now() - t0 > 15_000) throw new Error(`no capture of ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
async function openPopup(tabId: number): Promise<Page> {
  const p = await context.newPage();
  p.on('pageerror', (e) => process.stderr.write(`popup error: ${e.message}\n`));
  await p.setViewportSize({ width: 400, height: 680 });
  await p.goto(`chrome-extension://${extId}/extension/popup/popup.html?tab=${tabId}`);
  return p;
}

test('a web page opened without the toolbar click: the popup says a click reads it', { skip }, async () => {
  const { page, tabId } = await openTab(context, sw, REAL_URL);
  const popup = await openPopup(tabId);
  await popup.locator('#page-none').waitFor();
  assert.match((await popup.locator('#page-none').textContent())!, /click the s321 button/);
  await popup.close();
  await page.close();
});

test('a real shop page naming no country offers the picker by name; picking countries changes the answer', { skip: skipReal }, async () => {
  const { page, tabId } = await openTab(context, sw, REAL_URL);
  await clickAction(context, extId, page);
  await waitForCapture(REAL_URL);
  const popup = await openPopup(tabId);
  await popup.locator('#page-title').waitFor();
  await popup.locator('#f-arrival').fill('2026-11-28');
  // no country on the page and none guessed (wayfair.com): no answer yet, and the picker asks by name
  await popup.locator('#decision-missing').waitFor();
  assert.match((await popup.locator('#decision-missing').textContent())!, /type its name/);
  const origin = popup.locator('#f-origin');
  assert.equal(await origin.inputValue(), '');
  assert.equal(await origin.getAttribute('placeholder'), null, 'no placeholder that looks filled in');
  assert.equal(await origin.getAttribute('role'), 'combobox');
  assert.match((await popup.locator('#f-origin-hint').textContent())!, /does not say/);
  assert.equal(await popup.locator('#decision').count(), 0);
  // typing part of the name finds the country; the keyboard picks it
  await origin.pressSequentially('Chi');
  await popup.locator('#f-origin-list [role="option"][data-code="CN"]').waitFor();
  assert.equal(await popup.locator('#f-origin-list [role="option"]').first().textContent(), 'China');
  await origin.press('Enter');
  assert.equal(await origin.inputValue(), 'China');
  // the origin is known, the ships-from is not: both answers, and the question
  await popup.locator('#decision-ships-from').waitFor();
  const shipFrom = popup.locator('#f-shipfrom');
  await shipFrom.pressSequentially('Chin');
  await shipFrom.press('Enter');
  // now one answer: after the suspension of de minimis duties apply; in plain words first
  await popup.locator('#decision[data-exempt="false"]').waitFor();
  assert.match((await popup.locator('#decision .headline').textContent())!, /^You will probably pay/);
  assert.match((await popup.locator('#decision .de-minimis').textContent())!, /De minimis is/);
  assert.equal(await popup.locator('#decision-missing').count(), 0);
  // shipped from inside the US instead: the answer changes again
  await shipFrom.fill('');
  await shipFrom.pressSequentially('United St');
  await popup.locator('#f-shipfrom-list [role="option"][data-code="US"]').waitFor();
  await popup.locator('#f-shipfrom-list [role="option"][data-code="US"]').dispatchEvent('mousedown');
  await popup.locator('#decision[data-code="NOT_AN_IMPORT"]').waitFor();
  await popup.screenshot({ path: resolve('test-results/extension-popup-countries.png') }).catch(() => undefined);
  await popup.close();
  await page.close();
});

test('a Temu page: ships from China from the page, origin China likely from the site, and the answer says it guessed', { skip }, async () => {
  const page = await context.newPage();
  await page.goto(TEMU_URL);
  await waitForCapture(TEMU_URL);
  const tabId = (await sw.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? -1, TEMU_URL)) as number;
  const popup = await openPopup(tabId);
  await popup.locator('#page-title').waitFor();
  assert.equal(await popup.locator('#f-shipfrom').inputValue(), 'China');
  assert.equal(await popup.locator('#f-shipfrom-hint').textContent(), 'From the page');
  assert.equal(await popup.locator('#f-origin').inputValue(), 'China');
  assert.match((await popup.locator('#f-origin-hint').textContent())!, /^Likely: a guess from the site \(temu\.com\)/);
  await popup.locator('#f-arrival').fill('2026-11-28');
  await popup.locator('#decision[data-exempt="false"]').waitFor();
  assert.match((await popup.locator('#decision .how-sure').textContent())!, /Made in China: guessed from the site/);
  // added to the orders, its mark says in words what it means (title and accessible name)
  await popup.locator('#add').click();
  const mark = popup.locator('.day[data-day="2026-11-28"] li[data-item] .mark');
  await mark.waitFor();
  assert.equal(await mark.textContent(), '!');
  assert.equal(await mark.getAttribute('aria-label'), 'Duties likely');
  assert.equal(await mark.getAttribute('title'), 'Duties likely');
  await popup.screenshot({ path: resolve('test-results/extension-popup-temu.png') }).catch(() => undefined);
  await popup.close();
  await page.close();
});
