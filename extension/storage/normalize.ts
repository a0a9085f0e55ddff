// Reading stored data back: migrations (migrations.ts) up to the version this build writes, then
// every part validated against its schema (schema.ts). A record that fails validation goes to
// `quarantine` (shown and exported, never silently dropped). Runs on what storage holds (store.ts)
// and on a backup being imported (backup.ts); writes nothing.
import { runMigrations, type Raw } from './migrations.ts';
import {
  captureSchema,
  defaultSettings,
  itemSchema,
  SCHEMA_VERSION,
  settingsSchema,
  type Capture,
  type Item,
  type Settings,
  type StoredData,
} from './schema.ts';
import { newId } from './new-id.ts';
import { compileRates, type RatesTable } from '../../core/page.ts';

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
export function* normalizeSteps(raw0: Raw): Generator<void, LoadResult> {
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
  function* list<T>(
    key: string,
    value: unknown,
    schema: {
      safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> } };
    },
  ): Generator<void, T[]> {
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
