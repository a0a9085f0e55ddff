// Invalid input is data: a list of issues, each with the JSON path of the offending value and
// what was expected (zod v4 / valibot style). They are prettified only at the edge.

/** One problem with the input: where (a JSON path), a stable code, and what was expected and found. */
export interface InputIssue {
  /** JSON path such as "shipments[0].items[1].price.amount"; "" for the document itself */
  path: string;
  /** stable code: INVALID_TYPE, INVALID_VALUE, MISSING, UNKNOWN_CURRENCY, MISSING_RATE, ... */
  code: string;
  /** what was expected and what was found */
  message: string;
}

export function joinPath(base: string, segments: ReadonlyArray<PropertyKey>): string {
  let out = base;
  for (const s of segments) {
    out += typeof s === 'number' ? `[${s}]` : (out ? '.' : '') + String(s);
  }
  return out;
}

/** How a found value is named in messages: "nothing", "null", "an array", a quoted string... */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '...' : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

/** The value at a path inside a JSON document (undefined when absent). */
export function valueAt(root: unknown, segments: ReadonlyArray<PropertyKey>): unknown {
  let cur: unknown = root;
  for (const s of segments) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[s as string];
  }
  return cur;
}

/** The known name a misspelt one most likely meant ("recipent" -> "recipient"), if any is close:
 * two edits at most (one for short names), case aside, or one name containing the other and at
 * least 60% as long ("arrival" -> "arrivalDate", not "origin" -> "originatorCode"). */
export function nearestName(name: string, known: readonly string[]): string | undefined {
  const a = name.toLowerCase();
  let best: string | undefined;
  let least = Infinity;
  for (const k of known) {
    const b = k.toLowerCase();
    // edit distance, one row at a time
    let row = [...Array(b.length + 1).keys()];
    for (let i = 0; i < a.length; i++) {
      const next = [i + 1];
      for (let j = 0; j < b.length; j++) next.push(Math.min(row[j + 1] + 1, next[j] + 1, row[j] + +(a[i] !== b[j])));
      row = next;
    }
    const d = row[b.length];
    const short = Math.min(a.length, b.length);
    const close = d <= (short <= 4 ? 1 : 2) || (short >= 4 && short * 5 >= Math.max(a.length, b.length) * 3 && (a.includes(b) || b.includes(a)));
    if (close && d < least) {
      best = k;
      least = d;
    }
  }
  return best;
}

/** The issue of a key the contract does not define, naming the nearest known key. */
export function unknownKeyIssue(key: string, known: readonly string[]): { code: string; message: string } {
  const near = nearestName(key, known);
  return {
    code: 'UNKNOWN_KEY',
    message: `unknown key \`${key}\`: ${near ? `did you mean \`${near}\`?` : `expected one of ${known.join(', ')}`}`,
  };
}

interface ZodLikeIssue {
  code: string;
  path: ReadonlyArray<PropertyKey>;
  message: string;
  expected?: string;
  values?: ReadonlyArray<unknown>;
  keys?: ReadonlyArray<string>;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  errors?: ReadonlyArray<ReadonlyArray<object>>;
  issues?: ReadonlyArray<{ message: string }>;
  /** a named check's own issue code (core/contract/zod.ts `named`) */
  params?: { s321?: string };
}

const DEFAULT = 'Invalid input';
const custom = (m: string) => m !== DEFAULT && !m.startsWith('Too small') && !m.startsWith('Too big');

/** Turns zod issues into InputIssues whose messages say what was expected and what was found:
 * the same issues, word for word, as the contract's compiled checker (core/contract/checker.ts).
 * knownKeys names the keys an object at a path defines, for "did you mean" hints. */
export function fromZodIssues(
  issues: ReadonlyArray<ZodLikeIssue>,
  root: unknown,
  base = '',
  knownKeys: (path: ReadonlyArray<PropertyKey>) => readonly string[] = () => [],
): InputIssue[] {
  return issues.flatMap((i): InputIssue[] => {
    const path = joinPath(base, i.path);
    const got = valueAt(root, i.path);
    switch (i.code) {
      case 'invalid_type':
        if (got === undefined) return [{ path, code: 'MISSING', message: `required ${i.expected ?? 'value'} is missing` }];
        // a type check with its own words (z.int's "expected a whole number")
        if (custom(i.message)) return [{ path, code: 'INVALID_VALUE', message: `${i.message}, got ${describeValue(got)}` }];
        return [{ path, code: 'INVALID_TYPE', message: `expected ${i.expected ?? 'another type'}, got ${describeValue(got)}` }];
      case 'invalid_value': {
        const list = (i.values ?? []).map((v) => JSON.stringify(v)).join(', ');
        if (got === undefined) return [{ path, code: 'MISSING', message: `required value is missing: expected one of ${list}` }];
        return [{ path, code: 'INVALID_VALUE', message: `expected one of ${list}, got ${describeValue(got)}` }];
      }
      case 'too_small':
        if (custom(i.message)) return [{ path, code: 'TOO_SMALL', message: i.message }];
        return [{ path, code: 'TOO_SMALL', message: i.origin === 'array' ? `expected at least ${String(i.minimum)} entries` : `expected at least ${String(i.minimum)}, got ${describeValue(got)}` }];
      case 'too_big':
        if (custom(i.message)) return [{ path, code: 'TOO_BIG', message: i.message }];
        return [{ path, code: 'TOO_BIG', message: `expected at most ${String(i.maximum)}, got ${describeValue(got)}` }];
      case 'invalid_key':
        return [{ path, code: 'INVALID_KEY', message: `invalid key ${i.path.length ? JSON.stringify(String(i.path[i.path.length - 1])) : ''}: ${i.issues?.[0]?.message ?? 'not allowed here'}` }];
      case 'unrecognized_keys': {
        const known = knownKeys(i.path);
        return (i.keys ?? []).map((k) => ({ path: joinPath(base, [...i.path, k]), ...unknownKeyIssue(k, known) }));
      }
      case 'invalid_union': {
        const expected = (i.errors ?? []).map((e) => (e[0] as { expected?: string } | undefined)?.expected).filter(Boolean);
        const what = expected.length ? expected.join(' or ') : 'value';
        if (got === undefined) return [{ path, code: 'MISSING', message: `required ${what} is missing` }];
        return [{ path, code: 'INVALID_TYPE', message: `expected ${expected.length ? what : 'another shape'}, got ${describeValue(got)}` }];
      }
      default:
        // a named check with a code of its own words its message in full, as the checker does
        if (i.code === 'custom' && i.params?.s321) return [{ path, code: i.params.s321, message: i.message }];
        return [{ path, code: 'INVALID_VALUE', message: `${i.message}, got ${describeValue(got)}` }];
    }
  });
}

/** One line for people: "path: message". */
export function formatIssue(i: InputIssue): string {
  return `${i.path || '(input)'}: ${i.message}`;
}
