// The eviction policy: what is kept when a part would grow past its limits (schema.ts: counts and
// byte budgets). New captures push out the oldest fairly (`fairCaptures`, run on every capture);
// an imported backup is brought within every part's limits (`withinLimits`), saying what it left out.
import {
  MAX_AUTOMATIC_ORDERS_PER_SITE,
  MAX_AUTOMATIC_PER_SITE,
  MAX_CAPTURES,
  MAX_ITEMS,
  MAX_ORDER_CAPTURES,
  MAX_QUARANTINE,
  PART_BUDGET_BYTES,
  type Capture,
  type StoredData,
} from './schema.ts';
import { mib, partBytes } from './quota.ts';

/** The site a capture counts against for the per-site cap: the page's host. */
export function siteOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The page a capture is of: its URL without the #fragment, which a page can change at will
 * without loading anything (100 fragments of one order page were 100 captures). */
export function pageKey(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

/** Shopper and seller order pages: kept apart from product captures, which never evict them. */
export function isOrderCapture(c: Pick<Capture, 'draft'>): boolean {
  return c.draft.kind === 'order' || c.draft.kind === 'seller-order';
}

/**
 * The captures to keep from a newest-first list, and the ones left out: one per page (the
 * newest; `pageKey`: the URL without its fragment), at most MAX_ORDER_CAPTURES order pages and
 * MAX_CAPTURES products, at most MAX_AUTOMATIC_PER_SITE automatic product captures and
 * MAX_AUTOMATIC_ORDERS_PER_SITE automatic order-page captures of one site, all within the
 * captures' byte budget. Order pages are chosen first, so product captures never push them out; within a kind the
 * newest win. The kept list stays newest first.
 */
export function fairCaptures(newestFirst: readonly Capture[]): { kept: Capture[]; left: Capture[] } {
  const seen = new Set<string>();
  const unique: Capture[] = [];
  const left: Capture[] = [];
  for (const c of newestFirst) {
    const key = pageKey(c.draft.url);
    if (seen.has(key)) left.push(c);
    else {
      seen.add(key);
      unique.push(c);
    }
  }
  const keep = new Set<Capture>();
  // the key and the list's brackets; each entry adds its JSON and a comma
  let bytes = partBytes('captures', []);
  const pass = (orders: boolean, cap: number, siteCap: number) => {
    const perSite = new Map<string, number>();
    let count = 0;
    for (const c of unique) {
      if (isOrderCapture(c) !== orders) continue;
      if (count >= cap) break;
      // captures the user asked for (the popup) are not held to the per-site caps
      const site = c.automatic !== false ? siteOf(c.draft.url) : null;
      if (site !== null && (perSite.get(site) ?? 0) >= siteCap) continue;
      const size = partBytes('', c) + 1;
      if (bytes + size > PART_BUDGET_BYTES.captures) continue;
      if (site !== null) perSite.set(site, (perSite.get(site) ?? 0) + 1);
      bytes += size;
      keep.add(c);
      count++;
    }
  };
  pass(true, MAX_ORDER_CAPTURES, MAX_AUTOMATIC_ORDERS_PER_SITE);
  pass(false, MAX_CAPTURES, MAX_AUTOMATIC_PER_SITE);
  const kept: Capture[] = [];
  for (const c of unique) (keep.has(c) ? kept : left).push(c);
  return { kept, left };
}

/** What an import left out to stay within the limits of normal use, part by part. */
export interface LeftOut {
  part: 'items' | 'captures' | 'rates' | 'quarantine';
  count: number;
  why: string;
}

/**
 * The data within the limits of normal use: at most MAX_ITEMS orders (the most recently added
 * win) within their byte budget, the captures `fairCaptures` keeps, rates and quarantine within
 * theirs. Says what was left out; settings always fit (their schema caps every field).
 */
export function withinLimits(data: StoredData): { data: StoredData; leftOut: LeftOut[] } {
  const leftOut: LeftOut[] = [];
  // items: newest added first (ISO instants sort as text; ties keep the file's order)
  const byRecency = data.items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (a.item.addedAt < b.item.addedAt ? 1 : a.item.addedAt > b.item.addedAt ? -1 : a.index - b.index));
  const keepItems = new Set<number>();
  let itemBytes = partBytes('items', []);
  let overBudget = 0;
  for (const { item, index } of byRecency) {
    if (keepItems.size >= MAX_ITEMS) break;
    const size = partBytes('', item) + 1;
    if (itemBytes + size > PART_BUDGET_BYTES.items) {
      overBudget++;
      continue;
    }
    itemBytes += size;
    keepItems.add(index);
  }
  const items = data.items.filter((_, i) => keepItems.has(i));
  if (items.length < data.items.length) {
    const dropped = data.items.length - items.length;
    leftOut.push({
      part: 'items',
      count: dropped,
      why:
        overBudget === dropped
          ? `the orders kept are limited to ${mib(PART_BUDGET_BYTES.items)}; the ${dropped} added earliest were left out`
          : `at most ${MAX_ITEMS} orders are kept; the ${dropped} added earliest were left out`,
    });
  }
  const sorted = [...data.captures].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  const { kept: captures, left } = fairCaptures(sorted);
  if (left.length) {
    leftOut.push({
      part: 'captures',
      count: left.length,
      why: `at most ${MAX_ORDER_CAPTURES} order pages and ${MAX_CAPTURES} products are kept (${MAX_AUTOMATIC_PER_SITE} automatic products and ${MAX_AUTOMATIC_ORDERS_PER_SITE} automatic order pages per site, ${mib(PART_BUDGET_BYTES.captures)} in all); the oldest were left out`,
    });
  }
  let rates = data.rates;
  if (rates !== null && partBytes('rates', rates) > PART_BUDGET_BYTES.rates) {
    leftOut.push({
      part: 'rates',
      count: Object.keys(rates).length,
      why: `the rates table takes ${mib(partBytes('rates', rates))}, over the ${mib(PART_BUDGET_BYTES.rates)} kept for it; import a smaller one in the options`,
    });
    rates = null;
  }
  // quarantine: the newest entries (at the end) win
  const quarantine: unknown[] = [];
  let quarantineBytes = partBytes('quarantine', []);
  for (let i = data.quarantine.length - 1; i >= 0 && quarantine.length < MAX_QUARANTINE; i--) {
    const size = partBytes('', data.quarantine[i]) + 1;
    if (quarantineBytes + size > PART_BUDGET_BYTES.quarantine) continue;
    quarantineBytes += size;
    quarantine.unshift(data.quarantine[i]);
  }
  if (quarantine.length < data.quarantine.length) {
    leftOut.push({
      part: 'quarantine',
      count: data.quarantine.length - quarantine.length,
      why: `at most ${MAX_QUARANTINE} unreadable records (${mib(PART_BUDGET_BYTES.quarantine)}) are kept`,
    });
  }
  return { data: { ...data, items, captures, rates, quarantine }, leftOut };
}

/** One sentence per part an import left out. */
export function describeLeftOut(leftOut: readonly LeftOut[]): string {
  const names = { items: 'orders', captures: 'captured pages', rates: 'currency rates', quarantine: 'unreadable records' };
  return leftOut.map((l) => `${l.count} ${names[l.part]} left out: ${l.why}.`).join(' ');
}
