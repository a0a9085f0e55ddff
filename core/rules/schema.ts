// zod schema of a rule set: the contract of a replacement set (`--rules`, the widget's `rules`
// property) and the source of its JSON Schema (`s321 schema rules`). The engine checks the shape
// with its zod-free twin, shape.ts (held equal by test/node/core/rules-shape.test.ts), so no
// zod reaches the widget; semantic checks (overlaps, dates, citations) live in compile.ts.
import * as z from 'zod/mini';
import { CONFIDENCE, ITEM_FLAGS, MODES, PARTY_TYPES, TOPICS } from './types.ts';

const usd = z.string().check(z.regex(/^\d{1,9}(\.\d{1,2})?$/, 'expected a USD amount such as "800.00"'));
const when = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, 'expected a New York date "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"'));
const country = z.string().check(z.regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code'));
const nonEmpty = z.string().check(z.minLength(1, 'expected a non-empty string'));
const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case identifier'));

export const citationSchema = z.object({
  document: nonEmpty,
  section: z.optional(z.string()),
  url: z.optional(z.string().check(z.regex(/^https:\/\//, 'expected an https URL'))),
  confidence: z.enum(CONFIDENCE),
});

const citations = z.array(citationSchema).check(z.minLength(1, 'every rule needs at least one citation'));

export const ruleVersionSchema = z.object({
  id,
  topic: z.enum(TOPICS),
  title: nonEmpty,
  from: z.optional(when),
  until: z.optional(when),
  scope: z.optional(
    z.object({
      origins: z.optional(z.array(country).check(z.minLength(1))),
      modes: z.optional(z.array(z.enum(MODES)).check(z.minLength(1))),
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
  recipientTypes: z.optional(z.array(z.enum(PARTY_TYPES)).check(z.minLength(1))),
  countries: z.optional(z.array(country).check(z.minLength(1))),
  reasonCode: z.optional(z.string().check(z.regex(/^[A-Z][A-Z0-9_]*$/, 'expected an UPPER_SNAKE reason code'))),
  summary: nonEmpty,
  citations,
  note: z.optional(z.string()),
});

export const exclusionSchema = z.object({
  id,
  flag: z.enum(ITEM_FLAGS),
  bars: z.array(z.enum(['commercial', 'gift'])).check(z.minLength(1)),
  unitValueOverUsd: z.optional(usd),
  reasonCode: z.string().check(z.regex(/^[A-Z][A-Z0-9_]*$/)),
  summary: nonEmpty,
  citations,
  needsAceEntry: z.optional(z.boolean()),
});

export const htsHintSchema = z.object({
  id,
  prefixes: z.array(z.string().check(z.regex(/^\d{2,10}$/, 'expected 2 to 10 HTS digits'))).check(z.minLength(1)),
  flag: z.enum(ITEM_FLAGS),
  effect: z.enum(['apply', 'suggest']),
  reasonCode: z.string().check(z.regex(/^[A-Z][A-Z0-9_]*$/)),
  summary: nonEmpty,
  citations,
  unlessFlag: z.optional(z.enum(ITEM_FLAGS)),
});

export const ruleSetSchema = z.object({
  version: nonEmpty,
  description: z.optional(z.string()),
  versions: z.array(ruleVersionSchema).check(z.minLength(1)),
  exclusions: z.array(exclusionSchema),
  htsHints: z.array(htsHintSchema),
});
