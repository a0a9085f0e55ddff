// The BUILT Firefox extension (dist-firefox/) in Firefox ESR via puppeteer-core (WebDriver BiDi).
// What this machine's tooling allows: the add-on installs from the build with
// its gecko id, and supported marketplace pages (served at their real URLs by request
// interception, no network) load with the content script present and nothing visible added.
// What it does not allow, and is therefore covered by the Chromium end-to-end test only: opening
// the popup. Firefox's WebDriver BiDi refuses `browsingContext.navigate` to moz-extension:// URLs
// ("Navigation ... is not allowed in this context"), and the add-on's storage is not reachable
// from outside, so capture and persistence cannot be observed here without a test-only hook
// (which this project does not ship).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { HOSTILE_URL, MUG_URL, pages } from './extension-pages.ts';

const DIST = resolve('dist-firefox');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
let skip: string | false = !existsSync(join(DIST, 'manifest.json'))
  ? 'dist-firefox/ is not built (npm run build)'
  : !existsSync(FIREFOX)
    ? `Firefox ESR not installed at ${FIREFOX}`
    : false;
const served = pages();
let browser: Browser | undefined;
let installedId = '';

before(async () => {
  if (skip) return;
  try {
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  } catch (e) {
    skip = `Firefox could not start here: ${String((e as Error).message).split('\n')[0]}`;
    return;
  }
  installedId = await browser.installExtension(DIST);
});
after(async () => {
  await browser?.close().catch(() => undefined);
});

test('Firefox ESR installs the built add-on under its gecko id', { timeout: 60_000 }, (t) => {
  if (skip) return t.skip(skip);
  const m = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
  assert.equal(installedId, m.browser_specific_settings.gecko.id);
});

test('Firefox ESR: product and hostile pages load at their marketplace URLs with nothing added to them', { timeout: 60_000 }, async (t) => {
  if (skip) return t.skip(skip);
  for (const url of [MUG_URL, HOSTILE_URL]) {
    const page = await browser!.newPage();
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const body = served.get(req.url().split('#')[0]);
      if (body !== undefined) void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
      else void req.abort();
    });
    await page.goto(url);
    await new Promise((r) => setTimeout(r, 1000)); // document_idle + one extraction
    assert.equal(await page.$$eval('s321-badge, [data-s321]', (x) => x.length), 0, `${url}: the badge is off by default`);
    assert.equal((await page.$$eval('body *', (x) => x.length)) > 0, true);
    await page.close();
  }
  t.diagnostic('popup and capture are not observable in Firefox through WebDriver BiDi (see the file comment); the Chromium e2e covers them');
});
