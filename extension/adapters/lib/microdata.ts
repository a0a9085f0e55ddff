// HTML microdata reader (itemscope / itemtype / itemprop), enough for schema.org Product and
// Offer. Pure DOM reads: attributes and textContent only.

export interface MicroItem {
  types: string[];
  props: Map<string, Array<string | MicroItem>>;
}

const MAX_ITEMS = 200;

function valueOf(el: Element): string {
  const content = el.getAttribute('content');
  if (content !== null) return content;
  switch (el.tagName.toLowerCase()) {
    case 'a': case 'link': case 'area': return el.getAttribute('href') ?? '';
    case 'img': case 'source': case 'audio': case 'video': case 'embed': case 'iframe': return el.getAttribute('src') ?? '';
    case 'data': case 'meter': return el.getAttribute('value') ?? '';
    case 'time': return el.getAttribute('datetime') ?? el.textContent ?? '';
    default: return el.textContent ?? '';
  }
}

function readItem(scope: Element, depth: number): MicroItem {
  const types = (scope.getAttribute('itemtype') ?? '').split(/\s+/).filter(Boolean).map((t) => t.replace(/^.*[/:#]/, ''));
  const props = new Map<string, Array<string | MicroItem>>();
  const visit = (el: Element) => {
    for (const child of Array.from(el.children)) {
      const names = (child.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean);
      const nested = child.hasAttribute('itemscope');
      if (names.length) {
        const v = nested && depth < 4 ? readItem(child, depth + 1) : valueOf(child);
        for (const n of names) {
          const list = props.get(n) ?? [];
          list.push(v);
          props.set(n, list);
        }
      }
      if (!nested) visit(child);
    }
  };
  visit(scope);
  return { types, props };
}

/** Top-level microdata items whose itemtype is a Product (schema.org or data-vocabulary). */
export function microdataProducts(doc: Document): MicroItem[] {
  const out: MicroItem[] = [];
  for (const el of doc.querySelectorAll('[itemscope][itemtype]')) {
    if (out.length >= MAX_ITEMS) break;
    if (!/(^|[/:#])(Product|IndividualProduct|ProductModel|ProductGroup)(\s|$)/.test(el.getAttribute('itemtype') ?? '')) continue;
    // nested in another item's property: that item reads it
    if (el.hasAttribute('itemprop') && el.parentElement?.closest('[itemscope]')) continue;
    out.push(readItem(el, 0));
  }
  return out;
}

export function firstText(item: MicroItem, prop: string): string | null {
  for (const v of item.props.get(prop) ?? []) if (typeof v === 'string' && v.trim()) return v;
  return null;
}

export function items(item: MicroItem, prop: string): MicroItem[] {
  return (item.props.get(prop) ?? []).filter((v): v is MicroItem => typeof v !== 'string');
}
