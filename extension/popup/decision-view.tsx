// One core decision as the popup shows it: a headline naming the outcome, the decisive (first)
// reason in the shopper's language, and its citation and rule in the small print. Text only.
// Reason sentences come from core/evaluate/reason-texts.ts, as the widget's do, so a reason reads
// the same in both; a code the tables do not know keeps core's English message.
import { REASON_TEXTS, reasonText } from '../../core/evaluate/reason-texts.ts';
import type { Decision, Reason } from '../../core/index.ts';
import type { ShipsFromCases } from '../decide.ts';
import type { MessageKey, Translate } from '../i18n.ts';
import type { Language } from '../storage/schema.ts';

/** The reason's sentence in the language, from its code and the numbers it carries. */
export function reasonSentence(r: Reason, lang: Language): string {
  return reasonText(r, REASON_TEXTS[lang], {
    usd: (v) => (v == null ? undefined : new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD' }).format(+v)),
    day: (when) => (when ? new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(+when.slice(0, 4), +when.slice(5, 7) - 1, +when.slice(8, 10))) : undefined),
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

export function DecisionView({ d, t, lang = 'en', id = 'decision' }: { d: Decision; t: Translate; lang?: Language; id?: string }) {
  const r = d.reasons[0];
  return (
    <div id={id} class={`decision ${d.exempt ? 'exempt' : 'duty'}`} data-exempt={String(d.exempt)} data-code={r?.code}>
      <div class="headline">{t(headlineKey(d))}</div>
      <div>{r ? reasonSentence(r, lang) : ''}</div>
      <div class="cite">
        {t('decidedBy')}: {r?.citation} {r?.rule ? `(${r.rule}, ${d.rules.asOf})` : `(${d.rules.asOf})`}
      </div>
    </div>
  );
}
