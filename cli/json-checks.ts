// Checks on input text that JSON.parse and the UTF-8 decoder do not make (nothing
// altered silently): invalid UTF-8 with its byte offset (the decoder would put U+FFFD in its
// place), duplicate keys (JSON.parse keeps the last one, and the answer changes: the check is
// common/duplicate-key.ts, which the extension's backup import runs too), and control
// characters inside strings (NUL and the other C0 controls would pass into records). Node only;
// no recursion (a hostile value may be nested deeper than the stack).
import { isUtf8 } from 'node:buffer';
import { pathText } from '../common/duplicate-key.ts';

export { duplicateKey } from '../common/duplicate-key.ts';

/** The offset of the first byte that is not valid UTF-8, or -1 when all of it is. */
export function invalidUtf8At(b: Uint8Array): number {
  if (isUtf8(b)) return -1;
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number, min: number, cp: number;
    if (c >= 0xc2 && c <= 0xdf) [n, min, cp] = [1, 0x80, c & 0x1f];
    else if (c >= 0xe0 && c <= 0xef) [n, min, cp] = [2, 0x800, c & 0x0f];
    else if (c >= 0xf0 && c <= 0xf4) [n, min, cp] = [3, 0x10000, c & 0x07];
    else return i;
    if (i + n > b.length - 1) return i;
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if ((d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

// NUL and the other C0 controls, and DEL; tab, line feed and carriage return are text (JSON
// output escapes them)
// eslint-disable-next-line no-control-regex
export const CONTROL_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** In JSON text a control character can only be escaped (a raw one is not valid JSON). */
const ESCAPED_CONTROL_RE = /\\u00(?:0[0-8bcef]|1[0-9a-f]|7f)/i;

/** Where a parsed value holds a control character in a string or a key (`CONTROL_RE`), or null.
 * `text`, when given, is the JSON it was parsed from: without an escaped control character in
 * it, the walk is skipped. */
export function controlCharacterPath(value: unknown, text?: string): string | null {
  if (text !== undefined && !ESCAPED_CONTROL_RE.test(text)) return null;
  const stack: Array<{ v: unknown; path: Array<string | number> }> = [{ v: value, path: [] }];
  while (stack.length) {
    const { v, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (CONTROL_RE.test(v)) return pathText(path);
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: [...path, i] });
    } else if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        if (CONTROL_RE.test(entries[i][0])) return pathText([...path, entries[i][0]]);
        stack.push({ v: entries[i][1], path: [...path, entries[i][0]] });
      }
    }
  }
  return null;
}

/** The character at the start of a control-character message: `U+0000`. */
export function firstControl(s: string): string {
  const m = CONTROL_RE.exec(s);
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : '';
}
