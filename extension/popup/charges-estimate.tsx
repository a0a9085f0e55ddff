// What the page's product would cost to import: the shopper types the item's duty rate
// (the MFN rate of its HTS number, which no shop page states), core prices the shipment with it
// (the layers that apply by origin, the fees of the entry), and the estimate stands beside the
// import-charges line the marketplace itself shows, so the two can be compared. Text only.
import { useState } from 'preact/hooks';
import { evaluate, type Charges } from '../../core/index.ts';
import type { DraftCharge } from '../adapters/types.ts';
import { evaluateOptions, shipmentOf, type Candidate } from '../decide.ts';
import type { Translate } from '../i18n.ts';
import type { StoredData } from '../storage/schema.ts';

const RATE_RE = /^\d{1,4}(\.\d{1,6})?$/;

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

export function ChargesEstimate({ candidate, data, shown, t }: { candidate: Candidate; data: Pick<StoredData, 'settings' | 'rates'>; shown: DraftCharge | null | undefined; t: Translate }) {
  const [rate, setRate] = useState('');
  const c = estimateFor(candidate, data, rate);
  return (
    <div id="charges" class="charges">
      <div class="row">
        <label for="f-rate">{t('dutyRate')}</label>
        <input id="f-rate" type="text" inputMode="decimal" style="width:70px" value={rate} onInput={(e) => setRate((e.currentTarget as HTMLInputElement).value)} />
      </div>
      {c ? (
        <div id="charges-estimate" data-complete={String(c.complete)}>
          <strong>{t(c.complete ? 'estimate' : 'estimateMin', { total: `$${c.total}` })}</strong> <span class="cite">{t('estimateSplit', { duty: `$${c.duty}`, fees: `$${c.fees}` })}</span>
        </div>
      ) : (
        <p class="muted" id="charges-hint">{t('rateHint')}</p>
      )}
      {shown && <div id="charges-shop" class="muted">{t('shopShows', { label: shown.label, amount: `${shown.amount} ${shown.currency}` })}</div>}
    </div>
  );
}
