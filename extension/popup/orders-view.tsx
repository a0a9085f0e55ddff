// The shopper's orders by expected arrival day, earliest first, with the same-day total core
// computes and a warning when a day goes over the limit that applies. Each order says in words
// (and to screen readers) whether duties are likely. Rows of later days open on request:
// rendering every row of 2000 orders took most of the popup's opening time.
import { useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { byArrival, type Decided } from '../decide.ts';
import type { Translate } from '../i18n.ts';
import type { StoredData } from '../storage/schema.ts';
import { write } from '../storage/client.ts';
import { usd } from './words.ts';

const area = browser.storage.local;

/** Orders listed row by row when the popup opens; later days show their count and a button. */
const ROWS_AT_OPEN = 100;

export function OrdersView({
  data,
  decided,
  today,
  t,
  onStatus,
}: {
  data: StoredData;
  decided: Decided | null;
  today: string;
  t: Translate;
  onStatus: (s: string) => void;
}) {
  // the days as decideAll totals them (one grouping, extension/decide.ts)
  const days = useMemo(() => byArrival(data.items), [data]);
  const totals = useMemo(() => new Map((decided?.days ?? []).map((d) => [d.day, d])), [decided]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const remove = (id: string) => write({ op: 'items/remove', ids: [id] }).catch((e: unknown) => onStatus(String((e as Error)?.message ?? e)));
  const lang = data.settings.language;
  let rowsShown = 0;
  return (
    <>
      {data.items.length === 0 && <p class="muted">{t('noOrders')}</p>}
      {days.map(({ day, items }) => {
        const total = totals.get(day);
        const open = expanded.has(day) || rowsShown + items.length <= ROWS_AT_OPEN;
        if (open) rowsShown += items.length;
        return (
          <div class="day" key={day} data-day={day} data-warning={total ? String(total.warning) : undefined}>
            <div class="day-head">
              <span>
                {day}
                {day === today ? ` (${t('today')})` : ''}
              </span>
              {total && (
                <span class="day-total">
                  {total.limitUsd
                    ? t('dayTotal', { total: usd(total.totalUsd, lang), limit: usd(total.limitUsd, lang) })
                    : t('dayTotalNoLimit', { total: usd(total.totalUsd, lang) })}
                </span>
              )}
            </div>
            {total?.warning && <div class="warning day-warning">{t('overLimit', { day })}</div>}
            {open ? (
              <ul class="items">
                {items.map((it) => {
                  const id = it.id;
                  const d = decided?.decisions.get(id);
                  const words = d ? t(d.exempt ? 'orderFree' : 'orderDuty') : '';
                  return (
                    <li key={id} data-item={id}>
                      <span class="t" title={it.title}>
                        {it.title}
                      </span>
                      <span>
                        {it.quantity > 1 ? `${it.quantity} × ` : ''}
                        {it.price.amount} {it.price.currency}
                      </span>
                      {/* the mark is for the eye; its words are the title and what screen readers say */}
                      <span
                        class={d?.exempt ? 'mark' : 'mark warning'}
                        data-exempt={d ? String(d.exempt) : undefined}
                        title={words || undefined}
                        aria-label={words || undefined}
                        role={d ? 'img' : undefined}
                      >
                        {d ? (d.exempt ? '✓' : '!') : ''}
                      </span>
                      <button type="button" aria-label={`${t('remove')}: ${it.title}`} onClick={() => void remove(id)}>
                        ×
                      </button>
                    </li>
                  );
                })}
              </ul>
            ) : (
              <button type="button" class="show-day" data-show-day={day} onClick={() => setExpanded(new Set(expanded).add(day))}>
                {t('showOrders', { count: items.length })}
              </button>
            )}
          </div>
        );
      })}
    </>
  );
}
