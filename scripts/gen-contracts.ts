// Writes each zod contract's checker: the one the engine, the CLI, the extension and the widget
// all run, so they check requests, rule sets, tariff sets, rates tables and records without the
// zod runtime and with the contract's own messages:
//   node --import tsx scripts/gen-contracts.ts          (npm run gen:contracts) rewrites them
//   node --import tsx scripts/gen-contracts.ts --check  exits 1 when one is stale
// test/node/core/contract/contracts.test.ts fails while a generated file is stale, and holds
// every checker equal to zod's safeParse on a corpus.
//
// How: the contract's JSON Schema (specOf in core/contract/zod.ts: zod's toJSONSchema with the
// contract's messages and named checks) becomes calls of core/contract/checker.ts's node
// builders, whose nodes name the issues. A checker on a hot path also gets a test per object
// that accepts a valid value first, with a plain load per member (a load inside code shared by
// all objects would be megamorphic, several times slower) and the member's test inline; only a
// value it does not accept goes to the nodes. Nothing is compiled at run time.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type * as z from 'zod/mini';
import { specOf, type Spec } from '../core/contract/zod.ts';
import { tariffSetSchema } from '../core/charges/schema.ts';
import { ratesTableSchema } from '../core/money/schema.ts';
import { recordSchema } from '../core/records/profiles.ts';
import { PARTICIPANTS } from '../core/records/requirements.ts';
import { ruleSetSchema } from '../core/rules/schema.ts';
import { batchSchema, shipmentSchema } from '../core/shipment/schema.ts';

interface Target {
  /** repository path of the generated module */
  file: string;
  /** repository path of the zod source */
  source: string;
  /** the named checks the contract uses: [import name, module path relative to the file] */
  checks?: [string, string];
  /** exported checker name -> its zod schema */
  checkers: Record<string, z.ZodMiniType>;
  /** the TypeScript type a checker's yes proves (checker name -> [type, module it is imported
   * from, relative to the file]), so a caller gets the value typed without a cast */
  types?: Record<string, [string, string]>;
  /** the checkers on a hot path (a request per evaluation, a record per exported row): such a
   * checker first runs a generated test per object, which accepts a valid value with plain loads
   * and comparisons, several times faster than the nodes; they then name the issues of a value
   * it does not accept. Off the hot path the nodes alone, in fewer bytes. */
  hot?: string[];
}

/** "dataPilotOnlineMarketplaceChecker" */
const dataPilotChecker = (p: string) =>
  `dataPilot${p
    .split('_')
    .map((w) => w[0] + w.slice(1).toLowerCase())
    .join('')}Checker`;

export const TARGETS: Target[] = [
  {
    file: 'core/shipment/contract.generated.ts',
    source: 'core/shipment/schema.ts',
    checks: ['REQUEST_CHECKS', './checks.ts'],
    hot: ['shipmentChecker'],
    checkers: { shipmentChecker: shipmentSchema, batchChecker: batchSchema },
    types: { shipmentChecker: ['ShipmentInput', './schema.ts'] },
  },
  {
    file: 'core/rules/contract.generated.ts',
    source: 'core/rules/schema.ts',
    checkers: { ruleSetChecker: ruleSetSchema },
    types: { ruleSetChecker: ['RuleSet', './types.ts'] },
  },
  {
    file: 'core/charges/contract.generated.ts',
    source: 'core/charges/schema.ts',
    checks: ['TARIFF_CHECKS', './checks.ts'],
    checkers: { tariffSetChecker: tariffSetSchema },
    types: { tariffSetChecker: ['TariffSet', './types.ts'] },
  },
  {
    file: 'core/money/contract.generated.ts',
    source: 'core/money/schema.ts',
    checks: ['RATES_CHECKS', './checks.ts'],
    checkers: { ratesTableChecker: ratesTableSchema },
  },
  {
    file: 'core/records/contract.generated.ts',
    source: 'core/records/profiles.ts',
    checks: ['RECORD_CHECKS', './checks.ts'],
    hot: ['type86Checker', ...PARTICIPANTS.map(dataPilotChecker)],
    checkers: {
      type86Checker: recordSchema('type86'),
      ...Object.fromEntries(PARTICIPANTS.map((p) => [dataPilotChecker(p), recordSchema('data-pilot', p)])),
    },
  },
];

