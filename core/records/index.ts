// Records: the Section 321 Data Pilot and ACE Entry Type 86 profiles, their
// requirement tables, builders from the core's shipment model, validation with stable codes,
// the entry number check digit, JSON Schema generated from the zod source, and a flat (CSV) form.
// Pure: no I/O, no clock. zod/mini only, so a browser bundle (the extension's seller export)
// can take it.
export { RECORD_ISSUE_CODES, FILING_RULE_CODES, type RecordIssue, type RecordIssueCode } from './codes.ts';
export { entryCheckDigit, formatEntryNumber, checkEntryNumber, FILER_LETTER_DIGITS, type EntryNumberCheck } from './check-digit.ts';
export {
  PARTICIPANTS,
  PROFILES,
  DATA_PILOT_ELEMENTS,
  DATA_PILOT_REQUIREMENTS,
  TYPE86_ELEMENTS,
  TYPE86_LINE_ELEMENTS,
  TYPE86_REQUIREMENTS,
  requirementsFor,
  isParticipant,
  isProfile,
  type Participant,
  type Profile,
  type RequirementTable,
} from './requirements.ts';
export {
  recordSchema,
  PILOT_MODES,
  type PilotMode,
  type DataPilotRecord,
  type Type86Record,
  type Type86Line,
  type RecordParty,
  type AnyRecord,
} from './profiles.ts';
export { FILING_RULES, checkFilingRules, type FilingRule } from './filing-rules.ts';
export { validateRecord, type ValidateResult } from './validate.ts';
export {
  buildRecord,
  prepareRecord,
  eligibilityOf,
  type RecordDetails,
  type RecordSource,
  type Eligibility,
  type BuildResult,
  type PrepareResult,
  type Prepared,
  type BuildOptions,
} from './build.ts';
export { prepareDataPilotDraft, type DataPilotDraft } from './partial.ts';
export { pilotModeOf, shipmentModeOf } from './modes.ts';
export { recordJsonSchema, requestJsonSchema, rulesJsonSchema } from './json-schema.ts';
// the other contracts' JSON Schemas, beside the request's and the rule set's (what `s321 schema` prints)
export { tariffsJsonSchema } from '../charges/schema.ts';
export { ratesJsonSchema } from '../money/schema.ts';
export { recordColumns, flattenRecord, unflattenRecord, type Column } from './flatten.ts';
export { neutralizeCell, restoreCell, SAFE_CSV_OPTIONS } from './csv-cell.ts';

// Deciding and pricing the shipments of prepared records together (`s321 export` normalizes each
// row as it reads it, so it runs the pipeline's last two stages itself: core/pipeline.ts)
export { decideAndPrice } from '../pipeline.ts';
export { bundledTariffs } from '../charges/index.ts';
