// Reading and writing the stored data over any storage area (browser.storage.local in the
// extension, an in-memory map in node tests). Reads migrate and validate; a record that fails
// validation goes to `quarantine` (shown and exported, never silently dropped).
import { runMigrations, type Raw } from './migrations.ts';
import {
  captureSchema, defaultSettings, itemSchema, MAX_CAPTURES, MAX_ITEMS, ratesTableSchema, SCHEMA_VERSION, settingsSchema, STORAGE_KEYS,
  type Capture, type Item, type Settings, type StoredData,
} from './schema.ts';
import type { Draft } from '../adapters/types.ts';

export interface StorageAreaLike {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  clear(): Promise<void>;
}

export const BACKUP_FORMAT = 's321-extension-backup';

export function newId(): string {
  const b = new Uint8Array(9);
  crypto.getRandomValues(b);
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

export type LoadResult = { ok: true; data: StoredData; changed: boolean; applied: string[] } | { ok: false; error: string };

/** Migrates and validates a raw stored object (also a backup being imported). */
export function normalize(raw0: Raw): LoadResult {
  const m = runMigrations(raw0, SCHEMA_VERSION);
  if (!m.ok) return m;
  const raw = m.raw;
  const quarantine: unknown[] = Array.isArray(raw.quarantine) ? [...raw.quarantine] : [];
  let changed = m.applied.length > 0;
  const q = (key: string, value: unknown, error: string) => {
    quarantine.push({ key, value, error });
    changed = true;
  };
  let settings: Settings;
  if (raw.settings === undefined) {
    settings = defaultSettings(newId());
    changed = true;
  } else {
    const s = settingsSchema.safeParse(raw.settings);
    if (s.success) settings = s.data;
    else {
      q('settings', raw.settings, issueText(s.error.issues));
      settings = defaultSettings(newId());
    }
  }
  const list = <T>(key: string, value: unknown, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> } } }): T[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      q(key, value, 'expected a list');
      return [];
    }
    const out: T[] = [];
    for (const v of value) {
      const r = schema.safeParse(v);
      if (r.success) out.push(r.data);
      else q(key, v, issueText(r.error.issues));
    }
    return out;
  };
  const captures = list<Capture>('captures', raw.captures, captureSchema);
  const items = list<Item>('items', raw.items, itemSchema);
  let rates: StoredData['rates'] = null;
  if (raw.rates !== undefined && raw.rates !== null) {
    const r = ratesTableSchema.safeParse(raw.rates);
    if (r.success) rates = r.data;
    else q('rates', raw.rates, issueText(r.error.issues));
  }
  return { ok: true, data: { schemaVersion: SCHEMA_VERSION, settings, captures, items, rates, quarantine }, changed, applied: m.applied };
}

function issueText(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  const i = issues[0];
  return i ? `${i.path.map(String).join('.') || '(root)'}: ${i.message}` : 'invalid';
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

export async function saveItems(area: StorageAreaLike, items: Item[]): Promise<void> {
  if (items.length > MAX_ITEMS) throw new Error(`at most ${MAX_ITEMS} items can be kept`);
  for (const i of items) itemSchema.parse(i);
  await area.set({ items, schemaVersion: SCHEMA_VERSION });
}

/** Records a captured draft (newest first, one per URL, at most MAX_CAPTURES). */
export async function addCapture(area: StorageAreaLike, draft: Draft, nowIso: string): Promise<Capture> {
  const r = await load(area);
  if (!r.ok) throw new Error(r.error);
  const capture: Capture = { id: newId(), at: nowIso, draft };
  captureSchema.parse(capture);
  const captures = [capture, ...r.data.captures.filter((c) => c.draft.url !== draft.url)].slice(0, MAX_CAPTURES);
  await area.set({ captures, schemaVersion: SCHEMA_VERSION });
  return capture;
}

export function exportBackup(data: StoredData, nowIso: string): string {
  return JSON.stringify({ format: BACKUP_FORMAT, exportedAt: nowIso, ...data }, null, 2);
}

export type ImportResult = { ok: true; data: StoredData; quarantined: number } | { ok: false; error: string };

/** Checks a backup file; nothing is written unless it is a readable backup of a known version. */
export function readBackup(text: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not JSON: ${(e as Error).message}` };
  }
  if (typeof raw !== 'object' || raw === null || (raw as Raw).format !== BACKUP_FORMAT) return { ok: false, error: `not an s321 extension backup (expected "format": "${BACKUP_FORMAT}")` };
  const { format: _f, exportedAt: _e, ...rest } = raw as Raw;
  const r = normalize(rest);
  if (!r.ok) return r;
  const before = Array.isArray((rest as Raw).quarantine) ? ((rest as Raw).quarantine as unknown[]).length : 0;
  return { ok: true, data: r.data, quarantined: r.data.quarantine.length - before };
}

export async function replaceAll(area: StorageAreaLike, data: StoredData): Promise<void> {
  await area.clear();
  await area.set({ ...data });
}

export async function deleteAll(area: StorageAreaLike): Promise<void> {
  await area.clear();
}

export { MAX_CAPTURES };
