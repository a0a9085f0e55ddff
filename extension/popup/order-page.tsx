// The popup's shopper order page, which feeds the same-day totals of the popup: a captured order (Amazon Order Details, eBay purchase details, Etsy receipt, Temu
// order) with its lines, what the page does not show (expected arrival day, origin, ship-from,
// the currency where the page only says "$"), core's decision for the order together with
// everything else the shopper expects that day, and "add": one stored item per line with the
// order's id (extension/orders.ts), so the day totals below are core's one batch.
// Page text is rendered as text only.
import { useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { MODES, type Decision, type Mode } from '../../core/page.ts';
import type { Draft } from '../adapters/types.ts';
import { decideAll, worstOf, type Decided } from '../decide.ts';
import type { Translate } from '../i18n.ts';
import { hasStoredOrder, isShopperOrder, itemsOfOrder, orderCandidates, pageOrderCurrency, storedOrderKeys, withOrder, type OrderChoice } from '../orders.ts';
import type { Capture, StoredData } from '../storage/schema.ts';
import { write } from '../storage/client.ts';
import { newId } from '../storage/new-id.ts';
import { afterPaint } from './after-paint.ts';
import { CountryPicker } from './country-picker.tsx';
import { DecisionView } from './decision-view.tsx';

function initialChoice(d: Draft, data: StoredData, today: string): OrderChoice {
  const origin = d.origin ?? d.lines.find((l) => l.origin)?.origin ?? '';
  // the arrival is after the order date; "today" as for a product page, unless the order is newer
  const placed = d.order?.date ?? null;
  return {
    arrival: placed && placed > today ? placed : today,
    origin,
    shipFrom: d.shipsFrom ?? data.settings.defaults.shipFrom ?? origin,
    mode: data.settings.defaults.mode,
    currency: pageOrderCurrency(d) ?? '',
    prices: d.lines.map((l) => l.price ?? ''),
  };
}

export function OrderPage({ draft, data, today, t }: { draft: Draft; data: StoredData; today: string; t: Translate }) {
  const [choice, setChoice] = useState<OrderChoice>(() => initialChoice(draft, data, today));
  const [status, setStatus] = useState('');
  const lines = useMemo(() => orderCandidates(draft, choice), [draft, choice]);
  const stored = itemsOfOrder(data.items, draft);
  // the order's lines with every OTHER stored item: this page's earlier lines would count twice
  // decided after the page is painted (afterPaint), and shown only for the lines it was decided for
  const [decidedFor, setDecidedFor] = useState<{ lines: typeof lines; data: StoredData; result: Decided } | null>(null);
  useEffect(() => {
    if (!lines.ok) return undefined;
    const storedIds = new Set(stored.map((s) => s.id));
    return afterPaint(() =>
      setDecidedFor({ lines, data, result: decideAll({ ...data, items: data.items.filter((i) => !storedIds.has(i.id)) }, lines.candidates) }),
    );
  }, [data, lines]);
  const decided = decidedFor && decidedFor.lines === lines && decidedFor.data === data ? decidedFor.result : null;
  const decisions = lines.ok && decided ? lines.candidates.map((c) => decided.decisions.get(c.id)).filter((d): d is Decision => !!d) : [];
  const decisive = worstOf(decisions);
  const allDecided = lines.ok && decisions.length === lines.candidates.length;
  const problem = lines.ok && decided ? lines.candidates.map((c) => decided.problems.get(c.id)?.[0]).find((p) => p) : undefined;
  const missing = lines.ok
    ? null
    : lines.missing === 'price'
      ? t('needLinePrice', { line: (lines.line ?? 0) + 1 })
      : lines.missing === 'currency'
        ? t('needCurrency')
        : lines.missing === 'country'
          ? t('needCountry')
          : lines.missing === 'arrival'
            ? t('needArrival')
            : t('noOrderLines');

  const set = (k: keyof OrderChoice) => (e: Event) => {
    const v = (e.currentTarget as HTMLInputElement).value;
    setChoice((c) => ({ ...c, [k]: v }));
    setStatus('');
  };
  const setCountry = (k: 'origin' | 'shipFrom') => (code: string) => {
    setChoice((c) => ({ ...c, [k]: code }));
    setStatus('');
  };
  const lang = data.settings.language;
  const setPrice = (i: number) => (e: Event) => {
    const v = (e.currentTarget as HTMLInputElement).value;
    setChoice((c) => ({ ...c, prices: (c.prices ?? []).map((p, j) => (j === i ? v : p)) }));
    setStatus('');
  };
  const add = async () => {
    if (!lines.ok) return;
    try {
      await write({
        op: 'items/order',
        order: { orderId: draft.orderId, url: draft.url },
        items: withOrder([], draft, lines.candidates, newId, new Date().toISOString()),
      });
    } catch (e) {
      // over the storage limits: say so, the list stays as it was
      return setStatus(String((e as Error)?.message ?? e));
    }
    setStatus(t('orderAdded', { count: lines.candidates.length }));
  };
  const o = draft.order;
  const money = (m: { amount: string; currency: string | null } | null | undefined) => (m ? `${m.amount} ${m.currency ?? ''}`.trim() : '—');

  return (
    <div id="page-order" data-order-id={draft.orderId ?? ''}>
      <div class="title" id="order-head">
        {t('orderHead', { id: draft.orderId ?? '—', date: o?.date ?? '—' })}
      </div>
      {o?.total && (
        <div class="muted" id="order-total">
          {t('orderTotalPage', { total: money(o.total) })}
        </div>
      )}
      {draft.importCharges && (
        <div class="muted">
          {draft.importCharges.label}: {money(draft.importCharges)}
        </div>
      )}
      <div class="muted" style="margin-top:6px">
        {t('orderLines')}
      </div>
      <ul class="items" id="order-lines">
        {draft.lines.map((l, i) => (
          <li key={i} data-line={i}>
            <span class="t" title={l.title ?? ''}>
              {l.title ?? `#${i + 1}`}
            </span>
            <span class="row">
              <input
                class="line-price"
                type="text"
                inputMode="decimal"
                style="width:70px"
                aria-label={`${t('price')} ${i + 1}`}
                value={choice.prices?.[i] ?? ''}
                onInput={setPrice(i)}
              />
              <span>{l.currency ?? choice.currency}</span>
              <span>× {l.quantity ?? 1}</span>
            </span>
          </li>
        ))}
      </ul>
      <div class="grid" style="margin-top:6px">
        <label for="o-currency">{t('currency')}</label>
        <input id="o-currency" type="text" maxLength={3} value={choice.currency} onInput={set('currency')} />
        <CountryPicker
          id="o-origin"
          label={t('origin')}
          value={choice.origin}
          onChange={setCountry('origin')}
          lang={lang}
          hint={choice.origin ? undefined : t('srcNone')}
          noMatch={t('countryNoMatch')}
        />
        <CountryPicker
          id="o-shipfrom"
          label={t('shipFrom')}
          value={choice.shipFrom}
          onChange={setCountry('shipFrom')}
          lang={lang}
          hint={choice.shipFrom ? undefined : t('srcNone')}
          noMatch={t('countryNoMatch')}
        />
        <label for="o-mode">{t('mode')}</label>
        <select id="o-mode" value={choice.mode} onChange={(e) => setChoice((c) => ({ ...c, mode: (e.currentTarget as HTMLSelectElement).value as Mode }))}>
          {MODES.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
        <label for="o-arrival">{t('arrival')}</label>
        <input id="o-arrival" type="date" value={choice.arrival} onInput={set('arrival')} />
      </div>
      {missing && (
        <p class="muted" id="order-missing">
          {missing}
        </p>
      )}
      {problem && (
        <p class="warning" id="order-problem">
          {t('problem', { message: problem.message })}
        </p>
      )}
      {decisive && <DecisionView d={decisive} t={t} lang={data.settings.language} id="order-decision" />}
      {stored.length > 0 && (
        <p class="muted" id="order-in-list">
          {t('orderInList')}
        </p>
      )}
      <div class="row">
        <button id="add-order" type="button" disabled={!allDecided} onClick={add}>
          {t('addOrder')}
        </button>
        <span class="status">{status}</span>
      </div>
    </div>
  );
}

/** Shopper order pages captured while browsing that are not in the orders list yet: they need
 * an expected arrival day before they can count. */
export function PendingOrders({ data, t, onUse }: { data: StoredData; t: Translate; onUse: (c: Capture) => void }) {
  const keys = useMemo(() => storedOrderKeys(data.items), [data.items]);
  const pending = data.captures.filter((c) => isShopperOrder(c.draft as Draft) && !hasStoredOrder(keys, c.draft as Draft));
  if (pending.length === 0) return null;
  return (
    <div id="pending-orders">
      <div class="muted">{t('pendingOrders')}</div>
      <ul class="items">
        {pending.slice(0, 8).map((c) => (
          <li key={c.id} data-pending-order={c.draft.orderId ?? ''}>
            <span class="t" title={c.draft.url}>
              {c.draft.orderId ?? c.draft.url}
              {c.draft.order?.date ? ` · ${c.draft.order.date}` : ''}
            </span>
            <button type="button" onClick={() => onUse(c)}>
              {t('use')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
