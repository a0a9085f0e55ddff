// The schedule option of the commands that price decisions (--schedule FILE): the JSON that
// `s321 schedule import` wrote, checked, or the bundled edition.
import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { bundledSchedule, formatIssue, loadEditions, loadSchedule, type Schedule, type Schedules } from '../core/index.ts';
import { parseJson, UsageError } from './io.ts';
import { invalidUtf8At } from './json-checks.ts';

/** The most a schedule file may hold, as text (once uncompressed): the USITC's JSON export of
 * the whole HTSUS is about 14 MB, and a compact schedule under 2 MB. Past it the file is refused
 * before it is read or inflated further (a small gzip file can inflate to gigabytes). */
export const MAX_SCHEDULE_BYTES = 128 * 1024 * 1024;

const tooLarge = (file: string, max: number) =>
  new UsageError(`${file}: larger than ${max / 1024 / 1024} MiB as text (a USITC schedule export is about 14 MB): not read`, 2);

/** Reads a file as text, gunzipping it when it is gzip; refuses a file over MAX_SCHEDULE_BYTES
 * (before reading it, or as soon as inflating passes it) and bytes that are not UTF-8 (with
 * their offset, as for every JSON input). */
export async function readMaybeGzip(file: string, maxBytes = MAX_SCHEDULE_BYTES): Promise<string> {
  let bytes: Buffer;
  try {
    if ((await stat(file)).size > maxBytes) throw tooLarge(file, maxBytes);
    bytes = await readFile(file);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 2);
  }
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  if (gzip) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: maxBytes });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(file, maxBytes);
      throw new UsageError(`${file}: not a readable gzip file`, 2);
    }
  }
  const bad = invalidUtf8At(bytes);
  if (bad >= 0)
    throw new UsageError(`${file}: not valid UTF-8 (byte offset ${bad.toLocaleString('en-US')}${gzip ? ' once uncompressed' : ''}); save the file as UTF-8`, 2);
  return bytes.toString('utf8');
}

/** The schedule of --schedule FILE, or the bundled edition; --schedule given once per edition
 * gives the editions by date (each entry priced by the edition in force on its date). */
export async function scheduleOption(files: string | readonly string[] | undefined): Promise<Schedules> {
  const list = typeof files === 'string' ? [files] : (files ?? []);
  if (!list.length) return bundledSchedule();
  const editions: Schedule[] = [];
  for (const file of list) {
    const r = loadSchedule(parseJson(await readMaybeGzip(file), file));
    if (!r.ok)
      throw new UsageError(
        'invalid schedule',
        2,
        r.issues.map((i) => `${file}: ${formatIssue(i)}${i.path === '' ? ' (write one with `s321 schedule import EXPORT.json`)' : ''}`),
      );
    editions.push(r.schedule);
  }
  if (editions.length === 1) return editions[0];
  const e = loadEditions(editions);
  if (!e.ok)
    throw new UsageError(
      'invalid schedule editions',
      2,
      e.issues.map((i) => {
        const k = /^\[(\d+)\]/.exec(i.path);
        return `${k ? list[+k[1]] : '--schedule'}: ${i.message}`;
      }),
    );
  return e.editions;
}

/** The edition in force at an instant (ms), or the one edition. */
export function editionOn(schedules: Schedules, instant: number): Schedule {
  return 'at' in schedules ? schedules.at(instant) : schedules;
}

/** The edition in force on a day ("2026-12-15"; default: the latest), or the one edition. */
export function editionOnDay(schedules: Schedules, day?: string): Schedule {
  if (!('at' in schedules)) return schedules;
  const list = schedules.list;
  if (day === undefined) return list[list.length - 1];
  let found = list[0];
  for (const e of list) if (e.effective <= day) found = e;
  return found;
}
