#!/usr/bin/env node
// `npm test`: runs every phase (typecheck, lint, build, node tests, browser tests, end-to-end tests),
// streams their output, and ends with ONE aggregate line "N passed, N failed". The exit code is
// non-zero when any test failed or any phase did not run (or ran no test).
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function find(dir, re) {
  let out = [];
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const e of entries.sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out = out.concat(find(p, re));
    else if (re.test(p)) out.push(p);
  }
  return out;
}

const nodeTests = find('test/node', /\.test\.ts$/);
const e2eTests = find('test/e2e', /\.test\.ts$/);
const only = process.env.S321_PHASES ? new Set(process.env.S321_PHASES.split(',')) : null;

const phases = [
  { name: 'typecheck', cmd: 'npx', args: ['tsc', '-p', '.'], kind: 'exit' },
  // Biome (biome.json): the formatting and the lint rules, one counted step like the typecheck
  { name: 'lint', cmd: 'npx', args: ['biome', 'check', '.'], kind: 'exit' },
  { name: 'build', cmd: 'npm', args: ['run', '--silent', 'build'], kind: 'exit' },
  {
    name: 'node',
    cmd: process.execPath,
    args: ['--import', 'tsx', '--test', '--test-reporter=tap', '--test-concurrency=2', ...nodeTests],
    kind: 'tap',
    files: nodeTests,
  },
  { name: 'browser', cmd: 'npx', args: ['web-test-runner'], kind: 'wtr' },
  {
    name: 'e2e',
    cmd: process.execPath,
    args: ['--import', 'tsx', '--test', '--test-reporter=tap', '--test-concurrency=1', ...e2eTests],
    kind: 'tap',
    files: e2eTests,
  },
].filter((p) => !only || only.has(p.name));

function run(phase) {
  return new Promise((resolve) => {
    const child = spawn(phase.cmd, phase.args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      out += d;
      process.stderr.write(d);
    });
    child.on('error', (e) => resolve({ code: 127, out: out + String(e) }));
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

let passed = 0,
  failed = 0,
  skipped = 0;
const summary = [];
for (const phase of phases) {
  process.stdout.write(`\n=== phase: ${phase.name} ===\n`);
  if (phase.files && phase.files.length === 0) {
    failed++;
    summary.push(`${phase.name}: no test files found`);
    continue;
  }
  const { code, out } = await run(phase);
  let p = 0,
    f = 0,
    s = 0,
    counted = false;
  if (phase.kind === 'tap') {
    const mp = /^# pass (\d+)/m.exec(out),
      mf = /^# fail (\d+)/m.exec(out),
      ms = /^# skipped (\d+)/m.exec(out);
    if (mp && mf) {
      p = +mp[1];
      f = +mf[1];
      s = ms ? +ms[1] : 0;
      counted = true;
    }
  } else if (phase.kind === 'wtr') {
    const all = [...out.matchAll(/^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/gm)];
    const last = all[all.length - 1];
    if (last) {
      p = +last[1];
      f = +last[2];
      s = last[3] ? +last[3] : 0;
      counted = true;
    }
  } else {
    p = code === 0 ? 1 : 0;
    f = code === 0 ? 0 : 1;
    counted = true;
  }
  if (!counted || (code !== 0 && f === 0)) {
    // the phase crashed or printed no count: it did not run properly
    f += 1;
    summary.push(`${phase.name}: did not run properly (exit code ${code})`);
  } else if (p + f === 0) {
    f += 1;
    summary.push(`${phase.name}: ran no test`);
  } else {
    summary.push(`${phase.name}: ${p} passed, ${f} failed${s ? `, ${s} skipped` : ''}`);
  }
  passed += p;
  failed += f;
  skipped += s;
}
process.stdout.write(`\n=== summary ===\n${summary.join('\n')}\n`);
process.stdout.write(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exitCode = failed > 0 ? 1 : 0;
