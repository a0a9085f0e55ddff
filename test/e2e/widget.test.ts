// End to end: the BUILT widget (dist-widget/) in headless Chromium, in a plain page and
// in the demo store served on 127.0.0.1 with a strict CSP. Checks the shadow DOM, the property
// API through the bundle's zod-free rule check, that no request leaves 127.0.0.1, and that
// nothing trips the CSP (no inline script, no eval) or throws.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { defaultRules } from '../../core/index.ts';
import { STRINGS } from '../../widget/src/strings.ts';

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
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

let browser: Browser;
let demo: { url: string; close: () => Promise<void> };

before(async () => {
  if (!existsSync(here('../../dist-widget/de-minimis-check.js')) || !existsSync(here('../../dist-widget/de-minimis-check.mjs'))) {
    const r = spawnSync('npx', ['vite', 'build', '-c', 'vite.widget.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
    assert.equal(r.status, 0, 'widget build failed');
  }
  demo = await startDemoServer({ pages: { '/plain.html': here('./widget-plain.html'), '/esm.html': here('./widget-esm.html') } });
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: ARGS });
});

after(async () => {
  await browser?.close();
  await demo?.close();
});

interface Watch {
  page: Page;
  context: BrowserContext;
  offsite: string[];
  errors: string[];
  warnings: string[];
  violations: string[];
}

/** A fresh page that records every request leaving 127.0.0.1 (and blocks it), page errors,
 * console errors and CSP violations. */
async function open(path: string): Promise<Watch> {
  const context = await browser.newContext();
  const origin = new URL(demo.url).origin;
  const w: Watch = { page: await context.newPage(), context, offsite: [], errors: [], warnings: [], violations: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + '/')) return route.continue();
    w.offsite.push(url);
    return route.abort();
  });
  w.page.on('pageerror', (e) => w.errors.push(String(e)));
  w.page.on('console', (m) => {
    if (m.type() === 'error') (/Content Security Policy/.test(m.text()) ? w.violations : w.errors).push(m.text());
    if (m.type() === 'warning') w.warnings.push(m.text());
  });
  await w.page.goto(new URL(path, demo.url).href);
  return w;
}

const state = (p: Page, sel: string) => p.locator(sel).getAttribute('data-state');
const waitState = (p: Page, id: string, s: string) => p.waitForFunction(([i, v]) => document.getElementById(i)?.dataset.state === v, [id, s] as const);

test('renders in the shadow DOM of a plain page from the IIFE, under a strict CSP', async () => {
  const w = await open('/plain.html');
  try {
    const { page } = w;
    await page.locator('#bad[data-state]').waitFor();
    await page.locator('#json[data-state]').waitFor();
    assert.equal(await state(page, '#today'), 'dutiable');
    assert.equal(await state(page, '#y2024'), 'exempt');
    assert.equal(await state(page, '#json'), 'dutiable');
    assert.equal(await state(page, '#bad'), 'error');
    // the shadow root is open and holds the answer (locators pierce it)
    assert.equal(await page.locator('#today [part="badge"]').textContent(), 'Duties apply');
    assert.equal(await page.locator('#y2024 [part="badge"]').textContent(), '免税'); // ASCII-escaped in the bundle, no mojibake
    // the bundle's locale tables are packed (widget/build/pack-strings.ts): the texts are the source's
    assert.equal(await page.locator('#y2024 [part="headline"]').textContent(), STRINGS['zh-Hans'].mean['de-minimis']);
    assert.equal(await page.locator('#y2024 [part="card"]').getAttribute('aria-label'), STRINGS['zh-Hans'].title);
    assert.equal(await page.locator('#today [part="headline"]').textContent(), STRINGS.en.mean.informal);
    assert.match((await page.locator('#json [part="reason"]').textContent())!, /China or Hong Kong/);
    assert.equal(await page.locator('#bad [part="badge"]').textContent(), 'Cannot check this order');
    assert.equal(
      await page.evaluate(() => document.getElementById('today')!.shadowRoot!.querySelector('[role="status"]')!.getAttribute('aria-live')),
      'polite',
    );
    // the disclosure works, and markup from the JSON is text
    await page.locator('#json [part="toggle"]').click();
    assert.equal(await page.locator('#json [part="toggle"]').getAttribute('aria-expanded'), 'true');
    assert.match((await page.locator('#json [part="items"]').textContent())!, /<b>Kettle<\/b>/);
    assert.equal(await page.evaluate(() => document.getElementById('json')!.shadowRoot!.querySelectorAll('b').length), 0);
    // one warning, naming the attribute
    assert.deepEqual(
      w.warnings.filter((t) => t.startsWith('[de-minimis-check]')),
      ['[de-minimis-check] attribute "value": expected a non-negative decimal amount such as "12.50", got "12,50"'],
    );
    // the CSP is really enforced: the page's own inline script was refused, and nothing else was
    assert.equal(await page.evaluate(() => (window as { inlineRan?: boolean }).inlineRan), undefined);
    assert.equal(w.violations.length, 1, `only the test's own inline script may be refused: ${w.violations.join('\n')}`);
    assert.deepEqual(w.errors, []);
    assert.deepEqual(w.offsite, []);
  } finally {
    await w.context.close();
  }
});

