// The popup: the current page's product and core's answer for it in plain words (today's New
// York date or the expected arrival date), then the shopper's orders by expected arrival day with
// the same-day total core computes and a warning when a day goes over the limit that applies.
// The parts are their own components with their own state: the product (product-view.tsx), the
// orders (orders-view.tsx), the recently seen products (recent-view.tsx), order pages
// (order-page.tsx) and the seller's export (seller-export.tsx); this file loads the data, reads
// the page and lays them out. Page text is only ever rendered as text (no dangerouslySetInnerHTML).
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Draft } from '../adapters/types.ts';
import { decideAll, todayInNewYork, type Decided } from '../decide.ts';
import { htmlLang, translator } from '../i18n.ts';
import type { Capture, StoredData } from '../storage/schema.ts';
import { read } from '../storage/store.ts';
import { SellerExport } from './seller-export.tsx';
import { OrderPage, PendingOrders } from './order-page.tsx';
import { OrdersView } from './orders-view.tsx';
import { ProductView, type ProductExtras } from './product-view.tsx';
import { readPage, type PageState } from './read-page.ts';
import { RecentView } from './recent-view.tsx';
import { afterPaint } from './after-paint.ts';
import { isShopperOrder } from '../orders.ts';

const area = browser.storage.local;

/** What a later step may compute for the page's product (candidates, an estimate, other guesses):
 * none yet, so the product view works without them. */
function extrasFor(_draft: Draft, _data: StoredData): ProductExtras | undefined {
  return undefined;
}

function App() {
  const [data, setData] = useState<StoredData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [page, setPage] = useState<PageState>({ state: 'reading' });
  /** bumped when the shopper picks a recently seen product: the product view starts afresh */
  const [shown, setShown] = useState(0);
  const [status, setStatus] = useState('');
  const today = useMemo(() => todayInNewYork(Date.now()), []);

  useEffect(() => {
    const reload = async () => {
      // pages read; every change goes through the background's one writer
      const r = await read(area);
      if (r.ok) setData(r.data);
      else setError(r.error);
    };
    void (async () => {
      await reload();
      setPage(await readPage());
    })();
    const onChange = () => void reload();
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);

  const lang = data?.settings.language ?? 'en';
  const t = translator(lang);
  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
  }, [lang]);

  // the orders list's totals: decided after the list is on screen (afterPaint), and kept with
  // what they were computed for: totals of other data are never shown
  const [decidedFor, setDecidedFor] = useState<{ data: StoredData; result: Decided } | null>(null);
  useEffect(() => (data ? afterPaint(() => setDecidedFor({ data, result: decideAll(data) })) : undefined), [data]);
  const decided = decidedFor && decidedFor.data === data ? decidedFor.result : null;

  // when the orders are on screen, and when their totals are, for `npm run bench` (User Timing
  // stays in this page)
  useEffect(() => {
    if (data && performance.getEntriesByName('s321-popup-ready').length === 0) performance.mark('s321-popup-ready');
  }, [data]);
  useEffect(() => {
    if (decided && performance.getEntriesByName('s321-popup-decided').length === 0) performance.mark('s321-popup-decided');
  }, [decided]);

  if (error) return <p class="warning">{error}</p>;
  if (!data) return <p class="muted">{t('reading')}</p>;

  const use = (c: Capture) => {
    setPage({ state: 'draft', draft: c.draft as Draft });
    setShown((n) => n + 1);
  };
  const draft = page.state === 'draft' ? page.draft : null;

  return (
    <>
      <h1>{t('appName')}</h1>
      <section id="page" aria-live="polite">
        <h2>{t('currentPage')}</h2>
        {page.state === 'reading' && <p class="muted">{t('reading')}</p>}
        {page.state === 'none' && <p class="muted" id="page-none">{t(page.why)}</p>}
        {draft && isShopperOrder(draft) && <OrderPage key={`${draft.url}#${shown}`} draft={draft} data={data} today={today} t={t} />}
        {draft && !isShopperOrder(draft) && <ProductView key={`${draft.url}#${shown}`} draft={draft} data={data} today={today} t={t} extras={extrasFor(draft, data)} />}
      </section>

      <section id="orders">
        <h2>{t('myOrders')}</h2>
        <OrdersView data={data} decided={decided} today={today} t={t} onStatus={setStatus} />
        <PendingOrders data={data} t={t} onUse={use} />
        {[...(decided?.problems ?? [])].map(([id, issues]) => {
          const it = data.items.find((i) => i.id === id);
          return it ? <p class="warning" key={id}>{it.title}: {t('problem', { message: issues[0]?.message ?? '' })}</p> : null;
        })}
        {status && <p class="warning">{status}</p>}
      </section>

      <RecentView captures={data.captures} t={t} onUse={use} />
      <SellerExport captures={data.captures} settings={data.settings} />
      <p class="cite">
        {t('privacy')} <a href="#" onClick={(e) => { e.preventDefault(); void browser.runtime.openOptionsPage(); }}>{t('options')}</a>
      </p>
    </>
  );
}

render(<App />, document.getElementById('app')!);
