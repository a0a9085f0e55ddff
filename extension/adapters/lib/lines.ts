// The lines of an element's text as a person reads them (address blocks). Pure.
import { cleanText } from './text.ts';

/** Lines of an element's text, split at <br>, block children and list items (address blocks). */
export function linesOf(el: Element | null | undefined): string[] {
  if (!el) return [];
  const out: string[] = [];
  let cur = '';
  const flush = () => {
    const t = cleanText(cur, 200);
    if (t) out.push(t);
    cur = '';
  };
  const walk = (n: Node) => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === 3) cur += c.textContent ?? '';
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toLowerCase();
        if (tag === 'br') flush();
        else if (tag === 'script' || tag === 'style') continue;
        else if (/^(div|p|li|dd|dt|tr|ul|ol|address)$/.test(tag)) {
          flush();
          walk(c);
          flush();
        } else {
          cur += ' ';
          walk(c);
          cur += ' ';
        }
      }
    }
  };
  walk(el);
  flush();
  return out.slice(0, 12);
}
