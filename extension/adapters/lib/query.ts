// Finding elements: selector lists tried in order, anchored on ids found in one pass (fast under
// linkedom), and the cleaned text of what they find. Pure: reads the document it is given.
import { cleanText } from './text.ts';

export type Root = Document | Element;

/**
 * Elements by id for the ids that lead a set of selectors, found in ONE pass over the document.
 * Why: under linkedom (`s321 extract`, the bench) every document-wide querySelectorAll walks the
 * whole tree through a CSS matcher (about 8 ms on a 1.3 MB Amazon page), so an adapter with 20
 * selectors would take 150 ms; anchoring them on ids keeps extraction within its 20 ms budget.
 * In a browser this costs well under a millisecond.
 */
export interface IdIndex {
  doc: Document;
  byId: Map<string, Element>;
}
export type Scope = Root | IdIndex;

export function idIndex(doc: Document, selectors: Iterable<string>): IdIndex {
  const want = new Set<string>();
  for (const s of selectors)
    for (const part of s.split(',')) {
      const m = /^\s*#([\w-]+)/.exec(part);
      if (m) want.add(m[1]);
    }
  const byId = new Map<string, Element>();
  if (want.size) {
    // an explicit element walk: linkedom's getElementsByTagName('*') returns nothing, and its
    // TreeWalker and querySelectorAll('[id]') are two to three times slower than this
    let e: Element | null = doc.documentElement;
    let found = 0;
    while (e && found < want.size) {
      const id = e.getAttribute('id');
      if (id && want.has(id) && !byId.has(id)) {
        byId.set(id, e);
        found++;
      }
      let next: Element | null = e.firstElementChild;
      while (!next && e) {
        next = e.nextElementSibling;
        if (!next) e = e.parentElement;
      }
      e = next;
    }
  }
  return { doc, byId };
}

/** querySelectorAll through an IdIndex: "#anchor rest" queries only the anchor's subtree. A
 * selector list must not hold commas inside attribute values. */
export function queryAll(scope: Scope, sel: string): Element[] {
  if (!('byId' in scope)) return Array.from(scope.querySelectorAll(sel));
  const out: Element[] = [];
  for (const part of sel.split(',')) {
    const m = /^\s*#([\w-]+)(?:\s+(.+?))?\s*$/.exec(part);
    if (!m) {
      out.push(...Array.from(scope.doc.querySelectorAll(part)));
      continue;
    }
    const el = scope.byId.get(m[1]);
    if (!el) continue;
    if (m[2]) out.push(...Array.from(el.querySelectorAll(m[2])));
    else out.push(el);
  }
  return out;
}

export function queryOne(scope: Scope, sel: string): Element | null {
  return queryAll(scope, sel)[0] ?? null;
}

/** Cleaned text of the first element a selector finds, with the selector that found it. */
export function pick(root: Scope, selectors: readonly string[], max = 300): { text: string; selector: string; el: Element } | null {
  for (const selector of selectors) {
    for (const el of queryAll(root, selector)) {
      const t = cleanText(el.getAttribute('content') ?? el.textContent, max);
      if (t) return { text: t, selector, el };
    }
  }
  return null;
}

export function textOf(el: Element | null | undefined, max = 300): string | null {
  return el ? cleanText(el.textContent, max) : null;
}