const IDENT = /^[A-Za-z_$][\w$]*$/;
const property = (k: string) => (IDENT.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`);
const key = (k: string) => (IDENT.test(k) ? k : JSON.stringify(k));
const checksOf = (s: Spec) => (s['x-checks'] ?? []).map((c) => (typeof c === 'string' ? ([c, undefined] as const) : ([c[0], c[1]] as const)));
const tooLong = (max: number) => `expected at most ${max} characters`;

/** One contract module's code. */
export function generate(t: Target): string {
  const checks = t.checks ? t.checks[0] : '{}';
  const used = new Set<string>(['checkerOf']);
  const use = (name: string) => (used.add(name), name);
  const consts: string[] = [];
  /** module constants by their text: a RegExp, a list of values, a node used more than once */
  const constNames = new Map<string, string>();
  const constant = (prefix: string, text: string): string => {
    let name = constNames.get(text);
    if (!name) {
      name = `${prefix}${constNames.size}`;
      constNames.set(text, name);
      consts.push(`const ${name} = ${text};`);
    }
    return name;
  };
  const regex = (p: string) => {
    // a literal (no string escapes): exact when the pattern is a RegExp's own source, as zod prints it
    if (new RegExp(p).source !== p || p.includes('\n')) throw new Error(`contract: pattern ${p} is not a RegExp source`);
    return constant('re', `/${p}/`);
  };
  const js = (v: unknown) => (v === undefined ? undefined : JSON.stringify(v));
  /** an enum's values, written once for its node and its test */
  const valueList = (values: readonly unknown[]) => (values.length > 3 ? constant('list', `${JSON.stringify(values)} as unknown[]`) : JSON.stringify(values));
  const call = (fn: string, args: Array<string | undefined | null>): string => {
    args = [...args];
    while (args.length && (args[args.length - 1] === undefined || args[args.length - 1] === null)) args.pop();
    return `${use(fn)}(${args.map((a) => (a === undefined ? 'undefined' : a === null ? 'null' : a)).join(', ')})`;
  };
  const specs = Object.entries(t.checkers).map(([name, schema]) => [name, specOf(schema)] as const);

  // a node that occurs more than once (by content) is built once, as a constant
  const counts = new Map<string, number>();
  const count = (s: Spec): void => {
    const k = JSON.stringify(s);
    const seen = counts.get(k) ?? 0;
    counts.set(k, seen + 1);
    if (seen) return;
    for (const p of Object.values(s.properties ?? {})) count(p);
    for (const p of [s.items, s.propertyNames, s.additionalProperties]) if (p && typeof p === 'object') count(p);
  };
  for (const [, s] of specs) count(s);
  const nodeNames = new Map<string, string>();

  /** The node of a spec: a call of the node builders. */
  const node = (s: Spec): string => {
    const k = JSON.stringify(s);
    const known = nodeNames.get(k);
    if (known) return known;
    const text = nodeText(s);
    // (a short one, such as boolean, is cheaper written again)
    if ((counts.get(k) ?? 0) < 2 || text.length < 16) return text;
    const name = constant('node', text);
    nodeNames.set(k, name);
    return name;
  };
  const nodeText = (s: Spec): string => {
    const messages = s['x-messages'];
    const list = checksOf(s).map(([n, arg]) => call('named', [`${checks}.${n}`, js(arg)]));
    const own = list.length === 0 ? null : list.length === 1 ? list[0] : call('all', [`[${list.join(', ')}]`]);
    const min = s.minItems ?? s.minLength;
    const max = s.maxItems ?? s.maxLength;
    // a string's length limit without a message of the contract's own says "characters"
    const maxMessage = messages?.maxLength ?? (s.type === 'string' && max !== undefined ? tooLong(max) : undefined);
    const length = min === undefined && max === undefined ? null : call('lengths', [js(min), js(messages?.minLength), js(max), js(maxMessage)]);
    const values = s.enum ?? ('const' in s ? [s.const] : null);
    if (values) return call('oneOf', [valueList(values)]);
    if (s.type === undefined) return own ?? use('anything'); // z.unknown(), or an object's own checks
    if (Array.isArray(s.type)) return call('anyOf', [JSON.stringify(s.type)]);
    switch (s.type) {
      case 'string':
        return call('string', [s.pattern === undefined ? undefined : regex(s.pattern), js(messages?.pattern), length, own]);
      case 'number':
      case 'integer':
        return call('number', [String(s.type === 'integer'), js(s.minimum), js(s.maximum), js(messages)]);
      case 'boolean':
        return use('boolean');
      case 'array':
        return call('array', [s.items ? node(s.items) : use('anything'), length, own]);
      case 'object':
        if (s.propertyNames)
          return call('record', [
            node(s.propertyNames),
            typeof s.additionalProperties === 'object' ? node(s.additionalProperties) : use('anything'),
            js(s.propertyNames['x-messages']?.pattern),
          ]);
        if (s.additionalProperties !== undefined && s.additionalProperties !== false)
          throw new Error('contract: an object that allows other keys is not supported');
        return call('object', [
          `{ ${Object.entries(s.properties ?? {})
            .map(([k, p]) => `${key(k)}: ${node(p)}`)
            .join(', ')} }`,
          js(s.required),
          own,
        ]);
    }
    throw new Error(`contract: unsupported schema ${JSON.stringify(s).slice(0, 80)}`);
  };
  const roots = specs.map(([name, s]) => [name, node(s)] as const);

  // the accept test of a contract on a hot path: a function per object, with a plain load per
  // member and its test written inline, true exactly when the object's node would find nothing
  // (a test shared through a helper would be a call the compiler cannot inline, a tenth slower)
  const objects = new Map<string, string>();
  const functions: string[] = [];
  /** A JS expression true exactly when the node of m would pass the value of x. */
  const accepts = (m: Spec, x: string): string => {
    if (m.enum || 'const' in m) {
      const values = m.enum ?? [m.const];
      if (values.length > 3) return `${valueList(values)}.includes(${x})`;
      return `(${values.map((v) => `${x} === ${JSON.stringify(v)}`).join(' || ')})`;
    }
    const named = checksOf(m).map(([n, arg]) => `${checks}.${n}(${x} as never${arg === undefined ? '' : `, ${JSON.stringify(arg)} as never`}) === undefined`);
    if (m.type === undefined) return named.length ? named.join(' && ') : 'true';
    if (Array.isArray(m.type)) {
      if (named.length || m.minLength !== undefined || m.maxLength !== undefined) throw new Error('contract: a union with checks is not supported');
      return `(${m.type.map((ty) => (ty === 'number' ? `(typeof ${x} === 'number' && Number.isFinite(${x}))` : `typeof ${x} === ${JSON.stringify(ty)}`)).join(' || ')})`;
    }
    const parts: string[] = [];
    switch (m.type) {
      case 'string':
        parts.push(`typeof ${x} === 'string'`);
        // UTF-16 units bound the code points zod counts (units / 2 <= points <= units): a string
        // near a bound goes to the node, which counts
        if (m.maxLength !== undefined) parts.push(`${x}.length <= ${m.maxLength}`);
        if (m.minLength !== undefined) parts.push(`${x}.length >= ${2 * m.minLength - 1}`);
        if (m.pattern !== undefined) parts.push(`${regex(m.pattern)}.test(${x})`);
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
        parts.push(`Array.isArray(${x})`);
        if (m.minItems !== undefined) parts.push(`${x}.length >= ${m.minItems}`);
        if (m.maxItems !== undefined) parts.push(`${x}.length <= ${m.maxItems}`);
        const item = m.items ? accepts(m.items, 'e') : 'true';
        if (item !== 'true') parts.push(/^accept\d+\(e\)$/.test(item) ? `${x}.every(${item.slice(0, -3)})` : `${x}.every((e: unknown) => ${item})`);
        break;
      }
      case 'object':
        if (m.propertyNames) throw new Error('contract: a record on a hot path is not supported');
        return `${acceptObject(m)}(${x})`;
      default:
        throw new Error(`contract: unsupported schema ${JSON.stringify(m).slice(0, 80)}`);
    }
    return [...parts, ...named].join(' && ');
  };
  const acceptObject = (spec: Spec): string => {
    const k = JSON.stringify(spec);
    const known = objects.get(k);
    if (known) return known;
    const name = `accept${objects.size}`;
    objects.set(k, name);
    const needed = new Set(spec.required ?? []);
    const lines = [`function ${name}(v: unknown): boolean {`, `  if (!${use('isObject')}(v)) return false;`, `  let n = ${needed.size};`];
    const members = Object.entries(spec.properties ?? {});
    if (members.length) lines.push('  let x: unknown;');
    for (const [k, m] of members) {
      lines.push(`  x = v${property(k)};`);
      if (needed.has(k)) lines.push(`  if (!(${accepts(m, 'x')})) return false;`);
      else lines.push('  if (x !== undefined) {', `    if (!(${accepts(m, 'x')})) return false;`, '    n++;', '  }');
    }
    // counting the keys here, in a function of this object's own, keeps the loop monomorphic
    lines.push('  for (const key in v) if (--n < 0) return false;');
    const own = checksOf(spec).map(([n, arg]) => `${checks}.${n}(v as never${arg === undefined ? '' : `, ${JSON.stringify(arg)} as never`}) === undefined`);
    lines.push(`  return ${own.length ? own.join(' && ') : 'true'};`, '}');
    functions.push(lines.join('\n'));
    return name;
  };
  const tests = Object.fromEntries(
    specs
      .filter(([name]) => t.hot?.includes(name))
      .map(([name, s]) => {
        const test = accepts(s, 'v');
        return [name, /^accept\d+\(v\)$/.test(test) ? test.slice(0, -3) : `(v: unknown) => ${test}`];
      }),
  );

  const imports = [...used].sort((a, b) => a.localeCompare(b));
  return (
    [
      `// Generated by scripts/gen-contracts.ts from ${t.source} (npm run gen:contracts): do not edit.`,
      "// The contract's checker, which every door runs: its nodes (calls of core/contract/checker.ts's",
      t.hot
        ? '// node builders), which name the issues, and on a hot path a test per object that accepts a valid'
        : '// node builders), which name the issues.',
      ...(t.hot ? ['// value fast.'] : []),
      `import { ${imports.join(', ')} } from '../contract/checker.ts';`,
      ...(t.checks ? [`import { ${t.checks[0]} } from '${t.checks[1]}';`] : []),
      ...Object.values(t.types ?? {}).map(([type, from]) => `import type { ${type} } from '${from}';`),
      '',
      ...consts,
      '',
      ...functions.flatMap((f) => [f, '']),
      ...roots.map(
        ([name, n]) => `export const ${name} = checkerOf${t.types?.[name] ? `<${t.types[name][0]}>` : ''}(${n}${tests[name] ? `, ${tests[name]}` : ''});`,
      ),
    ].join('\n') + '\n'
  );
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
