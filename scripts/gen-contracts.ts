// Writes the JSON Schemas of the zod contracts and the derived checkers built from them
// (core/contract/checker.ts), so the engine and the widget check requests and rule sets without
// the zod runtime:
//   node --import tsx scripts/gen-contracts.ts          (npm run gen:contracts) rewrites them
//   node --import tsx scripts/gen-contracts.ts --check  exits 1 when one is stale
// test/node/core/contract/contracts.test.ts fails while a generated file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type * as z from 'zod/mini';
import { build, type Builders, type Spec } from '../core/contract/checker.ts';
import { specOf } from '../core/contract/zod.ts';
import { tariffSetSchema } from '../core/charges/schema.ts';
import { ratesTableSchema } from '../core/money/schema.ts';
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
   * checker is written as calls of the checker's node builders, which ships fewer bytes */
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
  {
    file: 'core/charges/contract.generated.ts',
    source: 'core/charges/schema.ts',
    checks: ['TARIFF_CHECKS', './checks.ts'],
    exports: { tariffSetSpec: [tariffSetSchema, 'tariffSetChecker'] },
  },
  {
    file: 'core/money/contract.generated.ts',
    source: 'core/money/schema.ts',
    checks: ['RATES_CHECKS', './checks.ts'],
    exports: { ratesTableSpec: [ratesTableSchema, 'ratesTableChecker'] },
  },
];

