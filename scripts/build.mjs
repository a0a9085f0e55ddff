#!/usr/bin/env node
// `npm run build`: every build of the project, in order: the Vite builds and the library
// (scripts/build-lib.mjs, which also checks the public API). A config file that does not exist
// yet is skipped, so each part (cli, library, widget, extension) owns its own config.
// `npm run build -- lib` runs only the builds whose file name contains "lib".
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const builds = [
  { config: 'vite.cli.config.ts' },
  { script: 'scripts/build-lib.mjs' },
  { config: 'vite.widget.config.ts' },
  { config: 'vite.config.ts', env: { TARGET_BROWSER: 'chrome' } },
  { config: 'vite.config.ts', env: { TARGET_BROWSER: 'firefox' } },
];
const only = process.argv[2];
for (const b of builds) {
  const file = b.config ?? b.script;
  if (!existsSync(file)) continue;
  if (only && !file.includes(only)) continue;
  const label = `${file}${b.env ? ` (${b.env.TARGET_BROWSER})` : ''}`;
  process.stdout.write(`build: ${label}\n`);
  const r = b.script
    ? spawnSync(process.execPath, [b.script], { stdio: 'inherit' })
    : spawnSync('npx', ['vite', 'build', '-c', b.config, '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, ...b.env } });
  if (r.status !== 0) {
    process.stderr.write(`build failed: ${label}\n`);
    process.exit(r.status ?? 1);
  }
}
