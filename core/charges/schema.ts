// zod schema of a tariff set: the contract of a replacement set (`--tariffs FILE`, the widget's
// `tariffs` property), the one definition from which its TypeScript types (./types.ts, z.infer),
// its JSON Schema (`s321 schema tariffs`) and the checker every door runs (contract.generated.ts)
// are derived, so no zod reaches the widget. Every object is strict. The checks JSON Schema cannot
// state are the named checks of ./checks.ts; the meaning checks (ids, windows, overlaps, bounds)
// live in compile.ts.
//
// Adding a field is one edit here, then `npm run gen:contracts` (a test fails while the
// generated file is stale).
import * as z from 'zod/mini';
import { checked, publishedJsonSchema, minLength, named, regex } from '../contract/zod.ts';
import { CONFIDENCE, ITEM_FLAGS, MODES } from '../rules/types.ts';
import { TARIFF_CHECKS } from './checks.ts';
import { FEE_ENTRIES, LAYER_BASES, LAYER_METHODS } from './types.ts';

const nonEmpty = checked(z.string(), minLength(1, 'expected a non-empty string'));
const id = checked(z.string(), regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case identifier'));
const when = checked(z.string(), regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, 'expected a New York date "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"'));
const country = checked(z.string(), regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code'), named(TARIFF_CHECKS, 'country'));
const usd = checked(z.string(), regex(/^\d{1,9}(\.\d{1,2})?$/, 'expected a USD amount such as "2.69"'));
const percent = checked(z.string(), regex(/^\d{1,3}(\.\d{1,6})?$/, 'expected a percent as a decimal string such as "12.5"'));
const atLeastOne = <T extends z.ZodMiniType>(item: T, what: string) => checked(z.array(item), minLength(1, `expected at least one ${what}`));

const citation = z.strictObject({
  document: nonEmpty,
  section: z.optional(z.string()),
  url: z.optional(checked(z.string(), regex(/^https:\/\//, 'expected an https URL'))),
  confidence: z.enum(CONFIDENCE),
});
const citations = checked(z.array(citation), minLength(1, 'every layer and fee needs at least one citation'));
const origins = atLeastOne(country, 'country');
const modes = atLeastOne(z.enum(MODES), 'mode');
const htsPrefix = checked(z.string(), regex(/^\d{4,10}$/, 'expected an HTS prefix of 4 to 10 digits, without dots, such as "6109" or "61091000"'));
const htsPrefixes = atLeastOne(htsPrefix, 'HTS prefix');
// "flag" or "hts" (or both): checked by compile.ts with the meaning checks
export const layerExceptionSchema = z.strictObject({
  flag: z.optional(z.enum(ITEM_FLAGS)),
  /** HTS prefixes, digits only, 4 to 10 digits */
  hts: z.optional(htsPrefixes),
  origins: z.optional(origins),
});

export const layerSchema = z.strictObject({
  /** stable identifier, kebab-case: "section-122-surcharge" */
  id,
  /** the program a merchant's layer of the same id replaces: "section-122", "mfn" */
  program: id,
  title: nonEmpty,
  /** New York wall-clock start, inclusive ("2026-02-24T00:01"); absent = always */
  from: z.optional(when),
  /** New York wall-clock end, exclusive; absent = open-ended */
  until: z.optional(when),
  /** countries of origin of the item, modes of the shipment, and HTS prefixes (digits only, 4 to
   * 10: the layer applies only to items whose `hts` starts with one of them); absent = all */
  scope: z.optional(z.strictObject({ origins: z.optional(origins), modes: z.optional(modes), hts: z.optional(htsPrefixes) })),
  /** default "add" */
  method: z.optional(z.enum(LAYER_METHODS)),
  /** percent as a decimal string ("12.5"); absent = the layer applies but its rate is not in the
   * data (the answer is then marked incomplete and says so) */
  rate: z.optional(percent),
  /** what the rate applies to; default "value" */
  base: z.optional(z.enum(LAYER_BASES)),
  /** the heading that imposes the layer ("9903.88.15"), printed on its charge lines */
  heading: z.optional(checked(z.string(), regex(/^\d{4}\.\d{2}\.\d{2}(\.\d{2})?$/, 'expected an HTS heading such as "9903.88.15"'))),
  /** flags an item gains when this layer applies to it by its HTS number (a Section 232 line
   * makes the item a Section 232 good, which other layers except) */
  marks: z.optional(atLeastOne(z.enum(ITEM_FLAGS), 'item flag')),
  except: z.optional(atLeastOne(layerExceptionSchema, 'exception')),
  summary: nonEmpty,
  citations,
  note: z.optional(z.string()),
});

export const feeSchema = z.strictObject({
  id,
  /** "mpf", "hmf" */
  program: id,
  title: nonEmpty,
  from: z.optional(when),
  until: z.optional(when),
  /** entries and modes it applies to; absent = all */
  scope: z.optional(z.strictObject({ entries: z.optional(atLeastOne(z.enum(FEE_ENTRIES), 'entry type')), modes: z.optional(modes) })),
  /** a flat amount per entry, USD ("2.69") */
  amount: z.optional(usd),
  /** percent of the value ("0.3464"), optionally clamped per entry */
  rate: z.optional(percent),
  minimum: z.optional(usd),
  maximum: z.optional(usd),
  /** items carrying one of these flags are left out of the fee's base; when every item carries
   * one, no fee (originating goods claimed under USMCA or another FTA are exempt from MPF) */
  exceptFlags: z.optional(z.array(z.enum(ITEM_FLAGS))),
  summary: nonEmpty,
  citations,
  note: z.optional(z.string()),
});

export const tariffSetSchema = z.strictObject({
  /** reported with every estimate ("2026-11-30") */
  version: nonEmpty,
  description: z.optional(z.string()),
  layers: z.array(layerSchema),
  fees: z.array(feeSchema),
});

/** The JSON Schema of a tariff set, generated from the zod schema above. */
export function tariffsJsonSchema(): Record<string, unknown> {
  return publishedJsonSchema(
    tariffSetSchema,
    'urn:s321:schema:tariffs',
    's321 tariff set: dated duty layers by origin and fees, each with its citations',
    'Generated by s321 from core/charges/schema.ts. Also checked when the set is loaded: unique ids, real dates with "from" before "until", known country codes, an amount or a rate (not both) for a fee, minimum not above maximum, and no two versions of one program that could apply to the same item or entry at once. `s321 tariffs --json` prints the bundled set, a valid example.',
  );
}
