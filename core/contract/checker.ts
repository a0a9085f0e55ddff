// What the generated checkers call (core/*/contract.generated.ts, written by
// scripts/gen-contracts.ts from the zod contracts): one node builder per kind of JSON Schema
// node, whose nodes name the issues of a value, and checkerOf, which turns them into InputIssues.
// Nothing here reads a schema: the generator does, at build time, and writes the calls.
//
// zod semantics followed: a type failure stops a node's other checks, except the length checks,
// which zod runs on anything with a length; a failed format or named check lets the others run;
// an object's own named checks run only when no member failed its type; unknown keys are errors
// (every contract object is strict). test/node/core/contract/contracts.test.ts holds every
// generated checker equal to zod's safeParse on a corpus.
import { describeValue, joinPath, unknownKeyIssue, type InputIssue } from '../issues.ts';

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

/** Folds a member's result into its object's: its issues (from index `from`) get its key. */
function fold(status: number, out: Found[], from: number, key: PropertyKey, r: number): number {
  if (r === OK) return status;
  for (let i = from; i < out.length; i++) out[i].segs.push(key);
  return r > status ? r : status;
}

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

/** Several nodes run in turn (a value's named checks, when it has more than one): the worst result. */
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

/** An object: its members (those in `required` must be present), unknown keys refused, then
 * its own named checks (only when no member failed its type, as zod). */
export function object(props: Record<string, Node>, required: readonly string[] = [], checks?: Node | null): Node {
  const keys = Object.keys(props);
  return (v, out) => {
    if (!isObject(v)) return typeFailure(out, v, 'object');
    let status = OK;
    let found = 0;
    for (const key of keys) {
      const x = v[key];
      if (x !== undefined) found++;
      else if (!required.includes(key)) continue;
      status = fold(status, out, out.length, key, props[key](x, out));
    }
    if (Object.keys(v).length > found) {
      for (const k of Object.keys(v)) {
        if (keys.includes(k)) continue;
        out.push({ segs: [k], ...unknownKeyIssue(k, keys) });
        status = HARD;
      }
    }
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

export interface Checker<T = unknown> {
  /** Checks a value; pushes its issues (paths under base) and says whether it passed (a value
   * that passes is a T). */
  check(value: unknown, base: string, issues: InputIssue[]): value is T;
}

/** The one translator of issues: what the nodes found, as InputIssues under `base`. `accept`,
 * when given, is the contract's generated test that says yes to a valid value without building
 * anything (true only when the nodes would find nothing). */
export function checkerOf<T = unknown>(root: Node, accept?: (value: unknown) => boolean): Checker<T> {
  return {
    check(value, base, issues): value is T {
      if (accept?.(value)) return true;
      const out: Found[] = [];
      if (root(value, out) === OK) return true;
      for (const f of out) issues.push({ path: joinPath(base, f.segs.reverse()), code: f.code, message: f.message });
      return false;
    },
  };
}
