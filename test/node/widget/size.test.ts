// Size budget of the widget's IIFE: Preact, the core's evaluate path, the rules, the charges
// estimate with its tariff data, and the locale tables, gzip level 9. docs/widget.md "Size" says
// where the bytes go and what each feature cost. The budget is the measured size rounded up to
// the next 256 bytes, so any growth beyond it fails here and has to be argued for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_GZIP_BYTES = 40_960; // 160 x 256: measured 40,716 after one of each (issue of 2026-12-07) was merged, 39,506 before it: the one generated checker with its fast accept test (+698; the widget no longer ships a cold copy), one path without FAST twins and one bigint money type (+283), dated law's loader with its overlap and gap checks (+395), the per-number facts of the HTS path (+~390), the data as named generated modules (-529); docs/widget.md "Size"

test(`the IIFE bundle is at most ${BUDGET_GZIP_BYTES} bytes gzipped, with no zod, no eval and ASCII only`, () => {
  // build the current sources into a scratch directory (dist-widget/ may be stale or in use)
  const out = mkdtempSync(join(tmpdir(), 's321-widget-size-'));
  try {
    const r = spawnSync('npx', ['vite', 'build', '-c', 'vite.widget.config.ts', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { encoding: 'utf8' });
    assert.equal(r.status, 0, `widget build failed:\n${r.stdout}\n${r.stderr}`);
    const js = readFileSync(join(out, 'de-minimis-check.js'));
    const gz = gzipSync(js, { level: 9 }).length;
    process.stdout.write(`widget IIFE: ${js.length} bytes raw, ${gz} bytes gzip -9 (budget ${BUDGET_GZIP_BYTES})\n`);
    assert.ok(gz <= BUDGET_GZIP_BYTES, `dist-widget/de-minimis-check.js is ${gz} bytes gzipped, over the budget of ${BUDGET_GZIP_BYTES} bytes`);
    const text = js.toString('latin1');
    // strict CSP: nothing that evaluates strings; no schema library JIT
    assert.doesNotMatch(text, /new Function|\beval\(/);
    assert.doesNotMatch(text, /zod|jitless/i);
    // a page without <meta charset> must not garble the widget
    assert.ok(
      js.every((b) => b < 0x80),
      'the IIFE must be pure ASCII',
    );
    // no network API in the widget
    assert.doesNotMatch(text, /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource/);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
