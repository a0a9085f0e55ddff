// Layered capture, field by field (docs/adapters.md, "Layers"): the site adapter's selectors
// first, then the page's structured data (JSON-LD, microdata, OpenGraph/product meta, the state
// JSON a site embeds for its own scripts: the generic adapter reads all of them), then the visible
// page (the main product's price as a person sees it). A layer that finds nothing never blanks a
// field an earlier layer found; `sources` keeps the layer each field came from, and a note says
// when two layers state different prices.
//
// Why layers instead of "the site adapter owns the page": real saved eBay pages of 2021 (old
// #prcIsum layout) and of 2026 gave no price and often no title through the eBay selectors,
// although their microdata or JSON-LD stated both; a site's markup changes faster than
// schema.org data, so the structured layer is the safety net under every site adapter.
import { compareDecimal } from '../../../core/extract/price.ts';
import { addNote } from '../draft.ts';
import type { Draft, DraftField } from '../types.ts';

const TEXT_FIELDS = ['title', 'seller', 'sku', 'brand', 'availability'] as const;
const COUNTRY_FIELDS = ['shipsFrom', 'origin'] as const;

function hasPrice(d: Draft): boolean {
  return d.price !== null || d.priceRange !== null;
}

/** Notes that explained an empty field no longer apply once a later layer fills it. */
function dropNotes(d: Draft, field: DraftField): void {
  d.notes = d.notes.filter((n) => n.field !== field);
}

function carryNotes(into: Draft, from: Draft, field: DraftField): void {
  for (const n of from.notes) if (n.field === field) addNote(into, field, n.code, n.message);
}

/**
 * Fills every field `into` left empty from `layer` (a later layer of the same page). The price,
 * its range and its currency travel together: a currency read next to one price is not the
 * currency of another layer's price, except that a layer stating the same amount may name the
 * currency the first one could not.
 */
export function fillFrom(into: Draft, layer: Draft): void {
  if (into.kind === 'other' && layer.kind === 'product') into.kind = 'product';
  for (const f of TEXT_FIELDS) {
    const value = layer[f];
    if ((into[f] === null || into[f] === undefined) && value) {
      (into as unknown as Record<string, unknown>)[f] = value;
      const source = layer.sources[f];
      if (source) into.sources[f] = source;
      dropNotes(into, f as DraftField);
      carryNotes(into, layer, f as DraftField);
    }
  }
  for (const f of COUNTRY_FIELDS) {
    if (into[f] === null && layer[f] !== null) {
      into[f] = layer[f];
      const source = layer.sources[f];
      if (source) into.sources[f] = source;
      dropNotes(into, f);
    } else if (into[f] === null) {
      carryNotes(into, layer, f);
    }
  }
  if (!hasPrice(into) && hasPrice(layer)) {
    into.price = layer.price;
    into.priceRange = layer.priceRange;
    into.currency = layer.currency;
    if (layer.sources.price) into.sources.price = layer.sources.price;
    else delete into.sources.price;
    if (layer.sources.currency) into.sources.currency = layer.sources.currency;
    else delete into.sources.currency;
    dropNotes(into, 'price');
    dropNotes(into, 'currency');
    carryNotes(into, layer, 'price');
    carryNotes(into, layer, 'currency');
  } else if (into.price !== null && layer.price !== null) {
    const same = compareDecimal(into.price, layer.price) === 0;
    if (same && into.currency === null && layer.currency !== null) {
      into.currency = layer.currency;
      if (layer.sources.currency) into.sources.currency = layer.sources.currency;
      dropNotes(into, 'currency');
    } else if (!same || (into.currency !== null && layer.currency !== null && into.currency !== layer.currency)) {
      addNote(
        into,
        'price',
        'PRICE_LAYERS_DISAGREE',
        `${into.sources.price ?? into.adapter} states ${into.price} ${into.currency ?? ''} but ${layer.sources.price ?? layer.adapter} states ${layer.price} ${layer.currency ?? ''}; the draft keeps ${into.sources.price ?? into.adapter}`,
      );
    }
  }
  for (const n of layer.notes) if (n.field === 'page' && n.code !== 'NOT_A_PRODUCT_PAGE') addNote(into, 'page', n.code, n.message);
}
