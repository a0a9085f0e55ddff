// Recently seen products: one line per product, newest first. A product seen at two addresses
// (a tracking parameter, a renamed listing) or under two titles is the same product when its
// page key is: the site's item or order number where the page states one, else the address
// without its fragment and tracking parameters.
import type { Draft } from '../adapters/types.ts';
import type { Translate } from '../i18n.ts';
import type { Capture } from '../storage/schema.ts';

const SHOWN = 8;
/** query parameters that say where a visit came from, not which product it is */
const TRACKING = /^(utm_.*|ref|ref_|refsrc|fbclid|gclid|msclkid|srsltid|_pos|_sid|_ss|_trksid|_trkparms|spm|scm|pvid|algo_.*|gps-id|ga_.*)$/i;

/** The key of the product a draft shows: the adapter and host with its order number or item
 * number (SKU), or the address without fragment and tracking parameters. */
export function productKey(d: Pick<Draft, 'adapter' | 'url' | 'sku' | 'orderId'>): string {
  let host = '';
  let path = d.url;
  try {
    const u = new URL(d.url);
    host = u.hostname.replace(/^www\./, '');
    // the query may name the product (?id=5): only tracking parameters are dropped
    for (const k of [...u.searchParams.keys()]) if (TRACKING.test(k)) u.searchParams.delete(k);
    u.searchParams.sort();
    path = u.origin + u.pathname.replace(/\/+$/, '') + (u.search.length > 1 ? u.search : '');
  } catch {
    /* the stored address is checked on save; keep it whole */
  }
  // an order page is its order (its address may differ only in the query: ?orderID=...)
  if (d.orderId) return `order|${d.adapter}|${host}|${d.orderId}`;
  return d.sku ? `${d.adapter}|${host}|${d.sku}` : path;
}

/** The newest capture of each product, newest first, at most `max`. */
export function recentProducts(captures: readonly Capture[], max = SHOWN): Capture[] {
  const seen = new Set<string>();
  const out: Capture[] = [];
  for (const c of captures) {
    const k = productKey(c.draft);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(c);
    if (out.length >= max) break;
  }
  return out;
}

export function RecentView({ captures, t, onUse }: { captures: readonly Capture[]; t: Translate; onUse: (c: Capture) => void }) {
  const shown = recentProducts(captures);
  if (shown.length === 0) return null;
  return (
    <section id="recent">
      <h2>{t('recent')}</h2>
      <ul class="items">
        {shown.map((c) => (
          <li key={c.id} data-capture={c.id}>
            <span class="t" title={c.draft.url}>
              {c.draft.title ?? (c.draft.orderId ? `${t('orderId')} ${c.draft.orderId}` : c.draft.url)}
            </span>
            <span>{c.draft.price !== null ? `${c.draft.price} ${c.draft.currency ?? ''}` : '—'}</span>
            <button type="button" onClick={() => onUse(c)}>
              {t('use')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
