// Reading and writing the stored data over any storage area (browser.storage.local in the
// extension, an in-memory map in node tests). Reads migrate and validate; a record that fails
// validation goes to `quarantine` (shown and exported, never silently dropped).
import { runMigrations, type Raw } from './migrations.ts';
import {
  captureSchema, defaultSettings, itemSchema, MAX_AUTOMATIC_ORDERS_PER_SITE, MAX_AUTOMATIC_PER_SITE, MAX_CAPTURES, MAX_ITEMS, MAX_ORDER_CAPTURES, MAX_QUARANTINE, PART_BUDGET_BYTES,
  SCHEMA_VERSION, settingsSchema, STORAGE_KEYS, type Capture, type Item, type Settings, type StoredData,
} from './schema.ts';
import type { Draft } from '../adapters/types.ts';
import { compileRates, type RatesTable } from '../../core/page.ts';

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
  const steps = normalizeSteps(raw0);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Entries validated between two pauses of an import (`readBackupInChunks`). */
export const IMPORT_CHUNK = 2_000;

/** `normalize`, pausing (a `yield`) after every IMPORT_CHUNK records, so a page can give the
 * browser its turn between chunks. */
function* normalizeSteps(raw0: Raw): Generator<void, LoadResult> {
  const m = runMigrations(raw0, SCHEMA_VERSION);
  if (!m.ok) return m;
  const raw = m.raw;
  const quarantine: unknown[] = Array.isArray(raw.quarantine) ? raw.quarantine.map(keepWhole) : [];
  let changed = m.applied.length > 0;
  const q = (key: string, value: unknown, error: string) => {
    quarantine.push(keepWhole({ key, value, error }));
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
  function* list<T>(key: string, value: unknown, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> } } }): Generator<void, T[]> {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      q(key, value, 'expected a list');
      return [];
    }
    const out: T[] = [];
    for (let i = 0; i < value.length; i++) {
      if (i > 0 && i % IMPORT_CHUNK === 0) yield;
      const v = value[i];
      const r = schema.safeParse(v);
      if (r.success) out.push(r.data);
      else q(key, v, issueText(r.error.issues));
    }
    return out;
  }
  const captures = yield* list<Capture>('captures', raw.captures, captureSchema);
  const items = yield* list<Item>('items', raw.items, itemSchema);
  let rates: StoredData['rates'] = null;
  if (raw.rates !== undefined && raw.rates !== null) {
    // read back with the check the options page ran when it stored the table (core's contract
    // and meaning checks), so a table it accepted is never refused here, nor the other way round
    const r = compileRates(raw.rates);
    if (r.ok) rates = raw.rates as RatesTable;
    else q('rates', raw.rates, `${r.issues[0].path || '(root)'}: ${r.issues[0].message}`);
  }
  return { ok: true, data: { schemaVersion: SCHEMA_VERSION, settings, captures, items, rates, quarantine }, changed, applied: m.applied };
}

/** Nesting depth past which a value is stored as its JSON text: browser storage cuts values
 * nested past about 100 levels (Chrome's limit), which would store a quarantined record altered.
 * 64 leaves room for the list and entry around it. */
export const MAX_STORED_DEPTH = 64;

/** The nesting depth of a JSON value, counted without recursion (a hostile value may be nested
 * deeper than the stack), stopping once past `limit`. */
export function depthOver(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (d > limit) return true;
    for (const c of Array.isArray(v) ? v : Object.values(v)) if (typeof c === 'object' && c !== null) stack.push([c, d + 1]);
  }
  return false;
}

/** A quarantine entry as stored: itself, or, when nested too deep for storage to keep it as it
 * is, `{ key, json, error }` with the record's JSON text, so its bytes are kept whole. */
function keepWhole(entry: unknown): unknown {
  if (!depthOver(entry, MAX_STORED_DEPTH)) return entry;
  const e = entry as { key?: unknown; value?: unknown; error?: unknown };
  const inner = typeof e === 'object' && e !== null && 'value' in e;
  const key = inner && typeof e.key === 'string' ? e.key : 'quarantine';
  const error = inner && typeof e.error === 'string' ? e.error : `nested deeper than ${MAX_STORED_DEPTH} levels: kept as JSON text`;
  try {
    return { key, json: JSON.stringify(inner ? e.value : entry), error };
  } catch {
    // deeper than JSON.stringify can go: refused whole, never stored cut
    return { key, error: `${error}; the record is nested too deep to keep and was refused whole` };
  }
}

function issueText(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  const i = issues[0];
  return i ? `${i.path.map(String).join('.') || '(root)'}: ${i.message}` : 'invalid';
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

/** The bytes a part takes in chrome.storage.local: its key plus the JSON of its value, in UTF-8
 * (how Chrome counts towards QUOTA_BYTES). */
export function partBytes(key: string, value: unknown): number {
  return utf8Length(key) + utf8Length(JSON.stringify(value) ?? '');
}

function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff) {
      // a surrogate pair: 2 UTF-16 units, 4 bytes
      n += 2;
      i++;
    } else n += 2;
  }
  return n;
}

const mib = (n: number) => `${(n / 1_048_576).toFixed(1)} MB`;

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
      throw new Error(items.length > MAX_ITEMS ? `at most ${MAX_ITEMS} orders can be kept; remove some first` : `the orders would take ${mib(bytes)}, over the ${mib(PART_BUDGET_BYTES.items)} kept for them; remove some first`);
    }
  }
  await area.set({ items, schemaVersion: SCHEMA_VERSION });
}

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

