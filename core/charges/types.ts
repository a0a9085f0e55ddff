// The vocabularies of a tariff set and its types, derived from the zod contract (./schema.ts):
// the origin-wide duty layers and the fees that are law, as dated versions with scope and
// citations, in the same form as the rule set (core/rules/types.ts). It is plain JSON, so
// `s321 evaluate --tariffs FILE` and the widget's `tariffs` property can replace it without a
// new release. The estimate's own types (ChargeLine, Charges, ...) are outputs, written here.
import type * as z from 'zod/mini';
import type { carrierFeeSchema, dutySchema } from '../shipment/schema.ts';
import type { feeSchema, layerExceptionSchema, layerSchema, tariffSetSchema } from './schema.ts';

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
export type LayerException = z.infer<typeof layerExceptionSchema>;
/** One dated version of an origin-wide duty layer. */
export type LayerVersion = z.infer<typeof layerSchema>;
/** One dated version of a fee that is law (MPF, HMF). */
export type FeeVersion = z.infer<typeof feeSchema>;
/** A whole tariff set as JSON: the bundled `defaultTariffs`, or a replacement given as `tariffs`. */
export type TariffSet = z.infer<typeof tariffSetSchema>;

/** A layer the merchant knows from the item's classification (the request's `duties`). */
export type DutyInput = z.infer<typeof dutySchema>;
/** A carrier's own charge, added by the merchant as a line; never part of `total`. */
export type CarrierFeeInput = z.infer<typeof carrierFeeSchema>;

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
