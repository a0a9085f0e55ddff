// A plain checker compiled from a contract's JSON Schema (the subset zod's toJSONSchema prints
// for s321's schemas) plus the named checks JSON Schema cannot state (ISO code lists, real
// dates, decimals per currency), so the engine, the widget and the export check input without
// the zod runtime. The schema comes from the zod contract (specOf in core/contract/zod.ts),
// never written by hand. Objects on a hot path are checked by functions generated from the same
// schema (scripts/gen-contracts.ts), with a plain load per member; others are compiled here, or,
// in a contract module off the hot path, built by generated calls of the same node builders.
// test/node/core/shipment/validate-vs-schema.test.ts and rules-shape.test.ts hold the checkers equal to
// zod's safeParse, issue for issue.
//
// zod semantics followed: a type failure stops a node's other checks, except the length checks,
// which zod runs on anything with a length; a failed format or named check lets the others run;
// an object's own named checks run only when no member failed its type; unknown keys are errors
// (every contract object is strict).
import { describeValue, joinPath, unknownKeyIssue, type InputIssue } from '../issues.ts';

/** The JSON Schema keywords the checker reads, with s321's two annotations. */
export interface Spec {
  type?: string | string[];
  properties?: Record<string, Spec>;
  required?: string[];
  additionalProperties?: boolean | Spec;
  propertyNames?: Spec;
  items?: Spec;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  enum?: readonly unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  /** named checks, each a name or [name, argument], run after the keywords */
  'x-checks'?: ReadonlyArray<string | readonly [string, unknown]>;
  /** the contract's own message per keyword (pattern, minLength, integer, ...) */
  'x-messages'?: Record<string, string>;
}

/** A string's length limit when the contract gives no message of its own. */
export const tooLong = (max: number) => `expected at most ${max} characters`;

/** What a named check reports: a message about the value itself, or one about a member. */
export type CheckFailure = string | { message: string; path?: ReadonlyArray<PropertyKey>; code?: string };
export type NamedCheck = (value: never, arg: never) => CheckFailure | undefined;
export type NamedChecks = Readonly<Record<string, NamedCheck>>;

export interface Found {
  /** path segments, innermost first (parents push their key as the issue travels up) */
  segs: PropertyKey[];
  code: string;
  message: string;
}

/** Node results: passed; a check failed (the node's other checks still ran); a type failure
 * (zod skips the checks that follow it, and the parent object's own checks). */
export const OK = 0;
const SOFT = 1;
const HARD = 2;

/** Checks a value, pushing what it finds; returns OK, SOFT or HARD. */
export type Node = (v: unknown, out: Found[]) => number;

export const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function push(out: Found[], code: string, message: string, segs: PropertyKey[] = []): void {
  out.push({ segs, code, message });
}

function typeFailure(out: Found[], v: unknown, expected: string): number {
  if (v === undefined) push(out, 'MISSING', `required ${expected} is missing`);
  else push(out, 'INVALID_TYPE', `expected ${expected}, got ${describeValue(v)}`);
  return HARD;
}

// Generated object checks (scripts/gen-contracts.ts) load each member themselves, with a plain
// property access (a load inside shared code would be megamorphic), test it with a generated
// expression, and hand only what that does not accept to the compiled node, which names the
// issues.

/** A generated object check's first step. */
export const notObject = (out: Found[], v: unknown) => typeFailure(out, v, 'object');

/** The members of a generated object check: their nodes and keys, by position. */
export interface Members {
  nodes: Node[];
  keys: string[];
}

/** The members of an object spec, compiled. */
export const membersOf = (s: Spec, node: (s: Spec) => Node): Members => ({ nodes: Object.values(s.properties!).map(node), keys: Object.keys(s.properties!) });

/** Member i through its compiled node (the generated check's slow path: it names the issues). */
export function check(status: number, out: Found[], m: Members, i: number, x: unknown): number {
  return fold(status, out, out.length, m.keys[i], m.nodes[i](x, out));
}

/** Folds a member's result into its object's: its issues (from index `from`) get its key. */
export function fold(status: number, out: Found[], from: number, key: PropertyKey, r: number): number {
  if (r === OK) return status;
  for (let i = from; i < out.length; i++) out[i].segs.push(key);
  return r > status ? r : status;
}

/** The same for item i of the member `key`. */
export function fold2(status: number, out: Found[], from: number, i: number, key: PropertyKey, r: number): number {
  if (r === OK) return status;
  for (let k = from; k < out.length; k++) out[k].segs.push(i, key);
  return r > status ? r : status;
}

