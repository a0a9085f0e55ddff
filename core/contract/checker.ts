// A plain checker compiled from a contract's JSON Schema (the subset zod's toJSONSchema prints
// for s321's schemas) plus the named checks JSON Schema cannot state (ISO code lists, real
// dates, decimals per currency), so the engine, the widget and the export can check input
// without the zod runtime. The schema is generated from the zod contract (specOf in core/contract/zod.ts
// and scripts/gen-contracts.ts), never written by hand; test/node/core/validate-vs-schema.test.ts
// and rules-shape.test.ts hold the checker equal to zod's safeParse, issue for issue.
//
// zod semantics it follows: a type failure stops a node's other checks, except the length
// checks, which zod runs on anything with a length; a failed format or named check lets the
// others run; an object's own named checks run only when no member failed its type; unknown
// keys are errors (every contract object is strict).
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
  anyOf?: Spec[];
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

interface Found {
  /** path segments, innermost first (parents push their key as the issue travels up) */
  segs: PropertyKey[];
  code: string;
  message: string;
}

const OK = 0;
/** a check failed; the node's other checks still ran */
const SOFT = 1;
/** a type failure: zod skips the checks that follow it (and the parent object's own checks) */
const HARD = 2;

/** out === null: only pass/fail is wanted, stop at the first failure. */
type Node = (v: unknown, out: Found[] | null) => number;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function push(out: Found[], code: string, message: string, segs: PropertyKey[] = []): void {
  out.push({ segs, code, message });
}

function typeFailure(out: Found[], v: unknown, expected: string): void {
  if (v === undefined) push(out, 'MISSING', `required ${expected} is missing`);
  else push(out, 'INVALID_TYPE', `expected ${expected}, got ${describeValue(v)}`);
}

const list = (values: readonly unknown[]) => values.map((x) => JSON.stringify(x)).join(', ');

function keyedUp(out: Found[] | null, from: number, key: PropertyKey): void {
  if (out) for (let i = from; i < out.length; i++) out[i].segs.push(key);
}

/** zod names a length check's origin after the value it met, not after the schema. */
function lengthOrigin(v: unknown): string {
  return Array.isArray(v) ? 'array' : typeof v === 'string' ? 'string' : 'unknown';
}

