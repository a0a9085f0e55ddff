#!/usr/bin/env node
// `npm run build`: every Vite build of the project, in order. A config file that does not exist
// yet is skipped, so each part (cli, widget, extension) owns its own config.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const builds = [
  { config: 'vite.cli.config.ts' },
  { config: 'vite.widget.config.ts' },
  { config: 'vite.config.ts', env: { TARGET_BROWSER: 'chrome' } },
  { config: 'vite.config.ts', env: { TARGET_BROWSER: 'firefox' } },
];
const only = process.argv[2];
for (const b of builds) {
  if (!existsSync(b.config)) continue;
  if (only && !b.config.includes(only)) continue;
  const label = `${b.config}${b.env ? ` (${b.env.TARGET_BROWSER})` : ''}`;
  process.stdout.write(`build: ${label}\n`);
  const r = spawnSync('npx', ['vite', 'build', '-c', b.config, '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, ...b.env } });
  if (r.status !== 0) {
    process.stderr.write(`build failed: ${label}\n`);
    process.exit(r.status ?? 1);
  }
}
