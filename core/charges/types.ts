// The shape of a tariff set: the origin-wide duty layers and the fees that are law, as dated
// versions with scope and citations, in the same form as the rule set (core/rules/types.ts).
// It is plain JSON, so `s321 evaluate --tariffs FILE` and the widget's `tariffs` property can
// replace it without a new release.

import type { Citation, ItemFlag, Mode } from '../rules/types.ts';

/** Entries a fee can apply to (the decision's `entry` when it is not exempt). */
export const FEE_ENTRIES = ['informal', 'formal', 'postal'] as const;
export type FeeEntry = (typeof FEE_ENTRIES)[number];

/** How a layer's rate combines with the item's other layers.
 * - add: an ad valorem layer added to the others (all apply to the same entered value);
 * - floor: a minimum total rate net of the item's MFN rate: max(0, rate - MFN);
 * - in-lieu: a duty that replaces every other layer of the item (the postal duties of 2025-2026). */
export const LAYER_METHODS = ['add', 'floor', 'in-lieu'] as const;
export type LayerMethod = (typeof LAYER_METHODS)[number];

/** What a layer's rate applies to: the item's value (default), or the value of its metal content
 * (Section 232 derivatives), which the item states as `metalValue`. */
export const LAYER_BASES = ['value', 'metal-content'] as const;
export type LayerBase = (typeof LAYER_BASES)[number];

/** An exception to a layer: items carrying a flag, or whose HTS number starts with one of the
 * prefixes (or both: the item must match both), optionally only for some origins (USMCA goods are
 * exempt only when they are goods of Canada or Mexico). At least one of flag and hts. */
export interface LayerException {
  flag?: ItemFlag;
  /** HTS prefixes, digits only, 4 to 10 digits */
  hts?: string[];
  origins?: string[];
}

export interface LayerVersion {
  /** stable identifier, kebab-case: "section-122-surcharge" */
  id: string;
  /** the program a merchant's layer of the same id replaces: "section-122", "mfn" */
  program: string;
  title: string;
  /** New York wall-clock start, inclusive ("2026-02-24T00:01"); absent = always */
  from?: string;
  /** New York wall-clock end, exclusive; absent = open-ended */
  until?: string;
  /** countries of origin of the item, modes of the shipment, and HTS prefixes (digits only, 4 to
   * 10: the layer applies only to items whose `hts` starts with one of them); absent = all */
  scope?: { origins?: string[]; modes?: Mode[]; hts?: string[] };
  /** default "add" */
  method?: LayerMethod;
  /** percent as a decimal string ("12.5"); absent = the layer applies but its rate is not in the
   * data (the answer is then marked incomplete and says so) */
  rate?: string;
  /** what the rate applies to; default "value" */
  base?: LayerBase;
  /** the heading that imposes the layer ("9903.88.15"), printed on its charge lines */
  heading?: string;
  /** flags an item gains when this layer applies to it by its HTS number (a Section 232 line
   * makes the item a Section 232 good, which other layers except) */
  marks?: ItemFlag[];
  except?: LayerException[];
  summary: string;
  citations: Citation[];
  note?: string;
}

export interface FeeVersion {
  id: string;
  /** "mpf", "hmf" */
  program: string;
  title: string;
  from?: string;
  until?: string;
  /** entries and modes it applies to; absent = all */
  scope?: { entries?: FeeEntry[]; modes?: Mode[] };
  /** a flat amount per entry, USD ("2.69") */
  amount?: string;
  /** percent of the value ("0.3464"), optionally clamped per entry */
  rate?: string;
  minimum?: string;
  maximum?: string;
  /** items carrying one of these flags are left out of the fee's base; when every item carries
   * one, no fee (originating goods claimed under USMCA or another FTA are exempt from MPF) */
  exceptFlags?: ItemFlag[];
  summary: string;
  citations: Citation[];
  note?: string;
}

export interface TariffSet {
  /** reported with every estimate ("2026-11-30") */
  version: string;
  description?: string;
  layers: LayerVersion[];
  fees: FeeVersion[];
}

/** A layer the merchant knows from the item's classification. */
export interface DutyInput {
  program: string;
  /** percent as a decimal string */
  rate?: string;
  /** USD per unit of quantity */
  perUnit?: string;
}

/** A carrier's own charge, added by the merchant as a line; never part of `total`. */
export interface CarrierFeeInput {
  amount: string;
  name?: string;
}

/** One line of an estimate. */
export interface ChargeLine {
  program: string;
  kind: 'duty' | 'fee' | 'carrier';
  /** the item the line is for (duty lines) */
  item?: number;
  /** what the rate applies to, USD */
  base: string;
  rate?: string;
  /** a floor's own rate (percent), of which `rate` is what is left above the item's MFN rate */
  floor?: string;
  perUnit?: string;
  quantity?: number;
  /** a flat fee's figure and a clamped fee's bounds */
  minimum?: string;
  maximum?: string;
  clamped?: 'minimum' | 'maximum';
  amount: string;
  citation: string;
  /** the weakest tag of the line's citations (P, P-summary, S, M ...); "supplied" for a layer the
   * merchant gave */
  confidence: string;
  /** the tariff-set id of the version (absent for supplied lines) */
  id?: string;
  /** the heading to file under: the HTS number's rate line for MFN ("6109.10.00"), the Chapter 99
   * number for an additional layer ("9903.88.15") */
  heading?: string;
  /** the specific part of a schedule rate: cents per unit and the unit ("4.4", "kg"), and the
   * net quantity it applied to */
  specific?: string;
  netQuantity?: string;
}

export interface ChargeNote {
  /** incomplete: NO_MERCHANT_LAYERS, RATE_NOT_IN_DATA, FEE_NOT_IN_DATA, HTS_NOT_IN_SCHEDULE,
   * RATE_NOT_COMPUTED, NET_QUANTITY_NEEDED, EXCISE_NOT_IN_DATA, METAL_CONTENT_NEEDED, NO_EXCHANGE_RATE (a price
   * without an exchange rate: its duty, or a fee on the value, is not estimated); doubts that
   * leave `complete` as it is: SCHEDULE_EDITION_AGE, SCHEDULE_EDITION_LATER,
   * SPECIAL_RATE_NOT_APPLIED, UNCONFIRMED */
  code: string;
  message: string;
  item?: number;
  citation?: string;
}

export interface Charges {
  /** USD, the sum of the duty lines */
  duty: string;
  /** USD, the sum of the fee lines */
  fees: string;
  /** duty + fees (carrier charges are not law and stay out) */
  total: string;
  /** false when a layer or fee that applies could not be computed: the total is then a floor */
  complete: boolean;
  /** the carrier's own charge, when the merchant gave one */
  carrier?: string;
  lines: ChargeLine[];
  /** why the estimate is incomplete, and doubts the data carries */
  notes?: ChargeNote[];
  /** the tariff set's version, and the schedule edition when an item's MFN rate came from it
   * ("HTS 2026 Revision 10, effective 2026-06-08") */
  tariffs: { version: string; schedule?: string };
}
