// What the page's product would cost to import. The shopper says what the product is: one of the
// product candidates the popup was given (a description and its duty rate, e.g. from a
// classifier over the title), or "something else" with the duty rate typed. Core prices the
// shipment with that rate (the layers that apply by origin, the fees of the entry). With
// candidates and none picked, the estimate is the range over them. A candidate the page itself
// states (its HTS number) wins: it is picked from the start. The estimate stands beside the
// import-charges line the marketplace itself shows, so the two can be compared. Text only.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { evaluate, type Charges } from '../../core/page.ts';
import type { DraftCharge } from '../adapters/types.ts';
import { evaluateOptions, shipmentOf, type Candidate } from '../decide.ts';
import type { Translate } from '../i18n.ts';
import type { Language, StoredData } from '../storage/schema.ts';
import type { EstimateRange } from './decision-view.tsx';
import { percent, usd } from './words.ts';

const RATE_RE = /^\d{1,4}(\.\d{1,6})?$/;

/** A kind of product the shopper may pick: a schedule heading in plain words and its duty rate. */
export interface ProductCandidate {
  id: string;
  /** plain words ("Imitation jewellery") */
  description: string;
  /** the duty rate as a percent decimal string ("11"), when known: what the estimate uses */
  rate?: string | undefined;
  /** the rate as words when it is not one percent ("11% + 7.5%", "Free"); default: the rate */
  rateText?: string | undefined;
  /** the HTS number, shown in the details */
  hts?: string | undefined;
  /** the page states this one (its HTS number): picked from the start, first in the list */
  stated?: boolean | undefined;
  /** prices the product under this candidate (core's charges under its HTS number with the
   * schedule, extension/answer.ts chargesFor); wins over `rate` */
  price?: ((c: Candidate) => Charges | null) | undefined;
  /** the duty in words for the charges `price` gives ("Free + 10%"): the form's countries may
   * differ from the page's, so the words follow them */
  words?: ((c: Charges | null) => string) | undefined;
}

/** The charges of the product under a candidate: its own pricing, else its percent rate. */
function chargesOf(candidate: Candidate, data: Pick<StoredData, 'settings' | 'rates'>, p: ProductCandidate): Charges | null {
  return p.price ? p.price(candidate) : p.rate ? estimateFor(candidate, data, p.rate) : null;
}

/** What the estimate part tells the answer above it. */
export interface EstimateOut {
  charges: Charges | null;
  range: EstimateRange | null;
}

/** The charges of the candidate alone with an MFN layer of `rate` percent; null when the rate is
 * not a percent, the shipment cannot be decided, or it is exempt (nothing to pay). */
export function estimateFor(candidate: Candidate, data: Pick<StoredData, 'settings' | 'rates'>, rate: string): Charges | null {
  const r = rate.trim().replace(',', '.');
  if (!RATE_RE.test(r)) return null;
  const s = shipmentOf(candidate, data.settings);
  s.items = s.items.map((it) => ({ ...it, duties: [{ program: 'mfn', rate: r }] }));
  const out = evaluate(s, evaluateOptions(data.rates));
  if (!out.ok || 'decisions' in out.output) return null;
  return out.output.charges ?? null;
}

/** The lowest and highest total over the candidates that have a rate; null with fewer than one. */
export function rangeOver(candidate: Candidate, data: Pick<StoredData, 'settings' | 'rates'>, candidates: readonly ProductCandidate[]): EstimateRange | null {
  const totals = candidates.flatMap((c) => {
    const ch = chargesOf(candidate, data, c);
    return ch ? [ch] : [];
  });
  if (totals.length === 0) return null;
  const sorted = [...totals].sort((a, b) => Number(a.total) - Number(b.total));
  return { low: sorted[0].total, high: sorted[sorted.length - 1].total, complete: totals.every((c) => c.complete) };
}

export function ChargesEstimate({
  candidate,
  data,
  shown,
  t,
  lang = 'en',
  candidates = [],
  onEstimate,
}: {
  candidate: Candidate;
  data: Pick<StoredData, 'settings' | 'rates'>;
  shown: DraftCharge | null | undefined;
  t: Translate;
  lang?: Language;
  /** product candidates, best first (absent or empty: the shopper types a rate) */
  candidates?: readonly ProductCandidate[];
  /** told the estimate whenever it changes, for the answer's headline */
  onEstimate?: (e: EstimateOut) => void;
}) {
  const ordered = useMemo(() => [...candidates.filter((c) => c.stated), ...candidates.filter((c) => !c.stated)], [candidates]);
  const [picked, setPicked] = useState<string | null>(() => ordered.find((c) => c.stated)?.id ?? null);
  const [rate, setRate] = useState('');
  const chosen = ordered.find((c) => c.id === picked);
  const typed = ordered.length === 0 || picked === 'other';
  const c = typed ? estimateFor(candidate, data, rate) : chosen ? chargesOf(candidate, data, chosen) : null;
  const range = useMemo(
    () => (!typed && !chosen && ordered.length > 0 ? rangeOver(candidate, data, ordered) : null),
    [typed, chosen, ordered, JSON.stringify(candidate), data],
  );
  // each candidate's duty in words for the form's product (its countries, its date)
  const words = useMemo(
    () => new Map(ordered.map((p) => [p.id, p.price && p.words ? p.words(p.price(candidate)) : undefined])),
    [ordered, JSON.stringify(candidate)],
  );
  const key = JSON.stringify([c?.total, c?.complete, range]);
  useEffect(() => onEstimate?.({ charges: c, range }), [key]);
  const rateInput = (
    <div class="row">
      <label for="f-rate">{t('dutyRate')}</label>
      <input
        id="f-rate"
        type="text"
        inputMode="decimal"
        style="width:70px"
        value={rate}
        onInput={(e) => setRate((e.currentTarget as HTMLInputElement).value)}
      />
    </div>
  );
  return (
    <div id="charges" class="charges">
      {ordered.length > 0 ? (
        <fieldset id="candidates">
          <legend>{t('productKind')}</legend>
          {ordered.map((p) => (
            <label key={p.id} class="candidate">
              <input type="radio" name="candidate" value={p.id} checked={picked === p.id} onChange={() => setPicked(p.id)} /> {p.description}:{' '}
              <span class="rate">{words.get(p.id) || p.rateText || (p.rate ? percent(p.rate, lang) : '')}</span>
            </label>
          ))}
          <label class="candidate">
            <input type="radio" name="candidate" value="other" checked={picked === 'other'} onChange={() => setPicked('other')} /> {t('candidateOther')}
          </label>
          {typed && rateInput}
        </fieldset>
      ) : (
        rateInput
      )}
      {c ? (
        <div id="charges-estimate" data-complete={String(c.complete)}>
          <strong>{t(c.complete ? 'estimate' : 'estimateMin', { total: usd(c.total, lang) })}</strong>{' '}
          <span class="cite">{t('estimateSplit', { duty: usd(c.duty, lang), fees: usd(c.fees, lang) })}</span>
        </div>
      ) : range ? null : (
        <p class="muted" id="charges-hint">
          {t(ordered.length > 0 ? 'rateHint' : 'rateHintTyped')}
        </p>
      )}
      {shown && (
        <div id="charges-shop" class="muted">
          {t('shopShows', { label: shown.label, amount: `${shown.amount} ${shown.currency ?? ''}`.trim() })}
        </div>
      )}
    </div>
  );
}
