// One core decision as the popup shows it: the decisive (first) reason in core's words, with the
// citation and the rule that decided it (issue 5, "Popup"). Text only.
import type { Decision } from '../../core/index.ts';
import type { ShipsFromCases } from '../decide.ts';
import type { MessageKey, Translate } from '../i18n.ts';

/** The headline names the outcome and the rule that decided it: not an import, a gift, or the
 * entry that duties take. */
export function headlineKey(d: Decision): MessageKey {
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

export function DecisionView({ d, t, id = 'decision' }: { d: Decision; t: Translate; id?: string }) {
  const r = d.reasons[0];
  return (
    <div id={id} class={`decision ${d.exempt ? 'exempt' : 'duty'}`} data-exempt={String(d.exempt)} data-code={r?.code}>
      <div class="headline">{t(headlineKey(d))}</div>
      <div>{r?.message}</div>
      <div class="cite">
        {t('decidedBy')}: {r?.citation} {r?.rule ? `(${r.rule}, ${d.rules.asOf})` : `(${d.rules.asOf})`}
      </div>
    </div>
  );
}
