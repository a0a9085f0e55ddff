// The MFN line of an item from the schedule: the general rate (column 1), or column 2 for goods
// of Cuba, North Korea, Russia and Belarus (HTSUS General Note 3), computed exactly and
// rounded once, half up, to the cent. Specific parts need the item's net quantity in the
// rate's unit; without it only the ad valorem part is counted and the result says which unit
// is needed. The special column (free trade agreements and preference programs) is not applied:
// no program's membership and claim rules are encoded (docs/charges.md).
//
// Reached through a loaded schedule (`schedule.mfn`), so code that never loads one (the widget)
// does not carry it.

import { applyRatio, type Ratio } from '../charges/ratio.ts';
import { add, exact, roundHalfUp, times, USD_ZERO, type UsdValue } from '../money/money.ts';
import { parseScheduleRate } from './rate.ts';
import type { ScheduleLine } from './types.ts';
import type { RateUnit } from './units.ts';

/** Origins whose goods take the column 2 rate (HTSUS General Note 3: Cuba, North Korea, Russia,
 * Belarus). */
export const COLUMN_2_ORIGINS: ReadonlySet<string> = new Set(['CU', 'KP', 'RU', 'BY']);

const FREE: Ratio = { num: 0n, den: 100n, text: '0' };

export interface MfnItem {
  readonly usd: UsdValue;
  readonly origin: string;
  readonly netQuantity: { readonly amount: string; readonly unit: RateUnit } | null;
}

export type MfnResult =
  | { readonly kind: 'refused'; readonly line: ScheduleLine; readonly column: 'general' | 'column 2'; readonly text: string; readonly reason: string }
  | {
      readonly kind: 'priced';
      readonly line: ScheduleLine;
      readonly column: 'general' | 'column 2';
      /** the rate as printed */
      readonly text: string;
      /** whole cents, rounded once; the ad valorem part only when `needs` is set */
      readonly cents: number;
      /** the ad valorem part as a percent ("16.5"), if any */
      readonly percent?: string;
      readonly ratio: Ratio | null;
      /** the specific parts as printed ("58.5¢/kg") */
      readonly specific?: string;
      /** the net quantity they applied to ("2.5 kg") */
      readonly netQuantity?: string;
      /** the unit of the net quantity a specific part needs and the item did not give */
      readonly needs?: RateUnit;
    };

/** a decimal string as an exact fraction n / 10^k */
function decimal(text: string): [bigint, bigint] {
  const [i, f = ''] = text.split('.');
  return [BigInt(i + f), 10n ** BigInt(f.length)];
}

/** The MFN charge of an item under its schedule line. */
export function mfnOf(line: ScheduleLine, it: MfnItem): MfnResult {
  const column = COLUMN_2_ORIGINS.has(it.origin) ? 'column 2' : 'general';
  const r = parseScheduleRate(column === 'general' ? line.general : line.other);
  if (!r.ok) return { kind: 'refused', line, column, text: r.text, reason: r.reason };
  // Free: a line at 0%, so the entry shows the rate it files
  if (r.free) return { kind: 'priced', line, column, text: r.text, cents: 0, percent: '0', ratio: FREE };
  const ratio = r.ratio ?? null;
  if (!r.specific) return { kind: 'priced', line, column, text: r.text, cents: applyRatio(it.usd, ratio!), percent: r.percent, ratio };
  const specText = r.specific.map((p) => `${p.cents}¢/${p.unit}`).join(' + ');
  const q = it.netQuantity;
  const needs = r.specific.find((p) => !q || q.unit !== p.unit)?.unit;
  let total: UsdValue = ratio ? times(it.usd, ratio) : USD_ZERO;
  if (needs) {
    return { kind: 'priced', line, column, text: r.text, cents: Number(roundHalfUp(total)), percent: r.percent, ratio, specific: specText, needs };
  }
  const [qn, qd] = decimal(q!.amount);
  for (const p of r.specific) {
    const [cn, cd] = decimal(p.cents);
    total = add(total, exact(qn * cn, qd * cd));
  }
  return {
    kind: 'priced',
    line,
    column,
    text: r.text,
    cents: Number(roundHalfUp(total)),
    percent: r.percent,
    ratio,
    specific: specText,
    netQuantity: `${q!.amount} ${q!.unit}`,
  };
}