test('re-evaluates on attribute and property changes in the built bundle, rules included', async () => {
  const w = await open('/plain.html');
  try {
    const { page } = w;
    await page.locator('#today[data-state]').waitFor();
    // a cart edit through attributes; the decision event reaches the document
    const detail = await page.evaluate(async () => {
      const el = document.getElementById('y2024')!;
      const got = new Promise<unknown>((r) => document.addEventListener('de-minimis-decision', (e) => r((e as CustomEvent).detail), { once: true }));
      el.setAttribute('value', '900.00');
      return got;
    });
    assert.equal((detail as { exempt: boolean }).exempt, false);
    assert.equal(await state(page, '#y2024'), 'dutiable');
    // a replacement rule set through the bundle's zod-free shape check: valid, then broken
    const rules = structuredClone(defaultRules);
    for (const v of rules.versions) if (v.topic === 'commercial' && v.until === '2027-07-01') v.until = '2026-11-01';
    rules.versions.push({
      id: 'restored',
      topic: 'commercial',
      title: 'Restored (test)',
      from: '2026-11-01',
      until: '2027-07-01',
      status: 'available',
      limitUsd: '800.00',
      summary: 'Test.',
      citations: [{ document: 'Test', confidence: 'M' }],
    });
    await page.evaluate((r) => ((document.getElementById('today') as HTMLElement & { rules: unknown }).rules = r), rules);
    await waitState(page, 'today', 'exempt');
    const broken = structuredClone(rules) as unknown as { versions: { citations: unknown[] }[] };
    broken.versions[0].citations = [];
    await page.evaluate((r) => ((document.getElementById('today') as HTMLElement & { rules: unknown }).rules = r), broken);
    await waitState(page, 'today', 'error');
    assert.ok(
      w.warnings.some(
        (t) => t.startsWith('[de-minimis-check] property "rules":') && t.includes('versions[0].citations: every rule needs at least one citation'),
      ),
      w.warnings.join('\n'),
    );
    assert.deepEqual(w.errors, []);
    assert.deepEqual(w.offsite, []);
  } finally {
    await w.context.close();
  }
});

test('works as an ES module too', async () => {
  const w = await open('/esm.html');
  try {
    await w.page.locator('#esm[data-state]').waitFor();
    assert.equal(await state(w.page, '#esm'), 'exempt');
    assert.equal(await w.page.locator('#esm [part="badge"]').textContent(), 'Libre de aranceles'); // lang from <html lang="es">
    assert.deepEqual([w.errors, w.violations, w.offsite], [[], [], []]);
  } finally {
    await w.context.close();
  }
});

