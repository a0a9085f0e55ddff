// One core decision as the popup shows it: the decisive (first) reason in core's words, with the
// citation and the rule that decided it (issue 5, "Popup"). Text only.
import type { Decision } from '../../core/index.ts';
import type { Translate } from '../i18n.ts';

export function DecisionView({ d, t, id = 'decision' }: { d: Decision; t: Translate; id?: string }) {
  const r = d.reasons[0];
  return (
    <div id={id} class={`decision ${d.exempt ? 'exempt' : 'duty'}`} data-exempt={String(d.exempt)} data-code={r?.code}>
      <div class="headline">{d.exempt ? t('exempt') : t('notExempt')}</div>
      <div>{r?.message}</div>
      <div class="cite">
        {t('decidedBy')}: {r?.citation} {r?.rule ? `(${r.rule}, ${d.rules.asOf})` : `(${d.rules.asOf})`}
      </div>
    </div>
  );
}
