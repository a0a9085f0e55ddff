// Label/value pairs as order and shipping sections print them ("Ship to", "Tracking ID",
// "Import charges"). Pure.
import type { Root } from './query.ts';
import { cleanText } from './text.ts';

/**
 * Label/value pairs of an order or shipping section: <dt>/<dd>, <th>/<td>, two-cell rows, and a
 * label element followed by its value sibling. The first pair whose label matches wins. `root`
 * bounds the scan (a section, not a 1 MB page).
 */
export function labelled(
  root: Root | null | undefined,
  label: RegExp,
  scope = 'dt, th, td, span, div, label, strong, b, h2, h3, h4, p',
): { value: string; el: Element } | null {
  if (!root) return null;
  let seen = 0;
  for (const el of root.querySelectorAll(scope)) {
    if (++seen > 3000) return null;
    // only the element that holds the label text itself (no element children with text)
    if (Array.from(el.children).some((c) => (c.textContent ?? '').trim())) continue;
    const own = cleanText(el.textContent, 120);
    if (!own || own.length > 60) continue;
    const bare = own.replace(/\s*[:：]\s*$/, '');
    if (!label.test(bare)) {
      // "Order ID: 123" in one element
      const m = /^([^:：]{2,40})[:：]\s*(.+)$/.exec(own);
      if (m && label.test(m[1].trim())) return { value: m[2].trim(), el };
      continue;
    }
    let sib: Element | null = el.nextElementSibling;
    if (!sib && el.parentElement) {
      // <span><span>Label</span></span><span>value</span>: climb one level
      sib = el.parentElement.children.length === 1 ? el.parentElement.nextElementSibling : null;
    }
    const v = sib ? cleanText(sib.textContent, 300) : null;
    if (v && sib) return { value: v, el: sib };
  }
  return null;
}
