// Streaming input and output for `s321 validate` and `s321 export` (node only): CSV through
// csv-parse (no hand-written parser), NDJSON line by line, JSON read whole. Every input row comes
// out as exactly one InputRow, either with its cells/value or with the problems that stopped it
// being read, so nothing is lost or counted twice.
import { isUtf8 } from 'node:buffer';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { parse } from 'csv-parse';
import { isParticipant, isProfile, PARTICIPANTS, PROFILES, type Participant, type Profile } from '../core/records/index.ts';
import { nearestName } from '../core/index.ts';
import { UsageError } from './io.ts';
import { CONTROL_RE, controlCharacterPath, duplicateKey, firstControl, invalidUtf8At } from './json-checks.ts';

export type InputFormat = 'csv' | 'ndjson' | 'json';

export interface RowProblem {
  column?: string;
  path?: string;
  code: string;
  message: string;
}

export interface InputRow {
  /** 1-based data row (CSV header excluded) or record number */
  row: number;
  /** 1-based line in the file where the row starts, when known */
  line?: number;
  /** CSV: cells by header name */
  cells?: Record<string, string>;
  /** NDJSON / JSON: the parsed value */
  value?: unknown;
  /** set when the row could not be read as a whole */
  problems?: RowProblem[];
}

/** A CSV field longer than this is reported, not passed on: no element of either profile
 * comes near it (the longest allows 2,000 characters). */
export const MAX_FIELD_CHARS = 10_000;

/** U+FFFD in UTF-8: a file may hold the replacement character itself (it is reported too). */
const REPLACEMENT_UTF8 = Buffer.from('\uFFFD');

export function formatFromName(name: string): InputFormat | undefined {
  const l = name.toLowerCase();
  if (l.endsWith('.csv')) return 'csv';
  if (l.endsWith('.ndjson') || l.endsWith('.jsonl')) return 'ndjson';
  if (l.endsWith('.json')) return 'json';
  return undefined;
}

export function parseFormat(x: string | undefined, option: string): InputFormat | undefined {
  if (x === undefined) return undefined;
  if (x === 'csv' || x === 'ndjson' || x === 'json') return x;
  throw new UsageError(`${option}: expected csv, ndjson or json, got "${x}"`);
}

/** --profile (required). */
export function parseProfile(x: string | undefined): Profile {
  if (x === undefined || !isProfile(x)) throw new UsageError(`--profile: expected ${PROFILES.join(' or ')}, got ${x === undefined ? 'nothing' : `"${x}"`}`);
  return x;
}

/** --participant, when given: a known participant type, and (given the profile) only for
 * data-pilot. */
export function parseParticipant(x: string | undefined, profile?: Profile): Participant | undefined {
  if (x === undefined) return undefined;
  if (!isParticipant(x)) throw new UsageError(`--participant: expected one of ${PARTICIPANTS.join(', ')}, got "${x}"`);
  if (profile !== undefined && profile !== 'data-pilot') throw new UsageError('--participant applies to the data-pilot profile only');
  return x;
}

/** Opens a file (or stdin for "-") and decides its format: the option, the extension, or the
 * first character ("[" JSON, "{" NDJSON, anything else CSV). */
export async function openInput(file: string, format: InputFormat | undefined): Promise<{ stream: Readable; format: InputFormat; name: string }> {
  const name = file === '-' ? 'stdin' : file;
  let stream: Readable;
  if (file === '-') {
    if (process.stdin.isTTY) throw new UsageError('no input: give a FILE or pipe it on stdin (see --help)');
    stream = process.stdin;
    await once(stream, 'readable');
  } else {
    stream = createReadStream(file, { highWaterMark: 1 << 16 });
    try {
      await once(stream, 'readable');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(`${file}: cannot read (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory' : (code ?? 'error')})`);
    }
  }
  // An empty input is an error, not zero valid records: said before anything is written.
  const first: Buffer | null = stream.read();
  const start = first
    ? first
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trimStart()
    : '';
  if (!start && (!first || first.length < (stream.readableHighWaterMark ?? 1 << 16))) throw new UsageError(`${name} is empty: there is no record to read`);
  if (first) stream.unshift(first);
  const fmt = format ?? formatFromName(name) ?? (start.startsWith('[') ? 'json' : start.startsWith('{') ? 'ndjson' : 'csv');
  return { stream, format: fmt, name };
}

