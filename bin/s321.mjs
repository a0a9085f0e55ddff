#!/usr/bin/env node
// The s321 command. From the package, it runs the bundled dist-cli/s321.mjs. In a clone of the
// repository (the TypeScript source is present) it runs that bundle only when it is newer than
// every source file, and otherwise the source itself through tsx: `npx s321` works right after
// `npm ci`, without a build, and never runs a stale one.
import { existsSync, readdirSync, statSync } from 'node:fs';

const bundle = new URL('../dist-cli/s321.mjs', import.meta.url);
const source = new URL('../cli/s321.ts', import.meta.url);

/** The newest modification time under a directory of the repository (0 when absent). */
function newest(dir) {
  let latest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const path = new URL(e.name + (e.isDirectory() ? '/' : ''), dir);
    latest = Math.max(latest, e.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function bundleIsCurrent() {
  if (!existsSync(bundle)) return false;
  const built = statSync(bundle).mtimeMs;
  return ['../cli/', '../core/', '../extension/'].every((d) => newest(new URL(d, import.meta.url)) <= built);
}

if (!existsSync(source) || bundleIsCurrent()) {
  await import(bundle.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
}
