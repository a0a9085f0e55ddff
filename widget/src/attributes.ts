// Simple attributes -> the request of `s321 evaluate`. Each attribute is checked at
// the boundary with the core's own predicates, so a bad one can be named with what it expected
// (style.md: `console.warn('[tag] attribute "x": expected ..., got ...')`); everything else is
// left to the core's validator.

import { isCountry, isCurrency, MODES, newYorkDateOf, parseAmount, parseDateOrInstant } from '../../core/page.ts';

export const ATTRIBUTES = ['value', 'currency', 'origin', 'ship-from', 'mode', 'kind', 'arrival', 'lang'] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

export interface AttributeProblem {
  attribute: AttributeName;
  expected: string;
  got: string | null;
}

export interface SimpleRequest {
  arrival: string;
  mode: string;
  shipFrom: string;
  kind: 'purchase' | 'gift';
  items: [{ price: { amount: string; currency: string }; origin: string }];
}

/** Today's calendar date in New York, "YYYY-MM-DD": the default arrival. The widget, not the
 * core, reads the clock (core/ has no clock: architecture.md); core says which day it is. */
export function todayInNewYork(now: number = Date.now()): string {
  return newYorkDateOf(now);
}

const COUNTRY = 'an ISO 3166-1 alpha-2 country code such as "VN"';

/** Reads the simple attributes into a request, or names the first attribute that is wrong. */
export function requestFromAttributes(
  get: (name: AttributeName) => string | null,
  now?: number,
): { ok: true; request: SimpleRequest } | { ok: false; problem: AttributeProblem } {
  const bad = (attribute: AttributeName, expected: string, got: string | null) => ({ ok: false as const, problem: { attribute, expected, got } });
  const up = (name: AttributeName) => {
    const v = get(name);
    return v === null ? null : v.trim().toUpperCase();
  };

  const currency = up('currency') ?? 'USD';
  if (!isCurrency(currency)) return bad('currency', 'an ISO 4217 currency code such as "EUR"', get('currency'));
  const value = get('value');
  const amount = value?.trim() ?? null;
  if (amount === null || amount === '') return bad('value', 'the order value in the currency, such as "129.99"', value);
  const parsed = parseAmount(amount, currency);
  if (!parsed.ok) return bad('value', parsed.expected, value);

  const origin = up('origin');
  if (origin === null || !isCountry(origin)) return bad('origin', `${COUNTRY} (the country where the goods were made)`, get('origin'));
  const shipFrom = up('ship-from') ?? origin;
  if (!isCountry(shipFrom)) return bad('ship-from', COUNTRY, get('ship-from'));

  const mode = get('mode')?.trim().toLowerCase() || 'express';
  if (!(MODES as readonly string[]).includes(mode)) return bad('mode', `one of ${MODES.join(', ')}`, get('mode'));
  const kind = get('kind')?.trim().toLowerCase() || 'purchase';
  if (kind !== 'purchase' && kind !== 'gift') return bad('kind', 'purchase or gift', get('kind'));

  const arrivalAttr = get('arrival')?.trim();
  const arrival = arrivalAttr || todayInNewYork(now);
  if (!parseDateOrInstant(arrival).ok) return bad('arrival', 'a date YYYY-MM-DD or an ISO 8601 date-time', get('arrival'));

  return { ok: true, request: { arrival, mode, shipFrom, kind, items: [{ price: { amount, currency }, origin }] } };
}

/** Which attribute an issue of the core's validator points at, for a request built above. */
export function attributeOfPath(path: string): AttributeName | null {
  if (path.endsWith('price.currency')) return 'currency';
  if (path.endsWith('price.amount')) return 'value';
  if (path.endsWith('origin')) return 'origin';
  if (path === 'shipFrom') return 'ship-from';
  if (path === 'mode' || path === 'kind' || path === 'arrival') return path;
  return null;
}
