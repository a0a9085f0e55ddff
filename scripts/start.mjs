#!/usr/bin/env node
// `npm start`: builds the command line and evaluates examples/shipments.json as a table.
// (The widget issue turns this into the demo store.)
import { spawnSync } from 'node:child_process';

const build = spawnSync('npx', ['vite', 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const r = spawnSync(process.execPath, ['dist-cli/s321.mjs', 'evaluate', 'examples/shipments.json', '--rates', 'examples/rates.json', '--format', 'table'], { stdio: 'inherit' });
process.exit(r.status ?? 1);