test('the demo checkout reacts live to cart edits, shipping and the date, all on 127.0.0.1', async () => {
  const w = await open('/');
  try {
    const { page } = w;
    const widget = page.locator('#duty-check');
    await page.locator('#duty-check[data-state]').waitFor();
    await page.locator('.eras button[data-date="2024-06-03"]').click();
    await waitState(page, 'duty-check', 'exempt');
    assert.equal(await page.locator('#duties').textContent(), 'None expected');
    // more shoes: over $800
    await page.locator('#lines tr').nth(1).locator('.qty').fill('6');
    await waitState(page, 'duty-check', 'dutiable');
    assert.match((await widget.locator('[part="reason"]').textContent())!, /over the \$800\.00 de minimis limit/);
    await page.locator('#lines tr').nth(1).locator('.qty').fill('1');
    await waitState(page, 'duty-check', 'exempt');
    // June 2025: the Chinese-made bottle makes the whole parcel dutiable
    await page.locator('.eras button[data-date="2025-06-02"]').click();
    await waitState(page, 'duty-check', 'dutiable');
    assert.match((await widget.locator('[part="reason"]').textContent())!, /China or Hong Kong/);
    // remove it: duty-free again
    await page.locator('#lines tr').nth(2).locator('.remove').click();
    await waitState(page, 'duty-check', 'exempt');
    // the repeal, by mail, in Spanish
    await page.locator('.eras button[data-date="2027-07-01"]').click();
    await page.locator('#mode').selectOption('postal');
    await page.locator('#lang').selectOption('es');
    await page.waitForFunction(
      () => document.getElementById('duty-check')!.shadowRoot!.querySelector('[part="badge"]')!.textContent === 'Se aplican aranceles',
    );
    assert.equal(await widget.getAttribute('data-state'), 'dutiable');
    // the event's detail is shown to the developer
    assert.match((await page.locator('#event').textContent())!, /"code": "REPEALED"/);
    // a broken price: the neutral state, and the page carries on
    await page.locator('#lines tr').nth(0).locator('.price').fill('');
    await waitState(page, 'duty-check', 'error');
    assert.equal(await page.locator('#duties').textContent(), 'Not available');
    assert.deepEqual([w.errors, w.violations, w.offsite], [[], [], []]);
  } finally {
    await w.context.close();
  }
});

test('the demo summary shows the estimated import charges and a total that includes them', async () => {
  const w = await open('/');
  try {
    const { page } = w;
    await page.locator('#duty-check[data-state]').waitFor();
    await page.locator('#mode').selectOption('express');
    await page.locator('#arrival').fill('2026-11-28');
    // the products go by their HTS numbers with the catalogue's tariff set (el.tariffs): MFN 16% +
    // 20% + 16.5% (6110.11.00, 6404.11.90, 6109.10.00), the forced-labor duty on all three origins,
    // Section 301 list 4A (9903.88.15, 7.5%) on the Chinese T-shirts, no MPF at an express facility:
    // every rate is known, so the estimate is complete (no "at least")
    await page.waitForFunction(() => document.getElementById('duties')!.textContent === '$82.92');
    assert.equal(await page.locator('#total').textContent(), '$369.92');
    const charges = (await page.locator('#duty-check [part="charges"]').textContent())!;
    assert.match(charges, /Estimated US import charges: \$82\.92/);
    assert.doesNotMatch(charges, /at least/);
    const lines = await page
      .locator('#duty-check [part="charge-line"]')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-program'), e.textContent ?? '']));
    // each MFN line names its HTS number and the Section 301 line its Chapter 99 heading
    for (const h of ['6110.11.00', '6404.11.90', '6109.10.00'])
      assert.ok(
        lines.some(([p, t]) => p === 'mfn' && t!.includes(h)),
        `an mfn line naming ${h}: ${JSON.stringify(lines)}`,
      );
    assert.ok(
      lines.some(([p, t]) => p === 'section-301-china' && t!.includes('9903.88.15')),
      JSON.stringify(lines),
    );
    assert.equal(await page.locator('#duty-check [part="charge-note"]').count(), 0);
    await page.locator('.eras button[data-date="2024-06-03"]').click();
    await page.waitForFunction(() => document.getElementById('duties')!.textContent === 'None expected');
    assert.equal(await page.locator('#total').textContent(), '$287.00');
    assert.deepEqual([w.errors, w.violations, w.offsite], [[], [], []]);
  } finally {
    await w.context.close();
  }
});

