// Text for the terminal: what the input says (keys, column names, ids, values quoted in a
// message) may hold control characters, and raw ones would drive the terminal (an ESC sequence
// can retitle the window, clear the screen or overwrite a line with a fake "all rows valid").
// Every line the CLI prints for people goes through `termSafe`; JSON output needs
// nothing (JSON.stringify escapes every control character).

// C0 controls (tab, line feeds included: a message is one line), DEL, C1 controls, and the
// bidirectional overrides and isolates that reorder what the terminal shows
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `s` with every control character written as a visible escape: ESC as `\x1b`, U+202E as
 * `\u202e`. */
export function termSafe(s: string): string {
  return s.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
