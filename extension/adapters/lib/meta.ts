// <meta> readers (OpenGraph, product:price:*, twitter:*). Pure DOM reads.

/** Content of the first <meta property=KEY> or <meta name=KEY> (case-insensitive key). */
export function metaContent(doc: Document, ...keys: string[]): string | null {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  const metas = doc.querySelectorAll('meta');
  for (const key of keys) {
    for (const m of metas) {
      const k = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase().trim();
      if (wanted.has(k) && k === key.toLowerCase()) {
        const c = m.getAttribute('content');
        if (c !== null && c.trim()) return c;
      }
    }
  }
  return null;
}
