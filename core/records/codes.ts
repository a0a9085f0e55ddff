// Issue codes of the record profiles. They are stable: scripts and error reports key on
// them, so add new ones, never rename. Messages are for people; codes are for programs.

export const RECORD_ISSUE_CODES = {
  /** a required element (for this profile and participant type) is absent */
  MISSING_ELEMENT: 'a required element is missing',
  /** wrong type, pattern, length, enum value, code list or amount */
  INVALID_FORMAT: 'an element has the wrong format',
  /** an element the profile does not define (often a typo of one it does) */
  UNKNOWN_ELEMENT: 'an element the profile does not know',
  /** the entry number's last digit does not match its first ten characters (ACE CATAIR Appendix E) */
  CHECK_DIGIT: 'the entry number check digit is wrong',
  /** a Type 86 entry names more than one bill of lading or air waybill (CBP's Type 86 FAQ: one entry per house bill) */
  MULTIPLE_BILLS: 'a Type 86 entry may cover only one bill',
  /** the Type 86 entry was filed later than its filing window allows (89 FR 2630, FR Doc 2024-00698: upon or before arrival from 2024-02-15) */
  FILED_AFTER_ARRIVAL: 'filed after the filing window closed',
  /** a Type 86 line carries a PGA fee: type 11 or 01 is needed (CBP's Type 86 FAQ) */
  PGA_FEE_NOT_ALLOWED: 'a line with a PGA fee cannot use Type 86',
  /** the Type 86 fair retail value adds up to more than the limit (CBP's Type 86 FAQ: the aggregate must not exceed $800) */
  VALUE_OVER_LIMIT: 'the aggregate fair retail value is over the limit',
  /** CBP accepts no such record for an arrival on or after 2025-08-29 00:01 EDT (CSMS 66065494) */
  NOT_ACCEPTED_AFTER_SUSPENSION: 'not accepted for arrivals after the 2025 suspension',
  /** the record's arrival is before the pilot or the Type 86 test started */
  NOT_ACCEPTED_BEFORE_START: 'not accepted before the programme started',
  /** the pilot did not yet take this mode of transportation on the arrival date */
  MODE_NOT_IN_PILOT: 'the mode was not part of the pilot on that date',
  /** the items of one Data Pilot record are priced in different currencies */
  MIXED_CURRENCIES: 'one listed price needs one currency',
} as const;

export type RecordIssueCode = keyof typeof RECORD_ISSUE_CODES;

/** Codes that say CBP would not take the record on its date, although every element is well
 * formed: `export` writes such records flagged (the shipment is not eligible), `validate` fails them. */
export const FILING_RULE_CODES: ReadonlySet<string> = new Set([
  'FILED_AFTER_ARRIVAL',
  'PGA_FEE_NOT_ALLOWED',
  'VALUE_OVER_LIMIT',
  'NOT_ACCEPTED_AFTER_SUSPENSION',
  'NOT_ACCEPTED_BEFORE_START',
  'MODE_NOT_IN_PILOT',
]);

export interface RecordIssue {
  /** path of the record element ("lines[0].htsusNumber"), "" for the record itself */
  path: string;
  /** a RecordIssueCode, or an input code of the core (MISSING_RATE, INVALID_VALUE, ...) */
  code: string;
  message: string;
  /** the legal source of a filing rule */
  citation?: string;
}
