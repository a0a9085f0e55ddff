// package.json as npm and its users read it, without packing: `npm pack` builds what it ships
// (prepack), the project's address is given, and sideEffects names only files the package holds.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';

const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));

it('builds the command line, the library and the widget before packing (prepack), so npm pack never ships without dist-lib', () => {
  const prepack: string = manifest.scripts.prepack ?? '';
  for (const part of ['cli', 'lib', 'widget']) assert.match(prepack, new RegExp(`scripts/build\\.mjs ${part}\\b`), `prepack builds ${part}`);
  for (const s of ['prepare', 'install', 'postinstall', 'preinstall']) assert.equal(manifest.scripts[s], undefined, `${s} would run on users' machines`);
});

it('names its repository, homepage and issue tracker on one host', () => {
  assert.equal(manifest.repository?.type, 'git');
  const hosts = [manifest.repository.url, manifest.homepage, manifest.bugs?.url].map((u: string) => new URL(u.replace(/^git\+/, '')).host);
  assert.equal(new Set(hosts).size, 1, hosts.join(', '));
});

it('lists in sideEffects only paths the package ships', () => {
  const files: string[] = manifest.files;
  for (const pattern of manifest.sideEffects as string[]) {
    const path = pattern.replace(/^\.\//, '');
    const dir = path.replace(/\/?\*.*$/, '');
    assert.ok(
      files.some((f) => f === path || f === dir || f.startsWith(`${dir}/`) || dir.startsWith(`${f}/`)),
      `sideEffects "${pattern}" is not in the package's files`,
    );
  }
});

it('the build drops the one known crxjs warning and nothing else', async () => {
  // @ts-expect-error a plain .mjs script without declarations
  const { withoutKnownNoise } = (await import('../../../scripts/build.mjs')) as { withoutKnownNoise: (t: string) => string };
  const log =
    ' WARN  `inlineDynamicImports` option is ignored because `codeSplitting: false` is set.\n\n  ✓ content.ts → extension/content.js\n WARN  something else\n';
  assert.equal(withoutKnownNoise(log), '\n  ✓ content.ts → extension/content.js\n WARN  something else\n');
  assert.equal(withoutKnownNoise(' WARN  inlineDynamicImports option is ignored because codeSplitting: false is set.\n'), '');
});
