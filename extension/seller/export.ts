// Export of selected seller orders as JSON, NDJSON or CSV: pure functions from record
// drafts to file text. The shapes are the ones `s321 validate --profile data-pilot` reads
//: JSON {"records": [...]}, one record per NDJSON line, and CSV in the flat columns of
// core/records (dotted element names, read from the zod schema), quoted by csv-stringify, every
// cell neutralised against spreadsheet formulas (core/records/csv-cell.ts).
// An incomplete record is exported as it is, never padded: validate names what it lacks.
// the browser build: the package's Node entry uses Buffer, which the popup does not have
import { stringify } from 'csv-stringify/browser/esm/sync';
import { flattenRecord, recordColumns, SAFE_CSV_OPTIONS } from '../../core/records/index.ts';
import type { SellerRecordDraft } from './records.ts';

export const EXPORT_FORMATS = ['json', 'ndjson', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  name: string;
  mime: string;
  text: string;
}

const MIME: Record<ExportFormat, string> = { json: 'application/json', ndjson: 'application/x-ndjson', csv: 'text/csv' };

export function exportRecords(drafts: readonly SellerRecordDraft[], format: ExportFormat): string {
  const records = drafts.map((d) => d.record);
  if (format === 'json') return JSON.stringify({ records }, null, 2) + '\n';
  if (format === 'ndjson') return records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : '');
  if (format === 'csv') {
    const header = recordColumns('data-pilot').map((c) => c.name);
    const rows = records.flatMap((r) => flattenRecord('data-pilot', r));
    return stringify([header, ...rows], { ...SAFE_CSV_OPTIONS, eof: true, record_delimiter: '\n' });
  }
  throw new Error(`unknown export format "${String(format)}"; expected ${EXPORT_FORMATS.join(', ')}`);
}

/** The file to save: `s321-data-pilot-<stamp>.<ext>`; the stamp is the caller's (no clock here). */
export function exportFile(drafts: readonly SellerRecordDraft[], format: ExportFormat, stamp: string): ExportFile {
  const safe = stamp.replace(/[^0-9A-Za-z-]/g, '').slice(0, 40) || 'export';
  return { name: `s321-data-pilot-${safe}.${format}`, mime: MIME[format], text: exportRecords(drafts, format) };
}
