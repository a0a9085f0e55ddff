// The manifest and the built packages (builds, privacy and security). The
// permission list is asserted exactly, so a new permission is a conscious change to this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { generic } from '../../../extension/adapters/generic.ts';
import { adapters, marketplaceHosts } from '../../../extension/adapters/registry.ts';
import { checkMarketplaceHosts, extensionManifest } from '../../../scripts/extension-manifest.ts';
import { parseMatchPattern } from './match-pattern.ts';

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
/** The supported marketplaces: host permissions only for them, one site adapter each. The
 * build writes the adapters' `hosts` into the manifests (vite.config.ts), so the built manifests,
 * the adapters and this test cannot drift apart; meta.test.ts checks that each adapter's hosts
 * are its own. Everywhere else the extension reads a page only after the user clicks the
 * toolbar button (activeTab). */
const MARKETPLACES = marketplaceHosts();
const built = (dir: string) => existsSync(join(dir, 'manifest.json'));
const skipBuild = (dir: string) => (built(dir) ? false : `${dir}/ is not built (npm run build first)`);
/** Budget for the content script (gzip -9), the code every supported page loads: about 23 kB
 * with the generic adapter alone (zod/mini, polyfill, core money/countries), about 34 kB with
 * the site adapters (33,992 B), about 43 kB with the layered capture (visible price, state
 * JSON), which may add at most 15 kB to the 33,992. Raise it consciously. */
export const CONTENT_SCRIPT_GZIP_BUDGET = 48_992;

test('the committed manifest lists no hosts: the build takes them from the registry', () => {
  assert.deepEqual(manifest.permissions, ['storage', 'activeTab', 'scripting']);
  assert.equal(manifest.host_permissions, undefined);
  assert.equal(manifest.content_scripts.length, 1);
  assert.equal(manifest.content_scripts[0].matches, undefined);
  assert.equal(manifest.optional_permissions, undefined);
  assert.equal(manifest.optional_host_permissions, undefined);
});

