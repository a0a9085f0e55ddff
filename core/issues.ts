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
    if (typeof s === 'number') out += `[${s}]`;
    else out += out ? `.${String(s)}` : String(s);
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

interface ZodLikeIssue {
  code: string;
  path: ReadonlyArray<PropertyKey>;
  message: string;
  expected?: string;
  values?: ReadonlyArray<unknown>;
  keys?: ReadonlyArray<string>;
  minimum?: number | bigint;
  origin?: string;
}

/** Turns zod issues into InputIssues whose messages say what was expected and what was found. */
export function fromZodIssues(issues: ReadonlyArray<ZodLikeIssue>, root: unknown, base = ''): InputIssue[] {
  return issues.map((i) => {
    const path = joinPath(base, i.path);
    const got = valueAt(root, i.path);
    switch (i.code) {
      case 'invalid_type':
        return got === undefined
          ? { path, code: 'MISSING', message: `required ${i.expected ?? 'value'} is missing` }
          : { path, code: 'INVALID_TYPE', message: `expected ${i.expected ?? 'another type'}, got ${describeValue(got)}` };
      case 'invalid_value':
        return { path, code: 'INVALID_VALUE', message: `expected one of ${(i.values ?? []).map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(got)}` };
      case 'too_small': {
        // a schema's own message ("every rule needs at least one citation") says more than zod's default
        const custom = i.message !== 'Invalid input' && !i.message.startsWith('Too small');
        if (custom) return { path, code: 'TOO_SMALL', message: i.message };
        return { path, code: 'TOO_SMALL', message: i.origin === 'array' ? `expected at least ${String(i.minimum)} entries` : `expected at least ${String(i.minimum)}, got ${describeValue(got)}` };
      }
      case 'invalid_key':
        return { path, code: 'INVALID_KEY', message: `invalid key ${i.path.length ? JSON.stringify(String(i.path[i.path.length - 1])) : ''}: ${(i as { issues?: Array<{ message: string }> }).issues?.[0]?.message ?? 'not allowed here'}` };
      case 'unrecognized_keys':
        return { path, code: 'UNKNOWN_KEY', message: `unexpected key(s) ${(i.keys ?? []).join(', ')}` };
      case 'invalid_union':
        return { path, code: 'INVALID_VALUE', message: `${i.message !== 'Invalid input' ? i.message : 'expected another shape'}, got ${describeValue(got)}` };
      default:
        return { path, code: 'INVALID_VALUE', message: `${i.message}, got ${describeValue(got)}` };
    }
  });
}

/** One line for people: "path: message". */
export function formatIssue(i: InputIssue): string {
  return `${i.path || '(input)'}: ${i.message}`;
}
