// Every reason code the engine and the bundled rule data write on a decision, as one object so
// that the doors name a code by a constant (REASON.OVER_LIMIT) and a typo fails to compile.
// A replacement rule set may bring codes of its own (an exclusion's or a version's reasonCode),
// so a Reason's code stays a string; a door meeting a code not listed here shows the reason's
// own message. test/node/core/evaluate/reason-codes.test.ts holds this list equal to the codes written in
// core/evaluate/evaluate.ts and core/rules/default-rules.ts.

/** Reason codes by name: the value is the code itself. */
export const REASON = {
  // written by the engine
  NOT_AN_IMPORT: 'NOT_AN_IMPORT',
  DE_MINIMIS_WITHIN_LIMIT: 'DE_MINIMIS_WITHIN_LIMIT',
  OVER_LIMIT: 'OVER_LIMIT',
  SAME_DAY_AGGREGATE: 'SAME_DAY_AGGREGATE',
  SPLIT_ORDER: 'SPLIT_ORDER',
  GIFT_WITHIN_LIMIT: 'GIFT_WITHIN_LIMIT',
  GIFT_OVER_LIMIT: 'GIFT_OVER_LIMIT',
  GIFT_NOT_ELIGIBLE: 'GIFT_NOT_ELIGIBLE',
  GIFT_INFORMAL_ENTRY: 'GIFT_INFORMAL_ENTRY',
  INFORMATIONAL_MATERIAL: 'INFORMATIONAL_MATERIAL',
  CARVE_OUT_1702B: 'CARVE_OUT_1702B',
  FORMAL_ENTRY_REQUIRED: 'FORMAL_ENTRY_REQUIRED',
  INFORMAL_ENTRY: 'INFORMAL_ENTRY',
  POSTAL_DUTY: 'POSTAL_DUTY',
  CURRENCY_CONVERTED: 'CURRENCY_CONVERTED',
  CURRENCY_APPROXIMATE: 'CURRENCY_APPROXIMATE',
  CURRENCY_SHOWN: 'CURRENCY_SHOWN',
  CURRENCY_NO_RATE: 'CURRENCY_NO_RATE',
  TOO_CLOSE_TO_CALL: 'TOO_CLOSE_TO_CALL',
  NO_RULE: 'NO_RULE',
  // written by the bundled rule data (a version's or an exclusion's or a hint's reasonCode)
  SUSPENDED_CN_HK: 'SUSPENDED_CN_HK',
  SUSPENDED_ALL_COUNTRIES: 'SUSPENDED_ALL_COUNTRIES',
  REPEALED: 'REPEALED',
  EXCLUDED_ADCVD: 'EXCLUDED_ADCVD',
  EXCLUDED_QUOTA: 'EXCLUDED_QUOTA',
  EXCLUDED_EXCISE: 'EXCLUDED_EXCISE',
  EXCLUDED_PGA_FEE: 'EXCLUDED_PGA_FEE',
  HTS_HINT_ALCOHOL: 'HTS_HINT_ALCOHOL',
  HTS_HINT_TOBACCO: 'HTS_HINT_TOBACCO',
  HTS_HINT_PERFUME: 'HTS_HINT_PERFUME',
  HTS_HINT_INFORMATIONAL: 'HTS_HINT_INFORMATIONAL',
  HTS_HINT_FISHING_ARCHERY: 'HTS_HINT_FISHING_ARCHERY',
  SUSPENSION_REACH_UNSETTLED: 'SUSPENSION_REACH_UNSETTLED',
} as const;

/** A reason code the engine or the bundled rules write. */
export type ReasonCode = keyof typeof REASON;

/** Every reason code of {@link REASON}, in its order. */
export const REASON_CODES = Object.keys(REASON) as readonly ReasonCode[];

/** The reasons that tie a decision to a value limit: the value over it alone ({@link REASON}
 * OVER_LIMIT, GIFT_OVER_LIMIT) or counted together with other shipments toward it (the same
 * person's shipments that day, SAME_DAY_AGGREGATE; the lots of one order, SPLIT_ORDER). */
export const VALUE_LIMIT_CODES: ReadonlySet<string> = new Set<ReasonCode>([
  REASON.OVER_LIMIT,
  REASON.SAME_DAY_AGGREGATE,
  REASON.SPLIT_ORDER,
  REASON.GIFT_OVER_LIMIT,
]);

/** Whether a decision owes duty because a value went over a limit (alone or counted together),
 * rather than for another reason (a suspension, an exclusion): what a door warns a shopper of. */
export function isOverLimit(decision: { exempt: boolean; reasons: readonly { code: string }[] }): boolean {
  return !decision.exempt && decision.reasons.some((r) => VALUE_LIMIT_CODES.has(r.code));
}