export function exportBackup(data: StoredData, nowIso: string): string {
  return JSON.stringify({ format: BACKUP_FORMAT, exportedAt: nowIso, ...data }, null, 2);
}

/** What an import left out to stay within the limits of normal use, part by part. */
export interface LeftOut {
  part: 'items' | 'captures' | 'rates' | 'quarantine';
  count: number;
  why: string;
}

export type ImportResult = { ok: true; data: StoredData; quarantined: number; leftOut: LeftOut[] } | { ok: false; error: string };

/**
 * The data within the limits of normal use: at most MAX_ITEMS orders (the most recently added
 * win) within their byte budget, the captures `fairCaptures` keeps, rates and quarantine within
 * theirs. Says what was left out; settings always fit (their schema caps every field).
 */
export function withinLimits(data: StoredData): { data: StoredData; leftOut: LeftOut[] } {
  const leftOut: LeftOut[] = [];
  // items: newest added first (ISO instants sort as text; ties keep the file's order)
  const byRecency = data.items.map((item, index) => ({ item, index })).sort((a, b) => (a.item.addedAt < b.item.addedAt ? 1 : a.item.addedAt > b.item.addedAt ? -1 : a.index - b.index));
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
      why: overBudget === dropped
        ? `the orders kept are limited to ${mib(PART_BUDGET_BYTES.items)}; the ${dropped} added earliest were left out`
        : `at most ${MAX_ITEMS} orders are kept; the ${dropped} added earliest were left out`,
    });
  }
  const sorted = [...data.captures].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  const { kept: captures, left } = fairCaptures(sorted);
  if (left.length) {
    leftOut.push({ part: 'captures', count: left.length, why: `at most ${MAX_ORDER_CAPTURES} order pages and ${MAX_CAPTURES} products are kept (${MAX_AUTOMATIC_PER_SITE} automatic products and ${MAX_AUTOMATIC_ORDERS_PER_SITE} automatic order pages per site, ${mib(PART_BUDGET_BYTES.captures)} in all); the oldest were left out` });
  }
  let rates = data.rates;
  if (rates !== null && partBytes('rates', rates) > PART_BUDGET_BYTES.rates) {
    leftOut.push({ part: 'rates', count: Object.keys(rates).length, why: `the rates table takes ${mib(partBytes('rates', rates))}, over the ${mib(PART_BUDGET_BYTES.rates)} kept for it; import a smaller one in the options` });
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
    leftOut.push({ part: 'quarantine', count: data.quarantine.length - quarantine.length, why: `at most ${MAX_QUARANTINE} unreadable records (${mib(PART_BUDGET_BYTES.quarantine)}) are kept` });
  }
  return { data: { ...data, items, captures, rates, quarantine }, leftOut };
}

/** One sentence per part an import left out. */
export function describeLeftOut(leftOut: readonly LeftOut[]): string {
  const names = { items: 'orders', captures: 'captured pages', rates: 'currency rates', quarantine: 'unreadable records' };
  return leftOut.map((l) => `${l.count} ${names[l.part]} left out: ${l.why}.`).join(' ');
}

/** Checks a backup file; nothing is written unless it is a readable backup of a known version.
 * The data is brought within the limits of normal use (`withinLimits`), saying what was left out. */
export function readBackup(text: string): ImportResult {
  const steps = readBackupSteps(text);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** At most this many entries in one list of a backup: far more than any version kept (2,000
 * orders, 200 captures, 100 unreadable records; an older version could over-fill to about
 * 40,000 orders), so a larger list is not a backup of normal use and is refused whole before
 * any of it is validated (a 3 MB backup of a million tiny captures). */
export const MAX_BACKUP_LIST = 100_000;

/** `readBackup` for the options page: the same result, with the page given its turn (`pause`)
 * after every IMPORT_CHUNK records validated, so it stays responsive during a large import. */
export async function readBackupInChunks(text: string, pause: () => Promise<void> = () => new Promise((r) => setTimeout(r, 0))): Promise<ImportResult> {
  const steps = readBackupSteps(text);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await pause();
  }
}

function* readBackupSteps(text: string): Generator<void, ImportResult> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not JSON: ${(e as Error).message}` };
  }
  if (typeof raw !== 'object' || raw === null || (raw as Raw).format !== BACKUP_FORMAT) return { ok: false, error: `not an s321 extension backup (expected "format": "${BACKUP_FORMAT}")` };
  const { format: _f, exportedAt: _e, ...rest } = raw as Raw;
  for (const key of ['captures', 'items', 'quarantine'] as const) {
    const v = (rest as Raw)[key];
    if (Array.isArray(v) && v.length > MAX_BACKUP_LIST) return { ok: false, error: `"${key}" has ${v.length} entries, more than the ${MAX_BACKUP_LIST} a backup may hold; nothing was changed` };
  }
  yield;
  const r = yield* normalizeSteps(rest);
  if (!r.ok) return r;
  yield;
  const before = Array.isArray((rest as Raw).quarantine) ? ((rest as Raw).quarantine as unknown[]).length : 0;
  const quarantined = r.data.quarantine.length - before;
  const fitted = withinLimits(r.data);
  return { ok: true, data: fitted.data, quarantined, leftOut: fitted.leftOut };
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
