// Hostile timing, extension storage (issue 22): every pair of storage operations, the second
// started at each await point of the first, with a storage area whose every call is a yield
// point and whose pending calls are released in every possible order. The result must equal
// running the two one after the other: nothing lost, nothing deleted brought back. The same
// harness run without the writer's queue finds the races the review found, so it can fail.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSettings, SCHEMA_VERSION, type Item, type StoredData } from '../../../extension/storage/schema.ts';
import { apply, createWriter, type StoreOp, type StoreResult } from '../../../extension/storage/writer.ts';
import type { StorageAreaLike } from '../../../extension/storage/store.ts';
import { memoryArea, type MemoryArea } from '../extension/memory-area.ts';
import { bigItem, productDraft, sellerOrderDraft } from './fixtures.ts';

/** A storage area whose every call waits until the scheduler releases it. */
class Scheduler {
  pending: Array<{ release: () => void }> = [];
  /** the choice made at each branching (more than one call pending), and how many there were */
  choices: number[] = [];
  widths: number[] = [];
  private branch = 0;
  constructor(private readonly prefix: readonly number[]) {}
  point(): Promise<void> {
    return new Promise((release) => this.pending.push({ release }));
  }
  /** releases one pending call; false when none is pending */
  step(): boolean {
    if (this.pending.length === 0) return false;
    let pick = 0;
    if (this.pending.length > 1) {
      pick = Math.min(this.prefix[this.branch] ?? 0, this.pending.length - 1);
      this.choices.push(pick);
      this.widths.push(this.pending.length);
      this.branch++;
    }
    this.pending.splice(pick, 1)[0].release();
    return true;
  }
}

function yielding(inner: MemoryArea, s: Scheduler): StorageAreaLike {
  return {
    get: async (keys) => (await s.point(), inner.get(keys)),
    set: async (items) => {
      await s.point();
      // the failing import's one set() fails halfway
      if ((items.settings as StoredData['settings'] | undefined)?.shopper.personId === 'fails') inner.failPartway();
      return inner.set(items);
    },
    remove: async (keys) => (await s.point(), inner.remove(keys)),
    clear: async () => (await s.point(), inner.clear()),
  };
}

const settle = () => new Promise<void>((r) => setImmediate(r));
const settings = defaultSettings('shopper-1');
const initial = (): Record<string, unknown> => ({
  schemaVersion: SCHEMA_VERSION,
  settings,
  items: [bigItem(1), bigItem(2), bigItem(3)],
  captures: [{ id: 'c-order', at: '2026-11-29T10:00:00.000Z', automatic: true, draft: sellerOrderDraft() }],
  rates: null,
  quarantine: [],
});
const imported: StoredData = {
  schemaVersion: SCHEMA_VERSION,
  settings: { ...defaultSettings('someone-else'), language: 'es' },
  items: [bigItem(70), bigItem(71)],
  captures: [{ id: 'c-imported', at: '2026-11-01T00:00:00.000Z', automatic: false, draft: { ...productDraft(), url: 'https://shop.example/imported' } }],
  rates: null,
  quarantine: [],
};
const orderLine: Item = { ...bigItem(90), orderId: 'ORD-0', url: 'https://www.etsy.com/listing/100001/item-1' };

type Named = { name: string; op: StoreOp };
const OPS: Named[] = [
  {
    name: 'automatic product capture',
    op: { op: 'capture', draft: { ...productDraft(), url: 'https://www.temu.com/new.html' }, at: '2026-11-30T00:00:00.000Z', automatic: true },
  },
  {
    name: 'seller order capture',
    op: {
      op: 'capture',
      draft: { ...sellerOrderDraft(), url: 'https://www.ebay.com/mesh/ord/details?orderid=9' },
      at: '2026-11-30T00:01:00.000Z',
      automatic: true,
    },
  },
  { name: 'add an order', op: { op: 'items/add', items: [bigItem(50)] } },
  { name: 'remove an order', op: { op: 'items/remove', ids: ['item-2'] } },
  { name: 'add an order page', op: { op: 'items/order', order: { orderId: 'ORD-0', url: 'https://www.etsy.com/listing/100001/item-1' }, items: [orderLine] } },
  { name: 'save settings', op: { op: 'settings', settings: { ...settings, language: 'zh-Hans' } } },
  { name: 'clear rates', op: { op: 'rates', rates: null } },
  { name: 'import', op: { op: 'import', data: imported } },
  { name: 'import that fails halfway (rollback)', op: { op: 'import', data: { ...imported, settings: defaultSettings('fails') } } },
  { name: 'delete all', op: { op: 'delete-all' } },
  { name: 'migrate', op: { op: 'migrate' } },
];