test("the marketplace hosts are the site adapters' declared hosts, https, one site each", () => {
  assert.deepEqual(
    MARKETPLACES,
    adapters.flatMap((a) => a.hosts ?? []),
  );
  assert.equal(generic.hosts, undefined, 'the generic adapter runs only after a toolbar click (activeTab)');
  assert.ok(MARKETPLACES.length > 0);
  for (const m of MARKETPLACES) assert.doesNotThrow(() => parseMatchPattern(m), m);
  assert.doesNotThrow(() => checkMarketplaceHosts(MARKETPLACES));
  assert.doesNotMatch(JSON.stringify(MARKETPLACES), /<all_urls>|\*:\/\/\*\/|https:\/\/\*\//, 'no all-sites access: elsewhere only activeTab after a click');
});

test('a pattern beyond one marketplace, or a host list in manifest.json, stops the build', () => {
  for (const bad of [
    ['https://*/*'],
    ['*://*/*'],
    ['https://*.com/*'],
    ['http://www.etsy.com/*'],
    ['*://www.etsy.com/*'],
    ['https://www.etsy.com/*', 'https://www.etsy.com/*'],
    [],
  ]) {
    assert.throws(() => extensionManifest(manifest, bad, 'chrome'), Error, JSON.stringify(bad));
  }
  assert.throws(() => extensionManifest({ ...manifest, host_permissions: ['https://www.etsy.com/*'] }, MARKETPLACES, 'chrome'), /host_permissions/);
  assert.throws(
    () =>
      extensionManifest({ ...manifest, content_scripts: [{ ...manifest.content_scripts[0], matches: ['https://www.etsy.com/*'] }] }, MARKETPLACES, 'chrome'),
    /matches/,
  );
});

for (const [browser, dir] of [
  ['chrome', 'dist'],
  ['firefox', 'dist-firefox'],
] as const) {
  test(`the ${browser} build: permissions exactly storage, activeTab and scripting; hosts and content script matches exactly the marketplaces`, {
    skip: skipBuild(dir),
  }, () => {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    assert.deepEqual(m.permissions, ['storage', 'activeTab', 'scripting']);
    assert.deepEqual(m.host_permissions, MARKETPLACES);
    assert.equal(m.content_scripts.length, 1);
    assert.deepEqual(m.content_scripts[0].matches, MARKETPLACES, 'content script matches = host permissions');
    assert.equal(m.optional_permissions, undefined);
    assert.equal(m.optional_host_permissions, undefined);
    assert.doesNotMatch(JSON.stringify(m), /<all_urls>|\*:\/\/\*\/|https:\/\/\*\//, 'no all-sites access: elsewhere only activeTab after a click');
    // the build writes what extensionManifest gives, apart from the source paths crxjs rewrites
    const planned = extensionManifest(manifest, MARKETPLACES, browser);
    assert.deepEqual(Object.keys(m), Object.keys(planned));
  });
}

test('nothing exposed to pages or other extensions, and extension pages may not connect anywhere', () => {
  assert.equal(manifest.web_accessible_resources, undefined);
  assert.equal(manifest.externally_connectable, undefined);
  const csp: string = manifest.content_security_policy.extension_pages;
  assert.match(csp, /connect-src 'none'/);
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.match(csp, /object-src 'none'/);
});

test('both background keys and the gecko settings Firefox needs', () => {
  assert.equal(manifest.background.service_worker, 'extension/background.ts');
  assert.deepEqual(manifest.background.scripts, ['extension/background.ts']);
  assert.equal(manifest.background.type, 'module');
  assert.match(manifest.browser_specific_settings.gecko.id, /@/);
  assert.deepEqual(manifest.browser_specific_settings.gecko.data_collection_permissions, { required: ['none'] });
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
}

test('adapters are pure: no browser API, no network, no clock, no page globals', () => {
  for (const f of walk('extension/adapters').filter((x) => x.endsWith('.ts'))) {
    const src = readFileSync(f, 'utf8')
      .replace(/\/\/.*$/gm, '')
      .replace(/\/\*[\s\S]*?\*\//g, '');
    assert.doesNotMatch(
      src,
      /webextension-polyfill|\bbrowser\.[a-z]+\.|\bchrome\.[a-z]+\.|\bwindow\.|\blocation\.(href|host|pathname|search)|\bfetch\(|XMLHttpRequest|Date\.now\(|new Date\(\)|globalThis\.|localStorage|sessionStorage/,
      f,
    );
  }
});

test('the Chrome build: module service worker, standalone content script, no exposed files', { skip: skipBuild('dist') }, () => {
  const m = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));
  assert.equal(m.background.scripts, undefined);
  assert.equal(m.background.type, 'module');
  assert.ok(existsSync(join('dist', m.background.service_worker)));
  assert.equal(m.browser_specific_settings, undefined);
  assert.equal(m.web_accessible_resources, undefined);
  const cs = readFileSync(join('dist', m.content_scripts[0].js[0]), 'utf8');
  assert.doesNotMatch(cs, /\bimport\(|^import /m, 'the content script is one self-contained file');
});

test('the Firefox build: background scripts and gecko settings', { skip: skipBuild('dist-firefox') }, () => {
  const m = JSON.parse(readFileSync('dist-firefox/manifest.json', 'utf8'));
  assert.equal(m.background.service_worker, undefined);
  assert.equal(m.background.scripts.length, 1);
  assert.equal(m.browser_specific_settings.gecko.id, manifest.browser_specific_settings.gecko.id);
  assert.equal(m.web_accessible_resources, undefined);
});

test('no built file can make a network request, and none loads remote code', { skip: skipBuild('dist') }, () => {
  for (const dir of ['dist', 'dist-firefox'].filter(built)) {
    for (const f of walk(dir).filter((x) => /\.(js|html)$/.test(x))) {
      const src = readFileSync(f, 'utf8');
      assert.doesNotMatch(src, /\bfetch\(|XMLHttpRequest|new WebSocket|EventSource|sendBeacon|importScripts\(/, f);
      assert.doesNotMatch(src, /<script[^>]+src=["']https?:|import\s*\(?\s*["']https?:/, f);
    }
  }
});

test(`the content script stays within ${CONTENT_SCRIPT_GZIP_BUDGET} bytes gzipped`, { skip: skipBuild('dist') }, () => {
  const m = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));
  const bytes = gzipSync(readFileSync(join('dist', m.content_scripts[0].js[0])), { level: 9 }).length;
  assert.ok(bytes <= CONTENT_SCRIPT_GZIP_BUDGET, `${bytes} bytes`);
});

/** The content script without the countries read from pages in their language: 44,835 B gzip -9
 * on the Chrome build of 2026-12-01, plus what other work of 2026-12-07 added to it, each measured
 * on its own branch (bounded page reading, no regex over uncapped text and no recursion over DOM
 * depth: +1,626; the currency of Chinese marketplaces by domain: +95). Reading countries may add
 * at most 2 KB (measured on its branch: +213). */
export const CONTENT_SCRIPT_BEFORE_COUNTRIES = 44_835 + 1_626 + 95;

test('reading countries from pages grows the content script by no more than 2 KB gzipped', { skip: skipBuild('dist') }, () => {
  const m = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));
  const bytes = gzipSync(readFileSync(join('dist', m.content_scripts[0].js[0])), { level: 9 }).length;
  assert.ok(bytes - CONTENT_SCRIPT_BEFORE_COUNTRIES <= 2048, `${bytes} bytes, ${bytes - CONTENT_SCRIPT_BEFORE_COUNTRIES} more than before`);
});

test('web-ext lint finds no error in the Firefox build', { skip: skipBuild('dist-firefox'), timeout: 120_000 }, async () => {
  let out: string;
  try {
    out = (await promisify(execFile)('npx', ['web-ext', 'lint', '--source-dir', 'dist-firefox', '--output', 'json', '--no-input'], { maxBuffer: 1 << 24 }))
      .stdout;
  } catch (e) {
    out = (e as { stdout: string }).stdout;
  }
  const report = JSON.parse(out.slice(out.indexOf('{')));
  assert.deepEqual(report.errors, []);
  // the one expected warning is preact's innerHTML support (never used: page text is rendered as text)
  for (const w of report.warnings) assert.equal(w.code, 'UNSAFE_VAR_ASSIGNMENT', JSON.stringify(w));
});
