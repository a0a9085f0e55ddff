// The export pipeline of `s321 export` (issue 3): rows in, records out, every row accounted for.
//
// Aggregation on a stream. A decision depends on every shipment to the same person on the same
// New York day, and on the other lots of the same order (the core's rules, reference 1.3 and
// 5 rule 3). A stream cannot know a person-day is complete until it has seen the whole file,
// unless the file is in arrival order. Two designs were weighed:
//   - two passes with a map of every person-day and order: correct for any order, but its state
//     grows with the file (about one entry per row in real order files: measured 313 MB for two
//     million entries), so memory is not flat;
//   - one pass over a file in (roughly) arrival order, with a window of open days: chosen.
// Rows wait, already checked and built, until their arrival day is more than `window` days
// behind the watermark (the earliest arrival among the last 256 rows read: robust to one row
// with a far-future date); then the day is decided with the core's evaluateShipments on that day's
// rows plus their order's other lots still in memory (lots up to `window` days apart). The state
// is the open days' rows and person-days: it depends on the window, not on the file's length.
// A row whose day was already decided cannot join its person-day any more: it is rejected with
// OUT_OF_ORDER (nothing is decided on a partial aggregate), and the message says to sort the
// input by arrival or to widen --window. Output keeps the input order.
import type { CompiledRates, CompiledRules } from '../core/index.ts';
import { evaluateShipments, formatDay } from '../core/index.ts';
import { eligibilityOf, flattenRecord, prepareRecord, recordColumns, type Eligibility, type Participant, type Prepared, type Profile, type RecordIssue, type RecordSource } from '../core/records/index.ts';
import { stringify } from 'csv-stringify/sync';
import { setFlagsFromString } from 'node:v8';
import type { InputRow, RowProblem, TextOut } from './records-io.ts';
import { columnOf, ORDER_COLUMNS, orderToSource, type OrderRow } from './records-orders.ts';
import { unknownKeyIssue } from '../core/issues.ts';

export type OutputFormat = 'ndjson' | 'json' | 'csv';

/** The old generation may grow to this percentage above the live heap between full collections.
 *
 * Why: the export's live heap is small and flat (the open days' rows: about 30-65 MB at the bench
 * file's density), but V8 lets the old generation grow to up to four times the live heap before
 * a full collection when memory looks plentiful, and that growth, not the live data, made the
 * peak RSS (369 MB at 1M rows). With 50% the heap is collected sooner; each full collection
 * is cheap because little is live (measured at 200k rows: peak RSS 212 -> 148 MB, time within
 * the run-to-run noise). V8 reads the flag at every full collection, so setting it at run time
 * works; where it would not (another engine version), the export only uses more memory. A heap
 * flag the user gave (NODE_OPTIONS or node's own options) wins. */
export const HEAP_GROWING_PERCENT = 50;

let heapTuned = false;

/** Applies HEAP_GROWING_PERCENT once per process, unless the user set a heap flag. */
export function tuneHeapForExport(): void {
  if (heapTuned) return;
  heapTuned = true;
  const given = `${process.env.NODE_OPTIONS ?? ''} ${process.execArgv.join(' ')}`;
  if (/--(heap-growing-percent|max-old-space-size|max-heap-size)\b/.test(given)) return;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

/** How many recent rows the watermark looks back over. */
export const WATERMARK_ROWS = 256;

export interface ExportSettings {
  profile: Profile;
  participant: Participant;
  originator?: string;
  rules: CompiledRules;
  rates: CompiledRates;
  /** days an arrival may lag behind the latest one read */
  window: number;
  format: OutputFormat;
}

export interface ExportCounts {
  read: number;
  written: number;
  rejected: number;
}

export interface Rejection {
  row: number;
  line?: number;
  reasons: RowProblem[];
  input?: unknown;
}

export interface ErrorSink {
  reject(r: Rejection): Promise<void>;
  end(): Promise<void>;
}

/** A row waiting for its day's decision. It keeps the record already serialized (JSON text, or
 * CSV cells), not the object graph: waiting rows live long enough to reach the old generation,
 * and a string costs the garbage collector almost nothing to keep (measured: about 2.5x the
 * throughput of keeping the objects). */
interface Item {
  row: number;
  shipment: Prepared['shipment'];
  filing: RecordIssue[];
  json?: string;
  cells?: string[][];
  day: number;
  orderId: string | null;
  eligibility?: Eligibility;
}

function withColumns(issues: readonly (RecordIssue & { source?: string })[]): RowProblem[] {
  return issues.map((i) => {
    const column = columnOf(i.path);
    return column ? { column, path: i.path, code: i.code, message: i.message } : { path: i.path, code: i.code, message: i.message };
  });
}

/** NDJSON/JSON rows: an orders object (the CSV's column names), or {shipment, details}. */
function sourceOf(row: InputRow, originator: string | undefined): RecordSource | RowProblem[] {
  if (row.cells) return orderToSource(row.cells, originator);
  const v = row.value;
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    return [{ code: 'INVALID_FORMAT', message: `expected an order object (the orders CSV's column names) or {"shipment", "details"}, got ${Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v}` }];
  }
  if ('shipment' in v) {
    const s = v as RecordSource;
    return originator && s.details?.originatorCode === undefined ? { ...s, details: { ...s.details, originatorCode: originator } } : s;
  }
  // the CSV's columns and nothing else, as for a CSV header (a misspelt "flag" would be dropped)
  const unknown = Object.keys(v).filter((k) => !(ORDER_COLUMNS as readonly string[]).includes(k));
  if (unknown.length) return unknown.map((k) => ({ column: k, ...unknownKeyIssue(k, ORDER_COLUMNS) }));
  const cells: OrderRow = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (x === null || x === undefined) continue;
    cells[k] = typeof x === 'string' ? x : typeof x === 'number' || typeof x === 'boolean' ? String(x) : JSON.stringify(x);
  }
  return orderToSource(cells, originator);
}