const isObjectSpec = (n: unknown): n is Spec => !!n && typeof n === 'object' && !Array.isArray(n) && (n as Spec).type === 'object' && !!(n as Spec).properties;
const property = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`);

const HOT_IMPORT = "import { check, checkerOf, compiler, ended, fold, fold2, isObject, membersOf, notObject, OK, type Found, type Node, type Spec } from '../contract/checker.ts';";

/** The specs as code: a part that occurs more than once, and every object, written once as a
 * const (decls), then the exported specs; objects lists the object consts. */
function writeSpecs(specs: Record<string, Spec>): { decls: string[]; exports: string[]; objects: Array<{ name: string; spec: Spec }> } {
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
  return { decls, exports, objects };
}

/** The module of a hot contract: the specs, then one function per object with a plain load per
 * member, then the checkers. */
function emit(specs: Record<string, Spec>, checkers: Record<string, string>, checks: string): string[] {
  const { decls, exports, objects } = writeSpecs(specs);
  const byShape = new Map(objects.map((o) => [JSON.stringify(o.spec), o.name]));
  const objectName = { get: (m: Spec) => byShape.get(JSON.stringify(m)), has: (m: Spec) => byShape.has(JSON.stringify(m)) };
  const consts: string[] = [];
  /** A JS expression true exactly when the compiled node would pass x, or null (the node decides).
   * It only decides acceptance: a value it does not accept goes to the compiled node, which names
   * the issues, so the messages have one source. */
  const accepts = (m: Spec, x: string): string | null => {
    if (m.enum || 'const' in m) {
      const values = m.enum ?? [m.const];
      if (values.length > 3) {
        const set = `values${consts.length}`;
        consts.push(`const ${set} = new Set<unknown>(${JSON.stringify(values)});`);
        return `${set}.has(${x})`;
      }
      return `(${values.map((v) => `${x} === ${JSON.stringify(v)}`).join(' || ')})`;
    }
    const named = (m['x-checks'] ?? []).map((c) => (typeof c === 'string' ? [c] : c)).map(([n, arg]) => `${checks}.${n}(${x}${arg === undefined ? '' : `, ${JSON.stringify(arg)}`} as never) === undefined`);
    if (Array.isArray(m.type)) {
      if (named.length || m.minLength !== undefined || m.maxLength !== undefined) return null;
      return `(${m.type.map((t) => (t === 'number' ? `(typeof ${x} === 'number' && Number.isFinite(${x}))` : `typeof ${x} === ${JSON.stringify(t)}`)).join(' || ')})`;
    }
    const parts: string[] = [];
    switch (m.type) {
      case 'string':
        parts.push(`typeof ${x} === 'string'`);
        // UTF-16 units bound the code points zod counts (units / 2 <= points <= units)
        if (m.maxLength !== undefined) parts.push(`${x}.length <= ${m.maxLength}`);
        if (m.minLength !== undefined) parts.push(`${x}.length >= ${2 * m.minLength - 1}`);
        if (m.pattern !== undefined) {
          const re = `pattern${consts.length}`;
          consts.push(`const ${re} = new RegExp(${JSON.stringify(m.pattern)});`);
          parts.push(`${re}.test(${x})`);
        }
        break;
      case 'integer':
      case 'number':
        parts.push(m.type === 'integer' ? `Number.isSafeInteger(${x})` : `typeof ${x} === 'number' && Number.isFinite(${x})`);
        if (m.minimum !== undefined) parts.push(`(${x} as number) >= ${m.minimum}`);
        if (m.maximum !== undefined) parts.push(`(${x} as number) <= ${m.maximum}`);
        break;
      case 'boolean':
        parts.push(`typeof ${x} === 'boolean'`);
        break;
      case 'array': {
        if (m.minItems !== undefined || m.maxItems !== undefined || !m.items || objectName.has(m.items)) return null;
        const item = accepts(m.items, 'e');
        if (!item) return null;
        parts.push(`Array.isArray(${x})`, `${x}.every((e: unknown) => ${item})`);
        break;
      }
      default:
        return null;
    }
    return [...parts, ...named].join(' && ');
  };

  const functions: string[] = [];
  const leaves: string[] = [];
  for (const { name, spec } of objects) {
    const needed = new Set(spec.required ?? []);
    leaves.push(`const ${name}Members = membersOf(${name}, node);`);
    if (spec['x-checks']) leaves.push(`const ${name}Own = node({ "x-checks": ${name}["x-checks"] });`);
    const lines = [`function ${name}Check(v: unknown, out: Found[]): number {`, '  if (!isObject(v)) return notObject(out, v);', '  let s = OK;', '  let n = 0;', '  let x: unknown;'];
    Object.keys(spec.properties!).forEach((key, i) => {
      const m = spec.properties![key];
      const slow = `s = check(s, out, ${name}Members, ${i}, x);`;
      lines.push(`  x = v${property(key)};`);
      lines.push(needed.has(key) ? '  if (x !== undefined) n++;' : '  if (x !== undefined) {\n    n++;');
      const pad = needed.has(key) ? '  ' : '    ';
      const object = objectName.get(m);
      const itemsObject = m.type === 'array' && m.items ? objectName.get(m.items) : undefined;
      if (object) lines.push(`${pad}s = fold(s, out, out.length, ${JSON.stringify(key)}, ${object}Check(x, out));`);
      else if (itemsObject && m.maxItems === undefined && !m['x-checks']) {
        // an array of objects: each item's generated check, the length by the compiled node (an
        // array with named checks of its own goes through the compiled node whole)
        lines.push(`${pad}if (Array.isArray(x)${m.minItems !== undefined ? ` && x.length >= ${m.minItems}` : ''}) for (let i = 0; i < x.length; i++) s = fold2(s, out, out.length, i, ${JSON.stringify(key)}, ${itemsObject}Check(x[i], out));`);
        lines.push(`${pad}else ${slow}`);
      } else {
        const fast = accepts(m, 'x');
        lines.push(fast ? `${pad}if (!(${fast})) ${slow}` : `${pad}${slow}`);
      }
      if (!needed.has(key)) lines.push('  }');
    });
    // counting the keys here, in a function of this object's own, keeps the loop monomorphic
    lines.push('  for (const key in v) if (--n < 0) break;');
    lines.push(`  return ended(s, n, out, v, ${name}Members${spec['x-checks'] ? `, ${name}Own` : ''});`, '}');
    functions.push(lines.join('\n'));
  }
  return [
    ...decls,
    '',
    ...exports,
    '',
    `const node = compiler(${checks}, new Map<Spec, Node>([${objects.map((o) => `[${o.name}, ${o.name}Check]`).join(', ')}]));`,
    ...leaves,
    ...consts,
    '',
    ...functions.flatMap((f) => [f, '']),
    ...Object.entries(checkers).map(([spec, checker]) => `export const ${checker} = checkerOf(node(${spec}));`),
  ];
}

/** The module of a contract off the hot path: the specs (for tools and tests: the checker does
 * not read them), then the checker as calls of core/contract/checker.ts's node builders, the
 * calls its compiler makes for the same spec (both read it through build). A build that only
 * checks (the widget) drops the specs and ships neither them nor the code that reads them. */
function emitCold(specs: Record<string, Spec>, checkers: Record<string, string>, checks: string): { imports: string[]; lines: string[] } {
  const used = new Set<string>(['checkerOf']);
  const call = (fn: string, args: unknown[]): string => {
    used.add(fn);
    while (args.length && (args[args.length - 1] === undefined || args[args.length - 1] === null)) args.pop();
    return `${fn}(${args.map((a) => (a === undefined ? 'undefined' : a === null ? 'null' : (a as string))).join(', ')})`;
  };
  const js = (v: unknown) => (v === undefined ? undefined : JSON.stringify(v));
  // a pattern as a literal (no string escapes): exact when it is a RegExp's own source, as zod prints it
  const regex = (p: string) => {
    if (new RegExp(p).source !== p || p.includes('\n')) throw new Error(`contract: pattern ${p} is not a RegExp source`);
    return `/${p}/`;
  };
  // a node that occurs more than once (by content) is built once, as a const
  const counts = new Map<string, number>();
  const count = (s: Spec): void => {
    const key = JSON.stringify(s);
    const seen = counts.get(key) ?? 0;
    counts.set(key, seen + 1);
    if (seen) return;
    for (const p of Object.values(s.properties ?? {})) count(p);
    for (const p of [s.items, s.propertyNames, s.additionalProperties]) if (p && typeof p === 'object') count(p);
  };
  for (const s of Object.values(specs)) count(s);
  const names = new Map<string, string>();
  const decls: string[] = [];
  const node = (s: Spec): string => {
    const key = JSON.stringify(s);
    const known = names.get(key);
    if (known) return known;
    const text = build(s, code, node);
    // (a short one, such as string(), is cheaper written again)
    if ((counts.get(key) ?? 0) < 2 || text.length < 16) return text;
    const name = `node${names.size}`;
    names.set(key, name);
    decls.push(`const ${name} = ${text};`);
    return name;
  };
  const id = (name: string) => (used.add(name), name);
  const code: Builders<string> = {
    named: (list) => {
      const nodes = list.map(([name, arg]) => call('named', [`${checks}.${name}`, js(arg)]));
      return nodes.length === 1 ? nodes[0] : call('all', [`[${nodes.join(', ')}]`]);
    },
    lengths: (...bounds) => call('lengths', bounds.map(js)),
    oneOf: (values) => call('oneOf', [JSON.stringify(values)]),
    get anything() {
      return id('anything');
    },
    anyOf: (types) => call('anyOf', [JSON.stringify(types)]),
    string: (pattern, message, length, own) => call('string', [pattern === undefined ? undefined : regex(pattern), js(message), length, own]),
    number: (integer, minimum, maximum, messages) => call('number', [String(integer), js(minimum), js(maximum), js(messages)]),
    get boolean() {
      return id('boolean');
    },
    array: (item, length, own) => call('array', [item, length, own]),
    record: (key, value, keyMessage) => call('record', [key, value, js(keyMessage)]),
    object: (props, required, own, strict) =>
      call('object', [`{ ${props.map(([k, p]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${p}`).join(', ')} }`, js(required), own, strict ? undefined : 'false']),
  };
  const roots = Object.entries(checkers).map(([spec, checker]) => `export const ${checker} = checkerOf(${node(specs[spec])});`);
  const written = writeSpecs(specs);
  const lines = [...written.decls, '', ...written.exports, '', ...decls, '', ...roots];
  return { imports: [...used].sort(), lines };
}

export function generate(t: Target): string {
  const specs = Object.fromEntries(Object.entries(t.exports).map(([name, [schema]]) => [name, specOf(schema)]));
  const checkers = Object.fromEntries(Object.entries(t.exports).map(([name, [, checker]]) => [name, checker]));
  const checks = t.checks ? t.checks[0] : '{}';
  const cold = t.hot ? null : emitCold(specs, checkers, checks);
  return [
    `// Generated by scripts/gen-contracts.ts from ${t.source} (npm run gen:contracts): do not edit.`,
    ...(cold
      ? ["// The contract's JSON Schema with its named checks and messages, and its checker: the node", '// builders of core/contract/checker.ts called as its compiler would for that schema.', `import { ${cold.imports.join(', ')}, type Spec } from '../contract/checker.ts';`]
      : ["// The contract's JSON Schema with its named checks and messages, and its checker: one function", '// per object, the rest compiled by core/contract/checker.ts.', HOT_IMPORT]),
    ...(t.checks ? [`import { ${t.checks[0]} } from '${t.checks[1]}';`] : []),
    '',
    ...(cold ? cold.lines : emit(specs, checkers, checks)),
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
