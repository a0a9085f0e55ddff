// zod schema of a rule set: the contract of a replacement set (`--rules`, the widget's `rules`
// property), the one definition from which its JSON Schema (`s321 schema rules`) and the
// engine's zod-free shape check (contract.generated.ts, compiled by core/contract/checker.ts in
// load.ts) are derived, so no zod reaches the widget. Every object is strict: an unknown key is
// an error naming the nearest known key. Semantic checks (overlaps, dates, citations) live in
// compile.ts.
//
// Adding a field is one edit here (a member, with `checked(schema, rule...)` for a message of
// our own), then `npm run gen:contracts` (a test fails while the generated file is stale).
import * as z from 'zod/mini';
import { checked, minLength, regex } from '../contract/zod.ts';
import { CONFIDENCE, ITEM_FLAGS, MODES, PARTY_TYPES, TOPICS } from './types.ts';

const usd = checked(z.string(), regex(/^\d{1,9}(\.\d{1,2})?$/, 'expected a USD amount such as "800.00"'));
const when = checked(z.string(), regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, 'expected a New York date "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"'));
const country = checked(z.string(), regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code'));
const nonEmpty = checked(z.string(), minLength(1, 'expected a non-empty string'));
const id = checked(z.string(), regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case identifier'));
const reasonCode = checked(z.string(), regex(/^[A-Z][A-Z0-9_]*$/, 'expected an UPPER_SNAKE reason code'));
const atLeastOne = <T extends z.ZodMiniType>(item: T, what: string) => checked(z.array(item), minLength(1, `expected at least one ${what}`));

export const citationSchema = z.strictObject({
  document: nonEmpty,
  section: z.optional(z.string()),
  url: z.optional(checked(z.string(), regex(/^https:\/\//, 'expected an https URL'))),
  confidence: z.enum(CONFIDENCE),
});

const citations = checked(z.array(citationSchema), minLength(1, 'every rule needs at least one citation'));

export const ruleVersionSchema = z.strictObject({
  id,
  topic: z.enum(TOPICS),
  title: nonEmpty,
  from: z.optional(when),
  until: z.optional(when),
  scope: z.optional(
    z.strictObject({
      origins: z.optional(atLeastOne(country, 'country')),
      modes: z.optional(atLeastOne(z.enum(MODES), 'mode')),
    }),
  ),
  status: z.enum(['available', 'suspended', 'repealed', 'in-force']),
  limitUsd: z.optional(usd),
  limitUsdBySenderCountry: z.optional(z.record(country, usd)),
  exceptFlags: z.optional(z.array(z.enum(ITEM_FLAGS))),
  exceptCitations: z.optional(citations),
  exceptUnconfirmed: z.optional(nonEmpty),
  formalEntryFlags: z.optional(z.array(z.enum(ITEM_FLAGS))),
  electronicEntry: z.optional(z.boolean()),
  recipientTypes: z.optional(atLeastOne(z.enum(PARTY_TYPES), 'recipient type')),
  countries: z.optional(atLeastOne(country, 'country')),
  unsettledShipFrom: z.optional(
    z.strictObject({
      countries: atLeastOne(country, 'country'),
      reasonCode,
      summary: nonEmpty,
      citations,
    }),
  ),
  reasonCode: z.optional(reasonCode),
  summary: nonEmpty,
  citations,
  note: z.optional(z.string()),
});

export const exclusionSchema = z.strictObject({
  id,
  flag: z.enum(ITEM_FLAGS),
  bars: atLeastOne(z.enum(['commercial', 'gift']), 'barred exemption'),
  unitValueOverUsd: z.optional(usd),
  reasonCode,
  summary: nonEmpty,
  citations,
  needsAceEntry: z.optional(z.boolean()),
});

export const htsHintSchema = z.strictObject({
  id,
  prefixes: atLeastOne(checked(z.string(), regex(/^\d{2,10}$/, 'expected 2 to 10 HTS digits')), 'HTS prefix'),
  flag: z.enum(ITEM_FLAGS),
  effect: z.enum(['apply', 'suggest']),
  reasonCode,
  summary: nonEmpty,
  citations,
  unlessFlag: z.optional(z.enum(ITEM_FLAGS)),
});

export const ruleSetSchema = z.strictObject({
  version: nonEmpty,
  description: z.optional(z.string()),
  versions: atLeastOne(ruleVersionSchema, 'rule version'),
  exclusions: z.array(exclusionSchema),
  htsHints: z.array(htsHintSchema),
});
