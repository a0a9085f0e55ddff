// Node-side input helpers shared by the commands: reading files or stdin, parsing JSON with a
// message that names the file and position, and the user-facing error type.
import { readFile } from 'node:fs/promises';
import { duplicateKey, invalidUtf8At } from './json-checks.ts';

/** An error meant for the user: printed as one line, no stack trace; exit code 2 by default. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
    readonly lines: string[] = [],
  ) {
    super(message);
  }
}

/** `strictUtf8` false: an HTML page (`s321 extract`) is read as the browser would, U+FFFD for a
 * byte that is not UTF-8; data (requests, rules, orders) is refused instead. */
export async function readText(file: string | undefined, strictUtf8 = true): Promise<{ text: string; name: string }> {
  if (file === undefined || file === '-') {
    if (process.stdin.isTTY) throw new UsageError('no input: give a FILE or pipe JSON on stdin (see --help)');
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return { text: strictUtf8 ? utf8(Buffer.concat(chunks), 'stdin') : Buffer.concat(chunks).toString('utf8'), name: 'stdin' };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`${file}: cannot read (${code === 'ENOENT' ? 'no such file' : (code ?? 'error')})`);
  }
  return { text: strictUtf8 ? utf8(bytes, file) : bytes.toString('utf8'), name: file };
}

/** The text of UTF-8 bytes; bytes that are not UTF-8 are refused with their offset, never
 * replaced by U+FFFD. */
function utf8(bytes: Buffer, name: string): string {
  const bad = invalidUtf8At(bytes);
  if (bad >= 0) throw new UsageError(`${name}: not valid UTF-8 (byte offset ${bad.toLocaleString('en-US')}); save the file as UTF-8`);
  return bytes.toString('utf8');
}

export function parseJson(text: string, name: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    throw new UsageError(`${name}: not valid JSON (${(e as Error).message})`);
  }
  const dup = duplicateKey(body);
  if (dup) throw new UsageError(`${name}: the key "${dup.key}" is given twice (at ${dup.path}); JSON readers keep one or the other, so the file is refused`);
  return value;
}

export async function readJson(file: string | undefined): Promise<unknown> {
  const { text, name } = await readText(file);
  return parseJson(text, name);
}
