// Text helpers shared by adapters: whitespace, caps, entity decoding of JSON-LD strings. Pure.

/** Collapses whitespace, drops control characters and caps the length (a hostile page may put
 * 5 MB in a title; a draft keeps at most `max` characters). */
export function cleanText(value: unknown, max = 500): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  let s = String(value);
  if (s.length > max * 8) s = s.slice(0, max * 8);
  // eslint-disable-next-line no-control-regex
  s = s
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!s) return null;
  return s.length > max ? s.slice(0, max - 1).trimEnd() + '…' : s;
}

const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', '#039': "'" };

/** Decodes the HTML entities some shops leave inside JSON-LD strings ("Tom &amp; Jerry").
 * A string operation only: nothing is ever parsed as markup. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (k in NAMED) return NAMED[k];
    const code = k.startsWith('#x') ? parseInt(k.slice(2), 16) : k.startsWith('#') ? parseInt(k.slice(1), 10) : NaN;
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : m;
  });
}

/** Text of a JSON-LD value (string, number, or {name}/{@value}), decoded and cleaned. */
export function ldText(v: unknown, max = 500): string | null {
  if (Array.isArray(v)) v = v[0];
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    v = o.name ?? o['@value'];
  }
  if (typeof v === 'string') return cleanText(decodeEntities(v), max);
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

/** At most this many nodes are visited to read an element's leading text. */
const SHORT_TEXT_NODES = 4_000;

/**
 * The start of an element's text (`textContent`), at least `max` characters of it when it has
 * that many, read without recursion and without visiting more than a few thousand nodes. For
 * the helpers that read the text of an element near every price candidate: `textContent` costs
 * the element's whole subtree, and a page that nests 8,000 elements made that quadratic
 * (6.8 s in `s321 extract`). When the walk stops early the text ends in `max` "…", so
 * a caller that wants a short text sees a long one. `cleanText(value, n)` reads only the first
 * 8n characters, so `cleanText(shortText(el, 8n), n)` is `cleanText(el.textContent, n)`.
 * `fromEnd`: the last `max` characters instead (the text just before a price).
 */
export function shortText(el: Node | null | undefined, max: number, fromEnd = false): string | undefined {
  if (!el) return undefined;
  if (el.nodeType === 3) return fromEnd ? (el.textContent ?? '').slice(-max) : (el.textContent ?? '').slice(0, max);
  let out = '';
  let visited = 0;
  const stack: Node[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (++visited > SHORT_TEXT_NODES) return fromEnd ? '…'.repeat(max) + out : out + '…'.repeat(max);
    if (n.nodeType === 3 || n.nodeType === 4) {
      out = fromEnd ? (n.textContent ?? '') + out : out + (n.textContent ?? '');
      if (out.length >= max) return fromEnd ? out.slice(-max) : out.slice(0, max);
      continue;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) continue;
    const kids = n.childNodes;
    // the stack gives the children back first to last (or last to first, from the end)
    if (fromEnd) for (let i = 0; i < kids.length; i++) stack.push(kids[i]);
    else for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}
