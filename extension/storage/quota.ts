// Quota accounting: the bytes each stored part takes, counted as chrome.storage.local counts them
// towards QUOTA_BYTES, so the limits of schema.ts (PART_BUDGET_BYTES) hold in the browser.

/** The bytes a part takes in chrome.storage.local: its key plus the JSON of its value, in UTF-8
 * (how Chrome counts towards QUOTA_BYTES). */
export function partBytes(key: string, value: unknown): number {
  return utf8Length(key) + utf8Length(JSON.stringify(value) ?? '');
}

function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff) {
      // a surrogate pair: 2 UTF-16 units, 4 bytes
      n += 2;
      i++;
    } else n += 2;
  }
  return n;
}

/** Bytes as the messages print them: `4.5 MB`. */
export const mib = (n: number): string => `${(n / 1_048_576).toFixed(1)} MB`;
