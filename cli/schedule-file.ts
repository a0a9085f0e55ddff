// The schedule option of the commands that price decisions (--schedule FILE): the JSON that
// `s321 schedule import` wrote, checked, or the bundled edition.
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { bundledSchedule, formatIssue, loadSchedule, type Schedule } from '../core/index.ts';
import { parseJson, UsageError } from './io.ts';

/** Reads a file as text, gunzipping it when it is gzip. */
export async function readMaybeGzip(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 2);
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return gunzipSync(bytes).toString('utf8');
    } catch {
      throw new UsageError(`${file}: not a readable gzip file`, 2);
    }
  }
  return bytes.toString('utf8');
}

/** The schedule of --schedule FILE, or the bundled edition. */
export async function scheduleOption(file: string | undefined): Promise<Schedule> {
  if (!file) return bundledSchedule();
  const r = loadSchedule(parseJson(await readMaybeGzip(file), file));
  if (!r.ok) throw new UsageError('invalid schedule', 2, r.issues.map((i) => `${file}: ${formatIssue(i)}${i.path === '' ? ' (write one with `s321 schedule import EXPORT.json`)' : ''}`));
  return r.schedule;
}
