// What the widget shows: the answer in plain words, the value against the limit, the decisive
// reason in one sentence with one date, what it means for the shopper, and a disclosure with
// every reason and its details (citation, rule id, dates); in the error state, what to fix.
// A pure function of its props: the element owns all state.
// Merchant and shopper text only ever reaches the DOM as Preact text nodes, never as HTML.

import { reasonText, type ChargeLine, type Decision, type Reason } from '../../core/page.ts';
import { fill, STRINGS, type Locale, type Strings } from './locales.ts';

export interface ViewProps {
  /** null or absent: the "cannot check this order" state */
  decision?: Decision | null;
  /** in that state, the attribute or field to fix ("value", "arrival"), when known */
  fix?: string | null;
  locale: Locale;
  /** BCP 47 tag for Intl (the page's own tag when it matches the locale, e.g. "es-MX") */
  intl: string;
  open: boolean;
  onToggle: () => void;
  /** the order value as given, when it was not in USD */
  original?: { amount: string; currency: string } | null;
  /** the shipment's items, when a full shipment was given (shown in the disclosure) */
  items?: ReadonlyArray<{ description?: unknown; quantity?: unknown; origin?: unknown }> | null;
}

// one set of Intl formatters per language tag: creating them is the costly part of a render
const cache = new Map<string, ReturnType<typeof makeFormatters>>();
function formatters(intl: string) {
  let f = cache.get(intl);
  if (!f) cache.set(intl, (f = makeFormatters(intl)));
  return f;
}

function makeFormatters(intl: string) {
  let nf: Intl.NumberFormat, df: Intl.DateTimeFormat, pf: Intl.NumberFormat;
  const make = (tag: string) => {
    nf = new Intl.NumberFormat(tag, { style: 'currency', currency: 'USD' });
    df = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
    pf = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 4 });
  };
  try {
    make(intl);
  } catch {
    make('en');
  }
  return {
    usd: (v: string | null | undefined) => (v == null ? undefined : nf.format(+v)),
    // a rate in percent ("12.5"), written the locale's way ("12,5 %"); counts are small integers
    pct: (v: string) => pf.format(+v / 100),
    // "2025-08-29T00:01-04:00" or "2026-11-28": the New York calendar day as written
    day: (v: string | undefined) => (v ? df.format(Date.UTC(+v.slice(0, 4), +v.slice(5, 7) - 1, +v.slice(8, 10))) : undefined),
    money: (amount: string, currency: string) => {
      try {
        return new Intl.NumberFormat(intl, { style: 'currency', currency }).format(+amount);
      } catch {
        return `${amount} ${currency}`;
      }
    },
  };
}

type Fmt = ReturnType<typeof makeFormatters>;

/** The details of a reason: its citation (said to be unconfirmed when it rests on an [M] lead),
 * its rule id, and one more date only where the sentence has none (when the rule took effect) or
 * a later instrument re-stated it. */
function Source({ r, s, f }: { r: Reason; s: Strings; f: Fmt }) {
  const dated = s.r[r.code]?.includes('{s}');
  const when = r.since ? fill(s.restated, { d: f.day(r.effective) }) : dated ? null : r.effective ? fill(s.since, { d: f.day(r.effective) }) : null;
  // the rule's id is for programs (data-rule), not for the shopper
  return (
    <span part="citation" class="cite" data-rule={r.rule}>
      {[r.citation + (r.confidence === 'M' ? ' [M]' : ''), when].filter(Boolean).join(' \u00b7 ')}
    </span>
  );
}

/** "Section 122 surcharge: $4.00 (10% × $40.00)" with the line's citation; the program's id is
 * in data-program. */
function Line({ l, s, f }: { l: ChargeLine; s: Strings; f: Fmt }) {
  const how = l.rate ? ` (${f.pct(l.rate)} \u00d7 ${f.usd(l.base)})` : l.perUnit ? ` (${l.quantity} \u00d7 ${f.usd(l.perUnit)})` : '';
  return (
    <li part="charge-line" data-program={l.program} data-kind={l.kind}>
      {`${s.p[l.program] ?? l.program}: ${f.usd(l.amount)}${how}${l.kind === 'carrier' ? ` \u00b7 ${s.carrier}` : ''}`}{' '}
      <span part="citation" class="cite">
        {l.confidence === 'supplied' ? s.own : l.citation}
      </span>
    </li>
  );
}

