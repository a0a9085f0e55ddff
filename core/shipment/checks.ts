// The request's checks that JSON Schema cannot state, written once: zod runs them as
// refinements (core/shipment/schema.ts) and the engine's derived checker runs them by name
// (core/contract/checker.ts). Zod-free, so the widget can take them.
import type { CheckFailure } from '../contract/checker.ts';
import { isCountry } from '../geo/countries.ts';
import { isCurrency } from '../money/currencies.ts';
import { parseAmount } from '../money/money.ts';
import { parseDateOrInstant } from '../time/new-york.ts';

/** A JSON number as a plain decimal string; null for NaN, infinities and exponent forms. */
export function plainNumber(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  const s = String(n);
  return /e/i.test(s) ? null : s;
}

// The duty layers and carrier fee of core/charges.
export const PROGRAM_RE = /^[a-z0-9][a-z0-9-]{0,59}$/;
export const DUTY_RATE_RE = /^\d{1,4}(\.\d{1,6})?$/;
export const PER_UNIT_RE = /^\d{1,9}(\.\d{1,6})?$/;
export const USD_AMOUNT_RE = /^\d{1,9}(\.\d{1,2})?$/;
const DUTY_ONE_OF = 'expected either "rate" (percent) or "perUnit" (USD per unit), not both and not neither';

export const REQUEST_CHECKS = {
  country: (v: string): CheckFailure | undefined => (isCountry(v) ? undefined : 'expected an ISO 3166-1 alpha-2 country code such as "VN"'),
  currency: (v: string): CheckFailure | undefined => (isCurrency(v) ? undefined : 'expected an ISO 4217 currency code such as "EUR"'),
  when: (v: string): CheckFailure | undefined =>
    parseDateOrInstant(v).ok ? undefined : 'expected a real date YYYY-MM-DD or an ISO 8601 date-time such as 2025-08-29T00:00:30-04:00',
  /** the amount of a price, in the decimals its currency allows (once the currency is known) */
  amount: (m: { amount: unknown; currency: unknown }): CheckFailure | undefined => {
    if (typeof m.currency !== 'string' || !isCurrency(m.currency)) return undefined;
    if (typeof m.amount !== 'string' && typeof m.amount !== 'number') return undefined;
    const t = typeof m.amount === 'string' ? m.amount : plainNumber(m.amount);
    const r = t === null ? { ok: false as const, expected: 'a finite non-negative amount' } : parseAmount(t, m.currency);
    return r.ok ? undefined : { path: ['amount'], message: `expected ${r.expected}` };
  },
  /** a duty layer states a percent or an amount per unit, exactly one of them */
  dutyOneOf: (d: { rate?: unknown; perUnit?: unknown }): CheckFailure | undefined =>
    (d.rate === undefined) === (d.perUnit === undefined) ? DUTY_ONE_OF : undefined,
  /** an item's duty layers name each program once (a second layer of the same program would be
   * ambiguous: which one replaces the bundled layer?) */
  programsOnce: (list: ReadonlyArray<{ program?: unknown }>): CheckFailure | undefined => {
    const seen = new Set<unknown>();
    for (let i = 0; i < list.length; i++) {
      const program = list[i]?.program;
      if (seen.has(program)) return { path: [i, 'program'], message: `expected each program once; "${String(program)}" is given twice` };
      seen.add(program);
    }
    return undefined;
  },
};
