// s321 export --profile P [--participant T] --in FILE --out FILE [--errors FILE] [--format F]
import { parseArgs } from 'node:util';
import { statSync, type ReadStream } from 'node:fs';
import cliProgress from 'cli-progress';
import { stringify } from 'csv-stringify/sync';
import { bundledApproximateRates, formatIssue, prepareUnchecked, scheduleTariffs } from '../../core/index.ts';
import { scheduleOption } from '../schedule-file.ts';
import { PARTICIPANTS, SAFE_CSV_OPTIONS } from '../../core/records/index.ts';
import type { Command } from '../command.ts';
import { readJson as readJsonFile, UsageError } from '../io.ts';
import { tuneHeapForExport } from '../heap.ts';
import { runExport, type ErrorSink, type ExportCounts, type OutputFormat, type Rejection } from '../records-export.ts';
import {
  checkColumns,
  noRecords,
  openInput,
  parseFormat,
  parseParticipant,
  parseProfile,
  readCsv,
  readJson,
  readNdjson,
  TextOut,
  type InputRow,
} from '../records-io.ts';
import { ORDER_COLUMNS, REQUIRED_ORDER_COLUMNS } from '../records-orders.ts';
import { termSafe } from '../terminal.ts';

const help = `Usage: s321 export --profile data-pilot|type86 [--participant T] --in FILE --out FILE
                  [--errors FILE] [--format ndjson|json|csv] [--originator CODE]
                  [--rates FILE] [--rules FILE] [--tariffs FILE] [--schedule FILE] [--window DAYS] [--input-format csv|ndjson|json]

Builds one Section 321 Data Pilot or Entry Type 86 record per order row, checks it, attaches
the core's decision for its arrival date, and writes it. Streams: memory does not grow with the
file. Every row ends either in --out or in the error report, with its row number and reasons.

  --profile P       data-pilot or type86
  --participant T   data-pilot participant type: ${PARTICIPANTS.join(', ')}
                    (default ONLINE_MARKETPLACE); decides which elements are required
  --originator CODE your CBP-assigned originator code (data-pilot; required there)
  --in FILE         orders: CSV (docs/orders-csv.md), NDJSON or JSON ("-" = stdin)
  --out FILE        records: one JSON object per line (ndjson, default), a JSON array, or CSV
  --errors FILE     rejected rows: NDJSON (one line per row, with its input), or CSV when FILE
                    ends in .csv (one line per reason); default: one line per reason on stderr
  --rates FILE      certified exchange rates, as for \`s321 evaluate\` (non-USD prices); without
                    it, decisions use bundled approximate rates and say so (a Type 86 record's
                    fair retail value still needs a certified rate)
  --rules FILE      a replacement rule set, as for \`s321 evaluate\`
  --tariffs FILE    a replacement tariff set, as for \`s321 evaluate\` (every output carries each
                    dutiable decision's charges; CSV as the columns duty ... chargeLines)
  --schedule FILE   a replacement tariff schedule, as for \`s321 evaluate\` (\`s321 schedule import\`);
                    once per edition to keep several (each row priced by the one in force on its date)
  --window DAYS     how far an arrival may lag behind the latest one read (default 14). Shipments
                    are added up per person and day (and per order) inside this window, so the
                    input should be roughly in arrival order; a row that lags more is rejected
                    as OUT_OF_ORDER, never decided on a partial sum.

Output records carry "eligible", the decision's reason codes and any filing-rule flags (a record
CBP would not take on its date is written and flagged, not dropped). The last line printed is
"read N, written W, rejected R". Exit codes: 0 all rows written, 1 some rows rejected, 2 the
input or an option could not be used.`;

class StderrErrors implements ErrorSink {
  async reject(r: Rejection): Promise<void> {
    for (const x of r.reasons)
      process.stderr.write(
        termSafe(
          `row ${r.row}${r.line ? ` (line ${r.line})` : ''}${x.column ? `, column ${x.column}` : x.path ? `, ${x.path}` : ''}: ${x.code}: ${x.message}`,
        ) + '\n',
      );
  }
  async end(): Promise<void> {}
}

function shortInput(v: unknown): unknown {
  if (!v || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    out[k] = typeof x === 'string' && x.length > 500 ? `${x.slice(0, 200)}... (${x.length.toLocaleString('en-US')} characters)` : x;
  }
  return out;
}

class FileErrors implements ErrorSink {
  constructor(
    private readonly out: TextOut,
    private readonly csv: boolean,
  ) {
    if (csv) void out.write(stringify([['row', 'line', 'column', 'path', 'code', 'message']], SAFE_CSV_OPTIONS));
  }
  async reject(r: Rejection): Promise<void> {
    if (this.csv) {
      await this.out.write(
        stringify(
          r.reasons.map((x) => [r.row, r.line ?? '', x.column ?? '', x.path ?? '', x.code, x.message]),
          SAFE_CSV_OPTIONS,
        ),
      );
    } else {
      await this.out.write(JSON.stringify({ row: r.row, line: r.line, reasons: r.reasons, input: shortInput(r.input) }) + '\n');
    }
  }
  end(): Promise<void> {
    return this.out.end();
  }
}

