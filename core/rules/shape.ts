// The rule set check the engine uses (checkRuleSet in load.ts: `--rules FILE`, the widget's
// `rules` property): a hand-written twin of core/rules/schema.ts's zod `ruleSetSchema`.
//
// Why: the rule-set contract is the zod schema (the source of `s321 schema rules`), but zod/mini
// costs the widget about 7 KB of gzip, half of issue 4's size budget, and its bundle must not
// carry zod at all (no JIT code under a strict CSP). This check accepts exactly the same shape in
// the same order and reports zod-shaped issues (code, path, expected, values, minimum, origin,
// message), so fromZodIssues turns them into the very same InputIssues:
// test/node/core/rules-shape.test.ts compares the two on the bundled rule set and on generated
// mutations. The same pattern as core/shipment/validate.ts, the twin of the request schema.
// (It used to be swapped in for the widget build only; every door now runs the same check.)

import { CONFIDENCE, ITEM_FLAGS, MODES, PARTY_TYPES, TOPICS } from './types.ts';

type Path = PropertyKey[];
export interface ShapeIssue {
  code: string;
  path: Path;
  message: string;
  expected?: string;
  values?: readonly unknown[];
  minimum?: number;
  origin?: string;
  issues?: ShapeIssue[];
}
type Check = (v: unknown, path: Path, out: ShapeIssue[]) => void;

const M = 'Invalid input';
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const typeIssue = (expected: string, path: Path): ShapeIssue => ({ code: 'invalid_type', expected, path, message: M });

// zod runs a length check even after the type check failed, on anything with a length (an
// array given for a string, a string given for an array): the same here, issue for issue.
function tooShort(v: unknown, min: number | undefined, message: string, path: Path, out: ShapeIssue[]): void {
  const length = (v as { length?: unknown } | null)?.length;
  if (min === undefined || typeof length !== 'number' || length >= min) return;
  out.push({ code: 'too_small', origin: Array.isArray(v) ? 'array' : typeof v === 'string' ? 'string' : 'unknown', minimum: min, path, message });
}

const str =
  (re?: RegExp, message = M, min?: number): Check =>
  (v, path, out) => {
    if (typeof v !== 'string') out.push(typeIssue('string', path));
    else if (re && !re.test(v)) return void out.push({ code: 'invalid_format', origin: 'string', path, message });
    tooShort(v, min, message, path, out);
  };

const oneOf =
  (values: readonly string[]): Check =>
  (v, path, out) => {
    if (!values.includes(v as string)) out.push({ code: 'invalid_value', values, path, message: M });
  };

const bool: Check = (v, path, out) => {
  if (typeof v !== 'boolean') out.push(typeIssue('boolean', path));
};

const arr =
  (item: Check, min?: number, message = M): Check =>
  (v, path, out) => {
    if (!Array.isArray(v)) out.push(typeIssue('array', path));
    else v.forEach((x, i) => item(x, [...path, i], out));
    tooShort(v, min, message, path, out);
  };

const opt =
  (c: Check): Check =>
  (v, path, out) => {
    if (v !== undefined) c(v, path, out);
  };

const obj =
  (shape: Record<string, Check>): Check =>
  (v, path, out) => {
    if (!isObject(v)) return void out.push(typeIssue('object', path));
    for (const k in shape) shape[k](v[k], [...path, k], out);
  };

const rec =
  (key: Check, value: Check): Check =>
  (v, path, out) => {
    if (!isObject(v)) return void out.push(typeIssue('record', path));
    for (const k of Object.keys(v)) {
      const keyIssues: ShapeIssue[] = [];
      key(k, [], keyIssues);
      if (keyIssues.length) out.push({ code: 'invalid_key', origin: 'record', issues: keyIssues, path: [...path, k], message: M });
      else value(v[k], [...path, k], out);
    }
  };

// the same primitives, messages and order as core/rules/schema.ts
const usd = str(/^\d{1,9}(\.\d{1,2})?$/, 'expected a USD amount such as "800.00"');
const when = str(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, 'expected a New York date "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"');
const country = str(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code');
const nonEmpty = str(undefined, 'expected a non-empty string', 1);
const id = str(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case identifier');
const code = /^[A-Z][A-Z0-9_]*$/;

const citations = arr(
  obj({ document: nonEmpty, section: opt(str()), url: opt(str(/^https:\/\//, 'expected an https URL')), confidence: oneOf(CONFIDENCE) }),
  1,
  'every rule needs at least one citation',
);

const ruleSet = obj({
  version: nonEmpty,
  description: opt(str()),
  versions: arr(
    obj({
      id,
      topic: oneOf(TOPICS),
      title: nonEmpty,
      from: opt(when),
      until: opt(when),
      scope: opt(obj({ origins: opt(arr(country, 1)), modes: opt(arr(oneOf(MODES), 1)) })),
      status: oneOf(['available', 'suspended', 'repealed', 'in-force']),
      limitUsd: opt(usd),
      limitUsdBySenderCountry: opt(rec(country, usd)),
      exceptFlags: opt(arr(oneOf(ITEM_FLAGS))),
      exceptCitations: opt(citations),
      exceptUnconfirmed: opt(nonEmpty),
      formalEntryFlags: opt(arr(oneOf(ITEM_FLAGS))),
      electronicEntry: opt(bool),
      recipientTypes: opt(arr(oneOf(PARTY_TYPES), 1)),
      countries: opt(arr(country, 1)),
      reasonCode: opt(str(code, 'expected an UPPER_SNAKE reason code')),
      summary: nonEmpty,
      citations,
      note: opt(str()),
    }),
    1,
  ),
  exclusions: arr(
    obj({
      id,
      flag: oneOf(ITEM_FLAGS),
      bars: arr(oneOf(['commercial', 'gift']), 1),
      unitValueOverUsd: opt(usd),
      reasonCode: str(code),
      summary: nonEmpty,
      citations,
      needsAceEntry: opt(bool),
    }),
  ),
  htsHints: arr(
    obj({
      id,
      prefixes: arr(str(/^\d{2,10}$/, 'expected 2 to 10 HTS digits'), 1),
      flag: oneOf(ITEM_FLAGS),
      effect: oneOf(['apply', 'suggest']),
      reasonCode: str(code),
      summary: nonEmpty,
      citations,
      unlessFlag: opt(oneOf(ITEM_FLAGS)),
    }),
  ),
});

/** Same contract as zod's safeParse, as far as load.ts uses it. The data is the input itself
 * (zod would drop unknown keys; nothing downstream reads them). */
export const ruleSetShape = {
  safeParse(input: unknown): { success: true; data: unknown } | { success: false; error: { issues: ShapeIssue[] } } {
    const issues: ShapeIssue[] = [];
    ruleSet(input, [], issues);
    return issues.length ? { success: false, error: { issues } } : { success: true, data: input };
  },
};