/** A CSV header's columns must be known ones: a misspelt optional column (`flag` for `flags`)
 * would otherwise be read as absent on every row. */
export function checkColumns(name: string, header: readonly string[], known: readonly string[], doc: string): void {
  const unknown = header.filter((h) => !known.includes(h));
  if (!unknown.length) return;
  const each = unknown.map((h) => {
    const near = nearestName(h, known);
    return `unknown column \`${h}\`${near ? `: did you mean \`${near}\`?` : ''}`;
  });
  const more = each.length > 5 ? `; and ${each.length - 5} more of the ${header.length} columns` : '';
  throw new UsageError(`${name}: ${each.slice(0, 5).join('; ')}${more} (the columns are listed in ${doc})`);
}

/** After the last row: an input that held no record is an error (exit 2), except a CSV file
 * with a header and no rows, which is zero records (a warning line, on stderr). */
export function noRecords(name: string, format: InputFormat, what: string): void {
  if (format === 'csv') process.stderr.write(`warning: ${name} has a header and no rows: 0 ${what}\n`);
  else
    throw new UsageError(
      `${name} holds no ${what.replace(/s$/, '')}: expected ${format === 'json' ? 'a JSON array of them (or one object)' : 'one JSON object per line'}`,
    );
}

/** CSV rows with the header's names. Malformed rows (broken quotes, a wrong number of fields,
 * invalid UTF-8, an oversized field) come out with problems and their row number. The steps:
 * `csvParser` (csv-parse, its errors kept as `Skip`s), `watchText` (what the raw bytes say about
 * encoding and control characters), `headerOf` (the first record), `rowOf` (each later record),
 * `brokenRows` (the parser's errors, as rows in their place). */
export async function* readCsv(stream: Readable, onHeader?: (header: string[]) => void): AsyncGenerator<InputRow> {
  const { parser, skipped } = csvParser();
  stream.on('error', (e) => parser.destroy(e));
  const text = watchText(stream);
  stream.pipe(parser);
  let header: Header | undefined;
  let row = 0;
  // records the parser has given (the header included): errors it raised before the next one
  // come out before it
  let pulled = 0;
  for await (const rec of parser as AsyncIterable<string[]>) {
    if (skipped.length) for (const broken of brokenRows(skipped, pulled)) yield { row: ++row, ...broken };
    pulled++;
    if (!header) {
      header = headerOf(rec);
      onHeader?.(header.names);
      continue;
    }
    yield rowOf(++row, rec, header, text);
  }
  for (const broken of brokenRows(skipped, Infinity)) yield { row: ++row, ...broken };
}

/** An error csv-parse raised and skipped a record for. */
interface Skip {
  /** records the parser had emitted (header included) before the error */
  records: number;
  line?: number;
  code: string;
  message: string;
}

/** The parser, reading on past a malformed record; its errors are collected in `skipped`. */
function csvParser(): { parser: ReturnType<typeof parse>; skipped: Skip[] } {
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
  });
  const skipped: Skip[] = [];
  parser.on('skip', (err: Error & { lines?: number; records?: number; code?: string }) => {
    skipped.push({ records: err.records ?? 0, line: err.lines, code: err.code ?? 'CSV_ERROR', message: err.message });
  });
  return { parser, skipped };
}

/** What the raw input said so far, for the field checks of `fieldProblem`. */
interface TextWatch {
  /** a chunk was not plain valid UTF-8: fields are searched for U+FFFD (what invalid UTF-8
   * decodes to). The search on every field of every row was a few percent of the export.
   * Conservative: a character split between two chunks also switches it on. */
  suspect: boolean;
  /** a chunk held a control character: fields are searched for one (the same economy) */
  controls: boolean;
  /** byte offsets of invalid UTF-8 in the file, in order, for the rows that report them */
  invalidAt: number[];
}

/** Watches the stream's chunks as they pass to the parser (`TextWatch`). */
function watchText(stream: Readable): TextWatch {
  const watch: TextWatch = { suspect: false, controls: false, invalidAt: [] };
  let read = 0;
  let tail: Buffer = Buffer.alloc(0);
  stream.on('data', (c: Buffer | string) => {
    if (!watch.suspect && (typeof c === 'string' ? c.includes('\uFFFD') : !isUtf8(c) || c.includes(REPLACEMENT_UTF8))) watch.suspect = true;
    if (!watch.controls && CONTROL_RE.test(typeof c === 'string' ? c : c.toString('latin1'))) watch.controls = true;
    if (typeof c === 'string') return;
    if (!isUtf8(c)) invalidOffsets(tail, c, read, watch.invalidAt);
    read += c.length;
    tail = c.subarray(Math.max(0, c.length - 3));
  });
  return watch;
}

/** Adds the file offsets of invalid UTF-8 in chunk `c` (which starts at byte `read`) to
 * `invalidAt`, at most 10,000 in all. */
function invalidOffsets(tail: Buffer, c: Buffer, read: number, invalidAt: number[]): void {
  // with the last bytes of the chunk before, so a character split between chunks is whole
  const b = Buffer.concat([tail, c]);
  const base = read - tail.length;
  for (let from = 0; from < b.length && invalidAt.length < 10_000; ) {
    const i = invalidUtf8At(b.subarray(from));
    if (i < 0) break;
    const at = base + from + i;
    // a sequence cut at the end of this chunk (a lead byte, then only continuation bytes)
    // is checked again with the next one
    const p = from + i;
    if (b[p] >= 0xc2 && b[p] <= 0xf4 && b.length - p <= 3 && b.subarray(p + 1).every((x) => (x & 0xc0) === 0x80)) break;
    if (!invalidAt.length || invalidAt[invalidAt.length - 1] < at) invalidAt.push(at);
    from += i + 1;
  }
}

/** The header's column names and the template a row's cells are copied from. */
interface Header {
  names: string[];
  template: Record<string, string>;
}

/** The first record as the header; a column named twice refuses the file. */
function headerOf(rec: string[]): Header {
  const names = rec.map((h) => h.trim());
  // a column given twice: a reader keeps one or the other, and the answer changes
  const firstAt = new Map<string, number>();
  for (let i = 0; i < names.length; i++) {
    const prev = firstAt.get(names[i]);
    if (prev !== undefined)
      throw new UsageError(
        `the CSV header names the column \`${names[i]}\` twice (columns ${prev + 1} and ${i + 1}); a reader would keep one or the other, so the file is refused`,
      );
    firstAt.set(names[i], i);
  }
  // Rows become objects keyed by the header's names. Built by assignment, an object with 40
  // names falls back to a slow dictionary (V8 does so after about a dozen keyed stores), and
  // every later lookup pays for it. A template made by JSON.parse has fast properties, and a
  // spread copy of it keeps them: one allocation per row. (No column name can reach the
  // prototype: JSON.parse and the spread make "__proto__" an own property.)
  const template = JSON.parse(JSON.stringify(Object.fromEntries(names.map((h) => [h, ''])))) as Record<string, string>;
  return { names, template };
}

