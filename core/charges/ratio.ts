// Exact rates. A rate given as a percent in decimal ("12.5", "0.3464") is the exact value
// num / den of a value (125 / 1000, 3464 / 1000000); an amount is the exact product, rounded
// once, half up, to the cent (CBP computes and rounds each line: docs/charges.md "Rounding").

import { roundHalfUp, times, type Exact, type UsdValue } from '../money/money.ts';

/** A percent rate as the exact share of a value it takes. */
export interface Ratio extends Exact {
  /** the percent as written ("12.5") */
  readonly text: string;
}

/** "12.5" (percent) -> 125/1000 of the value. The caller has checked the format (digits, at
 * most one dot). */
export function parseRate(text: string): Ratio {
  const dot = text.indexOf('.');
  return { num: BigInt(text.replace('.', '')), den: dot < 0 ? 100n : 100n * 10n ** BigInt(text.length - dot - 1), text };
}

/** round(value x rate) in whole cents, half up; value in exact cents. */
export function applyRatio(value: UsdValue, rate: Ratio): number {
  return Number(roundHalfUp(times(value, rate)));
}

/** a - b as a percent ratio (both percent ratios), never below zero; null when b is larger. */
export function ratioMinus(a: Ratio, b: Ratio): Ratio | null {
  // both denominators are 100 x 10^k: the larger is a multiple of the smaller
  const den = a.den > b.den ? a.den : b.den;
  const num = a.num * (den / a.den) - b.num * (den / b.den);
  return num > 0n ? { num, den, text: percentText(num, den / 100n) } : null;
}

/** num / scale (scale a power of ten) as the shortest decimal ("2.5", "12") */
function percentText(num: bigint, scale: bigint): string {
  const places = scale.toString().length - 1;
  if (places === 0) return num.toString();
  const digits = num.toString().padStart(places + 1, '0');
  const text = `${digits.slice(0, -places)}.${digits.slice(-places)}`.replace(/0+$/, '');
  return text.endsWith('.') ? text.slice(0, -1) : text;
}
