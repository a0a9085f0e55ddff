// HTML microdata reader (itemscope / itemtype / itemprop), enough for schema.org Product and
// Offer. Pure DOM reads: attributes and textContent only.
//
// Bounded: the walk is iterative (an explicit stack, so markup nested 100,000 elements deep
// cannot overflow the call stack), visits at most MAX_ELEMENTS elements per page, reads items
// nested at most MAX_ITEM_DEPTH deep, and keeps at most MAX_VALUES values per property.

export interface MicroItem {
  types: string[];
  props: Map<string, Array<string | MicroItem>>;
}

const MAX_ITEMS = 200;
/** elements visited across all items of one page: a real product page's items hold a few
 * thousand at most; a hostile one stops here instead of walking a million nodes */
export const MAX_ELEMENTS = 50_000;
const MAX_ITEM_DEPTH = 4;
const MAX_VALUES = 50;
/** a property value's text is capped before cleaning (a title or price is never this long) */
const MAX_VALUE_TEXT = 20_000;

function valueOf(el: Element): string {
  const content = el.getAttribute('content');
  if (content !== null) return content;
  let v: string;
  switch (el.tagName.toLowerCase()) {
    case 'a':
    case 'link':
    case 'area':
      return el.getAttribute('href') ?? '';
    case 'img':
    case 'source':
    case 'audio':
    case 'video':
    case 'embed':
    case 'iframe':
      return el.getAttribute('src') ?? '';
    case 'data':
    case 'meter':
      return el.getAttribute('value') ?? '';
    case 'time':
      v = el.getAttribute('datetime') ?? el.textContent ?? '';
      break;
    default:
      v = el.textContent ?? '';
  }
  return v.length > MAX_VALUE_TEXT ? v.slice(0, MAX_VALUE_TEXT) : v;
}

function typesOf(scope: Element): string[] {
  return (scope.getAttribute('itemtype') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => t.replace(/^.*[/:#]/, ''));
}

/** Reads an item and the items nested in its properties, in document order, iteratively;
 * `budget.left` counts the elements this page may still visit. */
function readItem(scope: Element, budget: { left: number }): MicroItem {
  const root: MicroItem = { types: typesOf(scope), props: new Map() };
  // elements still to read, each with the item its properties belong to and that item's depth
  const stack: Array<{ el: Element; item: MicroItem; depth: number }> = [];
  const pushChildren = (el: Element, item: MicroItem, depth: number) => {
    // in reverse, so that the stack gives them back in document order
    const children = el.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ el: children[i], item, depth });
  };
  pushChildren(scope, root, 0);
  while (stack.length > 0 && budget.left-- > 0) {
    const { el, item, depth } = stack.pop()!;
    const names = (el.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean);
    const nested = el.hasAttribute('itemscope');
    if (names.length) {
      let value: string | MicroItem;
      if (nested && depth < MAX_ITEM_DEPTH) {
        const inner: MicroItem = { types: typesOf(el), props: new Map() };
        pushChildren(el, inner, depth + 1);
        value = inner;
      } else {
        value = valueOf(el);
      }
      for (const n of names) {
        const list = item.props.get(n) ?? [];
        if (list.length < MAX_VALUES) list.push(value);
        item.props.set(n, list);
      }
    }
    // another item's own properties are not this item's
    if (!nested) pushChildren(el, item, depth);
  }
  return root;
}

/** Top-level microdata items whose itemtype is a Product (schema.org or data-vocabulary). */
export function microdataProducts(doc: Document): MicroItem[] {
  const out: MicroItem[] = [];
  const budget = { left: MAX_ELEMENTS };
  for (const el of doc.querySelectorAll('[itemscope][itemtype]')) {
    if (out.length >= MAX_ITEMS || budget.left <= 0) break;
    if (!/(^|[/:#])(Product|IndividualProduct|ProductModel|ProductGroup)(\s|$)/.test(el.getAttribute('itemtype') ?? '')) continue;
    // nested in another item's property: that item reads it
    if (el.hasAttribute('itemprop') && el.parentElement?.closest('[itemscope]')) continue;
    out.push(readItem(el, budget));
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

/** A product's offers, with offers nested in offers flattened (eBay's 2021 item pages wrap the
 * priced Offer in an Offer that holds only the condition); offers without nested ones come
 * first in document order. */
export function offersOf(item: MicroItem): MicroItem[] {
  const out: MicroItem[] = [];
  const todo = items(item, 'offers').reverse();
  let steps = 0;
  while (todo.length && steps++ < 200) {
    const o = todo.pop()!;
    const inner = items(o, 'offers');
    if (inner.length && firstText(o, 'price') === null && firstText(o, 'lowPrice') === null) todo.push(...inner.reverse());
    else out.push(o);
  }
  return out;
}
