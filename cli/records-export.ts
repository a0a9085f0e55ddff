// The export pipeline of `s321 export`: rows in, records out, every row accounted for.
//
// Aggregation on a stream: a decision depends on every shipment to the same person on the same
// New York day and on the other lots of the same order (19 CFR 10.151). Two designs were weighed:
//   - two passes with a map of every person-day and order: correct for any order, but its state
//     grows with the file (about one entry per row in real order files: measured 313 MB for two
//     million entries), so memory is not flat;
//   - one pass over a file in (roughly) arrival order, with a window of open days: chosen. The
//     window (which days may be decided, with which rows) is ./export-window.ts; this file reads,
//     checks and builds the rows, asks the engine, and writes in input order. The state is the
//     open days' rows: it depends on the window, not on the file's length.
import type { ApproximateRates, Charges, CompiledRates, CompiledRules, Schedules } from '../core/index.ts';
import { formatDay, type CompiledTariffs } from '../core/index.ts';
import {
  bundledTariffs,
  decideAndPrice,
  eligibilityOf,
  flattenRecord,
  SAFE_CSV_OPTIONS,
  prepareRecord,
  recordColumns,
  type Eligibility,
  type Participant,
  type Prepared,
  type Profile,
  type RecordIssue,
  type RecordSource,
} from '../core/records/index.ts';
import { stringify } from 'csv-stringify/sync';
import type { InputRow, RowProblem, TextOut } from './records-io.ts';
import { columnOf, ORDER_COLUMNS, orderToSource, type OrderRow } from './records-orders.ts';
import { unknownKeyIssue } from '../core/index.ts';
import { ArrivalWindow } from './export-window.ts';

export type OutputFormat = 'ndjson' | 'json' | 'csv';

// the heap setting is process-wide, so it lives with the command's entry (./heap.ts); re-exported
// for the bench, which runs the export in a child process of its own
export { HEAP_GROWING_PERCENT, tuneHeapForExport } from './heap.ts';

export { WATERMARK_ROWS } from './export-window.ts';

export interface ExportSettings {
  profile: Profile;
  participant: Participant;
  originator?: string;
  rules: CompiledRules;
  rates: CompiledRates;
  /** approximate rates where `rates` has none (the command's default without --rates) */
  approximateRates?: ApproximateRates | null;
  /** the tariff set that prices decisions that are not exempt (default: the bundled one) */
  tariffs?: CompiledTariffs;
  /** the tariff schedule that gives items their MFN rate by HTS number: one edition, or editions
   * by date (default: none) */
  schedule?: Schedules | null;
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
  /** the decision's charges, serialized when the day is decided (like the record itself) */
  charges?: string;
  /** the CSV's charges cells (CHARGE_COLUMNS) */
  chargeCells?: string[];
}

/** The CSV's charges columns: the duty, fees and total of a dutiable decision, whether the
 * estimate is complete, and its lines as "program heading rate amount" joined by "; ". */
export const CHARGE_COLUMNS = ['duty', 'fees', 'chargesTotal', 'chargesComplete', 'chargeLines'] as const;
const NO_CHARGES = ['', '', '', '', ''];