/** Stored state without the random ids, for comparison. */
function state(area: MemoryArea): string {
  const d = area.dump();
  // storage cleared and then written gets fresh default settings, with a random person id
  const known = ['shopper-1', 'someone-else', 'fails'];
  const s = d.settings as StoredData['settings'] | undefined;
  if (s && !known.includes(s.shopper.personId)) d.settings = { ...s, shopper: { ...s.shopper, personId: 'new' } };
  if (Array.isArray(d.captures)) d.captures = (d.captures as Array<{ id: string }>).map((c) => ({ ...c, id: c.id.startsWith('c-') ? c.id : 'new' }));
  return JSON.stringify(
    Object.keys(d)
      .sort()
      .map((k) => [k, d[k]]),
  );
}

type Runner = (area: StorageAreaLike) => (op: StoreOp) => Promise<StoreResult>;
const queued: Runner = (area) => {
  const w = createWriter(area);
  return (op) => w.run(op);
};
// what the extension did before issue 22: each context read, changed and wrote on its own
const unqueued: Runner = (area) => (op) => apply(area, op).catch((e: Error) => ({ ok: false as const, error: e.message }));

/** A then B, one after the other: the reference. */
async function serial(a: Named, b: Named): Promise<string> {
  const inner = memoryArea(initial());
  const s = new Scheduler([]);
  const run = queued(yielding(inner, s));
  for (const x of [a, b]) {
    const p = run(x.op);
    let done = false;
    void p.finally(() => (done = true));
    while (!done) {
      await settle();
      s.step();
    }
  }
  return state(inner);
}

/** Every interleaving of A and B, B started at A's k-th storage call, for every k. Returns the
 * states that differ from the serial one, with how they came about. */
async function interleavings(a: Named, b: Named, runner: Runner): Promise<{ runs: number; bad: string[] }> {
  const expected = await serial(a, b);
  const bad: string[] = [];
  let runs = 0;
  for (let k = 0; ; k++) {
    let prefix: number[] = [];
    let reachedK = false;
    for (;;) {
      const inner = memoryArea(initial());
      const s = new Scheduler(prefix);
      const run = runner(yielding(inner, s));
      let pending = 2;
      const track = (p: Promise<StoreResult>) => void p.finally(() => pending--);
      track(run(a.op));
      let calls = 0;
      let startedB = false;
      for (;;) {
        await settle();
        if (!startedB && calls === k) {
          track(run(b.op));
          startedB = true;
          reachedK = true;
          await settle();
        }
        if (!s.step()) {
          if (pending === 0) break;
          if (!startedB) {
            // A finished before its k-th call: B starts now (the last k)
            track(run(b.op));
            startedB = true;
            continue;
          }
          await settle();
          if (s.pending.length === 0 && pending > 0) throw new Error('stuck');
          continue;
        }
        calls++;
      }
      runs++;
      const got = state(inner);
      if (got !== expected) bad.push(`B at call ${k}, choices [${s.choices}]`);
      // the next sequence of choices (depth first over the branchings seen)
      let i = s.choices.length - 1;
      while (i >= 0 && s.choices[i] + 1 >= s.widths[i]) i--;
      if (i < 0) break;
      prefix = [...s.choices.slice(0, i), s.choices[i] + 1];
    }
    if (!reachedK) break;
  }
  return { runs, bad };
}

describe('hostile storage: races (one writer)', () => {
  for (const a of OPS) {
    it(`"${a.name}" then any other operation, at every await point: the same as one after the other`, async () => {
      for (const b of OPS) {
        const r = await interleavings(a, b, queued);
        assert.ok(r.runs > 0);
        assert.deepEqual(r.bad, [], `${a.name} / ${b.name}`);
      }
    });
  }

  it('the harness finds the races of the review when the queue is bypassed', async () => {
    const find = async (a: string, b: string) => (await interleavings(OPS.find((o) => o.name === a)!, OPS.find((o) => o.name === b)!, unqueued)).bad.length;
    // a capture written after a read that preceded "Delete all" brings the deleted captures back
    assert.ok((await find('automatic product capture', 'delete all')) > 0);
    // a background read, then a whole import, then the background's write drops the imported captures
    assert.ok((await find('automatic product capture', 'import')) > 0);
    // a capture stored while an import rolls back
    assert.ok((await find('import that fails halfway (rollback)', 'seller order capture')) > 0);
    // two pages adding orders at once
    assert.ok((await find('add an order', 'remove an order')) > 0);
  });

  it('a rollback restores only the keys its import touched', async () => {
    const area = memoryArea(initial());
    await area.set({ other: 'written by someone else' });
    const w = createWriter(area);
    area.failPartway();
    const r = await w.run({ op: 'import', data: imported });
    assert.equal(r.ok, false);
    assert.deepEqual(area.dump(), { ...initial(), other: 'written by someone else' });
  });
});
