// The popup: the current page's product and core's decision for it (today's New York
// date or the expected arrival date), then the shopper's orders by expected arrival day with the
// same-day total core computes and a warning when a day goes over the limit that applies.
// Page text is only ever rendered as text (Preact escapes it; no dangerouslySetInnerHTML).
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { isCountry, isCurrency, MODES, parseAmount, type Mode } from '../../core/index.ts';
import { draftSchema } from '../adapters/draft-schema.ts';
import type { Draft } from '../adapters/types.ts';
import { decideAll, SHIPS_FROM_UNKNOWN, todayInNewYork, type Candidate, type Decided } from '../decide.ts';
import { htmlLang, translator, type Translate } from '../i18n.ts';
import type { Item, StoredData } from '../storage/schema.ts';
import { write } from '../storage/client.ts';
import { newId, read } from '../storage/store.ts';
import { SellerExport } from './seller-export.tsx';
import { DecisionView, ShipsFromUnknownView } from './decision-view.tsx';
import { ChargesEstimate } from './charges-estimate.tsx';
import { OrderPage, PendingOrders } from './order-page.tsx';
import { afterPaint } from './after-paint.ts';
import { isShopperOrder } from '../orders.ts';

const area = browser.storage.local;

type PageState = { state: 'reading' } | { state: 'none'; why: 'cannotRead' | 'noProduct' } | { state: 'draft'; draft: Draft };

interface Form {
  title: string;
  price: string;
  currency: string;
  quantity: string;
  origin: string;
  shipFrom: string;
  mode: Mode;
  arrival: string;
  gift: boolean;
  orderId: string;
  url: string;
  seller: string;
}

async function targetTab(): Promise<browser.Tabs.Tab | undefined> {
  // a popup opened in a tab (pinned, or by the end-to-end tests) names the page's tab
  const id = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(id) && id > 0) return browser.tabs.get(id);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function askPage(tabId: number): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, { type: 'page/extract' });
}

/** Reads the page: asks the content script, injecting it first on sites without one (allowed
 * because the user clicked the toolbar button: activeTab). */
async function readPage(): Promise<PageState> {
  const tab = await targetTab();
  if (!tab?.id || (tab.url !== undefined && !/^https?:/.test(tab.url))) return { state: 'none', why: 'cannotRead' };
  let res: unknown;
  try {
    res = await askPage(tab.id);
  } catch {
    try {
      const file = browser.runtime.getManifest().content_scripts?.[0]?.js?.[0];
      if (!file) return { state: 'none', why: 'cannotRead' };
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [file] });
      res = await askPage(tab.id);
    } catch {
      return { state: 'none', why: 'cannotRead' };
    }
  }
  // validated on receipt like every message
  const r = res as { ok?: unknown; draft?: unknown };
  if (!r || r.ok !== true) return { state: 'none', why: 'noProduct' };
  const d = draftSchema.safeParse(r.draft);
  if (!d.success || d.data.kind === 'other') return { state: 'none', why: 'noProduct' };
  return { state: 'draft', draft: d.data as Draft };
}

function formOf(d: Draft, data: StoredData, today: string): Form {
  return {
    title: d.title ?? '',
    price: d.price ?? '',
    currency: d.currency ?? '',
    quantity: '1',
    origin: d.origin ?? '',
    // never the origin: where a parcel ships from decides whether it is an import at all
    shipFrom: d.shipsFrom ?? data.settings.defaults.shipFrom ?? '',
    mode: data.settings.defaults.mode,
    arrival: today,
    gift: false,
    orderId: '',
    url: d.url,
    seller: d.seller ?? '',
  };
}

