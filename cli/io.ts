// Node-side input helpers shared by the commands: reading files or stdin, parsing JSON with a
// message that names the file and position, and the user-facing error type.
import { readFile } from 'node:fs/promises';

/** An error meant for the user: printed as one line, no stack trace; exit code 2 by default. */
export class UsageError extends Error {
  constructor(message: string, readonly exitCode = 2, readonly lines: string[] = []) {
    super(message);
  }
}

export async function readText(file: string | undefined): Promise<{ text: string; name: string }> {
  if (file === undefined || file === '-') {
    if (process.stdin.isTTY) throw new UsageError('no input: give a FILE or pipe JSON on stdin (see --help)');
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return { text: Buffer.concat(chunks).toString('utf8'), name: 'stdin' };
  }
  try {
    return { text: await readFile(file, 'utf8'), name: file };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`${file}: cannot read (${code === 'ENOENT' ? 'no such file' : code ?? 'error'})`);
  }
}

export function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new UsageError(`${name}: not valid JSON (${(e as Error).message})`);
  }
}

export async function readJson(file: string | undefined): Promise<unknown> {
  const { text, name } = await readText(file);
  return parseJson(text, name);
}
