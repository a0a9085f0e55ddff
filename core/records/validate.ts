// Validating a record: the profile's zod schema (elements, formats, requirements per
// participant) and then the dated filing rules. Issues are data: path, stable code, message.
import { FILING_RULE_CODES, type RecordIssue } from './codes.ts';
import { acceptFor } from './accept.ts';
import { checkFilingRules } from './filing-rules.ts';
import { recordSchema, type AnyRecord } from './profiles.ts';
import type { Participant, Profile } from './requirements.ts';
import { describeValue, joinPath, valueAt } from '../issues.ts';

interface ZodIssueLike {
  code: string;
  path: ReadonlyArray<PropertyKey>;
  message: string;
  expected?: string;
  keys?: ReadonlyArray<string>;
  values?: ReadonlyArray<unknown>;
  params?: { s321?: string };
}

/** "items[0].price": the JSON path of zod's segments (the one writer in core/issues.ts). */
export function pathText(segments: ReadonlyArray<PropertyKey>): string {
  return joinPath('', segments);
}

const got = describeValue;

/** Edit distance up to a small bound, for "did you mean" hints on unknown elements. */
function near(a: string, b: string): boolean {
  a = a.toLowerCase();
  b = b.toLowerCase();
  if (a.includes(b) || b.includes(a)) return Math.min(a.length, b.length) >= 4;
  if (Math.abs(a.length - b.length) > 2) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length] <= 2;
}

type Def = { type: string; innerType?: unknown; element?: unknown; shape?: Record<string, unknown> };
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;
function unwrap(s: unknown): unknown {
  while (defOf(s).type === 'optional') s = defOf(s).innerType;
  return s;
}

/** The element names the schema defines at a path (read from the zod shape). */
function knownKeysAt(segments: ReadonlyArray<PropertyKey>, profile: Profile, participant: Participant): string[] {
  let s: unknown = recordSchema(profile, participant);
  for (const seg of segments) {
    const d = defOf(unwrap(s));
    if (typeof seg === 'number' && d.type === 'array') s = d.element;
    else if (typeof seg === 'string' && d.type === 'object') s = d.shape![seg];
    else return [];
    if (!s) return [];
  }
  const d = defOf(unwrap(s));
  return d.type === 'object' ? Object.keys(d.shape!) : [];
}

/** zod issues -> record issues with stable codes. */
export function mapZodIssues(issues: ReadonlyArray<ZodIssueLike>, root: unknown, profile: Profile, participant: Participant): RecordIssue[] {
  const out: RecordIssue[] = [];
  for (const i of issues) {
    const path = pathText(i.path);
    const v = valueAt(root, i.path);
    if (i.params?.s321) {
      out.push({ path, code: i.params.s321, message: i.message });
      continue;
    }
    switch (i.code) {
      case 'invalid_type':
        if (v === undefined) out.push({ path, code: 'MISSING_ELEMENT', message: `required element ${path || '(record)'} is missing` });
        else out.push({ path, code: 'INVALID_FORMAT', message: `expected ${i.expected === 'object' && path === '' ? 'a record object' : i.expected ?? 'another type'}, got ${got(v)}` });
        break;
      case 'unrecognized_keys': {
        const known = knownKeysAt(i.path, profile, participant);
        for (const k of i.keys ?? []) {
          const hint = known.find((n) => near(n, k));
          const p = path ? `${path}.${k}` : k;
          out.push({ path: p, code: 'UNKNOWN_ELEMENT', message: `unknown element "${k}"${hint ? ` (did you mean "${hint}"?)` : ''}` });
        }
        break;
      }
      case 'invalid_value':
        if (v === undefined) {
          // an absent enum or literal element
          out.push({ path, code: 'MISSING_ELEMENT', message: `required element ${path} is missing` });
          break;
        }
        out.push({ path, code: 'INVALID_FORMAT', message: `expected one of ${(i.values ?? []).map((x) => JSON.stringify(x)).join(', ')}, got ${got(v)}` });
        break;
      default: {
        const m = i.message && i.message !== 'Invalid input' ? i.message : 'expected another value';
        out.push({ path, code: 'INVALID_FORMAT', message: m.includes(', got ') ? m : `${m}, got ${got(v)}` });
      }
    }
  }
  return out;
}

export interface ValidateResult {
  /** true when the record has no issue at all */
  valid: boolean;
  /** element issues (structure, formats, requirements) */
  errors: RecordIssue[];
  /** dated filing-rule issues: well formed, but CBP would not take it on its date */
  filing: RecordIssue[];
}

/** Validates one record against a profile (and participant type, for data-pilot). */
export function validateRecord(record: unknown, profile: Profile, participant: Participant = 'ONLINE_MARKETPLACE'): ValidateResult {
  const schema = recordSchema(profile, participant);
  // the compiled predicate answers "valid" for most records without zod's per-element work; a
  // record it does not accept goes through safeParse, which names the issues (accept.ts)
  let errors: RecordIssue[] = [];
  if (!acceptFor(schema)(record)) {
    const r = schema.safeParse(record);
    if (!r.success) errors = mapZodIssues(r.error.issues as unknown as ZodIssueLike[], record, profile, participant);
  }
  const filing = record !== null && typeof record === 'object' && !Array.isArray(record) ? checkFilingRules(profile, record as Record<string, unknown>) : [];
  // a filing rule on an element that is itself malformed says nothing new
  const bad = new Set(errors.map((e) => e.path));
  const kept = filing.filter((f) => !bad.has(f.path));
  return { valid: errors.length === 0 && kept.length === 0, errors, filing: kept };
}

export function isFilingCode(code: string): boolean {
  return FILING_RULE_CODES.has(code);
}

export type { AnyRecord };
