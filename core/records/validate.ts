// Validating a record: the profile's zod schema (elements, formats, requirements per
// participant) and then the dated filing rules. Issues are data: path, stable code, message.
import type { RecordIssue } from './codes.ts';
import { acceptRecord } from './accept.ts';
import { checkFilingRules } from './filing-rules.ts';
import { recordSchema, type AnyRecord } from './profiles.ts';
import type { Participant, Profile } from './requirements.ts';
import { describeValue, joinPath, nearestName, valueAt } from '../issues.ts';
import { knownKeysIn, specOf } from '../contract/zod.ts';

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

/** The element names the schema defines at a path (read from its JSON Schema). */
function knownKeysAt(segments: ReadonlyArray<PropertyKey>, profile: Profile, participant: Participant): string[] {
  return knownKeysIn(specOf(recordSchema(profile, participant)))(segments);
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
        else
          out.push({
            path,
            code: 'INVALID_FORMAT',
            message: `expected ${i.expected === 'object' && path === '' ? 'a record object' : (i.expected ?? 'another type')}, got ${got(v)}`,
          });
        break;
      case 'unrecognized_keys': {
        const known = knownKeysAt(i.path, profile, participant);
        for (const k of i.keys ?? []) {
          const hint = nearestName(k, known);
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
  // the generated checker answers "valid" for most records without zod's per-element work; a
  // record it does not accept goes through safeParse, which names the issues (accept.ts)
  let errors: RecordIssue[] = [];
  if (!acceptRecord(record, profile, participant)) {
    const r = recordSchema(profile, participant).safeParse(record);
    if (!r.success) errors = mapZodIssues(r.error.issues as unknown as ZodIssueLike[], record, profile, participant);
  }
  const filing = record !== null && typeof record === 'object' && !Array.isArray(record) ? checkFilingRules(profile, record as Record<string, unknown>) : [];
  // a filing rule on an element that is itself malformed says nothing new
  const bad = new Set(errors.map((e) => e.path));
  const kept = filing.filter((f) => !bad.has(f.path));
  return { valid: errors.length === 0 && kept.length === 0, errors, filing: kept };
}

export type { AnyRecord };
