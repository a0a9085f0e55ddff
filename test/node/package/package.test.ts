// The package as a user gets it: `npm pack`, the tarball installed into an empty project outside
// the repository (so nothing resolves to the repository's own files or node_modules), then used
// from plain Node (ES modules and CommonJS), from a TypeScript consumer, from the command line and
// from a Vite build of a page. The README's library examples are run as written.
// The consumer project installs zod, the package's one dependency, at the version this repository
// tests with (so the result does not depend on the day's newest zod), from npm's cache when
// `npm ci` has filled it (--prefer-offline).
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const consumerFiles = join(root, 'test', 'package', 'consumer');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const work = mkdtempSync(join(tmpdir(), 's321-package-'));
const project = join(work, 'consumer');

function run(cmd: string, args: string[], options: SpawnSyncOptions = {}) {
  const r = spawnSync(cmd, args, { cwd: project, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' }, ...options });
  return { code: r.status, out: String(r.stdout ?? ''), err: String(r.stderr ?? '') };
}
function ok(r: { code: number | null; out: string; err: string }, what: string) {
  assert.equal(r.code, 0, `${what} failed (exit ${r.code}):\n${r.err || r.out}`);
  return r;
}

/** The README's fenced block whose info string is `lang tag`. */
function readmeBlock(lang: string, tag: string): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const m = new RegExp('```' + lang + ' ' + tag + '\\n([\\s\\S]*?)\\n```').exec(readme);
  assert.ok(m, `README.md has no \`\`\`${lang} ${tag} block`);
  return m[1];
}

let tarball = '';
let packed: { path: string }[] = [];

before(() => {
  const needed = ['dist-lib/core/index.js', 'dist-cli/s321.mjs', 'dist-widget/de-minimis-check.mjs'];
  if (!needed.every((f) => existsSync(join(root, f)))) {
    for (const part of ['cli', 'lib', 'widget']) ok(run(process.execPath, ['scripts/build.mjs', part], { cwd: root }), `npm run build -- ${part}`);
  }
  // the builds above are current: skip `prepack` (which builds them again)
  const pack = ok(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root }), 'npm pack');
  const [info] = JSON.parse(pack.out) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, info.filename);
  packed = info.files;
  cpSync(consumerFiles, project, { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const zod = JSON.parse(readFileSync(join(root, 'node_modules', 'zod', 'package.json'), 'utf8')).version;
  ok(run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel', 'error', tarball, `zod@${zod}`]), 'npm install of the tarball');
});
after(() => rmSync(work, { recursive: true, force: true }));

describe('the packed tarball', () => {
  it('holds the built files, README, licence and changelog, and no source or tests', () => {
    const paths = packed.map((f) => f.path);
    const allowed =
      /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|bin\/s321\.mjs|dist-cli\/s321\.mjs|dist-widget\/de-minimis-check\.m?js|dist-lib\/.+\.(js|js\.map|d\.ts|json))$/;
    assert.deepEqual(
      paths.filter((p) => !allowed.test(p)),
      [],
    );
    for (const p of [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'bin/s321.mjs',
      'dist-cli/s321.mjs',
      'dist-lib/core/index.js',
      'dist-lib/core/index.d.ts',
      'dist-lib/schemas/request.json',
    ]) {
      assert.ok(paths.includes(p), `${p} is missing from the tarball`);
    }
  });

  it('installs without running any script of its own (no prepare, install or postinstall; prepack runs only for whoever packs)', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules', 's321', 'package.json'), 'utf8'));
    const lifecycle = ['preinstall', 'install', 'postinstall', 'prepare'];
    assert.deepEqual(
      Object.keys(manifest.scripts ?? {}).filter((s) => lifecycle.includes(s)),
      [],
    );
    assert.equal(manifest.private, undefined);
    assert.deepEqual(Object.keys(manifest.dependencies), ['zod']);
  });

  it('has a semver version with its own section in CHANGELOG.md', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules', 's321', 'package.json'), 'utf8'));
    assert.match(manifest.version, /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
    const changelog = readFileSync(join(project, 'node_modules', 's321', 'CHANGELOG.md'), 'utf8');
    assert.match(
      changelog,
      new RegExp(`^## ${manifest.version.replace(/\./g, '\\.')} \\(\\d{4}-\\d{2}-\\d{2}\\)$`, 'm'),
      `CHANGELOG.md has no "## ${manifest.version} (date)" section`,
    );
  });

  it('names types and code for every entry of its exports map, and every file exists', () => {
    const dir = join(project, 'node_modules', 's321');
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    for (const [entry, target] of Object.entries(manifest.exports as Record<string, string | Record<string, string>>)) {
      if (typeof target === 'string') continue;
      assert.deepEqual(Object.keys(target), ['types', 'default'], `exports["${entry}"]`);
      for (const file of Object.values(target)) assert.ok(existsSync(join(dir, file)), `exports["${entry}"] names ${file}, which is not in the package`);
    }
  });
});