/** One data record as a row: its cells by column name, and its problems (a wrong number of
 * fields, a field `fieldProblem` finds wrong, which is left out of the cells). */
function rowOf(row: number, rec: string[], header: Header, text: TextWatch): InputRow {
  const names = header.names;
  const problems: RowProblem[] = [];
  if (rec.length !== names.length) {
    problems.push({ code: 'COLUMN_COUNT', message: `expected ${names.length} fields (as in the header), got ${rec.length}` });
  }
  const n = Math.min(rec.length, names.length);
  let bad: number[] | undefined;
  for (let i = 0; i < n; i++) {
    const p = fieldProblem(names[i], rec[i], text);
    if (p) {
      problems.push(p);
      (bad ??= []).push(i);
    }
  }
  if (!problems.length) {
    // the common case: a copy of the header's template, filled in place
    const cells = { ...header.template };
    for (let i = 0; i < n; i++) cells[names[i]] = rec[i];
    return { row, cells };
  }
  // a field with a problem is left out of the cells (a 10 MB field is reported, not kept)
  const cells: Record<string, string> = {};
  for (let i = 0; i < n; i++) if (!bad?.includes(i)) cells[names[i]] = rec[i];
  return { row, cells, problems };
}

/** A field too long, not valid UTF-8, or holding a control character; null when it is text. */
function fieldProblem(column: string, t: string, text: TextWatch): RowProblem | null {
  if (t.length > MAX_FIELD_CHARS) {
    return {
      column,
      code: 'FIELD_TOO_LONG',
      message: `${t.length.toLocaleString('en-US')} characters, over the ${MAX_FIELD_CHARS.toLocaleString('en-US')} a field may have`,
    };
  }
  if (text.suspect && t.includes('\uFFFD')) {
    const at = text.invalidAt.length ? ` (invalid byte at offset ${text.invalidAt.shift()!.toLocaleString('en-US')} in the file)` : '';
    return { column, code: 'INVALID_ENCODING', message: `the field is not valid UTF-8${at}; save the file as UTF-8` };
  }
  if (text.controls && CONTROL_RE.test(t)) {
    return {
      column,
      code: 'CONTROL_CHARACTER',
      message: `the field holds the control character ${firstControl(t)}, which is not record text (tab and line breaks are)`,
    };
  }
  return null;
}