function progressReporter(stream: unknown, name: string, fileSize: number): { tick: (c: ExportCounts) => void; stop: () => void } {
  const size = (stream as ReadStream).bytesRead !== undefined ? (stream as ReadStream) : null;
  const started = Date.now();
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: 'export |{bar}| {percentage}% | read {read}, written {written}, rejected {rejected} | {eta_formatted}',
        hideCursor: true,
        clearOnComplete: true,
        stream: process.stderr,
      },
      cliProgress.Presets.shades_classic,
    );
    let total = 0;
    let on = false;
    return {
      tick(c) {
        if (!on && Date.now() - started > 500) {
          on = true;
          total = size ? fileSize : 0;
          bar.start(total || 100, 0, { read: 0, written: 0, rejected: 0 });
        }
        if (on) bar.update(total && size ? Math.min(total, size.bytesRead) : 0, { read: c.read, written: c.written, rejected: c.rejected });
      },
      stop() {
        if (on) bar.stop();
      },
    };
  }
  // not a terminal: a plain line every 5 seconds, and only for runs that take that long
  let last = started;
  return {
    tick(c) {
      const now = Date.now();
      if (now - last < 5000) return;
      last = now;
      process.stderr.write(`export ${name}: read ${c.read}, written ${c.written}, rejected ${c.rejected} (${Math.round((now - started) / 1000)} s)\n`);
    },
    stop() {},
  };
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'build Data Pilot or Type 86 records from an orders file (streaming, with an error report)',
  help,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        profile: { type: 'string' },
        participant: { type: 'string' },
        originator: { type: 'string' },
        in: { type: 'string' },
        out: { type: 'string' },
        errors: { type: 'string' },
        format: { type: 'string' },
        'input-format': { type: 'string' },
        rates: { type: 'string' },
        rules: { type: 'string' },
        tariffs: { type: 'string' },
        schedule: { type: 'string', multiple: true },
        window: { type: 'string' },
      },
    });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}" (give the input with --in FILE)`);
    const profile = parseProfile(values.profile);
    const participant = parseParticipant(values.participant, profile);
    if (profile === 'data-pilot' && !values.originator)
      throw new UsageError('--originator CODE is required for data-pilot: the originator code CBP assigned to you (element originatorCode)');
    if (!values.in) throw new UsageError('--in FILE is required (the orders file; "-" for stdin)');
    if (!values.out) throw new UsageError('--out FILE is required (where the records go; "-" for stdout)');
    const format = (values.format ?? 'ndjson') as OutputFormat;
    if (!['ndjson', 'json', 'csv'].includes(format)) throw new UsageError(`--format: expected ndjson, json or csv, got "${values.format}"`);
    const window = values.window === undefined ? 14 : Number(values.window);
    if (!Number.isInteger(window) || window < 0 || window > 100_000)
      throw new UsageError(`--window: expected a whole number of days (0-100000), got "${values.window}"`);
    const p = prepareUnchecked({
      rules: values.rules ? await readJsonFile(values.rules) : undefined,
      rates: values.rates ? await readJsonFile(values.rates) : undefined,
      tariffs: values.tariffs ? await readJsonFile(values.tariffs) : scheduleTariffs(),
    });
    if (!p.ok)
      throw new UsageError(
        'invalid rules, rates or tariffs',
        2,
        p.issues.map(
          (i) => `s321 export: ${i.path.startsWith('rules') ? values.rules : i.path.startsWith('tariffs') ? values.tariffs : values.rates}: ${formatIssue(i)}`,
        ),
      );

    const input = await openInput(values.in, parseFormat(values['input-format'], '--input-format'));
    const checkHeader = (h: string[]) => {
      checkColumns(input.name, h, ORDER_COLUMNS, 'docs/orders-csv.md');
      const missing = REQUIRED_ORDER_COLUMNS.filter((c) => !h.includes(c));
      if (missing.length) throw new UsageError(`${input.name}: the header lacks the column(s) ${missing.join(', ')} (see docs/orders-csv.md)`);
    };
    const rows: AsyncIterable<InputRow> =
      input.format === 'csv'
        ? readCsv(input.stream, checkHeader)
        : input.format === 'ndjson'
          ? readNdjson(input.stream)
          : readJson(input.stream, input.name, 'orders');
    const toStdout = values.out === '-';
    const out = toStdout ? new TextOut(process.stdout) : await TextOut.file(values.out);
    const errors: ErrorSink = values.errors
      ? new FileErrors(await TextOut.file(values.errors), values.errors.toLowerCase().endsWith('.csv'))
      : new StderrErrors();
    const progress = progressReporter(input.stream, input.name, values.in === '-' ? 0 : statSync(values.in).size);
    let counts: ExportCounts;
    tuneHeapForExport();
    try {
      counts = await runExport(
        rows,
        {
          profile,
          participant: participant ?? 'ONLINE_MARKETPLACE',
          originator: values.originator,
          rules: p.rules,
          rates: p.rates,
          approximateRates: values.rates ? null : bundledApproximateRates(),
          tariffs: p.tariffs,
          schedule: await scheduleOption(values.schedule),
          window,
          format,
        },
        out,
        errors,
        progress.tick,
      );
    } finally {
      progress.stop();
    }
    if (counts.read === 0) noRecords(input.name, input.format, 'orders');
    const line = `read ${counts.read}, written ${counts.written}, rejected ${counts.rejected}\n`;
    (toStdout ? process.stderr : process.stdout).write(line);
    return counts.rejected ? 1 : 0;
  },
};
