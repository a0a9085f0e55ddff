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

/** One line for people: "path: message". */
export function formatIssue(i: InputIssue): string {
  return `${i.path || '(input)'}: ${i.message}`;
}