/** The candidate when the form holds everything core needs, else the first thing missing. */
function candidateOf(f: Form, t: Translate): { candidate: Candidate } | { missing: string } {
  const currency = f.currency.trim().toUpperCase();
  const origin = f.origin.trim().toUpperCase();
  const shipFrom = f.shipFrom.trim().toUpperCase() || SHIPS_FROM_UNKNOWN;
  if (!f.price.trim() || !isCurrency(currency) || !parseAmount(f.price.trim(), currency).ok) return { missing: t('needPrice') };
  if (!isCountry(origin) || (shipFrom !== SHIPS_FROM_UNKNOWN && !isCountry(shipFrom))) return { missing: t('needCountry') };
  const q = Number(f.quantity);
  return {
    candidate: {
      id: 'current-page',
      title: f.title.trim() || f.url,
      url: f.url || undefined,
      quantity: Number.isInteger(q) && q >= 1 ? q : 1,
      price: { amount: f.price.trim(), currency },
      origin,
      shipFrom,
      mode: f.mode,
      kind: f.gift ? 'gift' : 'purchase',
      arrival: f.arrival,
      orderId: f.orderId.trim() || undefined,
      seller: f.seller || undefined,
    },
  };
}

/** Orders listed row by row when the popup opens; later days show their count and a button.
 * Rendering every row of 2000 orders took most of the popup's opening time. */
const ROWS_AT_OPEN = 100;

/** The stored orders by expected arrival day, earliest first. */
function byArrival(items: readonly Item[]): Array<{ day: string; ids: string[] }> {
  const days = new Map<string, string[]>();
  for (const i of items) {
    const ids = days.get(i.arrival);
    if (ids) ids.push(i.id);
    else days.set(i.arrival, [i.id]);
  }
  return [...days].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([day, ids]) => ({ day, ids }));
}