// the reasons that name de minimis (DE_MINIMIS_WITHIN_LIMIT, OVER_LIMIT, SAME_DAY_AGGREGATE,
// SPLIT_ORDER, SUSPENDED_*, REPEALED; no other code starts so): the card explains the term once
export const DE_MINIMIS = /^(DE_|OV|SA|SP|SU|RE)/;

function regionName(intl: string, code: unknown): string {
  try {
    return new Intl.DisplayNames(intl, { type: 'region' }).of(String(code)) ?? String(code);
  } catch {
    return String(code);
  }
}

export function View({ decision: d, fix, locale, intl, open, onToggle, original, items }: ViewProps) {
  const s = STRINGS[locale];
  const f = formatters(intl);
  const state = d ? (d.exempt ? 'exempt' : 'dutiable') : 'error';
  const main = d?.reasons[0];
  const c = d?.charges;
  const meaning = d ? (s.mean[d.exempt ? d.exemption! : d.entry] ?? s.mean.informal) : (fix && s.fix[fix]) || s.errText;
  const value = d ? f.usd(d.aggregateUsd)! : '';
  const ratio = d && d.limitUsd ? Math.min(1, +d.aggregateUsd / +d.limitUsd) : 0;
  const valueText = d ? (d.limitUsd ? fill(s.meter, { v: value, l: f.usd(d.limitUsd) })! : fill(s.value, { v: value })!) : '';
  return (
    <section part="card" class={`card ${state}`} aria-label={s.title} lang={locale}>
      <div part="status" class="status" role="status" aria-live="polite" aria-atomic="true">
        <strong part="badge" class="badge">
          {d ? (d.exempt ? s.ok : s.due) : s.err}
        </strong>{' '}
        <span part="headline" class="headline">
          {meaning}
        </span>
      </div>
      {d && (
        <div part="value" class="value">
          <span>
            {valueText}
            {original ? ` (${f.money(original.amount, original.currency)})` : ''}
          </span>
          {d.limitUsd && (
            <div
              part="meter"
              class="meter"
              role="meter"
              aria-valuemin={0}
              aria-valuemax={+d.limitUsd}
              aria-valuenow={Math.min(+d.aggregateUsd, +d.limitUsd)}
              aria-valuetext={valueText}
              aria-label={s.title}
            >
              <div class="bar" style={{ width: `${(ratio * 100).toFixed(1)}%` }} />
            </div>
          )}
        </div>
      )}
      {c && (
        <p part="charges" class="charges">
          {/* a floor of $0.00 says nothing: say the amount is not known yet */}
          <strong>{fill(c.complete ? s.est : +c.total ? s.estMin : s.estUnk, { v: f.usd(c.total) })}</strong>{' '}
          <span class="cite">{fill(s.split, { d: f.usd(c.duty), f: f.usd(c.fees) })}</span>
        </p>
      )}
      {main && (
        <p part="reason" class="reason">
          {reasonText(main, s.r, f)}
        </p>
      )}
      {main && DE_MINIMIS.test(main.code) && (
        <p part="explain" class="cite">
          {s.dm}
        </p>
      )}
      {d && (
        <button part="toggle" class="toggle" type="button" aria-expanded={open ? 'true' : 'false'} aria-controls="details" onClick={onToggle}>
          {fill(s.more, { n: String(d.reasons.length) })}
        </button>
      )}
      {d && (
        <div part="details" class="details" id="details" hidden={!open}>
          <ul part="reasons" class="reasons">
            {d.reasons.map((r, i) => (
              <li key={i} part="reason-item" data-code={r.code}>
                {r.level === 'warning' && <strong class="check">{s.check}: </strong>}
                {reasonText(r, s.r, f)} <Source r={r} s={s} f={f} />
              </li>
            ))}
          </ul>
          {c && (
            <ul part="charge-lines" class="reasons">
              {c.lines.map((l, i) => (
                <Line key={i} l={l} s={s} f={f} />
              ))}
              {!c.complete && <li part="charge-note">{s.part}</li>}
            </ul>
          )}
          {open && items && items.length > 0 && (
            <div part="items" class="items">
              <span class="cite">{s.items}</span>
              <ul>
                {items.map((it, i) => (
                  <li key={i}>
                    {typeof it.description === 'string' && it.description ? it.description : '\u2014'}
                    {` \u00d7 ${typeof it.quantity === 'number' ? it.quantity : 1} \u00b7 ${regionName(intl, it.origin)}`}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
      {d && (
        <p part="footer" class="foot">
          {fill(s.foot, { r: d.rules.version, d: f.day(d.rules.asOf) })}
        </p>
      )}
    </section>
  );
}