/** The parser's errors raised before record `upTo`, taken from `skipped`, as rejected rows
 * (without their row number, which the caller counts).
 *
 * Broken quotes: csv-parse (skip_records_with_error) reports a quote inside an unquoted field
 * and reads on normally; after a bad closing quote ("5"x) it reads the rest as one quoted
 * field, possibly to the end of the file, raising one error per line it gives up on. Those
 * errors share the parser's record count, so they are grouped here into ONE rejected row that
 * names the line range: the rows inside it are not guessed at, and not lost either. */
function* brokenRows(skipped: Skip[], upTo: number): Generator<Omit<InputRow, 'row'>> {
  while (skipped.length && skipped[0].records <= upTo) {
    const first = skipped.shift()!;
    if (first.records === 0) throw new UsageError(`the CSV header could not be read (${first.code}: ${first.message})`);
    let last = first;
    // after a bad closing quote, csv-parse reads on as one quoted field: its later errors with
    // the same record count belong to the same broken region (a stray quote in an unquoted
    // field, INVALID_OPENING_QUOTE, is its own row: the parser recovers at once)
    while (
      skipped.length &&
      skipped[0].records === first.records &&
      last.code === 'CSV_INVALID_CLOSING_QUOTE' &&
      (skipped[0].code === 'CSV_INVALID_CLOSING_QUOTE' || skipped[0].code === 'CSV_QUOTE_NOT_CLOSED')
    )
      last = skipped.shift()!;
    const toEnd = last.code === 'CSV_QUOTE_NOT_CLOSED';
    const span =
      last.line !== undefined && last.line !== first.line ? `lines ${first.line}-${last.line}${toEnd ? ' (the end of the file)' : ''}` : `line ${first.line}`;
    yield {
      line: first.line,
      problems: [
        {
          code: 'CSV_SYNTAX',
          message:
            `${span} could not be read as CSV (${first.code}: ${first.message})` +
            (last !== first
              ? '; a broken quote makes the parser read on as one field, so the rows in these lines are all reported here: fix the quote and export these lines again'
              : ''),
        },
      ],
    };
  }
}

/** An NDJSON line longer than this (in bytes, without its line feed) is a rejected row; the
 * next lines are read. No record comes near it (a record's longest text is 2,000 characters), and
 * the reader never holds more than this of one line (a 200 MB line ran V8 out of
 * memory). */
export const MAX_LINE_BYTES = 1 << 20;

/** The problems of one NDJSON or JSON record's text beyond JSON.parse: a key given twice, a
 * control character in a string. */
function valueProblems(value: unknown, text: string): RowProblem[] {
  const dup = duplicateKey(text);
  if (dup)
    return [
      { path: dup.path, code: 'DUPLICATE_KEY', message: `the key "${dup.key}" is given twice; JSON readers keep one or the other, so the record is refused` },
    ];
  const at = controlCharacterPath(value, text);
  if (at)
    return [
      { path: at, code: 'CONTROL_CHARACTER', message: 'a control character (U+0000-U+001F other than tab and line breaks, or U+007F) is not record text' },
    ];
  return [];
}

/** NDJSON: one JSON value per non-blank line, split from the bytes (a line over MAX_LINE_BYTES
 * is skipped to its end, never held), each checked for invalid UTF-8 (with its byte offset in
 * the file), duplicate keys and control characters. */