/** {"row", "eligible", "decision", "flags", "record"}: the record's JSON is spliced in as is. */
function envelope(it: Item): string {
  const e = it.eligibility!;
  const head = JSON.stringify({
    row: it.row,
    eligible: e.eligible,
    decision: { exempt: e.exempt, exemption: e.exemption, entry: e.entry, asOf: e.asOf, rulesVersion: e.rulesVersion, reasonCodes: e.reasonCodes, decisive: e.decisive },
    flags: it.filing,
  });
  return `${head.slice(0, -1)},"record":${it.json}}`;
}

export const CSV_META_COLUMNS = ['row', 'eligible', 'exempt', 'entry', 'asOf', 'reasonCodes', 'flags'] as const;

export function csvHeader(profile: Profile): string[] {
  return [...CSV_META_COLUMNS, ...recordColumns(profile).map((c) => c.name)];
}

class RecordWriter {
  private first = true;
  private csvRows: string[][] = [];
  constructor(private readonly out: TextOut, private readonly s: ExportSettings) {}
  async start(): Promise<void> {
    if (this.s.format === 'json') await this.out.write('[');
    if (this.s.format === 'csv') await this.out.write(stringify([csvHeader(this.s.profile)]));
  }
  async write(it: Item): Promise<void> {
    if (this.s.format === 'csv') {
      const e = it.eligibility!;
      const meta = [String(it.row), String(e.eligible), String(e.exempt), e.entry, e.asOf, e.reasonCodes.join(' '), it.filing.map((f) => f.code).join(' ')];
      for (const cells of it.cells!) this.csvRows.push([...meta, ...cells]);
      if (this.csvRows.length >= 512) await this.flushCsv();
      return;
    }
    const text = envelope(it);
    if (this.s.format === 'json') {
      await this.out.write(this.first ? `\n${text}` : `,\n${text}`);
      this.first = false;
    } else await this.out.write(text + '\n');
  }
  private async flushCsv(): Promise<void> {
    if (!this.csvRows.length) return;
    const rows = this.csvRows;
    this.csvRows = [];
    await this.out.write(stringify(rows));
  }
  async end(): Promise<void> {
    await this.flushCsv();
    if (this.s.format === 'json') await this.out.write(this.first ? ']\n' : '\n]\n');
    await this.out.end();
  }
}

