// The operations on a storage area (browser.storage.local in the extension, an in-memory map in
// node tests): read, load (which writes back a migration or a quarantine), and the writes the one
// writer (writer.ts) runs, each within the limits of schema.ts. The parts they use are modules of
// their own: normalize.ts (migration and validation), quota.ts (bytes as Chrome counts them),
// eviction.ts (what is kept when a part is full), backup.ts (the backup file).
import {
  captureSchema,
  itemSchema,
  MAX_ITEMS,
  PART_BUDGET_BYTES,
  SCHEMA_VERSION,
  settingsSchema,
  STORAGE_KEYS,
  type Capture,
  type Item,
  type Settings,
  type StoredData,
} from './schema.ts';
import type { Draft } from '../adapters/types.ts';
import { normalize, type LoadResult } from './normalize.ts';
import { mib, partBytes } from './quota.ts';
import { fairCaptures } from './eviction.ts';
import { newId } from './new-id.ts';

import { compileRates, type RatesTable } from '../../core/page.ts';

export interface StorageAreaLike {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  clear(): Promise<void>;
}

/** Reads everything and writes nothing: what a page (popup, options) shows. Migrations and
 * quarantine are written by the background's writer (writer.ts), the one writer of storage. */
export async function read(area: Pick<StorageAreaLike, 'get'>): Promise<LoadResult> {
  return normalize(await area.get([...STORAGE_KEYS, 'seen']));
}

/** Reads everything; writes back once when a migration ran or a record was quarantined. */
export async function load(area: StorageAreaLike): Promise<LoadResult> {
  const raw = await area.get([...STORAGE_KEYS, 'seen']);
  const r = normalize(raw);
  if (r.ok && r.changed) {
    await area.set({ ...r.data });
    if ('seen' in raw) await area.remove(['seen']);
  }
  return r;
}

export async function saveSettings(area: StorageAreaLike, settings: Settings): Promise<void> {
  settingsSchema.parse(settings);
  await area.set({ settings, schemaVersion: SCHEMA_VERSION });
}

/**
 * Saves the orders list. It may not grow past MAX_ITEMS or the items budget, but a list that
 * does not grow is always saved, so removing an order works even in storage an older version
 * filled past today's limits.
 */
export async function saveItems(area: StorageAreaLike, items: Item[]): Promise<void> {
  for (const i of items) itemSchema.parse(i);
  const bytes = partBytes('items', items);
  if (items.length > MAX_ITEMS || bytes > PART_BUDGET_BYTES.items) {
    const stored = (await area.get(['items'])).items;
    const before = Array.isArray(stored) ? stored.length : 0;
    if (items.length >= before) {
      throw new Error(
        items.length > MAX_ITEMS
          ? `at most ${MAX_ITEMS} orders can be kept; remove some first`
          : `the orders would take ${mib(bytes)}, over the ${mib(PART_BUDGET_BYTES.items)} kept for them; remove some first`,
      );
    }
  }
  await area.set({ items, schemaVersion: SCHEMA_VERSION });
}

/** The stored captures, validated. Only the captures are read when the layout is current and
 * every capture is valid (a page that navigates often must not cost a read and validation of
 * every order); otherwise the full `load` migrates and quarantines first. */
async function storedCaptures(area: StorageAreaLike): Promise<Capture[]> {
  const raw = await area.get(['schemaVersion', 'captures']);
  if (raw.schemaVersion === SCHEMA_VERSION) {
    if (raw.captures === undefined) return [];
    if (Array.isArray(raw.captures)) {
      const out: Capture[] = [];
      for (const c of raw.captures) {
        const r = captureSchema.safeParse(c);
        if (!r.success) break;
        out.push(r.data);
      }
      if (out.length === raw.captures.length) return out;
    }
  }
  const r = await load(area);
  if (!r.ok) throw new Error(r.error);
  return r.data.captures;
}

/** Records a captured draft, newest first, within the fair limits of `fairCaptures`.
 * `automatic`: captured on load or navigation, not because the user asked. */
export async function addCapture(area: StorageAreaLike, draft: Draft, nowIso: string, automatic = false): Promise<Capture> {
  const capture: Capture = { id: newId(), at: nowIso, automatic, draft };
  captureSchema.parse(capture);
  const { kept } = fairCaptures([capture, ...(await storedCaptures(area))]);
  await area.set({ captures: kept, schemaVersion: SCHEMA_VERSION });
  return capture;
}

/**
 * Replaces everything with `data`, all or nothing: the new parts are written first, in one
 * set() (Chrome checks the quota before writing anything), and only then are keys the new data
 * does not have removed. If any step fails, what was stored before is put back and the error
 * is passed on, so a failed import leaves storage as it was.
 */
export async function replaceAll(area: StorageAreaLike, data: StoredData): Promise<void> {
  const before = await area.get(null);
  const next: Record<string, unknown> = { ...data };
  const stale = Object.keys(before).filter((k) => !(k in next));
  try {
    await area.set(next);
    if (stale.length) await area.remove(stale);
  } catch (e) {
    await restore(area, before, [...Object.keys(next), ...stale]);
    throw e;
  }
}

/** Puts back, from a snapshot taken with get(null), the keys an import touched (`touched`): their
 * values, or their absence. Nothing else is put back (a rollback restores only what its
 * import changed). The touched keys are removed first, then written back in one set(): the
 * snapshot fitted the quota before, so it fits again. */
async function restore(area: StorageAreaLike, snapshot: Record<string, unknown>, touched: readonly string[]): Promise<void> {
  const keys = [...new Set(touched)];
  await area.remove(keys);
  const back = Object.fromEntries(keys.filter((k) => k in snapshot).map((k) => [k, snapshot[k]]));
  if (Object.keys(back).length) await area.set(back);
}

export async function deleteAll(area: StorageAreaLike): Promise<void> {
  await area.clear();
}
