// In-process runs of the export pipeline for tests: a string or bytes in, records and
// rejections out.
import { Readable, Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { compileRates, type ApproximateRates, type CompiledRates } from '../../../core/index.ts';
import { bundledRules } from '../../../core/prepare.ts';
import type { Profile } from '../../../core/records/index.ts';
import { runExport, type ErrorSink, type ExportCounts, type OutputFormat, type Rejection } from '../../../cli/records-export.ts';
import { readCsv, readNdjson, TextOut } from '../../../cli/records-io.ts';
import { ORDER_COLUMNS } from '../../../cli/records-orders.ts';
import { orderRows, ordersRates } from '../../../scripts/gen-orders.ts';

const rc = compileRates(ordersRates());
if (!rc.ok) throw new Error('rates');
export const RATES = rc.rates;

export interface Run {
  counts: ExportCounts;
  out: string;
  records: Array<{
    row: number;
    eligible: boolean;
    decision: { reasonCodes: string[]; exempt: boolean };
    flags: Array<{ code: string }>;
    record: Record<string, unknown>;
  }>;
  rejections: Rejection[];
}

export async function exportText(
  input: string | Buffer,
  opts: {
    profile?: Profile;
    window?: number;
    format?: OutputFormat;
    inputFormat?: 'csv' | 'ndjson';
    rates?: CompiledRates;
    approximateRates?: ApproximateRates | null;
  } = {},
): Promise<Run> {
  const chunks: string[] = [];
  const sink = new Writable({
    write(c, _e, cb) {
      chunks.push(String(c));
      cb();
    },
  });
  const rejections: Rejection[] = [];
  const errors: ErrorSink = { reject: async (r) => void rejections.push(r), end: async () => {} };
  // small chunks so rows cross chunk boundaries
  const buf = typeof input === 'string' ? Buffer.from(input) : input;
  const parts: Buffer[] = [];
  for (let i = 0; i < buf.length; i += 4096) parts.push(buf.subarray(i, i + 4096));
  const stream = Readable.from(parts);
  const rows = opts.inputFormat === 'ndjson' ? readNdjson(stream) : readCsv(stream);
  const format = opts.format ?? 'ndjson';
  const counts = await runExport(
    rows,
    {
      profile: opts.profile ?? 'data-pilot',
      participant: 'ONLINE_MARKETPLACE',
      originator: 'MKTPLC01',
      rules: bundledRules(),
      rates: opts.rates ?? RATES,
      approximateRates: opts.approximateRates ?? null,
      window: opts.window ?? 14,
      format,
    },
    new TextOut(sink),
    errors,
  );
  const out = chunks.join('');
  return {
    counts,
    out,
    records:
      format === 'ndjson'
        ? out
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l))
        : [],
    rejections,
  };
}

/** Generated order rows as CSV cell arrays (valid ones; seed fixed). */
export function goodRows(n: number, seed = 11): string[][] {
  return [...orderRows(n, { seed })];
}

export function csvOf(rows: string[][], eol = '\n'): string {
  return stringify([[...ORDER_COLUMNS], ...rows], { record_delimiter: eol === '\r\n' ? 'windows' : 'unix' });
}

export function col(name: string): number {
  return (ORDER_COLUMNS as readonly string[]).indexOf(name);
}
