// The one writer of the extension's storage. Every change to browser.storage.local
// (a capture, an order added or removed, the settings, the rates table, a backup import and its
// rollback, "Delete all", the migration on start) is an operation run by the background, one at
// a time, in the order they arrive. Operations carry what the user did (add this item, remove that
// id), never a whole list computed from an earlier read, so a change made by another operation
// between a page's read and its write is never overwritten, and nothing deleted comes back.
// Pages (popup, options) send operations with `store/write` (messages.ts); node tests call
// `createWriter` over a memory area.
import * as z from 'zod/mini';
import { compileRates, type RatesTable } from '../../core/page.ts';
import type { Draft } from '../adapters/types.ts';
import { itemsOfOrder } from '../orders.ts';
import { captureSchema, itemSchema, SCHEMA_VERSION, settingsSchema, type Capture, type Item, type Settings, type StoredData } from './schema.ts';
import { addCapture, deleteAll, load, replaceAll, saveItems, saveSettings, type StorageAreaLike } from './store.ts';

const orderRef = z.object({ orderId: z.optional(z.nullable(z.string().check(z.maxLength(100)))), url: z.string().check(z.maxLength(2048)) });

/** The operations, validated on receipt in the background (a page's message is data). */
export const storeOpSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('items/add'), items: z.array(itemSchema).check(z.maxLength(2000)) }),
  z.object({ op: z.literal('items/remove'), ids: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(100_000)) }),
  /** the lines of one order page: replace the lines stored for that page before (orders.ts withOrder) */
  z.object({ op: z.literal('items/order'), order: orderRef, items: z.array(itemSchema).check(z.maxLength(2000)) }),
  z.object({ op: z.literal('settings'), settings: settingsSchema }),
  /** checked with compileRates in `run` (core's contract and meaning checks) */
  z.object({ op: z.literal('rates'), rates: z.nullable(z.record(z.string(), z.unknown())) }),
  /** a backup already read, migrated and fitted by readBackup in the options page */
  z.object({
    op: z.literal('import'),
    data: z.object({
      schemaVersion: z.literal(SCHEMA_VERSION),
      settings: settingsSchema,
      captures: z.array(captureSchema),
      items: z.array(itemSchema),
      rates: z.nullable(z.record(z.string(), z.unknown())),
      quarantine: z.array(z.unknown()),
    }),
  }),
  z.object({ op: z.literal('delete-all') }),
  z.object({ op: z.literal('migrate') }),
]);

export type StoreOp =
  | { op: 'capture'; draft: Draft; at: string; automatic: boolean }
  | { op: 'items/add'; items: Item[] }
  | { op: 'items/remove'; ids: string[] }
  | { op: 'items/order'; order: { orderId?: string | null; url: string }; items: Item[] }
  | { op: 'settings'; settings: Settings }
  | { op: 'rates'; rates: RatesTable | null }
  | { op: 'import'; data: StoredData }
  | { op: 'delete-all' }
  | { op: 'migrate' };

/** What a page may ask for (a capture comes from a content script, through `page/draft`). */
export type PageStoreOp = Exclude<StoreOp, { op: 'capture' }>;

export type StoreResult = { ok: true; capture?: Capture } | { ok: false; error: string };

export interface Writer {
  run(op: StoreOp): Promise<StoreResult>;
  /** resolves when every operation queued so far has finished */
  idle(): Promise<void>;
}

const message = (e: unknown) => String((e as Error)?.message ?? e).slice(0, 300);

/** Reads the stored items (validated; an unreadable list goes through `load`, which migrates and
 * quarantines, so what is written back never drops a record silently). */
async function currentItems(area: StorageAreaLike): Promise<Item[]> {
  const r = await load(area);
  if (!r.ok) throw new Error(r.error);
  return r.data.items;
}

/** Applies one operation; only ever called from the writer's queue. */
export async function apply(area: StorageAreaLike, op: StoreOp): Promise<StoreResult> {
  switch (op.op) {
    case 'capture':
      return { ok: true, capture: await addCapture(area, op.draft, op.at, op.automatic) };
    case 'items/add': {
      const items = await currentItems(area);
      const ids = new Set(items.map((i) => i.id));
      await saveItems(area, [...items, ...op.items.filter((i) => !ids.has(i.id))]);
      return { ok: true };
    }
    case 'items/remove': {
      const gone = new Set(op.ids);
      await saveItems(
        area,
        (await currentItems(area)).filter((i) => !gone.has(i.id)),
      );
      return { ok: true };
    }
    case 'items/order': {
      const items = await currentItems(area);
      const old = new Set(itemsOfOrder(items, { orderId: op.order.orderId ?? null, url: op.order.url }).map((i) => i.id));
      await saveItems(area, [...items.filter((i) => !old.has(i.id)), ...op.items]);
      return { ok: true };
    }
    case 'settings':
      await saveSettings(area, op.settings);
      return { ok: true };
    case 'rates': {
      if (op.rates !== null) {
        const c = compileRates(op.rates);
        if (!c.ok) return { ok: false, error: `${c.issues[0].path || '(root)'}: ${c.issues[0].message}` };
      }
      await area.set({ rates: op.rates });
      return { ok: true };
    }
    case 'import':
      await replaceAll(area, op.data);
      return { ok: true };
    case 'delete-all':
      await deleteAll(area);
      return { ok: true };
    case 'migrate': {
      const r = await load(area);
      return r.ok ? { ok: true } : { ok: false, error: r.error };
    }
  }
}

/** One queue over `area`: operations run one after another, each to its end (its rollback
 * included) before the next reads anything. A failed operation answers its error and the queue
 * goes on. */
export function createWriter(area: StorageAreaLike): Writer {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run(op) {
      const job = async (): Promise<StoreResult> => {
        try {
          return await apply(area, op);
        } catch (e) {
          return { ok: false, error: message(e) };
        }
      };
      const p = tail.then(job, job);
      tail = p;
      return p;
    },
    idle: () => tail.then(() => undefined),
  };
}

/** Checks a page's operation (a message is data). */
export function parseStoreOp(raw: unknown): { ok: true; op: PageStoreOp } | { ok: false; error: string } {
  const r = storeOpSchema.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0];
    return { ok: false, error: `invalid storage operation: ${i.path.map(String).join('.') || '(root)'}: ${i.message}` };
  }
  return { ok: true, op: r.data as PageStoreOp };
}