function App() {
  const [data, setData] = useState<StoredData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [page, setPage] = useState<PageState>({ state: 'reading' });
  const [form, setForm] = useState<Form | null>(null);
  const [status, setStatus] = useState('');
  /** the item just added from the form: the form's decision must not count it twice */
  const [addedId, setAddedId] = useState<string | null>(null);
  const today = useMemo(() => todayInNewYork(Date.now()), []);

  const reload = async () => {
    const r = await read(area);
    if (r.ok) setData(r.data);
    else setError(r.error);
    return r;
  };

  useEffect(() => {
    void (async () => {
      const r = await reload();
      const p = await readPage();
      setPage(p);
      if (p.state === 'draft' && r.ok) setForm(formOf(p.draft, r.data, today));
    })();
    const onChange = () => void reload();
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);

  const t = translator(data?.settings.language ?? 'en');
  useEffect(() => {
    document.documentElement.lang = htmlLang(data?.settings.language ?? 'en');
  }, [data?.settings.language]);

  const cand = form ? candidateOf(form, t) : null;
  // the orders list: stored items only; the page's decision: stored items + the page's product.
  // Both are decided after the list is on screen (afterPaint), and each result is kept with what
  // it was computed for: totals of other data are never shown, not even for the moment between
  // a change and its new totals
  const [decidedFor, setDecidedFor] = useState<{ data: StoredData; result: Decided } | null>(null);
  useEffect(() => (data ? afterPaint(() => setDecidedFor({ data, result: decideAll(data) })) : undefined), [data]);
  const decided = decidedFor && decidedFor.data === data ? decidedFor.result : null;
  const pageKey = `${JSON.stringify(cand)}\u0000${addedId}`;
  const [decidedPage, setDecidedPage] = useState<{ key: string; result: Decided } | null>(null);
  useEffect(() => {
    if (!data || !cand || !('candidate' in cand)) return undefined;
    const candidate = cand.candidate;
    return afterPaint(() => setDecidedPage({ key: pageKey, result: decideAll({ ...data, items: data.items.filter((i) => i.id !== addedId) }, candidate) }));
  }, [data, pageKey]);
  // one lookup per listed order: with thousands of orders a search per id is quadratic
  const itemsById = useMemo(() => new Map((data?.items ?? []).map((i) => [i.id, i])), [data]);
  const days = useMemo(() => byArrival(data?.items ?? []), [data]);
  const totals = useMemo(() => new Map((decided?.days ?? []).map((d) => [d.day, d])), [decided]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());

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

  const set = (k: keyof Form) => (e: Event) => {
    const el = e.currentTarget as HTMLInputElement;
    setForm((f) => (f ? { ...f, [k]: el.type === 'checkbox' ? el.checked : el.value } : f));
    setAddedId(null);
    setStatus('');
  };
  const add = async () => {
    if (!cand || !('candidate' in cand)) return;
    const item: Item = { ...cand.candidate, id: newId(), addedAt: new Date().toISOString() };
    try {
      await write({ op: 'items/add', items: [item] });
    } catch (e) {
      // over the storage limits: say so, the list stays as it was
      return setStatus(String((e as Error)?.message ?? e));
    }
    setAddedId(item.id);
    setStatus(t('added'));
  };
  const remove = (id: string) => write({ op: 'items/remove', ids: [id] }).catch((e: unknown) => setStatus(String((e as Error)?.message ?? e)));
  const pageDecided = decidedPage?.key === pageKey ? decidedPage.result : null;
  const current = pageDecided?.decisions.get('current-page');
  const currentCases = pageDecided?.shipsFromUnknown.get('current-page');
  const currentProblem = pageDecided?.problems.get('current-page');
  let rowsShown = 0;
  const draft = page.state === 'draft' ? page.draft : null;

  return (
    <>
      <h1>{t('appName')}</h1>
      <section id="page" aria-live="polite">
        <h2>{t('currentPage')}</h2>
        {page.state === 'reading' && <p class="muted">{t('reading')}</p>}
        {page.state === 'none' && <p class="muted" id="page-none">{t(page.why)}</p>}
        {draft && isShopperOrder(draft) && <OrderPage key={draft.url} draft={draft} data={data} today={today} t={t} />}
        {draft && !isShopperOrder(draft) && form && (
          <>
            <div class="title" id="page-title">{draft.title}</div>
            <div id="page-price">
              {draft.price !== null ? `${draft.price} ${draft.currency ?? ''}` : draft.priceRange ? `${draft.priceRange.min}–${draft.priceRange.max} ${draft.currency ?? ''}` : t('priceNone')}
              {draft.seller ? ` · ${t('seller')}: ${draft.seller}` : ''}
            </div>
            {draft.notes.length > 0 && (
              <ul class="notes">
                {draft.notes.map((n) => (
                  <li key={n.code}>{n.message}</li>
                ))}
              </ul>
            )}
            <div class="grid" style="margin-top:6px">
              <label for="f-price">{t('price')}</label>
              <div class="row">
                <input id="f-price" type="text" inputMode="decimal" style="width:90px" value={form.price} onInput={set('price')} />
                <input id="f-currency" type="text" aria-label={t('currency')} style="width:60px" maxLength={3} value={form.currency} onInput={set('currency')} />
                <input id="f-quantity" type="number" aria-label={t('quantity')} min={1} style="width:60px" value={form.quantity} onInput={set('quantity')} />
              </div>
              <label for="f-origin">{t('origin')}</label>
              <input id="f-origin" type="text" maxLength={2} placeholder="CN" value={form.origin} onInput={set('origin')} />
              <label for="f-shipfrom">{t('shipFrom')}</label>
              <input id="f-shipfrom" type="text" maxLength={2} value={form.shipFrom} onInput={set('shipFrom')} />
              <label for="f-mode">{t('mode')}</label>
              <select id="f-mode" value={form.mode} onChange={set('mode')}>
                {MODES.map((m) => (
                  <option key={m} value={m}>{m}</option>
                ))}
              </select>
              <label for="f-arrival">{t('arrival')}</label>
              <input id="f-arrival" type="date" value={form.arrival} onInput={set('arrival')} />
              <label for="f-gift">{t('gift')}</label>
              <input id="f-gift" type="checkbox" checked={form.gift} onChange={set('gift')} />
              <label for="f-order">{t('orderId')}</label>
              <input id="f-order" type="text" value={form.orderId} onInput={set('orderId')} />
            </div>
            {cand && 'missing' in cand && <p class="muted" id="decision-missing">{cand.missing}</p>}
            {currentProblem && <p class="warning" id="decision-problem">{t('problem', { message: currentProblem[0]?.message ?? '' })}</p>}
            {current && <DecisionView d={current} t={t} lang={data.settings.language} />}
            {currentCases && <ShipsFromUnknownView cases={currentCases} t={t} />}
            {current && !current.exempt && cand && 'candidate' in cand && <ChargesEstimate candidate={cand.candidate} data={data} shown={draft.importCharges} t={t} />}
            <div class="row">
              <button id="add" type="button" disabled={!current || addedId !== null} onClick={add}>{t('addItem')}</button>
              <span class="status">{status}</span>
            </div>
          </>
        )}
      </section>

      <section id="orders">
        <h2>{t('myOrders')}</h2>
        {data.items.length === 0 && <p class="muted">{t('noOrders')}</p>}
        {days.map(({ day, ids }) => {
          const total = totals.get(day);
          const open = expanded.has(day) || rowsShown + ids.length <= ROWS_AT_OPEN;
          if (open) rowsShown += ids.length;
          return (
            <div class="day" key={day} data-day={day} data-warning={total ? String(total.warning) : undefined}>
              <div class="day-head">
                <span>{day}{day === today ? ` (${t('today')})` : ''}</span>
                {total && <span class="day-total">{total.limitUsd ? t('dayTotal', { total: `$${total.totalUsd}`, limit: `$${total.limitUsd}` }) : t('dayTotalNoLimit', { total: `$${total.totalUsd}` })}</span>}
              </div>
              {total?.warning && <div class="warning day-warning">{t('overLimit', { day })}</div>}
              {open ? (
                <ul class="items">
                  {ids.map((id) => {
                    const it = itemsById.get(id);
                    if (!it) return null;
                    const d = decided?.decisions.get(id);
                    return (
                      <li key={id} data-item={id}>
                        <span class="t" title={it.title}>{it.title}</span>
                        <span>{it.quantity > 1 ? `${it.quantity} × ` : ''}{it.price.amount} {it.price.currency}</span>
                        <span class={d?.exempt ? '' : 'warning'}>{d ? (d.exempt ? '✓' : '!') : ''}</span>
                        <button type="button" aria-label={t('remove')} onClick={() => void remove(id)}>×</button>
                      </li>
                    );
                  })}
                </ul>
              ) : (
                <button type="button" class="show-day" data-show-day={day} onClick={() => setExpanded(new Set(expanded).add(day))}>{t('showOrders', { count: ids.length })}</button>
              )}
            </div>
          );
        })}
        <PendingOrders data={data} t={t} onUse={(c) => { setPage({ state: 'draft', draft: c.draft as Draft }); setForm(formOf(c.draft as Draft, data, today)); setAddedId(null); setStatus(''); }} />
        {[...(decided?.problems ?? [])].map(([id, issues]) => {
          const it = itemsById.get(id);
          return it ? <p class="warning" key={id}>{it.title}: {t('problem', { message: issues[0]?.message ?? '' })}</p> : null;
        })}
      </section>

      {data.captures.length > 0 && (
        <section id="recent">
          <h2>{t('recent')}</h2>
          <ul class="items">
            {data.captures.slice(0, 8).map((c) => (
              <li key={c.id} data-capture={c.id}>
                <span class="t" title={c.draft.url}>{c.draft.title ?? (c.draft.orderId ? `${t('orderId')} ${c.draft.orderId}` : c.draft.url)}</span>
                <span>{c.draft.price !== null ? `${c.draft.price} ${c.draft.currency ?? ''}` : '—'}</span>
                <button type="button" onClick={() => { setPage({ state: 'draft', draft: c.draft as Draft }); setForm(formOf(c.draft as Draft, data, today)); setAddedId(null); setStatus(''); }}>{t('use')}</button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <SellerExport captures={data.captures} settings={data.settings} />
      <p class="cite">
        {t('privacy')} <a href="#" onClick={(e) => { e.preventDefault(); void browser.runtime.openOptionsPage(); }}>{t('options')}</a>
      </p>
    </>
  );
}

render(<App />, document.getElementById('app')!);
