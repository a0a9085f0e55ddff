#!/usr/bin/env node
// Builds and packages the browser extension for both stores in one command:
//   node scripts/package-extension.mjs [--no-build]
// 1. vite build for Chrome (dist/) and Firefox (dist-firefox/) — always a fresh production build,
//    because the crxjs dev server writes a localhost loader into dist/;
// 2. `web-ext lint` on dist-firefox: any error stops here;
// 3. zips: dist-packages/s321-extension-chrome-<version>.zip (Chrome Web Store),
//    dist-packages/s321-extension-firefox-<version>.zip (addons.mozilla.org), and
//    dist-packages/s321-extension-source-<version>.zip (the source AMO asks for bundled code).
// Everything runs locally; nothing is uploaded.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const OUT = 'dist-packages';
const args = new Set(process.argv.slice(2));
const version = JSON.parse(readFileSync('manifest.json', 'utf8')).version;

function run(cmd, argv, env = {}) {
  const r = spawnSync(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env }, encoding: 'utf8' });
  return { code: r.status ?? 1, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}
function fail(message, detail = '') {
  process.stderr.write(`package-extension: ${message}\n${detail}`);
  process.exit(1);
}

if (!args.has('--no-build')) {
  for (const target of ['chrome', 'firefox']) {
    process.stdout.write(`build: ${target}\n`);
    const r = run('npx', ['vite', 'build', '-c', 'vite.config.ts', '--logLevel', 'warn'], { TARGET_BROWSER: target });
    if (r.code !== 0) fail(`the ${target} build failed`, r.out);
  }
}
for (const dir of ['dist', 'dist-firefox']) {
  const m = join(dir, 'manifest.json');
  if (!existsSync(m)) fail(`${m} is missing: build first (or drop --no-build)`);
  if (
    /localhost:\d+|@vite\/client/.test(
      readFileSync(m, 'utf8') + (existsSync(join(dir, 'service-worker-loader.js')) ? readFileSync(join(dir, 'service-worker-loader.js'), 'utf8') : ''),
    )
  ) {
    fail(`${dir} holds a dev-server build (it loads code from localhost); run without --no-build`);
  }
}

process.stdout.write('lint: web-ext lint dist-firefox\n');
const lint = run('npx', ['web-ext', 'lint', '--source-dir', 'dist-firefox', '--output', 'json', '--no-input']);
let report;
try {
  report = JSON.parse(lint.out.slice(lint.out.indexOf('{')));
} catch {
  fail('could not read the web-ext lint report', lint.out);
}
if (report.errors.length > 0)
  fail(`web-ext lint: ${report.errors.length} error(s)`, report.errors.map((e) => `  ${e.code} ${e.file ?? ''}: ${e.message}\n`).join(''));
process.stdout.write(
  `lint: 0 errors, ${report.warnings.length} warning(s)${report.warnings.length ? ` (${[...new Set(report.warnings.map((w) => w.code))].join(', ')})` : ''}\n`,
);

mkdirSync(OUT, { recursive: true });
const made = [];
for (const [dir, store] of [
  ['dist', 'chrome'],
  ['dist-firefox', 'firefox'],
]) {
  const name = `s321-extension-${store}-${version}.zip`;
  rmSync(join(OUT, name), { force: true });
  const r = run('npx', ['web-ext', 'build', '--source-dir', dir, '--artifacts-dir', OUT, '--filename', name, '--overwrite-dest', '--no-input']);
  if (r.code !== 0 || !existsSync(join(OUT, name))) fail(`zipping ${dir} failed`, r.out);
  made.push(join(OUT, name));
}
const src = join(OUT, `s321-extension-source-${version}.zip`);
const g = run('git', ['archive', '--format=zip', '-o', src, 'HEAD']);
if (g.code === 0) made.push(src);
else process.stdout.write(`source zip skipped (git archive: ${g.out.trim().split('\n')[0]})\n`);
for (const f of made) process.stdout.write(`package: ${f} (${statSync(f).size} bytes)\n`);
