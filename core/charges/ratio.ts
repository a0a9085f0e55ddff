// Exact rates. A rate given as a percent in decimal ("12.5", "0.3464") is the fraction
// num / den of a value (125 / 1000, 3464 / 1000000); an amount is the exact product, rounded
// once, half up, to the cent (CBP computes and rounds each line: docs/charges.md "Rounding").

import { usdRoundCents, type UsdValue } from '../money/money.ts';

export interface Ratio {
  readonly num: number;
  readonly den: number;
  /** the percent as written ("12.5") */
  readonly text: string;
}

/** "12.5" (percent) -> 125/1000 of the value. The caller has checked the format (digits, at
 * most one dot). */
export function parseRate(text: string): Ratio {
  const dot = text.indexOf('.');
  return { num: Number(text.replace('.', '')), den: dot < 0 ? 100 : 100 * 10 ** (text.length - dot - 1), text };
}

const MAX = Number.MAX_SAFE_INTEGER;

/** round(value x rate) in whole cents, half up; value in exact cents (n / d). */
export function applyRatio(v: UsdValue, { num, den }: Ratio): number {
  if (typeof v.n === 'number' && typeof v.d === 'number') {
    const n = v.n * num, d = v.d * den;
    if (n <= MAX && d <= MAX) return usdRoundCents({ n, d }) as number;
  }
  return Number(usdRoundCents({ n: BigInt(v.n) * BigInt(num), d: BigInt(v.d) * BigInt(den) }));
}

/** a - b as a percent ratio (both percent ratios), never below zero; null when b is larger. */
export function ratioMinus(a: Ratio, b: Ratio): Ratio | null {
  const den = Math.max(a.den, b.den);
  const num = a.num * (den / a.den) - b.num * (den / b.den);
  // den is 100 x 10^k (k <= 6: the contracts allow six decimals), so num / 10^k has at most 15
  // significant digits and prints as exactly that decimal, without trailing zeros ("2.5")
  return num > 0 ? { num, den, text: String(num / (den / 100)) } : null;
}