describe('an installed s321', () => {
  it('decides a shipment in plain Node: the README example prints what the README says', () => {
    writeFileSync(join(project, 'readme-node.mjs'), readmeBlock('js', 'node'));
    const r = ok(run(process.execPath, ['readme-node.mjs']), 'the README Node example');
    assert.equal(r.out.trim(), readmeBlock('text', 'node-output').trim());
  });

  it('serves CommonJS through require() on Node >= 20.19', () => {
    const r = ok(run(process.execPath, ['require.cjs']), 'require("s321")');
    assert.equal(r.out.trim(), 'true 200.00');
  });

  it('gives the JSON Schemas as files, identical to what `s321 schema` prints', () => {
    const dir = join(project, 'node_modules', 's321', 'dist-lib', 'schemas');
    const names = readdirSync(dir).sort();
    assert.ok(names.includes('data-pilot-online-marketplace.json') && names.includes('type86.json') && names.includes('rules.json'), names.join(', '));
    const cases: [string, string[]][] = [
      ['request.json', ['schema', 'request']],
      ['rules.json', ['schema', 'rules']],
      ['rates.json', ['schema', 'rates']],
      ['tariffs.json', ['schema', 'tariffs']],
      ['type86.json', ['schema', 'type86']],
      ['data-pilot-carrier.json', ['schema', 'data-pilot', '--participant', 'CARRIER']],
    ];
    for (const [file, args] of cases) {
      const printed = ok(run(join(project, 'node_modules', '.bin', 's321'), args), `s321 ${args.join(' ')}`).out;
      assert.deepEqual(JSON.parse(readFileSync(join(dir, file), 'utf8')), JSON.parse(printed), file);
    }
    const r = ok(
      run(process.execPath, ['--input-type=module', '-e', "import s from 's321/schemas/request.json' with { type: 'json' }; console.log(s.$id)"]),
      'importing a schema by its package path',
    );
    assert.match(r.out, /^urn:s321:schema:/);
  });

  it('type-checks TypeScript consumers (ES module and CommonJS) of s321, s321/records, s321/widget and a schema', () => {
    ok(run(bin('tsc'), ['-p', 'tsconfig.json']), 'tsc on the consumer');
  });

  it("type-checks the README's TypeScript and Node examples unchanged under strict and exactOptionalPropertyTypes", () => {
    writeFileSync(join(project, 'readme-strict.ts'), readmeBlock('ts', 'strict'));
    writeFileSync(join(project, 'readme-node-as-ts.ts'), readmeBlock('js', 'node'));
    writeFileSync(
      join(project, 'tsconfig.readme.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2022', 'DOM'],
          strict: true,
          exactOptionalPropertyTypes: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['readme-strict.ts', 'readme-node-as-ts.ts'],
      }),
    );
    ok(run(bin('tsc'), ['-p', 'tsconfig.readme.json']), 'tsc on the README examples');
    // and it runs: its output is the engine's
    const r = ok(run(bin('tsc'), ['-p', 'tsconfig.readme.json', '--noEmit', 'false', '--outDir', 'readme-out']), 'tsc emit');
    assert.equal(r.code, 0);
    const out = ok(run(process.execPath, [join('readme-out', 'readme-strict.js')]), 'the README TypeScript example')
      .out.trim()
      .split('\n');
    assert.match(out[0], /^postal \d+\.\d{2}$/);
    assert.deepEqual(out.slice(1), ['order-1043 false', 'order-1044 false']);
  });

  it('runs `npx s321 --help` from the package', () => {
    const r = ok(run('npx', ['--no-install', 's321', '--help']), 'npx s321 --help');
    assert.match(r.out, /^Usage: s321 <command>/);
    assert.match(r.out, /evaluate/);
  });

  it('builds a page importing s321/widget and s321 with Vite, and it runs: the README bundler example', async () => {
    writeFileSync(join(project, 'main.js'), readmeBlock('js', 'bundler'));
    ok(run(bin('vite'), ['build', '--logLevel', 'error', '--outDir', 'built']), 'vite build');
    const assets = join(project, 'built', 'assets');
    const code = readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(assets, f), 'utf8'))
      .join('\n');
    assert.match(code, /de-minimis-check/, 'the element is in the bundle');
    assert.match(code, /SUSPENDED_ALL_COUNTRIES/, 'the engine is in the bundle');
    // what the README promises a bundled page does not pay for
    assert.doesNotMatch(code, /_zod/, 'the zod runtime is in the bundle');
    assert.doesNotMatch(code, /the entry number check digit is wrong/, 'the record profiles are in the bundle');

    // and the built page runs in Chromium: the element answers and the engine decides
    const built = join(project, 'built');
    const server = createServer((req, res) => {
      const file = join(built, new URL(req.url ?? '/', 'http://x').pathname.replace(/\/$/, '/index.html'));
      if (!file.startsWith(built) || !existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    try {
      const page = await browser.newPage();
      const logged: string[] = [];
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'log') logged.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await page.waitForFunction(() => document.querySelector('de-minimis-check')?.getAttribute('data-state') === 'dutiable', undefined, { timeout: 10_000 });
      assert.deepEqual(errors, []);
      assert.deepEqual(logged.sort(), ['postal', 'true'], 'what the README bundler example logs');
    } finally {
      await browser.close();
      server.close();
    }
  });
});
