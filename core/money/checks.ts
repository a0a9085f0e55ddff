// The rates table's checks that JSON Schema cannot state, written once: zod runs them as
// refinements (./schema.ts) and the derived checker runs them by name (core/contract/checker.ts).
// Zod-free, so the widget can take them.
import type { CheckFailure } from '../contract/checker.ts';
import { parseDay } from '../time/new-york.ts';
import { isCurrency } from './currencies.ts';

/** A table key: three capitals (the pattern) of the ISO 4217 list (the named check), one message. */
export const CURRENCY_KEY = 'expected an ISO 4217 currency code such as "JPY"';
export const CURRENCY_KEY_RE = /^[A-Z]{3}$/;
/** A rate's date: the form (the pattern), and a real day (the named check), one message. */
export const REAL_DAY = 'expected a real date YYYY-MM-DD';
export const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

export const RATES_CHECKS = {
  /** a code of the closed currency list; a key that is not three capitals is the pattern's issue */
  currency: (v: string): CheckFailure | undefined => (!CURRENCY_KEY_RE.test(v) || isCurrency(v) ? undefined : CURRENCY_KEY),
  /** a day of the calendar; a value not in the form YYYY-MM-DD is the pattern's issue */
  day: (v: string): CheckFailure | undefined => (!DAY_RE.test(v) || parseDay(v) !== null ? undefined : REAL_DAY),
};
