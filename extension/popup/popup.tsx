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
import { decideAll, todayInNewYork, type Candidate, type Decided } from '../decide.ts';
import { htmlLang, translator, type Translate } from '../i18n.ts';
import { answerFor, chargesFor, rateTextOf } from '../answer.ts';
import type { Charges } from '../../core/page.ts';
import type { AnswerKit } from './answer-kit.ts';
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

/** The page's product candidates (core/classify over the title, each priced by core under its
 * HTS number, extension/answer.ts) and what was guessed; undefined until the classifier and the
 * schedule are loaded (answer-kit.ts, after the first paint). The estimate is left to the product
 * view, so that picking a candidate changes it. */
export function extrasFor(draft: Draft, data: StoredData, kit: AnswerKit | null, today: string, t: Translate): ProductExtras | undefined {
  if (!kit) return undefined;
  const a = answerFor({ draft, data, today, classifier: kit.classifier, schedule: kit.schedule });
  const inferred = a.inferred.flatMap((i) => (i.kind === 'rate' ? [t('inferredRate', { date: i.date })] : []));
  return {
    candidates: a.products.map((p) => ({
      id: p.id,
      description: p.description,
      rateText: p.rateText,
      hts: p.hts,
      stated: p.stated,
      price: (c: Candidate) => chargesFor(c, data, p.hts, kit.schedule),
      words: (c: Charges | null) => rateTextOf(c, kit.schedule.lookup(p.hts)),
    })),
    inferred,
    // no kind of product matched the title: core's charges without one (a minimum), so the page still answers
    ...(a.products.length === 0 && a.estimate ? { estimate: a.estimate } : {}),
  };
}

function App() {
  const [data, setData] = useState<StoredData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [page, setPage] = useState<PageState>({ state: 'reading' });
  /** bumped when the shopper picks a recently seen product: the product view starts afresh */
  const [shown, setShown] = useState(0);
  const [status, setStatus] = useState('');
  const today = useMemo(() => todayInNewYork(Date.now()), []);
  // the classifier and the schedule, prepared once per popup after the first paint
  const [kit, setKit] = useState<AnswerKit | null>(null);
  // (only once a product page is read: an order page or no page needs neither)
  const wantsKit = page.state === 'draft' && !isShopperOrder(page.draft);
  useEffect(
    () =>
      wantsKit && !kit
        ? afterPaint(
            () =>
              void import('./answer-kit.ts').then((m) => {
                setKit(m.answerKit());
                performance.mark('s321-popup-candidates');
              }),
          )
        : undefined,
    [wantsKit],
  );

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

  // computed once per page, data and kit (classify and a few evaluations), not on every render
  const extras = useMemo(
    () => (data && page.state === 'draft' && !isShopperOrder(page.draft) ? extrasFor(page.draft, data, kit, today, t) : undefined),
    [data, page, kit, today, lang],
  );

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
        {page.state === 'none' && (
          <p class="muted" id="page-none">
            {t(page.why)}
          </p>
        )}
        {draft && isShopperOrder(draft) && <OrderPage key={`${draft.url}#${shown}`} draft={draft} data={data} today={today} t={t} />}
        {draft && !isShopperOrder(draft) && <ProductView key={`${draft.url}#${shown}`} draft={draft} data={data} today={today} t={t} extras={extras} />}
      </section>

      <section id="orders">
        <h2>{t('myOrders')}</h2>
        <OrdersView data={data} decided={decided} today={today} t={t} onStatus={setStatus} />
        <PendingOrders data={data} t={t} onUse={use} />
        {[...(decided?.problems ?? [])].map(([id, issues]) => {
          const it = data.items.find((i) => i.id === id);
          return it ? (
            <p class="warning" key={id}>
              {it.title}: {t('problem', { message: issues[0]?.message ?? '' })}
            </p>
          ) : null;
        })}
        {status && <p class="warning">{status}</p>}
      </section>

      <RecentView captures={data.captures} t={t} onUse={use} />
      <SellerExport captures={data.captures} settings={data.settings} />
      <p class="cite">
        {t('privacy')}{' '}
        <a
          href="#"
          onClick={(e) => {
            e.preventDefault();
            void browser.runtime.openOptionsPage();
          }}
        >
          {t('options')}
        </a>
      </p>
    </>
  );
}

render(<App />, document.getElementById('app')!);
