// Writes the JSON Schemas the derived checkers compile (core/contract/checker.ts) from the zod
// contracts, so the engine and the widget check requests and rule sets without the zod runtime:
//   node --import tsx scripts/gen-contracts.ts          (npm run gen:contracts) rewrites them
//   node --import tsx scripts/gen-contracts.ts --check  exits 1 when one is stale
// test/node/core/contracts-generated.test.ts fails while a generated file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type * as z from 'zod/mini';
import type { Spec } from '../core/contract/checker.ts';
import { specOf } from '../core/contract/zod.ts';
import { ruleSetSchema } from '../core/rules/schema.ts';
import { batchSchema, shipmentSchema } from '../core/shipment/schema.ts';

interface Target {
  /** repository path of the generated module */
  file: string;
  /** repository path of the zod source */
  source: string;
  /** the named checks the contract uses: [import name, module path relative to the file] */
  checks?: [string, string];
  /** on the engine's hot path: one generated function per object (a compiled closure shared by
   * all objects makes every member load megamorphic, several times slower); otherwise the
   * objects are compiled from the spec at load, which ships fewer bytes */
  hot?: boolean;
  /** exported spec name -> [zod schema, exported checker name] */
  exports: Record<string, [z.ZodMiniType, string]>;
}

export const TARGETS: Target[] = [
  {
    file: 'core/shipment/contract.generated.ts',
    source: 'core/shipment/schema.ts',
    checks: ['REQUEST_CHECKS', './checks.ts'],
    hot: true,
    exports: { shipmentSpec: [shipmentSchema, 'shipmentChecker'], batchSpec: [batchSchema, 'batchChecker'] },
  },
  { file: 'core/rules/contract.generated.ts', source: 'core/rules/schema.ts', exports: { ruleSetSpec: [ruleSetSchema, 'ruleSetChecker'] } },
];

const isObjectSpec = (n: unknown): n is Spec => !!n && typeof n === 'object' && !Array.isArray(n) && (n as Spec).type === 'object' && !!(n as Spec).properties;
const property = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`);

const HOT_IMPORT = "import { checkerOf, compiler, ended, isObject, membersOf, notObject, optional, required, type Found, type Node, type Spec } from '../contract/checker.ts';";
const COLD_IMPORT = "import { checkerOf, compiler, type Spec } from '../contract/checker.ts';";

/** The module: the specs (a part that occurs more than once, and every object, written once as
 * a const), then for a hot contract one function per object with a plain load per member, then
 * the checkers. */
function emit(specs: Record<string, Spec>, checkers: Record<string, string>, checks: string, hot: boolean): string[] {
  const counts = new Map<string, number>();
  const count = (n: unknown): void => {
    if (n === null || typeof n !== 'object') return;
    const key = JSON.stringify(n);
    const seen = counts.get(key) ?? 0;
    counts.set(key, seen + 1);
    // a repeated part is written once: what it holds is counted once
    if (!seen) for (const v of Object.values(n)) count(v);
  };
  for (const s of Object.values(specs)) count(s);
  const names = new Map<string, string>();
  const objects: Array<{ name: string; spec: Spec }> = [];
  const decls: string[] = [];
  const code = (n: unknown): string => {
    if (n === null || typeof n !== 'object') return JSON.stringify(n);
    const key = JSON.stringify(n);
    const known = names.get(key);
    if (known) return known;
    const body = Array.isArray(n) ? `[${n.map(code).join(', ')}]` : `{ ${Object.entries(n).map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${code(v)}`).join(', ')} }`;
    const object = isObjectSpec(n);
    if (!object && ((counts.get(key) ?? 0) < 2 || key.length < 24)) return body;
    const name = object ? `object${objects.length}` : `part${names.size - objects.length}`;
    names.set(key, name);
    decls.push(`const ${name}${object ? ': Spec' : ''} = ${body};`);
    if (object) objects.push({ name, spec: n });
    return name;
  };
  const exports = Object.entries(specs).map(([name, s]) => `export const ${name}: Spec = ${code(s)};`);
  const functions: string[] = [];
  const leaves: string[] = [];
  for (const { name, spec } of hot ? objects : []) {
    const needed = new Set(spec.required ?? []);
    leaves.push(`const ${name}Members = membersOf(${name}, node);`);
    if (spec['x-checks']) leaves.push(`const ${name}Own = node({ "x-checks": ${name}["x-checks"] });`);
    functions.push(
      [
        `function ${name}Check(v: unknown, out: Found[]): number {`,
        '  if (!isObject(v)) return notObject(out, v);',
        '  let r = 0;',
        ...Object.keys(spec.properties!).map((key, i) => `  r = ${needed.has(key) ? 'required' : 'optional'}(r, out, ${name}Members, ${i}, v${property(key)});`),
        `  return ended(r, out, v, ${name}Members${spec['x-checks'] ? `, ${name}Own` : ''});`,
        '}',
      ].join('\n'),
    );
  }
  return [
    ...decls,
    '',
    ...exports,
    '',
    hot ? `const node = compiler(${checks}, new Map<Spec, Node>([${objects.map((o) => `[${o.name}, ${o.name}Check]`).join(', ')}]));` : `const node = compiler(${checks});`,
    ...leaves,
    '',
    ...functions.flatMap((f) => [f, '']),
    ...Object.entries(checkers).map(([spec, checker]) => `export const ${checker} = checkerOf(node(${spec}));`),
  ];
}

export function generate(t: Target): string {
  const specs = Object.fromEntries(Object.entries(t.exports).map(([name, [schema]]) => [name, specOf(schema)]));
  const checkers = Object.fromEntries(Object.entries(t.exports).map(([name, [, checker]]) => [name, checker]));
  return [
    `// Generated by scripts/gen-contracts.ts from ${t.source} (npm run gen:contracts): do not edit.`,
    '// The contract\'s JSON Schema with its named checks and messages, and its checker: one function',
    '// per object, the rest compiled by core/contract/checker.ts.',
    t.hot ? HOT_IMPORT : COLD_IMPORT,
    ...(t.checks ? [`import { ${t.checks[0]} } from '${t.checks[1]}';`] : []),
    '',
    ...emit(specs, checkers, t.checks ? t.checks[0] : '{}', t.hot === true),
  ].join('\n') + '\n';
}

const root = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const t of TARGETS) {
    const text = generate(t);
    let now = '';
    try {
      now = readFileSync(root(t.file), 'utf8');
    } catch {
      // not written yet
    }
    if (now === text) continue;
    stale++;
    if (check) process.stderr.write(`${t.file} is stale: run npm run gen:contracts\n`);
    else {
      writeFileSync(root(t.file), text);
      process.stdout.write(`wrote ${t.file}\n`);
    }
  }
  if (check && stale) process.exitCode = 1;
}
