// One core decision as the popup shows it, in plain words: what will happen (free of duty, or
// about how much the shopper will pay), why in one sentence (the decisive reason in the shopper's
// language), what was guessed, and the rule, citation and charge lines in the details. Text only.
// Reason sentences come from core/evaluate/reason-texts.ts, as the widget's do, so a reason reads
// the same in both; a code the tables do not know keeps core's English message.
import { REASON_TEXTS, reasonText, type Charges, type Decision, type Reason } from '../../core/page.ts';
import type { ShipsFromCases } from '../decide.ts';
import type { MessageKey, Translate } from '../i18n.ts';
import type { Language } from '../storage/schema.ts';
import { percent, programName, usd } from './words.ts';

/** The reason's sentence in the language, from its code and the numbers it carries. */
export function reasonSentence(r: Reason, lang: Language): string {
  return reasonText(r, REASON_TEXTS[lang], {
    usd: (v) => (v == null ? undefined : new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD' }).format(+v)),
    day: (when) =>
      when
        ? new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(+when.slice(0, 4), +when.slice(5, 7) - 1, +when.slice(8, 10)))
        : undefined,
  });
}

/** The headline names the outcome and the rule that decided it: not an import, a gift, or the
 * entry that duties take. */
export function headlineKey(d: Decision): MessageKey {
  // an approximate value within 5% of the limit: not decided (core/evaluate/evaluate.ts)
  if (d.valueDependence?.closeTo?.part === 'valueTest') return 'tooClose';
  if (d.exempt) return d.exemption === 'not-an-import' ? 'notAnImport' : d.exemption === 'gift' ? 'exemptGift' : 'exempt';
  return d.entry === 'postal' ? 'notExemptPostal' : 'notExempt';
}

/** A product whose page names no ships-from country: both answers, and the question. */
export function ShipsFromUnknownView({ cases, t }: { cases: ShipsFromCases; t: Translate }) {
  return (
    <div id="decision-ships-from" class="decision duty" data-exempt="unknown">
      <div>{t('shipsFromUnknown', { domestic: t(headlineKey(cases.domestic)), abroad: t(headlineKey(cases.abroad)) })}</div>
    </div>
  );
}

/** An estimate range the popup was given (USD decimal strings): over the product candidates, or
 * one figure when low equals high. */
export interface EstimateRange {
  low: string;
  high: string;
  /** false when a layer or fee could not be computed: the figures are floors */
  complete?: boolean;
}

/** What the shopper will pay, in one sentence: the range, the one figure, a floor, or only that
 * charges apply (no estimate yet). */
function payLine(t: Translate, lang: Language, estimate: EstimateRange | null | undefined, charges: Charges | null | undefined): string {
  if (estimate && estimate.low !== estimate.high) return t('answerPayRange', { low: usd(estimate.low, lang, true), high: usd(estimate.high, lang, true) });
  const one = estimate ? { total: estimate.low, complete: estimate.complete !== false } : charges ? { total: charges.total, complete: charges.complete } : null;
  if (!one) return t('answerPay');
  return t(one.complete ? 'answerPayAbout' : 'answerPayAtLeast', { total: usd(one.total, lang) });
}

/** The answer in plain words: what will happen (the headline), why (the decisive reason), what
 * de minimis is, how sure the answer is (what was guessed), then the details: the rule and
 * citation, and the charges line by line with the programs by name. */
export function DecisionView({
  d,
  t,
  lang = 'en',
  id = 'decision',
  charges,
  estimate,
  inferred,
}: {
  d: Decision;
  t: Translate;
  lang?: Language;
  id?: string;
  /** the estimate computed for this product (a picked candidate or a typed rate) */
  charges?: Charges | null | undefined;
  /** an estimate range over the product candidates */
  estimate?: EstimateRange | null | undefined;
  /** what was guessed rather than read or typed, one sentence each; absent: not shown */
  inferred?: readonly string[] | undefined;
}) {
  const r = d.reasons[0];
  const headline = d.exempt
    ? t(d.exemption === 'not-an-import' ? 'answerNotImport' : d.exemption === 'gift' ? 'answerGift' : 'answerFree')
    : payLine(t, lang, estimate, charges);
  return (
    <div id={id} class={`decision ${d.exempt ? 'exempt' : 'duty'}`} data-exempt={String(d.exempt)} data-code={r?.code}>
      <div class="headline">{headline}</div>
      <div class="why">{r ? reasonSentence(r, lang) : ''}</div>
      {d.exemption !== 'not-an-import' && <div class="cite de-minimis">{t('deMinimis')}</div>}
      {inferred && (
        <div class="how-sure">
          <span>{t('howSure')}: </span>
          {inferred.length === 0 ? (
            <span>{t('sureAll')}</span>
          ) : (
            <ul class="inferred">
              {inferred.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <details class="details">
        <summary>{t('details')}</summary>
        <div class="cite">
          {t(headlineKey(d))}. {t('decidedBy')}: {r?.citation} {r?.rule ? `(${r.rule}, ${d.rules.asOf})` : `(${d.rules.asOf})`}
        </div>
        {!d.exempt && charges && charges.lines.length > 0 && (
          <>
            <div class="cite">{t('chargeLines')}:</div>
            <ul class="cite charge-lines">
              {charges.lines.map((l, i) => (
                <li key={i} data-program={l.program}>
                  {programName(l.program, lang)}
                  {l.rate ? ` (${percent(l.rate, lang)})` : ''}: {usd(l.amount, lang)} <span class="muted">{l.citation}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </details>
    </div>
  );
}