/** A generated object check's last step: unknown keys (when v has more keys than members were
 * found: `left` below zero), then the object's own named checks (only when no member failed its
 * type, as zod). */
export function ended(status: number, left: number, out: Found[], v: Record<string, unknown>, m: Members, ownChecks?: Node): number {
  if (left < 0) status = extra(v, m.keys, out, status);
  return ownChecks && status !== HARD ? Math.max(status, ownChecks(v, out)) : status;
}

function extra(v: Record<string, unknown>, known: readonly string[], out: Found[], status: number): number {
  for (const k of Object.keys(v)) {
    if (known.includes(k)) continue;
    out.push({ segs: [k], ...unknownKeyIssue(k, known) });
    status = HARD;
  }
  return status;
}

// The node builders: one per kind of spec node. compiler() below reads a spec and calls them;
// a contract module off the hot path (scripts/gen-contracts.ts with hot: false: the rule set,
// the tariff set, and the request in the widget's build) is generated as the same calls, so the
// widget ships neither the spec nor the code that reads it (the same nodes in fewer bytes).

/** A node without checks (z.unknown()). */
export const anything: Node = () => OK;

/** An enum or a const: one of the values. */
export function oneOf(values: readonly unknown[]): Node {
  const expected = `expected one of ${values.map((x) => JSON.stringify(x)).join(', ')}`;
  return (v, out) => {
    if (values.includes(v)) return OK;
    if (v === undefined) push(out, 'MISSING', `required value is missing: ${expected}`);
    else push(out, 'INVALID_VALUE', `${expected}, got ${describeValue(v)}`);
    return HARD;
  };
}

/** A finite number (Number.isFinite is false for anything else). */
const finite = (v: unknown): v is number => Number.isFinite(v);

/** A union of primitive types ("string or number"). */
export const anyOf =
  (types: readonly string[]): Node =>
  (v, out) =>
    types.some((t) => (t === 'number' ? finite(v) : typeof v === t)) ? OK : typeFailure(out, v, types.join(' or '));

/** A named check (with its argument, if it takes one) as a node. */
export const named =
  (check: NamedCheck, arg?: unknown): Node =>
  (v, out) => {
    const f = (check as (v: unknown, a: unknown) => CheckFailure | undefined)(v, arg);
    if (f === undefined) return OK;
    if (typeof f === 'string') push(out, 'INVALID_VALUE', `${f}, got ${describeValue(v)}`);
    else {
      const at = f.path?.length ? (v as Record<PropertyKey, unknown>)[f.path[0] as string] : v;
      push(out, f.code ?? 'INVALID_VALUE', f.code ? f.message : `${f.message}, got ${describeValue(at)}`, [...(f.path ?? [])].reverse());
    }
    return SOFT;
  };

/** Several nodes run in turn (a spec node's named checks, when it has more than one): the worst result. */
export const all =
  (nodes: readonly Node[]): Node =>
  (v, out) => {
    let status = OK;
    for (const n of nodes) status = Math.max(status, n(v, out));
    return status;
  };

/** zod's length checks (min/max length of strings, min/max items of arrays): run on anything
 * with a length, even after a type failure; a string's length is its code points. The
 * messages are the contract's own; without one, a generic one. */
export const lengths =
  (min: number | undefined, minMessage?: string, max?: number, maxMessage?: string): Node =>
  (v, out) => {
    const units = (v as { length?: unknown } | null | undefined)?.length;
    if (units === undefined) return OK;
    // UTF-16 units bound the code points (units / 2 <= points <= units): count only when needed
    let n = units as number;
    if (typeof v === 'string' && ((max !== undefined && n > max) || (min !== undefined && n >= min && Math.ceil(n / 2) < min))) n = [...v].length;
    // not always a number: {"length": {}} fails both bounds, as in zod
    let status = OK;
    if (min !== undefined && !(n >= min)) {
      status = SOFT;
      push(out, 'TOO_SMALL', minMessage ?? (Array.isArray(v) ? `expected at least ${min} entries` : `expected at least ${min}, got ${describeValue(v)}`));
    }
    if (max !== undefined && !(n <= max)) {
      status = SOFT;
      push(out, 'TOO_BIG', maxMessage ?? `expected at most ${max}, got ${describeValue(v)}`);
    }
    return status;
  };

