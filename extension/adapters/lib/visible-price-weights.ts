// Weights of the visible-price score (visible-price.ts): data, not code.
// `about` says how they were obtained (bench/visible-price-train.ts prints a fitted set).
import type { Feature } from './visible-price.ts';

export interface VisiblePriceModel {
  bias: number;
  weights: Partial<Record<Feature, number>>;
  /** the least score a winner needs; below it the layer gives no price */
  threshold: number;
  /** how the numbers were obtained */
  about: string;
}

export const VISIBLE_PRICE_MODEL: VisiblePriceModel = {
  about:
    'weights fitted by bench/visible-price-train.ts (a per-page softmax ranking loss, L2 0.02) on the 57 priced pages of the Zyte benchmark development half, 2,227 candidates; the top candidate is right on 41 pages fitted on all and 41 leaving each shop out (43 of 56 with the final features); bias and threshold chosen on the whole pipeline for precision',
  bias: -4,
  weights: {
    currency: 0.53, priceClass: 0.86, currentClass: 1.43, badClass: 0.02, struck: -1.1, badContext: -0.08, nearTitle: 2.14, nearBuy: 0.4, afterTitle: 0.27,
    orderNear: 2.6, inLink: -1.13, zero: -0.06, repeated: 0.75, firstAfterTitle: 1.87, emphasis: 0.02, pageChrome: -0.13, itemprop: 0.35,
  },
  threshold: 0.5,
};