export async function* readNdjson(stream: Readable): AsyncGenerator<InputRow> {
  let line = 0;
  let row = 0;
  let parts: Buffer[] = [];
  let size = 0;
  let over = false;
  let lineStart = 0;
  let offset = 0;
  function* emit(): Generator<InputRow> {
    line++;
    const at = lineStart;
    if (over) {
      row++;
      yield {
        row,
        line,
        problems: [
          {
            code: 'LINE_TOO_LONG',
            message: `the line is over ${MAX_LINE_BYTES.toLocaleString('en-US')} bytes, the most a record's line may have; it was skipped`,
          },
        ],
      };
      return;
    }
    let buf = parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
    if (buf.length && buf[buf.length - 1] === 0x0d) buf = buf.subarray(0, buf.length - 1);
    let skip = 0;
    if (line === 1 && buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) skip = 3;
    buf = buf.subarray(skip);
    const bad = invalidUtf8At(buf);
    const text = bad < 0 ? buf.toString('utf8') : '';
    if (bad < 0 && !text.trim()) return;
    row++;
    if (bad >= 0) {
      yield {
        row,
        line,
        problems: [{ code: 'INVALID_ENCODING', message: `the line is not valid UTF-8 (byte offset ${(at + skip + bad).toLocaleString('en-US')} in the file)` }],
      };
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      yield { row, line, problems: [{ code: 'INVALID_JSON', message: `not valid JSON (${(e as Error).message})` }] };
      return;
    }
    const problems = valueProblems(value, text);
    yield problems.length ? { row, line, problems } : { row, line, value };
  }
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const c = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (;;) {
      const nl = c.indexOf(10, start);
      const end = nl < 0 ? c.length : nl;
      if (!over) {
        if (size + end - start > MAX_LINE_BYTES) {
          over = true;
          parts = [];
          size = 0;
        } else if (end > start) {
          parts.push(c.subarray(start, end));
          size += end - start;
        }
      }
      if (nl < 0) break;
      yield* emit();
      parts = [];
      size = 0;
      over = false;
      lineStart = offset + nl + 1;
      start = nl + 1;
    }
    offset += c.length;
  }
  if (size > 0 || over) yield* emit();
}

/** JSON: an array (or {"records": [...]}, {"orders": [...]}, or one object), read whole; use
 * NDJSON for files that do not fit in memory. */
export async function* readJson(stream: Readable, name: string, key: 'records' | 'orders'): AsyncGenerator<InputRow> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  const bytes = Buffer.concat(chunks);
  const bad = invalidUtf8At(bytes);
  if (bad >= 0) throw new UsageError(`${name}: not valid UTF-8 (byte offset ${bad.toLocaleString('en-US')}); save the file as UTF-8`);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${name}: not valid JSON (${(e as Error).message})`);
  }
  const dup = duplicateKey(text);
  if (dup) throw new UsageError(`${name}: the key "${dup.key}" is given twice (at ${dup.path}); JSON readers keep one or the other, so the file is refused`);
  const list = Array.isArray(data)
    ? data
    : data !== null && typeof data === 'object' && Array.isArray((data as Record<string, unknown>)[key])
      ? ((data as Record<string, unknown>)[key] as unknown[])
      : [data];
  const controls = controlCharacterPath(data, text) !== null;
  for (let i = 0; i < list.length; i++) {
    const at = controls ? controlCharacterPath(list[i]) : null;
    if (at)
      yield {
        row: i + 1,
        problems: [
          { path: at, code: 'CONTROL_CHARACTER', message: 'a control character (U+0000-U+001F other than tab and line breaks, or U+007F) is not record text' },
        ],
      };
    else yield { row: i + 1, value: list[i] };
  }
}

/** Buffered text output with backpressure: write() resolves at once unless the stream asks us
 * to wait. */
export class TextOut {
  private buf = '';
  constructor(readonly stream: Writable) {}
  static file(path: string): Promise<TextOut> {
    return new Promise((resolve, reject) => {
      // 1 MiB may be in flight: with the default 16 KiB every 64 KiB flush waited for its write,
      // and the parser sat idle meanwhile (still bounded: write() waits for drain beyond it)
      const s: WriteStream = createWriteStream(path, { highWaterMark: 1 << 20 });
      s.once('open', () => resolve(new TextOut(s)));
      s.once('error', (e: NodeJS.ErrnoException) => reject(new UsageError(`${path}: cannot write (${e.code ?? e.message})`)));
    });
  }
  async write(text: string): Promise<void> {
    this.buf += text;
    if (this.buf.length >= 1 << 16) await this.flush();
  }
  async flush(): Promise<void> {
    if (!this.buf) return;
    const b = this.buf;
    this.buf = '';
    if (!this.stream.write(b)) await once(this.stream, 'drain');
  }
  async end(): Promise<void> {
    await this.flush();
    if (this.stream === process.stdout || this.stream === process.stderr) return;
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end(() => resolve());
    });
  }
}
