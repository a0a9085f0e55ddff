#!/usr/bin/env node
// `npm run build`: every build of the project, in order: the Vite builds and the library
// (scripts/build-lib.mjs, which also checks the public API). A config file that does not exist
// yet is skipped, so each part (cli, library, widget, extension) owns its own config.
// `npm run build -- lib` runs only the builds whose file name contains "lib".
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const builds = [
  { config: 'vite.cli.config.ts' },
  { script: 'scripts/build-lib.mjs' },
  { config: 'vite.widget.config.ts' },
  { config: 'vite.config.ts', env: { TARGET_BROWSER: 'chrome' } },
  { config: 'vite.config.ts', env: { TARGET_BROWSER: 'firefox' } },
];
/** Drops one known, harmless warning. Its source: @crxjs/vite-plugin 3.0.0 builds the standalone
 * content script (extension/content.ts) in a Vite sub-build of its own (createIifeConfig, with
 * `plugins: []` and no way to pass options in) that sets `output.inlineDynamicImports: true`,
 * while Vite 8 already sets `codeSplitting: false` for IIFE output, so rolldown warns
 * "`inlineDynamicImports` option is ignored because `codeSplitting: false` is set." once per
 * extension build. The output is the same either way. TODO(2027-03-01): drop this filter when
 * crxjs stops setting the option (the line then no longer appears). */
export function withoutKnownNoise(text) {
  return text
    .split(/(?<=\n)/)
    .filter((line) => !/inlineDynamicImports.? option is ignored because .?codeSplitting: false.? is set/.test(line))
    .join('');
}

// run only as the build script, not when a test imports withoutKnownNoise
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const only = process.argv[2];
  for (const b of builds) {
    const file = b.config ?? b.script;
    if (!existsSync(file)) continue;
    if (only && !file.includes(only)) continue;
    const label = `${file}${b.env ? ` (${b.env.TARGET_BROWSER})` : ''}`;
    process.stdout.write(`build: ${label}\n`);
    const r = b.script
      ? spawnSync(process.execPath, [b.script], { stdio: 'inherit' })
      : spawnSync('npx', ['vite', 'build', '-c', b.config, '--logLevel', 'warn'], {
          stdio: ['inherit', 'pipe', 'pipe'],
          encoding: 'utf8',
          env: { ...process.env, ...b.env },
        });
    if (!b.script) {
      process.stdout.write(withoutKnownNoise(r.stdout ?? ''));
      process.stderr.write(withoutKnownNoise(r.stderr ?? ''));
    }
    if (r.status !== 0) {
      process.stderr.write(`build failed: ${label}\n`);
      process.exit(r.status ?? 1);
    }
  }
}
