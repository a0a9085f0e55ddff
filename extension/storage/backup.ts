// The backup file: what "Export data" writes and "Import data" reads (the options page). An import
// is refused whole unless the file is a readable backup of a known version; otherwise it is
// migrated and validated like stored data (normalize.ts) and brought within the limits of normal
// use (eviction.ts). Storing it is the writer's `import` operation (writer.ts, store.ts replaceAll).
import { duplicateKey } from '../../common/duplicate-key.ts';
import type { Raw } from './migrations.ts';
import type { StoredData } from './schema.ts';
import { normalizeSteps } from './normalize.ts';
import { withinLimits, type LeftOut } from './eviction.ts';

export const BACKUP_FORMAT = 's321-extension-backup';

export function exportBackup(data: StoredData, nowIso: string): string {
  return JSON.stringify({ format: BACKUP_FORMAT, exportedAt: nowIso, ...data }, null, 2);
}

export type ImportResult = { ok: true; data: StoredData; quarantined: number; leftOut: LeftOut[] } | { ok: false; error: string };

/** Checks a backup file; nothing is written unless it is a readable backup of a known version
 * (JSON with no key given twice).
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
  if (typeof raw !== 'object' || raw === null || (raw as Raw).format !== BACKUP_FORMAT)
    return { ok: false, error: `not an s321 extension backup (expected "format": "${BACKUP_FORMAT}")` };
  const { format: _f, exportedAt: _e, ...rest } = raw as Raw;
  for (const key of ['captures', 'items', 'quarantine'] as const) {
    const v = (rest as Raw)[key];
    if (Array.isArray(v) && v.length > MAX_BACKUP_LIST)
      return { ok: false, error: `"${key}" has ${v.length} entries, more than the ${MAX_BACKUP_LIST} a backup may hold; nothing was changed` };
  }
  yield;
  // a key given twice: JSON.parse kept the last one, another reader may keep the first (as the
  // command line refuses such a JSON input)
  const dup = duplicateKey(text);
  if (dup)
    return {
      ok: false,
      error: `the key "${dup.key}" is given twice (at ${dup.path}); JSON readers keep one or the other, so the backup is refused; nothing was changed`,
    };
  yield;
  const r = yield* normalizeSteps(rest);
  if (!r.ok) return r;
  yield;
  const before = Array.isArray((rest as Raw).quarantine) ? ((rest as Raw).quarantine as unknown[]).length : 0;
  const quarantined = r.data.quarantine.length - before;
  const fitted = withinLimits(r.data);
  return { ok: true, data: fitted.data, quarantined, leftOut: fitted.leftOut };
}
