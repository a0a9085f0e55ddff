// The current page's product in the popup: what the page states, the countries (the page's, else
// the site's usual one shown as "likely", else a picker by name), the plain answer (what will
// happen, why, how sure), the estimate (pick what the product is, or type its rate), and "add to
// my orders". Its own state: the form, the estimate, the decision computed for them.
// Page text is only ever rendered as text (Preact escapes it).
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { isCountry, isCurrency, MODES, parseAmount, type Mode } from '../../core/page.ts';
import { draftCountries, type CountrySource } from '../adapters/lib/likely-countries.ts';
import type { Draft } from '../adapters/types.ts';
import { decideAll, SHIPS_FROM_UNKNOWN, type Candidate, type Decided } from '../decide.ts';
import type { Translate } from '../i18n.ts';
import type { Item, Language, StoredData } from '../storage/schema.ts';
import { write } from '../storage/client.ts';
import { newId } from '../storage/new-id.ts';
import { afterPaint } from './after-paint.ts';
import { ChargesEstimate, type EstimateOut, type ProductCandidate } from './charges-estimate.tsx';
import { countryName } from './country-names.ts';
import { CountryPicker } from './country-picker.tsx';
import { DecisionView, ShipsFromUnknownView, type EstimateRange } from './decision-view.tsx';

const area = browser.storage.local;

/** What a later step may hand the product view (a classifier, the schedule, exchange rates):
 * each optional, shown when present. */
export interface ProductExtras {
  /** kinds of product the shopper may pick, best first, each with its duty rate */
  candidates?: readonly ProductCandidate[] | undefined;
  /** an estimate of the import charges computed elsewhere (USD): a range, or low = high */
  estimate?: EstimateRange | null | undefined;
  /** what else was guessed, one sentence each in the shopper's language ("Price converted at the
   * approximate exchange rate of 2026-04-13") */
  inferred?: readonly string[] | undefined;
}

/** Where a form's country came from: the draft's sources, the shopper's default, or the shopper. */
type FieldSource = CountrySource | 'default' | null;

interface Form {
  title: string;
  price: string;
  currency: string;
  quantity: string;
  origin: string;
  originSource: FieldSource;
  shipFrom: string;
  shipFromSource: FieldSource;
  mode: Mode;
  arrival: string;
  gift: boolean;
  orderId: string;
  url: string;
  seller: string;
}

