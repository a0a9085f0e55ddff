#!/usr/bin/env node
// Takes docs/img/demo-checkout.png: the demo checkout in headless Chromium, with the widget's
// reasons open, for the README. Run after a build: `npm run build && node scripts/demo-screenshot.mjs`.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startDemoServer } from './demo-server.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

const out = process.argv[2] ?? 'docs/img/demo-checkout.png';
const demo = await startDemoServer();
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1, colorScheme: 'light' });
  await page.goto(demo.url);
  await page.locator('de-minimis-check[data-state]').waitFor();
  await page.locator('de-minimis-check [part="toggle"]').click();
  await page.locator('de-minimis-check [part="details"]:not([hidden])').waitFor();
  mkdirSync(new URL('../docs/img/', import.meta.url), { recursive: true });
  await page.screenshot({ path: out, fullPage: true });
  process.stdout.write(`wrote ${out}\n`);
} finally {
  await browser.close();
  await demo.close();
}