/** Runs the export; resolves with the counts (read = written + rejected). */
export async function runExport(
  rows: AsyncIterable<InputRow>,
  s: ExportSettings,
  out: TextOut,
  errors: ErrorSink,
  onProgress?: (c: ExportCounts) => void,
): Promise<ExportCounts> {
  const counts: ExportCounts = { read: 0, written: 0, rejected: 0 };
  const writer = new RecordWriter(out, s);
  await writer.start();
  const queue: Item[] = [];
  let head = 0;
  const open = new Map<number, Item[]>();
  const orders = new Map<string, Item[]>();
  const orderDays = new Map<number, Item[]>();
  let closedThrough = -Infinity;
  const mins: Array<{ day: number; n: number }> = [];
  let minHead = 0;

  const reject = async (row: InputRow, reasons: RowProblem[]) => {
    counts.rejected++;
    await errors.reject({ row: row.row, line: row.line, reasons, input: row.cells ?? row.value });
  };

  const decideDay = (day: number) => {
    const items = open.get(day)!;
    open.delete(day);
    const batch: Item[] = items.slice();
    const inBatch = new Set(batch);
    for (const it of items) {
      if (it.orderId === null) continue;
      for (const mate of orders.get(it.orderId) ?? []) if (!inBatch.has(mate)) {
        inBatch.add(mate);
        batch.push(mate);
      }
    }
    // the engine groups by position in the batch, so the shipments go in as they are
    const decisions = evaluateShipments(s.rules, batch.map((it) => it.shipment));
    for (let k = 0; k < items.length; k++) items[k].eligibility = eligibilityOf(decisions[k], items[k].filing);
  };

  const closeThrough = (upTo: number) => {
    if (upTo <= closedThrough) return;
    const days = [...open.keys()].filter((d) => d <= upTo).sort((a, b) => a - b);
    for (const d of days) decideDay(d);
    closedThrough = upTo;
    // lots of an order are kept `window` days after their day closed, for later lots to join
    for (const [d, list] of orderDays) {
      if (d >= upTo - s.window) continue;
      orderDays.delete(d);
      for (const it of list) {
        const l = orders.get(it.orderId!);
        if (!l) continue;
        const i = l.indexOf(it);
        if (i >= 0) l.splice(i, 1);
        if (!l.length) orders.delete(it.orderId!);
      }
    }
  };

  const flush = async () => {
    while (head < queue.length && queue[head].eligibility) {
      const it = queue[head];
      await writer.write(it);
      // a written row may stay in `orders` for `window` more days, for later lots of its order
      // to join: only its shipment is needed there, so the serialized record goes now (this
      // roughly halves the live heap on dense files)
      it.json = undefined;
      it.cells = undefined;
      counts.written++;
      head++;
    }
    if (head > 4096 && head * 2 > queue.length) {
      queue.splice(0, head);
      head = 0;
    }
  };

  for await (const row of rows) {
    counts.read++;
    if (onProgress && (counts.read & 4095) === 0) onProgress(counts);
    if (row.problems) {
      await reject(row, row.problems);
      continue;
    }
    const src = sourceOf(row, s.originator);
    if (Array.isArray(src)) {
      await reject(row, src);
      continue;
    }
    const prep = prepareRecord(s.profile, src, { participant: s.participant, rates: s.rates });
    if (!prep.ok) {
      await reject(row, withColumns(prep.issues));
      continue;
    }
    if (prep.errors.length) {
      await reject(row, withColumns(prep.errors));
      continue;
    }
    const day = prep.shipment.day;
    if (day <= closedThrough) {
      await reject(row, [
        {
          column: 'arrival',
          code: 'OUT_OF_ORDER',
          message: `arrival ${formatDay(day)} is more than ${s.window} days before the arrivals read around it (through ${formatDay(closedThrough + s.window + 1)}), so its person-day was already decided: sort the input by arrival or raise --window`,
        },
      ]);
      continue;
    }
    const shipment = prep.shipment;
    const it: Item =
      s.format === 'csv'
        ? { row: row.row, shipment, filing: prep.filing, cells: flattenRecord(s.profile, prep.record), day, orderId: shipment.orderId }
        : { row: row.row, shipment, filing: prep.filing, json: JSON.stringify(prep.record), day, orderId: shipment.orderId };
    let list = open.get(day);
    if (!list) open.set(day, (list = []));
    list.push(it);
    if (it.orderId !== null) {
      let o = orders.get(it.orderId);
      if (!o) orders.set(it.orderId, (o = []));
      o.push(it);
      let od = orderDays.get(day);
      if (!od) orderDays.set(day, (od = []));
      od.push(it);
    }
    queue.push(it);
    // the watermark: the earliest arrival among the last WATERMARK_ROWS accepted rows (a
    // sliding-window minimum kept in a monotonic deque), so one far-future date (a typo) cannot
    // close days that later rows still need
    while (mins.length > minHead && mins[mins.length - 1].day >= day) mins.pop();
    mins.push({ day, n: counts.read });
    while (mins[minHead].n <= counts.read - WATERMARK_ROWS) minHead++;
    if (minHead > 1024) {
      mins.splice(0, minHead);
      minHead = 0;
    }
    const watermark = mins[minHead].day;
    if (watermark - s.window - 1 > closedThrough) {
      closeThrough(watermark - s.window - 1);
      await flush();
    }
  }
  closeThrough(Infinity);
  await flush();
  await writer.end();
  await errors.end();
  onProgress?.(counts);
  return counts;
}