test('the embed page renders every example without an error', async () => {
  const w = await open('/embed.html');
  try {
    const { page } = w;
    await page.waitForFunction(() => [...document.querySelectorAll('de-minimis-check')].every((e) => (e as HTMLElement).dataset.state));
    const states = await page.evaluate(() => [...document.querySelectorAll('de-minimis-check')].map((e) => (e as HTMLElement).dataset.state));
    assert.equal(states.length, 7);
    assert.ok(!states.includes('error'), states.join(','));
    // the themed examples take the merchant's custom properties
    const bg = await page.evaluate(() => getComputedStyle(document.querySelector('.themed')!.shadowRoot!.querySelector('[part="card"]')!).backgroundColor);
    assert.equal(bg, 'rgb(255, 250, 240)');
    // and the documented theme keeps AA contrast when the shopper's system is dark
    await page.emulateMedia({ colorScheme: 'dark' });
    const ratios = (await page.evaluate(`(() => {
      const lum = (c) => { const [r, g, b] = c.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
      const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
      const root = document.querySelector('.themed').shadowRoot;
      const bg = getComputedStyle(root.querySelector('[part="card"]')).backgroundColor;
      return ['badge', 'headline', 'citation', 'toggle', 'footer'].map((p) => ratio(getComputedStyle(root.querySelector('[part="' + p + '"]')).color, bg));
    })()`)) as number[];
    for (const r of ratios) assert.ok(r >= 4.5, `contrast ${ratios.join(', ')}`);
    assert.deepEqual([w.errors, w.violations, w.offsite], [[], [], []]);
  } finally {
    await w.context.close();
  }
});

test('on a phone (360 and 390 px wide) the demo checkout and the embed page do not scroll sideways, and every select shows its choice', async () => {
  for (const width of [360, 390]) {
    for (const path of ['/', '/embed.html']) {
      const w = await open(path);
      try {
        const { page } = w;
        await page.setViewportSize({ width, height: 844 });
        await page.waitForFunction(() => [...document.querySelectorAll('de-minimis-check')].every((e) => (e as HTMLElement).dataset.state));
        const layout = (await page.evaluate(`(() => {
          const doc = document.documentElement;
          const overflowing = [...document.querySelectorAll('body *')]
            .filter((e) => e.getBoundingClientRect().right > doc.clientWidth + 0.5 && getComputedStyle(e).position !== 'absolute')
            .map((e) => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''));
          const canvas = document.createElement('canvas').getContext('2d');
          const clipped = [...document.querySelectorAll('select')].filter((s) => {
            const cs = getComputedStyle(s);
            canvas.font = cs.font;
            const text = s.selectedOptions[0] ? s.selectedOptions[0].textContent : '';
            const room = s.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 16; // the arrow
            return canvas.measureText(text).width > room;
          }).map((s) => (s.id || s.className) + ': ' + s.clientWidth + 'px');
          const widgets = [...document.querySelectorAll('de-minimis-check')].map((e) => e.getBoundingClientRect().right);
          return { scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, overflowing, clipped, widgetRight: Math.max(...widgets) };
        })()`)) as { scrollWidth: number; clientWidth: number; overflowing: string[]; clipped: string[]; widgetRight: number };
        const where = `${path} at ${width} px`;
        assert.equal(layout.scrollWidth, layout.clientWidth, `${where} scrolls sideways: ${layout.overflowing.slice(0, 5).join(', ')}`);
        assert.deepEqual(layout.clipped, [], `${where}: selects too narrow for their choice`);
        assert.ok(layout.widgetRight <= layout.clientWidth, `${where}: the widget sticks out (${layout.widgetRight} px)`);
        assert.deepEqual([w.errors, w.violations, w.offsite], [[], [], []]);
      } finally {
        await w.context.close();
      }
    }
  }
});
