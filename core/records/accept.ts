// A fast yes/no check compiled from the profile's zod/mini schema (issue 3, export performance).
//
// Why: `s321 export` validates every row; zod's safeParse builds payloads, issue arrays and a
// fresh output object per element, about 13 us a record, a fifth of the export's time. Most rows
// are valid, and for a valid row the only answer needed is "valid". So validateRecord first asks
// this predicate; when it says yes, zod would have said yes too and there are no issues to map;
// when it says no (or meets anything it does not know), zod runs as before and produces the
// issues. The zod schema stays the one source: this file reads its definition (types, shapes,
// optional members, strict keys, the checks' own functions), it does not restate a rule.
// test/node/records/accept-vs-schema.test.ts holds it equal to safeParse on built records and on
// mutated ones.
//
// Semantics mirrored from zod 4 (core/schemas.js, checks.js): an object is a non-null non-array
// object; a required member must be present (`key in value`) and pass; an optional member may be
// absent or undefined; a strict object rejects any other enumerable key (`for...in`); checks run
// on the value after its type passed. Length checks are decided here only where UTF-16 units and
// code points cannot disagree; otherwise, and for every other check, the check's own function
// runs on a payload as zod would run it. Unknown schema types answer "no" (zod then decides).

type Check = { _zod: { def: CheckDef; check?: (payload: Payload) => unknown } };
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  fn?: (v: unknown) => unknown;
  type?: string;
  when?: (payload: Payload) => boolean;
}
interface Payload {
  value: unknown;
  issues: unknown[];
}
interface Def {
  type: string;
  checks?: Check[];
  innerType?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
  catchall?: Schema;
  coerce?: boolean;
}
type Schema = { _zod: { def: Def; values?: ReadonlySet<unknown>; optin?: string } };

export type Accept = (value: unknown) => boolean;

const NO: Accept = () => false;

function checkFn(c: Check): ((v: unknown) => boolean) | null {
  const d = c._zod.def;
  switch (d.check) {
    case 'meta':
    case 'describe':
      return null; // no-op checks
    case 'string_format':
      if (d.format === 'regex' && d.pattern instanceof RegExp && !d.when) {
        const re = d.pattern;
        return (v) => {
          re.lastIndex = 0;
          return re.test(v as string);
        };
      }
      break;
    case 'max_length': {
      const max = d.maximum!;
      const run = generic(c);
      // units <= max means code points <= max; above, zod counts code points
      return (v) => (typeof v === 'string' && v.length <= max) || run(v);
    }
    case 'min_length': {
      const min = d.minimum!;
      const run = generic(c);
      // fewer units than min: too short either way; at least 2x min units, or no surrogate (one
      // unit per code point): long enough either way
      return (v) => (typeof v === 'string' && (v.length >= min * 2 || (v.length >= min && !SURROGATE.test(v))) ? true : typeof v === 'string' && v.length < min ? false : run(v));
    }
    case 'custom':
      // z.refine: a $ZodCustom whose check passes when fn(value) is truthy
      if (d.type === 'custom' && typeof d.fn === 'function' && !d.when) {
        const fn = d.fn;
        return (v) => {
          const r = fn(v);
          return !(r instanceof Promise) && !!r;
        };
      }
      break;
  }
  return generic(c);
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Runs a check's own function on a payload, as zod's runChecks does. The payload is reused
 * (emptied before each run): checks run synchronously, one at a time, and a fresh object and
 * array per check per record were a measurable share of the export's garbage. */
function generic(c: Check): (v: unknown) => boolean {
  const run = c._zod.check;
  const when = c._zod.def.when;
  if (typeof run !== 'function') return () => false;
  const payload: Payload = { value: undefined, issues: [] };
  return (v) => {
    payload.value = v;
    payload.issues.length = 0;
    if (when && !when(payload)) return true;
    const r = run(payload);
    const ok = !(r instanceof Promise) && payload.issues.length === 0;
    payload.value = undefined;
    return ok;
  };
}

function withChecks(def: Def, base: Accept): Accept {
  const fns = (def.checks ?? []).map(checkFn).filter((f): f is (v: unknown) => boolean => f !== null);
  if (!fns.length) return base;
  if (fns.length === 1) {
    const [a] = fns;
    return (v) => base(v) && a(v);
  }
  return (v) => {
    if (!base(v)) return false;
    for (let i = 0; i < fns.length; i++) if (!fns[i](v)) return false;
    return true;
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function compile(s: Schema): Accept {
  const def = s._zod.def;
  if (def.coerce) return NO;
  switch (def.type) {
    case 'optional': {
      if (def.innerType!._zod.optin === 'defaulted' || def.checks?.length) return NO;
      const inner = compile(def.innerType!);
      return (v) => v === undefined || inner(v);
    }
    case 'string':
      return withChecks(def, (v) => typeof v === 'string');
    case 'boolean':
      return withChecks(def, (v) => typeof v === 'boolean');
    case 'number':
      return withChecks(def, (v) => typeof v === 'number' && Number.isFinite(v));
    case 'enum':
    case 'literal': {
      const values = s._zod.values;
      if (!values) return NO;
      return withChecks(def, (v) => values.has(v));
    }
    case 'array': {
      const el = compile(def.element!);
      return withChecks(def, (v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!el(v[i])) return false;
        return true;
      });
    }
    case 'object': {
      const shape = def.shape!;
      const keys = Object.keys(shape);
      if (Object.getOwnPropertySymbols(shape).length) return NO;
      const members = keys.map((k) => ({ key: k, required: shape[k]._zod.optin === undefined, accept: compile(shape[k]) }));
      const known = new Set(keys);
      const strict = def.catchall !== undefined;
      if (strict && def.catchall!._zod.def.type !== 'never') return NO;
      return withChecks(def, (v) => {
        if (!isObject(v)) return false;
        for (let i = 0; i < members.length; i++) {
          const m = members[i];
          if (!(m.key in v)) {
            if (m.required) return false;
            continue;
          }
          if (!m.accept(v[m.key])) return false;
        }
        if (strict) for (const k in v) if (!known.has(k)) return false;
        return true;
      });
    }
    default:
      return NO;
  }
}

const compiled = new WeakMap<object, Accept>();

/** The compiled predicate of a zod/mini schema: true only when safeParse would succeed. */
export function acceptFor(schema: unknown): Accept {
  let a = compiled.get(schema as object);
  if (!a) {
    a = compile(schema as Schema);
    compiled.set(schema as object, a);
  }
  return a;
}