function compileNode(s: Spec, checks: NamedChecks): Node {
  const messages = s['x-messages'] ?? {};
  const named = (s['x-checks'] ?? []).map((c) => {
    const [name, arg] = typeof c === 'string' ? [c] : c;
    const fn = checks[name] as ((v: unknown, a: unknown) => CheckFailure | undefined) | undefined;
    if (!fn) throw new Error(`contract names an unknown check "${name}"`);
    return (v: unknown) => fn(v, arg);
  });
  const runNamed = (v: unknown, out: Found[] | null): number => {
    let status = OK;
    for (let i = 0; i < named.length; i++) {
      const f = named[i](v);
      if (f === undefined) continue;
      if (!out) return SOFT;
      status = SOFT;
      if (typeof f === 'string') push(out, 'INVALID_VALUE', `${f}, got ${describeValue(v)}`);
      else {
        const segs = [...(f.path ?? [])].reverse();
        const at = f.path?.length ? (v as Record<PropertyKey, unknown>)?.[f.path[0] as string] : v;
        push(out, f.code ?? 'INVALID_VALUE', f.code ? f.message : `${f.message}, got ${describeValue(at)}`, segs);
      }
    }
    return status;
  };

  // minLength / maxLength / minItems / maxItems: zod's length checks, run even after a type failure
  const minLen = s.minItems ?? s.minLength;
  const maxLen = s.maxItems ?? s.maxLength;
  const minMessage = messages.minLength;
  const maxMessage = messages.maxLength;
  // zod counts a string's code points; UTF-16 units bound them (units / 2 <= points <= units),
  // so the count is needed only when the units alone cannot decide
  const lengthOf = (v: unknown): number => {
    const units = (v as { length: number }).length;
    if (typeof v !== 'string') return units; // not always a number: {"length": {}} fails both bounds, as in zod
    const undecided = (maxLen !== undefined && units > maxLen) || (minLen !== undefined && units >= minLen && Math.ceil(units / 2) < minLen);
    return undecided ? [...v].length : units;
  };
  const lengths =
    minLen === undefined && maxLen === undefined
      ? null
      : (v: unknown, out: Found[] | null): number => {
          // zod runs these on anything with a length, and fails whatever does not compare
          if (v === null || v === undefined || (v as { length?: unknown }).length === undefined) return OK;
          const n = lengthOf(v);
          let status = OK;
          if (minLen !== undefined && !(n >= minLen)) {
            if (!out) return SOFT;
            push(out, 'TOO_SMALL', minMessage ?? (lengthOrigin(v) === 'array' ? `expected at least ${minLen} entries` : `expected at least ${minLen}, got ${describeValue(v)}`));
            status = SOFT;
          }
          if (maxLen !== undefined && !(n <= maxLen)) {
            if (!out) return SOFT;
            push(out, 'TOO_BIG', maxMessage ?? (s.type === 'string' ? tooLong(maxLen) : `expected at most ${maxLen}, got ${describeValue(v)}`));
            status = SOFT;
          }
          return status;
        };

  const values = s.enum ?? ('const' in s ? [s.const] : null);
  if (values) {
    const set = new Set(values);
    return (v, out) => {
      if (set.has(v)) return OK;
      if (out) {
        if (v === undefined) push(out, 'MISSING', `required value is missing: expected one of ${list(values)}`);
        else push(out, 'INVALID_VALUE', `expected one of ${list(values)}, got ${describeValue(v)}`);
      }
      return HARD;
    };
  }

  if (s.type === undefined && !s.anyOf) return () => OK; // z.unknown(): anything

  if (Array.isArray(s.type)) {
    const types = s.type;
    const expected = types.join(' or ');
    const fits = (v: unknown) => types.some((t) => (t === 'number' ? typeof v === 'number' && Number.isFinite(v) : typeof v === t));
    return (v, out) => {
      if (fits(v)) return OK;
      if (out) typeFailure(out, v, expected);
      return HARD;
    };
  }

  switch (s.type) {
    case 'string': {
      if (s.pattern === undefined && lengths === null && named.length === 1) {
        // the common case (a code or a date): one named check, called directly
        const c = s['x-checks']![0];
        const [name, arg] = typeof c === 'string' ? [c] : c;
        const fn = checks[name] as (v: unknown, a: unknown) => CheckFailure | undefined;
        return (v, out) => {
          if (typeof v !== 'string') {
            if (out) typeFailure(out, v, 'string');
            return HARD;
          }
          return fn(v, arg) === undefined ? OK : runNamed(v, out);
        };
      }
      const re = s.pattern === undefined ? null : new RegExp(s.pattern);
      const patternMessage = messages.pattern ?? 'Invalid input';
      return (v, out) => {
        if (typeof v !== 'string') {
          if (!out) return HARD;
          typeFailure(out, v, 'string');
          lengths?.(v, out);
          return HARD;
        }
        let status = OK;
        if (re !== null && !re.test(v)) {
          if (!out) return SOFT;
          push(out, 'INVALID_VALUE', `${patternMessage}, got ${describeValue(v)}`);
          status = SOFT;
        }
        if (lengths !== null && lengths(v, out) !== OK) {
          if (!out) return SOFT;
          status = SOFT;
        }
        if (named.length && runNamed(v, out) !== OK) {
          if (!out) return SOFT;
          status = SOFT;
        }
        return status;
      };
    }
    case 'number':
    case 'integer': {
      const integer = s.type === 'integer';
      const { minimum, maximum } = s;
      return (v, out) => {
        if (typeof v !== 'number' || !Number.isFinite(v)) {
          if (out) typeFailure(out, v, 'number');
          return HARD;
        }
        let status = OK;
        if (integer && !Number.isSafeInteger(v)) {
          if (!out) return HARD;
          if (!Number.isInteger(v)) {
            push(out, 'INVALID_VALUE', `${messages.integer ?? 'expected an integer'}, got ${describeValue(v)}`);
            return HARD;
          }
          // zod: a whole number outside the safe range is too big (or small), and the other checks run
          push(out, v > 0 ? 'TOO_BIG' : 'TOO_SMALL', messages.integer ?? 'expected a safe integer');
          status = SOFT;
        }
        if (minimum !== undefined && v < minimum) {
          if (!out) return SOFT;
          push(out, 'TOO_SMALL', messages.minimum ?? `expected at least ${minimum}, got ${describeValue(v)}`);
          status = SOFT;
        }
        if (maximum !== undefined && v > maximum) {
          if (!out) return SOFT;
          push(out, 'TOO_BIG', messages.maximum ?? `expected at most ${maximum}, got ${describeValue(v)}`);
          status = SOFT;
        }
        return status;
      };
    }
    case 'boolean':
      return (v, out) => {
        if (typeof v === 'boolean') return OK;
        if (out) typeFailure(out, v, 'boolean');
        return HARD;
      };
    case 'array': {
      const item = s.items ? compileNode(s.items, checks) : () => OK;
      return (v, out) => {
        if (!Array.isArray(v)) {
          if (!out) return HARD;
          typeFailure(out, v, 'array');
          lengths?.(v, out);
          return HARD;
        }
        let status = OK;
        for (let i = 0; i < v.length; i++) {
          const from = out ? out.length : 0;
          const r = item(v[i], out);
          if (r === OK) continue;
          if (!out) return r;
          keyedUp(out, from, i);
          if (r > status) status = r;
        }
        if (lengths !== null && lengths(v, out) !== OK) {
          if (!out) return SOFT;
          if (status === OK) status = SOFT;
        }
        return status;
      };
    }
    case 'object':
      return s.propertyNames ? compileRecord(s, checks) : compileObject(s, checks, runNamed, named.length > 0);
  }
  throw new Error(`contract uses a schema the checker does not know: ${JSON.stringify(s).slice(0, 120)}`);
}

