// The settings as a form: role, language, inline badge, defaults, and the shopper's ship-to
// address or the seller's identity. It edits its own copy of the settings and stores them on
// "Save" (the writer's `settings` operation, after the schema's check). The page is remounted
// with the stored settings after an import or "Delete all" (options.tsx).
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { MODES, type Mode } from '../../core/index.ts';
import type { Translate } from '../i18n.ts';
import { write } from '../storage/client.ts';
import { LANGUAGES, settingsSchema, type Language, type Settings } from '../storage/schema.ts';
import { CountryPicker } from '../popup/country-picker.tsx';
import { AddressFields } from './address-fields.tsx';
import { guarded, type Report } from './page-status.tsx';
import { SellerIdentity } from './seller-identity.tsx';

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español', 'zh-Hans': '简体中文' };

const selected = (e: Event) => (e.currentTarget as HTMLSelectElement).value;

/** `onLanguage`: the page follows the language chosen, before it is saved. `children`: shown
 * beside the Save button (the page's status line). */
export function SettingsForm({
  stored,
  t,
  onLanguage,
  report,
  children,
}: {
  stored: Settings;
  t: Translate;
  onLanguage: (l: Language) => void;
  report: Report;
  children?: ComponentChildren;
}) {
  const [s, setS] = useState(stored);
  const save = guarded(report, async () => {
    const r = settingsSchema.safeParse(s);
    if (!r.success) {
      const i = r.error.issues[0];
      return report({ ok: false, text: `${i.path.join('.')}: ${i.message}` });
    }
    await write({ op: 'settings', settings: r.data });
    report({ ok: true, text: t('saved') });
  });
  return (
    <>
      <fieldset>
        <div class="grid">
          <label for="o-role">{t('role')}</label>
          <select id="o-role" value={s.role} onChange={(e) => setS({ ...s, role: selected(e) as Settings['role'] })}>
            <option value="shopper">{t('shopper')}</option>
            <option value="seller">{t('sellerRole')}</option>
          </select>
          <label for="o-language">{t('language')}</label>
          <select
            id="o-language"
            value={s.language}
            onChange={(e) => {
              const language = selected(e) as Language;
              setS({ ...s, language });
              onLanguage(language);
            }}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
          <label for="o-badge">{t('inlineBadge')}</label>
          <input
            id="o-badge"
            type="checkbox"
            checked={s.inlineBadge}
            onChange={(e) => setS({ ...s, inlineBadge: (e.currentTarget as HTMLInputElement).checked })}
          />
          <label for="o-mode">
            {t('defaults')}: {t('mode')}
          </label>
          <select id="o-mode" value={s.defaults.mode} onChange={(e) => setS({ ...s, defaults: { ...s.defaults, mode: selected(e) as Mode } })}>
            {MODES.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
          <CountryPicker
            id="o-shipfrom"
            label={`${t('defaults')}: ${t('shipFrom')}`}
            value={s.defaults.shipFrom ?? ''}
            lang={s.language}
            noMatch={t('countryNoMatch')}
            onChange={(code) => setS({ ...s, defaults: { ...s.defaults, shipFrom: code || undefined } })}
          />
        </div>
      </fieldset>
      {s.role === 'shopper' ? (
        <fieldset>
          <legend>{t('shipTo')}</legend>
          <AddressFields prefix="ship" t={t} value={s.shopper.shipTo} onChange={(a) => setS({ ...s, shopper: { ...s.shopper, shipTo: a } })} />
        </fieldset>
      ) : (
        <SellerIdentity seller={s.seller} t={t} onChange={(patch) => setS({ ...s, seller: { ...s.seller, ...patch } })} />
      )}
      <div class="row">
        <button id="save" type="button" onClick={(e) => void save(e)}>
          {t('save')}
        </button>
        {children}
      </div>
    </>
  );
}
