// The CBP rates table: how many currencies are stored, and importing a table (checked with
// core's contract and meaning checks, and against the part's byte budget, before it is stored).
import { compileRates } from '../../core/index.ts';
import type { RatesTable } from '../../core/page.ts';
import type { Translate } from '../i18n.ts';
import { write } from '../storage/client.ts';
import { mib, partBytes } from '../storage/quota.ts';
import { PART_BUDGET_BYTES } from '../storage/schema.ts';
import { fileText, guarded, type Report } from './page-status.tsx';

/** `changed`: called once a table is stored, so the page reads storage again. */
export function RatesPanel({ rates, t, report, changed }: { rates: RatesTable | null; t: Translate; report: Report; changed: () => Promise<void> }) {
  const importRates = guarded(report, async (e) => {
    const text = await fileText(e);
    if (text === null) return;
    let table: unknown;
    try {
      table = JSON.parse(text);
    } catch (err) {
      return report({ ok: false, text: `not JSON: ${(err as Error).message}` });
    }
    const c = compileRates(table);
    if (!c.ok)
      return report({
        ok: false,
        text: c.issues
          .slice(0, 3)
          .map((i) => `${i.path}: ${i.message}`)
          .join('; '),
      });
    const bytes = partBytes('rates', table);
    if (bytes > PART_BUDGET_BYTES.rates)
      return report({ ok: false, text: `the rates table takes ${mib(bytes)}, over the ${mib(PART_BUDGET_BYTES.rates)} kept for it; nothing was changed` });
    await write({ op: 'rates', rates: table as RatesTable });
    await changed();
    report({ ok: true, text: t('ratesCount', { count: Object.keys(table as object).length }) });
  });
  return (
    <fieldset>
      <legend>{t('ratesTitle')}</legend>
      <p class="muted" id="rates-source">
        {t('ratesSource')}
      </p>
      <p class="muted" id="rates-count">
        {t('ratesCount', { count: rates ? Object.keys(rates).length : 0 })}
      </p>
      <label>
        {t('ratesImport')} <input id="rates-file" type="file" accept="application/json,.json" onChange={importRates} />
      </label>
    </fieldset>
  );
}
