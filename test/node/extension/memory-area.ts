// An in-memory storage area for node tests, with chrome.storage.local's quota behaviour when asked:
// a set() that would take the stored bytes (key + JSON of the value, as Chrome counts them) over
// `quotaBytes` fails with Chrome's message and writes nothing. `failPartway` instead writes the
// first keys of the next set() and then fails, like a storage that is not atomic, so the tests
// can check that a failed write is undone.
import type { StorageAreaLike } from '../../../extension/storage/store.ts';
import { partBytes } from '../../../extension/storage/quota.ts';

export interface MemoryArea extends StorageAreaLike {
  dump(): Record<string, unknown>;
  /** the bytes in use, as chrome.storage.local.getBytesInUse(null) counts them */
  bytesInUse(): number;
  /** make the next set() write its first key and then fail */
  failPartway(): void;
}

export function memoryArea(initial: Record<string, unknown> = {}, options: { quotaBytes?: number } = {}): MemoryArea {
  let m: Record<string, unknown> = structuredClone(initial);
  let partway = false;
  const bytes = (o: Record<string, unknown>) => Object.entries(o).reduce((n, [k, v]) => n + partBytes(k, v), 0);
  return {
    async get(keys) {
      if (keys === null) return structuredClone(m);
      const out: Record<string, unknown> = {};
      for (const k of keys) if (k in m) out[k] = structuredClone(m[k]);
      return out;
    },
    async set(items) {
      if (partway) {
        partway = false;
        const [first] = Object.keys(items);
        if (first !== undefined) m = { ...m, [first]: structuredClone(items[first]) };
        throw new Error('simulated failure after a partial write');
      }
      const next = { ...m, ...structuredClone(items) };
      if (options.quotaBytes !== undefined && bytes(next) > options.quotaBytes) throw new Error('Resource::kQuotaBytes quota exceeded');
      m = next;
    },
    async remove(keys) {
      for (const k of keys) delete m[k];
    },
    async clear() {
      m = {};
    },
    dump: () => structuredClone(m),
    bytesInUse: () => bytes(m),
    failPartway: () => void (partway = true),
  };
}