export function formOf(d: Draft, data: StoredData, today: string): Form {
  const c = draftCountries(d);
  // the page first, then the shopper's own default, then the site's usual country ("likely")
  const pageShip = c.shipsFrom && !c.shipsFrom.likely ? c.shipsFrom : null;
  const def = data.settings.defaults.shipFrom;
  const ship = pageShip
    ? { code: pageShip.code, source: pageShip.source as FieldSource }
    : def
      ? { code: def, source: 'default' as FieldSource }
      : c.shipsFrom
        ? { code: c.shipsFrom.code, source: c.shipsFrom.source as FieldSource }
        : { code: '', source: null };
  const origin =
    c.origin && c.origin.source === 'ships-from'
      ? { code: ship.code, source: ship.code ? ('ships-from' as FieldSource) : null }
      : c.origin
        ? { code: c.origin.code, source: c.origin.source as FieldSource }
        : { code: '', source: null };
  return {
    title: d.title ?? '',
    price: d.price ?? '',
    currency: d.currency ?? '',
    quantity: '1',
    origin: origin.code,
    originSource: origin.source,
    shipFrom: ship.code,
    shipFromSource: ship.source,
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

function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The hint under a country field: where its value comes from, or that the page does not say. */
function hintOf(source: FieldSource, value: string, url: string, t: Translate): string | undefined {
  if (!value) return t('srcNone');
  switch (source) {
    case 'page':
      return t('srcPage');
    case 'structured-data':
      return t('srcStructured');
    case 'seller':
      return t('srcSeller');
    case 'site-default':
      return t('srcSite', { site: siteOf(url) });
    case 'ships-from':
      return t('srcShipsFrom');
    case 'default':
      return t('srcDefault');
    default:
      return undefined;
  }
}

/** What the answer guessed, one sentence each: the countries the page did not state. */
export function guessedCountries(f: Pick<Form, 'origin' | 'originSource' | 'shipFrom' | 'shipFromSource'>, lang: Language, t: Translate): string[] {
  const out: string[] = [];
  if (f.shipFrom && f.shipFromSource === 'site-default') out.push(t('inferredShipsFrom', { country: countryName(f.shipFrom, lang) }));
  if (f.shipFrom && f.shipFromSource === 'seller') out.push(t('inferredShipsFromSeller', { country: countryName(f.shipFrom, lang) }));
  if (f.origin && f.originSource === 'ships-from') out.push(t('inferredOrigin', { country: countryName(f.origin, lang) }));
  if (f.origin && f.originSource === 'site-default') out.push(t('inferredOriginSite', { country: countryName(f.origin, lang) }));
  return out;
}

export function ProductView({
  draft,
  data,
  today,
  t,
  extras,
}: {
  draft: Draft;
  data: StoredData;
  today: string;
  t: Translate;
  extras?: ProductExtras | undefined;
}) {
  const [form, setForm] = useState<Form>(() => formOf(draft, data, today));
  const [status, setStatus] = useState('');
  /** the item just added from the form: the form's decision must not count it twice */
  const [addedId, setAddedId] = useState<string | null>(null);
  const [estimate, setEstimate] = useState<EstimateOut>({ charges: null, range: null });
  const lang = data.settings.language;
  const cand = candidateOf(form, t);
  const pageKey = `${JSON.stringify(cand)}\u0000${addedId}`;
  const [decidedPage, setDecidedPage] = useState<{ key: string; result: Decided } | null>(null);
  useEffect(() => {
    if (!('candidate' in cand)) return undefined;
    const candidate = cand.candidate;
    return afterPaint(() => setDecidedPage({ key: pageKey, result: decideAll({ ...data, items: data.items.filter((i) => i.id !== addedId) }, candidate) }));
  }, [data, pageKey]);
  const pageDecided = decidedPage?.key === pageKey ? decidedPage.result : null;
  const current = pageDecided?.decisions.get('current-page');
  const currentCases = pageDecided?.shipsFromUnknown.get('current-page');
  const currentProblem = pageDecided?.problems.get('current-page');

  const touched = () => {
    setAddedId(null);
    setStatus('');
  };
  const set = (k: keyof Form) => (e: Event) => {
    const el = e.currentTarget as HTMLInputElement;
    setForm((f) => ({ ...f, [k]: el.type === 'checkbox' ? el.checked : el.value }));
    touched();
  };
  const setCountry = (k: 'origin' | 'shipFrom') => (code: string) => {
    setForm((f) => ({ ...f, [k]: code, [k === 'origin' ? 'originSource' : 'shipFromSource']: 'shopper' }));
    touched();
  };
  const add = async () => {
    if (!('candidate' in cand)) return;
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
  const kinds = extras?.candidates?.filter((c) => c.rate || c.price).length ?? 0;
  const inferred = [
    ...guessedCountries(form, lang, t),
    ...(!estimate.charges && estimate.range && kinds > 1 ? [t('inferredKinds', { count: kinds })] : []),
    ...(extras?.inferred ?? []),
  ];

  return (
    <>
      <div class="title" id="page-title">
        {draft.title}
      </div>
      <div id="page-price">
        {draft.price !== null
          ? `${draft.price} ${draft.currency ?? ''}`
          : draft.priceRange
            ? `${draft.priceRange.min}–${draft.priceRange.max} ${draft.currency ?? ''}`
            : t('priceNone')}
        {draft.seller ? ` · ${t('seller')}: ${draft.seller}` : ''}
      </div>
      {cand && 'missing' in cand && (
        <p class="muted" id="decision-missing">
          {cand.missing}
        </p>
      )}
      {currentProblem && (
        <p class="warning" id="decision-problem">
          {t('problem', { message: currentProblem[0]?.message ?? '' })}
        </p>
      )}
      {current && <DecisionView d={current} t={t} lang={lang} charges={estimate.charges} estimate={extras?.estimate ?? estimate.range} inferred={inferred} />}
      {currentCases && <ShipsFromUnknownView cases={currentCases} t={t} />}
      {current && !current.exempt && 'candidate' in cand && (
        <ChargesEstimate
          candidate={cand.candidate}
          data={data}
          shown={draft.importCharges}
          t={t}
          lang={lang}
          candidates={extras?.candidates ?? []}
          onEstimate={setEstimate}
        />
      )}
      <div class="grid" style="margin-top:6px">
        <CountryPicker
          id="f-shipfrom"
          label={t('shipFrom')}
          value={form.shipFrom}
          onChange={setCountry('shipFrom')}
          lang={lang}
          hint={hintOf(form.shipFromSource, form.shipFrom, form.url, t)}
          noMatch={t('countryNoMatch')}
        />
        <CountryPicker
          id="f-origin"
          label={t('origin')}
          value={form.origin}
          onChange={setCountry('origin')}
          lang={lang}
          hint={hintOf(form.originSource, form.origin, form.url, t)}
          noMatch={t('countryNoMatch')}
        />
        <label for="f-price">{t('price')}</label>
        <div class="row">
          <input id="f-price" type="text" inputMode="decimal" style="width:90px" value={form.price} onInput={set('price')} />
          <input id="f-currency" type="text" aria-label={t('currency')} style="width:60px" maxLength={3} value={form.currency} onInput={set('currency')} />
          <input id="f-quantity" type="number" aria-label={t('quantity')} min={1} style="width:60px" value={form.quantity} onInput={set('quantity')} />
        </div>
        <label for="f-mode">{t('mode')}</label>
        <select id="f-mode" value={form.mode} onChange={set('mode')}>
          {MODES.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
        <label for="f-arrival">{t('arrival')}</label>
        <input id="f-arrival" type="date" value={form.arrival} onInput={set('arrival')} />
        <label for="f-gift">{t('gift')}</label>
        <input id="f-gift" type="checkbox" checked={form.gift} onChange={set('gift')} />
        <label for="f-order">{t('orderId')}</label>
        <input id="f-order" type="text" value={form.orderId} onInput={set('orderId')} />
      </div>
      {draft.notes.length > 0 && (
        <details class="notes-box">
          <summary class="cite">{t('details')}</summary>
          <ul class="notes">
            {draft.notes.map((n) => (
              <li key={`${n.field}-${n.code}`}>{n.message}</li>
            ))}
          </ul>
        </details>
      )}
      <div class="row">
        <button id="add" type="button" disabled={!current || addedId !== null} onClick={add}>
          {t('addItem')}
        </button>
        <span class="status">{status}</span>
      </div>
    </>
  );
}
