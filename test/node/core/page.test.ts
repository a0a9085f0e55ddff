// core/page.ts, the engine for pages (`s321/page`): nothing it loads at run time imports zod (the
// widget and the extension's pages check their input with the generated checkers), and no door
// reaches past the public entries into core's modules.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** import and export statements that load a module at run time (`import type` and `export type` do not) */
const RUNTIME_IMPORT = /^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function runtimeImports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(RUNTIME_IMPORT)].map((m) => m[1]);
}

test('core/page.ts loads no zod at run time, directly or through any module it imports', () => {
  const seen = new Set<string>();
  const todo = [join(ROOT, 'core/page.ts')];
  const zod: string[] = [];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of runtimeImports(file)) {
      if (spec === 'zod' || spec.startsWith('zod/')) zod.push(relative(ROOT, file));
      else if (spec.startsWith('.')) todo.push(resolve(dirname(file), spec));
    }
  }
  assert.ok(seen.size > 30, `walked ${seen.size} modules`);
  assert.deepEqual(zod, []);
});

test('the doors import core through its public entries only (s321, s321/page, s321/records)', () => {
  const PUBLIC = new Set(['core/index.ts', 'core/page.ts', 'core/records/index.ts'].map((p) => join(ROOT, p)));
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((e) => (statSync(join(dir, e)).isDirectory() ? walk(join(dir, e)) : /\.tsx?$/.test(e) ? [join(dir, e)] : []));
  const found: string[] = [];
  for (const door of ['widget', 'extension', 'cli']) {
    for (const file of walk(join(ROOT, door))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/from\s+['"]((?:\.\.\/)+core\/[^'"]+)['"]/g)) {
        if (!PUBLIC.has(resolve(dirname(file), m[1]))) found.push(`${relative(ROOT, file)}: ${m[1]}`);
      }
    }
  }
  assert.deepEqual(found, []);
});