/** A string: its pattern (with the contract's message), lengths and named checks. */
export function string(re?: RegExp, message = 'Invalid input', length?: Node | null, checks?: Node | null): Node {
  return (v, out) => {
    if (typeof v !== 'string') {
      typeFailure(out, v, 'string');
      length?.(v, out);
      return HARD;
    }
    let status = OK;
    if (re && !re.test(v)) {
      push(out, 'INVALID_VALUE', `${message}, got ${describeValue(v)}`);
      status = SOFT;
    }
    return Math.max(status, length ? length(v, out) : OK, checks ? checks(v, out) : OK);
  };
}

/** A number, or an integer, with its bounds and the contract's messages. */
export const number =
  (integer: boolean, minimum?: number, maximum?: number, messages: Record<string, string> = {}): Node =>
  (v, out) => {
    if (!finite(v)) return typeFailure(out, v, 'number');
    let status = OK;
    if (integer && !Number.isSafeInteger(v)) {
      if (!Number.isInteger(v)) {
        push(out, 'INVALID_VALUE', `${messages.integer ?? 'expected an integer'}, got ${describeValue(v)}`);
        return HARD;
      }
      // zod: a whole number outside the safe range is too big (or small), and the other checks run
      push(out, v > 0 ? 'TOO_BIG' : 'TOO_SMALL', messages.integer ?? 'expected a safe integer');
      status = SOFT;
    }
    if (minimum !== undefined && v < minimum) {
      push(out, 'TOO_SMALL', messages.minimum ?? `expected at least ${minimum}, got ${describeValue(v)}`);
      status = SOFT;
    }
    if (maximum !== undefined && v > maximum) {
      push(out, 'TOO_BIG', messages.maximum ?? `expected at most ${maximum}, got ${describeValue(v)}`);
      status = SOFT;
    }
    return status;
  };

export const boolean: Node = (v, out) => (typeof v === 'boolean' ? OK : typeFailure(out, v, 'boolean'));

/** An array: its items, lengths, and its own named checks (unless an entry failed its type, as zod). */
export const array =
  (item: Node, length?: Node | null, checks?: Node | null): Node =>
  (v, out) => {
    if (!Array.isArray(v)) {
      typeFailure(out, v, 'array');
      length?.(v, out);
      return HARD;
    }
    let status = OK;
    for (let i = 0; i < v.length; i++) status = fold(status, out, out.length, i, item(v[i], out));
    if (length) status = Math.max(status, length(v, out));
    return checks && status !== HARD ? Math.max(status, checks(v, out)) : status;
  };

/** An object: its members (those in `required` must be present), unknown keys refused unless
 * not strict, then its own named checks (only when no member failed its type, as zod). */
export function object(props: Record<string, Node>, required: readonly string[] = [], checks?: Node | null, strict = true): Node {
  const keys = Object.keys(props);
  const members = keys.map((key) => ({ key, node: props[key], required: required.includes(key) }));
  return (v, out) => {
    if (!isObject(v)) return typeFailure(out, v, 'object');
    let status = OK;
    let found = 0;
    for (const m of members) {
      const x = v[m.key];
      if (x !== undefined) found++;
      else if (!m.required) continue;
      status = fold(status, out, out.length, m.key, m.node(x, out));
    }
    if (strict && Object.keys(v).length > found) status = extra(v, keys, out, status);
    return checks && status !== HARD ? Math.max(status, checks(v, out)) : status;
  };
}

/** A record: every key passes `key` (else the key message), every value `value`. */
export const record =
  (key: Node, value: Node, keyMessage = 'not allowed here'): Node =>
  (v, out) => {
    if (!isObject(v)) return typeFailure(out, v, 'record');
    let status = OK;
    for (const k of Object.keys(v)) {
      if (key(k, []) !== OK) {
        push(out, 'INVALID_KEY', `invalid key ${JSON.stringify(k)}: ${keyMessage}`, [k]);
        status = HARD;
      } else status = fold(status, out, out.length, k, value(v[k], out));
    }
    return status;
  };

/** What a spec node becomes, kind by kind: T is Node for the builders above (compiler), or the
 * source text of their calls (scripts/gen-contracts.ts writes a contract off the hot path so), so
 * both ways read a spec the one way, in build below. */
