// The shape of a Chapter 99 layer: a duty layer of the tariff set (core/charges/types.ts
// LayerVersion) that applies by HTS number as well as by origin, mode and date. It is the
// LayerVersion contract extended with the fields the schedule-aware engine reads (scope.hts,
// except[].hts, marks, base, heading); every Chapter99Layer is meant to be a valid layer of that
// extended contract, so the set merges into a tariff set unchanged.

import type { LayerVersion } from '../charges/types.ts';
import type { ItemFlag, Mode } from '../rules/types.ts';

/** An exception to a layer: by item flag, or by HTS prefix (optionally only for some origins). */
export interface Chapter99Exception {
  flag?: ItemFlag;
  /** HTS prefixes, digits only, 4 to 10 digits */
  hts?: string[];
  origins?: string[];
}

export interface Chapter99Layer extends Omit<LayerVersion, 'scope' | 'except'> {
  scope?: {
    origins?: string[];
    modes?: Mode[];
    /** HTS prefixes, digits only, 4 to 10 digits: the layer applies only to an item whose
     * 10-digit number starts with one of them */
    hts?: string[];
  };
  except?: Chapter99Exception[];
  /** flags an item gains when this layer applies to it ("section-232": no Section 122 or
   * forced-labour layer on top) */
  marks?: ItemFlag[];
  /** what the rate applies to: the item's value (default) or the value of its steel, aluminum
   * or copper content (which the item may state; otherwise the estimate is incomplete) */
  base?: 'value' | 'metal-content';
  /** the Chapter 99 number printed on the charge line ("9903.88.15") */
  heading?: string;
}
