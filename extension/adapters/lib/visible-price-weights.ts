// Weights of the visible-price score (visible-price.ts): data, not code. Hand-set starting
// values; bench/visible-price-train.ts replaces them with fitted ones and says how.
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
  about: 'hand-set starting values',
  bias: -3,
  weights: { currency: 1, priceClass: 1.5, currentClass: 0.5, badClass: -1.5, struck: -3, badContext: -2, nearTitle: 2, nearBuy: 2, afterTitle: 0.5, orderNear: 1, inLink: -1.5, zero: -4, repeated: 0.3, firstAfterTitle: 1, emphasis: 0.3, pageChrome: -2, itemprop: 1 },
  threshold: 0.5,
};