function chargeCells(c: Charges | undefined): string[] {
  if (!c) return NO_CHARGES;
  const lines = c.lines.map((l) =>
    [l.program, l.heading, l.rate !== undefined ? `${l.rate}%` : undefined, l.specific, l.amount].filter((x) => x !== undefined).join(' '),
  );
  return [c.duty, c.fees, c.total, String(c.complete), lines.join('; ')];
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
    return [
      {
        code: 'INVALID_FORMAT',
        message: `expected an order object (the orders CSV's column names) or {"shipment", "details"}, got ${Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v}`,
      },
    ];
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

/** JSON text of strings that repeat from row to row (codes, citations, dates, versions): each
 * escaped once (not the dates and messages, which vary). Bounded: past its size it stops learning and escapes as before. */
const repeated = new Map<string, string>();
function jsonOf(s: string | null): string {
  if (s === null) return 'null';
  let j = repeated.get(s);
  if (j === undefined) {
    j = JSON.stringify(s);
    if (repeated.size < 4096) repeated.set(s, j);
  }
  return j;
}

/** {"row", "eligible", "decision", "flags", "record"}: written by hand in the order
 * JSON.stringify gave them (the same text, byte for byte: test/node/cli/export*.test.ts), with
 * the record's JSON and the charges' spliced in as they are. One pass of concatenation, no
 * intermediate object, no slice of a built string (which copied it). */
function envelope(it: Item): string {
  const e = it.eligibility!;
  const d = e.decisive;
  const decisive = d === null ? 'null' : `{"code":${jsonOf(d.code)},"message":${JSON.stringify(d.message)},"citation":${jsonOf(d.citation)}}`;
  const codes = e.reasonCodes.length === 1 ? `[${jsonOf(e.reasonCodes[0])}]` : JSON.stringify(e.reasonCodes);
  const vd = e.valueDependence === undefined ? '' : `,"valueDependence":${JSON.stringify(e.valueDependence)}`;
  const charges = it.charges ? `,"charges":${it.charges}` : '';
  const flags = it.filing.length ? JSON.stringify(it.filing) : '[]';
  return `{"row":${it.row},"eligible":${e.eligible},"decision":{"exempt":${e.exempt},"exemption":${jsonOf(e.exemption)},"entry":${jsonOf(e.entry)},"asOf":${JSON.stringify(e.asOf)},"rulesVersion":${jsonOf(e.rulesVersion)},"reasonCodes":${codes},"decisive":${decisive}${vd}${charges}},"flags":${flags},"record":${it.json}}`;
}

export const CSV_META_COLUMNS = ['row', 'eligible', 'exempt', 'entry', 'asOf', 'reasonCodes', 'flags', ...CHARGE_COLUMNS] as const;

export function csvHeader(profile: Profile): string[] {
  return [...CSV_META_COLUMNS, ...recordColumns(profile).map((c) => c.name)];
}

/** Writes records in input order. `add` only appends to a pending chunk (no promise per row);
 * `drain` hands the chunk to the output, which waits for the disk when it is behind. */
class RecordWriter {
  private first = true;
  private csvRows: string[][] = [];
  private pending = '';
  constructor(
    private readonly out: TextOut,
    private readonly s: ExportSettings,
  ) {}
  async start(): Promise<void> {
    if (this.s.format === 'json') await this.out.write('[');
    if (this.s.format === 'csv') await this.out.write(stringify([csvHeader(this.s.profile)], SAFE_CSV_OPTIONS));
  }
  /** whether enough is pending to be worth a `drain` */
  add(it: Item): boolean {
    if (this.s.format === 'csv') {
      const e = it.eligibility!;
      const meta = [
        String(it.row),
        String(e.eligible),
        String(e.exempt),
        e.entry,
        e.asOf,
        e.reasonCodes.join(' '),
        it.filing.map((f) => f.code).join(' '),
        ...(it.chargeCells ?? NO_CHARGES),
      ];
      for (const cells of it.cells!) this.csvRows.push([...meta, ...cells]);
      if (this.csvRows.length >= 512) this.stringifyCsv();
    } else if (this.s.format === 'json') {
      this.pending += this.first ? `\n${envelope(it)}` : `,\n${envelope(it)}`;
      this.first = false;
    } else this.pending += envelope(it) + '\n';
    return this.pending.length >= 1 << 16;
  }
  private stringifyCsv(): void {
    if (!this.csvRows.length) return;
    const rows = this.csvRows;
    this.csvRows = [];
    this.pending += stringify(rows, SAFE_CSV_OPTIONS);
  }
  async drain(): Promise<void> {
    if (!this.pending) return;
    const text = this.pending;
    this.pending = '';
    await this.out.write(text);
  }
  async end(): Promise<void> {
    this.stringifyCsv();
    await this.drain();
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
  const engine = { rules: s.rules, tariffs: s.tariffs ?? bundledTariffs(), schedule: s.schedule ?? null };
  const writer = new RecordWriter(out, s);
  await writer.start();
  // rows wait here, in input order, until their day is decided (output keeps the input order)
  const queue: Item[] = [];
  let head = 0;
  const days = new ArrivalWindow<Item>(s.window, (day, batch) => {
    const decisions = decideAndPrice(
      batch.map((it) => it.shipment),
      engine,
    );
    for (let k = 0; k < day.length; k++) {
      day[k].eligibility = eligibilityOf(decisions[k], day[k].filing);
      if (decisions[k].exempt) continue;
      const c = decisions[k].charges;
      if (s.format === 'csv') day[k].chargeCells = chargeCells(c);
      else day[k].charges = JSON.stringify(c);
    }
  });

  const reject = async (row: InputRow, reasons: RowProblem[]) => {
    counts.rejected++;
    await errors.reject({ row: row.row, line: row.line, reasons, input: row.cells ?? row.value });
  };

  const flush = async () => {
    while (head < queue.length && queue[head].eligibility) {
      const it = queue[head];
      if (writer.add(it)) await writer.drain();
      // a written row may stay in `orders` for `window` more days, for later lots of its order
      // to join: only its shipment is needed there, so the serialized record goes now (this
      // roughly halves the live heap on dense files)
      it.json = undefined;
      it.cells = undefined;
      counts.written++;
      head++;
    }
    await writer.drain();
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
    const prep = prepareRecord(s.profile, src, { participant: s.participant, rates: s.rates, approximateRates: s.approximateRates });
    if (!prep.ok) {
      await reject(row, withColumns(prep.issues));
      continue;
    }
    if (prep.errors.length) {
      await reject(row, withColumns(prep.errors));
      continue;
    }
    const day = prep.shipment.day;
    if (days.tooLate(day)) {
      await reject(row, [
        {
          column: 'arrival',
          code: 'OUT_OF_ORDER',
          message: `arrival ${formatDay(day)} is more than ${s.window} days before the arrivals read around it (through ${formatDay(days.closedThrough + s.window + 1)}), so its person-day was already decided: sort the input by arrival or raise --window`,
        },
      ]);
      continue;
    }
    const shipment = prep.shipment;
    const it: Item =
      s.format === 'csv'
        ? { row: row.row, shipment, filing: prep.filing, cells: flattenRecord(s.profile, prep.record), day, orderId: shipment.orderId }
        : { row: row.row, shipment, filing: prep.filing, json: JSON.stringify(prep.record), day, orderId: shipment.orderId };
    queue.push(it);
    if (days.add(it, counts.read)) await flush();
  }
  days.finish();
  await flush();
  await writer.end();
  await errors.end();
  onProgress?.(counts);
  return counts;
}