export interface Builders<T> {
  /** named checks, by name and argument (one or more) */
  named(list: ReadonlyArray<readonly [string, unknown]>): T;
  lengths(min: number | undefined, minMessage: string | undefined, max: number | undefined, maxMessage: string | undefined): T;
  oneOf(values: readonly unknown[]): T;
  anything: T;
  anyOf(types: readonly string[]): T;
  string(pattern: string | undefined, message: string | undefined, length: T | null, checks: T | null): T;
  number(integer: boolean, minimum: number | undefined, maximum: number | undefined, messages: Record<string, string> | undefined): T;
  boolean: T;
  array(item: T, length: T | null, checks: T | null): T;
  record(key: T, value: T, keyMessage: string | undefined): T;
  object(props: ReadonlyArray<readonly [string, T]>, required: readonly string[] | undefined, checks: T | null, strict: boolean): T;
}

/** A spec node through the builders; its children through `node`. */
export function build<T>(s: Spec, b: Builders<T>, node: (s: Spec) => T): T {
  const messages = s['x-messages'];
  const list = (s['x-checks'] ?? []).map((c) => (typeof c === 'string' ? ([c, undefined] as const) : ([c[0], c[1]] as const)));
  const own = list.length ? b.named(list) : null;
  const min = s.minItems ?? s.minLength;
  const max = s.maxItems ?? s.maxLength;
  // a string's length limit without a message of the contract's own says "characters"
  const length = min === undefined && max === undefined ? null : b.lengths(min, messages?.minLength, max, messages?.maxLength ?? (s.type === 'string' && max !== undefined ? tooLong(max) : undefined));

  const values = s.enum ?? ('const' in s ? [s.const] : null);
  if (values) return b.oneOf(values);
  if (s.type === undefined) return own ?? b.anything; // z.unknown(), or an object's own checks
  if (Array.isArray(s.type)) return b.anyOf(s.type);
  switch (s.type) {
    case 'string':
      return b.string(s.pattern, messages?.pattern, length, own);
    case 'number':
    case 'integer':
      return b.number(s.type === 'integer', s.minimum, s.maximum, messages);
    case 'boolean':
      return b.boolean;
    case 'array':
      return b.array(s.items ? node(s.items) : b.anything, length, own);
    case 'object':
      if (s.propertyNames) return b.record(node(s.propertyNames), typeof s.additionalProperties === 'object' ? node(s.additionalProperties) : b.anything, s.propertyNames['x-messages']?.pattern);
      // strict unless the schema allows other keys (the spec leaves out the
      // additionalProperties: false every contract object has, see specOf)
      return b.object(
        Object.entries(s.properties ?? {}).map(([k, p]) => [k, node(p)] as const),
        s.required,
        own,
        s.additionalProperties === undefined || s.additionalProperties === false,
      );
  }
  throw new Error(`contract: unsupported schema ${JSON.stringify(s).slice(0, 80)}`);
}

/** Compiles spec nodes; object nodes found in `objects` (generated functions) are used as
 * they are, others are compiled here. */
export function compiler(checks: NamedChecks = {}, objects: ReadonlyMap<Spec, Node> = new Map()): (s: Spec) => Node {
  const builders: Builders<Node> = {
    named: (list) => {
      const nodes = list.map(([name, arg]) => {
        const fn = checks[name];
        if (!fn) throw new Error(`contract: unknown check ${name}`);
        return named(fn, arg);
      });
      return nodes.length === 1 ? nodes[0] : all(nodes);
    },
    lengths,
    oneOf,
    anything,
    anyOf,
    string: (pattern, message, length, own) => string(pattern === undefined ? undefined : new RegExp(pattern), message, length, own),
    number,
    boolean,
    array,
    record,
    object: (props, required, own, strict) => object(Object.fromEntries(props), required, own, strict),
  };
  const node = (s: Spec): Node => objects.get(s) ?? build(s, builders, node);
  return node;
}

export interface Checker {
  /** Checks a value; pushes its issues (paths under base) and says whether it passed. */
  check(value: unknown, base: string, issues: InputIssue[]): boolean;
}

export function checkerOf(root: Node): Checker {
  return {
    check(value, base, issues) {
      const out: Found[] = [];
      if (root(value, out) === OK) return true;
      for (const f of out) issues.push({ path: joinPath(base, f.segs.reverse()), code: f.code, message: f.message });
      return false;
    },
  };
}

/** Compiles a contract's JSON Schema (with its named checks) into a checker. */
export function compileChecker(spec: Spec, checks: NamedChecks = {}): Checker {
  return checkerOf(compiler(checks)(spec));
}