function compileObject(s: Spec, checks: NamedChecks, runNamed: (v: unknown, out: Found[] | null) => number, hasNamed: boolean): Node {
  const required = new Set(s.required ?? []);
  const props = s.properties ?? {};
  const keys = Object.keys(props);
  const members = keys.map((key) => ({ key, node: compileNode(props[key], checks), required: required.has(key) }));
  const known = new Set(keys);
  // strict unless the schema allows other keys (JSON Schema's default is to allow them; the
  // spec leaves out the additionalProperties: false every contract object has, see specOf)
  const strict = s.additionalProperties === undefined || s.additionalProperties === false;
  const count = members.length;
  return (v, out) => {
    if (!isObject(v)) {
      if (out) typeFailure(out, v, 'object');
      return HARD;
    }
    let status = OK;
    let present = 0;
    for (let i = 0; i < count; i++) {
      const m = members[i];
      const x = v[m.key];
      if (x === undefined) {
        if (m.key in v) present++;
        if (!m.required) continue;
      } else present++;
      const from = out ? out.length : 0;
      const r = m.node(x, out);
      if (r === OK) continue;
      if (!out) return r;
      keyedUp(out, from, m.key);
      if (r > status) status = r;
    }
    // more own keys than members present: some key is unknown (counting avoids a Set lookup
    // per key on the common path)
    if (strict) {
      // Object.keys: V8 answers it from the object's map (for...in is several times slower)
      if (Object.keys(v).length > present) {
        if (!out) return HARD;
        for (const k of Object.keys(v)) if (!known.has(k)) out.push({ segs: [k], ...unknownKeyIssue(k, keys) });
        status = HARD;
      }
    }
    if (hasNamed && status !== HARD) {
      const r = runNamed(v, out);
      if (r !== OK) {
        if (!out) return r;
        status = SOFT;
      }
    }
    return status;
  };
}

function compileRecord(s: Spec, checks: NamedChecks): Node {
  const key = compileNode(s.propertyNames!, checks);
  const keyMessage = s.propertyNames!['x-messages']?.pattern ?? 'not allowed here';
  const value = typeof s.additionalProperties === 'object' ? compileNode(s.additionalProperties, checks) : () => OK;
  return (v, out) => {
    if (!isObject(v)) {
      if (out) typeFailure(out, v, 'record');
      return HARD;
    }
    let status = OK;
    for (const k of Object.keys(v)) {
      if (key(k, null) !== OK) {
        if (!out) return HARD;
        push(out, 'INVALID_KEY', `invalid key ${JSON.stringify(k)}: ${keyMessage}`, [k]);
        status = HARD;
        continue;
      }
      const from = out ? out.length : 0;
      const r = value(v[k], out);
      if (r === OK) continue;
      if (!out) return r;
      keyedUp(out, from, k);
      if (r > status) status = r;
    }
    return status;
  };
}

export interface Checker {
  /** Checks a value; pushes its issues (paths under base) and says whether it passed. */
  check(value: unknown, base: string, issues: InputIssue[]): boolean;
  /** Whether the value passes, without naming issues (stops at the first failure). */
  accepts(value: unknown): boolean;
}

/** Compiles a contract's JSON Schema (with its named checks) into a checker. */
export function compileChecker(spec: Spec, checks: NamedChecks = {}): Checker {
  const root = compileNode(spec, checks);
  return {
    check(value, base, issues) {
      const out: Found[] = [];
      if (root(value, out) === OK) return true;
      for (const f of out) issues.push({ path: joinPath(base, f.segs.reverse()), code: f.code, message: f.message });
      return false;
    },
    accepts(value) {
      return root(value, null) === OK;
    },
  };
}
