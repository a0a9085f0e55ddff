// A check on JSON text that JSON.parse does not make: a key given twice in one object (JSON.parse
// keeps the last one, so two readers of the same file can see different values). Pure (no Node,
// no DOM), so the command line's JSON inputs (cli/json-checks.ts) and the extension's backup
// import (extension/storage/backup.ts) run the same code; no recursion (a hostile value may be
// nested deeper than the stack).

/** A JSON path as the messages print it: `items[2].price`. */
export function pathText(parts: ReadonlyArray<string | number>): string {
  let out = '';
  for (const p of parts) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out || '(root)';
}

/** The first key an object of this (valid) JSON text holds twice, with where; null when none.
 * One pass over the text. */
export function duplicateKey(text: string): { key: string; path: string } | null {
  // a text without two copies of any key cannot have one; most records have few objects, so
  // the scan is cheap either way
  type Frame = { keys: Set<string> | null; at: string | number };
  const stack: Frame[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      let j = i + 1;
      let escaped = false;
      for (;;) {
        const d = text.charCodeAt(j);
        if (d === 0x5c) {
          escaped = true;
          j += 2;
          continue;
        }
        if (d === 0x22 || Number.isNaN(d)) break;
        j++;
      }
      const top = stack[stack.length - 1];
      if (expectKey && top?.keys) {
        const key = escaped ? (JSON.parse(text.slice(i, j + 1)) as string) : text.slice(i + 1, j);
        if (top.keys.has(key)) return { key, path: pathText([...stack.slice(0, -1).map((f) => f.at), key]) };
        top.keys.add(key);
        top.at = key;
        expectKey = false;
      }
      i = j;
    } else if (c === 0x7b) {
      stack.push({ keys: new Set(), at: '' });
      expectKey = true;
    } else if (c === 0x5b) {
      stack.push({ keys: null, at: 0 });
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
    } else if (c === 0x2c) {
      const top = stack[stack.length - 1];
      if (top?.keys) expectKey = true;
      else if (top) top.at = (top.at as number) + 1;
    }
  }
  return null;
}
