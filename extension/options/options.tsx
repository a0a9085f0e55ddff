// The options page: role, language, inline badge, the shopper's ship-to address, the
// seller's identity for advance-data records (originator code, marketplace seller account,
// addresses), defaults, CBP rates, and the data itself: JSON export, import, delete all.
// Everything stays in browser.storage.local; export is a local download (a blob URL).
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { CountryPicker } from '../popup/country-picker.tsx';
import browser from 'webextension-polyfill';
import { compileRates, MODES, type Mode, type RatesTable } from '../../core/page.ts';
import { htmlLang, translator, type MessageKey, type Translate } from '../i18n.ts';
import { LANGUAGES, PART_BUDGET_BYTES, settingsSchema, type Address, type Language, type Settings, type StoredData } from '../storage/schema.ts';
import { write } from '../storage/client.ts';
import { describeLeftOut, exportBackup, partBytes, read, readBackupInChunks } from '../storage/store.ts';

const area = browser.storage.local;
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español', 'zh-Hans': '简体中文' };
const ADDRESS_FIELDS: Array<keyof Address & MessageKey> = ['name', 'line1', 'line2', 'city', 'region', 'postalCode', 'country'];

function AddressFields({ prefix, value, onChange, t }: { prefix: string; value: Address; onChange: (a: Address) => void; t: Translate }) {
  return (
    <div class="grid">
      {ADDRESS_FIELDS.map((k) => (
        <>
          <label for={`${prefix}-${k}`}>{t(k)}</label>
          <input id={`${prefix}-${k}`} type="text" maxLength={k === 'country' ? 2 : 200} value={value[k] ?? ''}
            onInput={(e) => {
              const v = (e.currentTarget as HTMLInputElement).value;
              const next = { ...value };
              if (v.trim()) next[k] = k === 'country' ? v.trim().toUpperCase() : v;
              else delete next[k];
              onChange(next);
            }} />
        </>
      ))}
    </div>
  );
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function fileText(e: Event): Promise<string | null> {
  const input = e.currentTarget as HTMLInputElement;
  const f = input.files?.[0];
  input.value = '';
  if (!f) return null;
  if (f.size > 20_000_000) throw new Error('the file is larger than 20 MB');
  return f.text();
}

function App() {
  const [data, setData] = useState<StoredData | null>(null);
  const [s, setS] = useState<Settings | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const reload = async () => {
    const r = await read(area);
    if (!r.ok) return setLoadError(r.error);
    setData(r.data);
    setS(r.data.settings);
  };
  useEffect(() => void reload(), []);
  const t = translator(s?.language ?? 'en');
  useEffect(() => {
    document.documentElement.lang = htmlLang(s?.language ?? 'en');
  }, [s?.language]);
  if (loadError) return <p class="warning">{loadError}</p>;
  if (!s || !data) return <p class="muted">…</p>;

  const save = async () => {
    const r = settingsSchema.safeParse(s);
    if (!r.success) {
      const i = r.error.issues[0];
      return setStatus({ ok: false, text: `${i.path.join('.')}: ${i.message}` });
    }
    await write({ op: 'settings', settings: r.data });
    setStatus({ ok: true, text: t('saved') });
  };
  const guard = (job: (e: Event) => Promise<void>) => async (e: Event) => {
    try {
      await job(e);
    } catch (err) {
      setStatus({ ok: false, text: String((err as Error)?.message ?? err) });
    }
  };
  const importBackup = guard(async (e) => {
    // how long an import takes in this page, for `npm run bench` (User Timing stays in the page)
    performance.mark('s321-import-start');
    const text = await fileText(e);
    if (text === null) return;
    // in chunks, giving the page its turn between them: a large backup must not freeze it
    const r = await readBackupInChunks(text);
    if (!r.ok) return setStatus({ ok: false, text: r.error });
    try {
      await write({ op: 'import', data: r.data });
    } catch (err) {
      await reload();
      return setStatus({ ok: false, text: `the backup could not be stored, nothing was changed: ${String((err as Error)?.message ?? err).slice(0, 200)}` });
    }
    await reload();
    setStatus({ ok: true, text: [t('imported', { count: r.data.items.length }), describeLeftOut(r.leftOut)].filter(Boolean).join(' ') });
    performance.measure('s321-import', 's321-import-start');
  });
  const importRates = guard(async (e) => {
    const text = await fileText(e);
    if (text === null) return;
    let table: unknown;
    try {
      table = JSON.parse(text);
    } catch (err) {
      return setStatus({ ok: false, text: `not JSON: ${(err as Error).message}` });
    }
    const c = compileRates(table);
    if (!c.ok) return setStatus({ ok: false, text: c.issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`).join('; ') });
    const bytes = partBytes('rates', table);
    if (bytes > PART_BUDGET_BYTES.rates) return setStatus({ ok: false, text: `the rates table takes ${(bytes / 1_048_576).toFixed(1)} MB, over the ${(PART_BUDGET_BYTES.rates / 1_048_576).toFixed(1)} MB kept for it; nothing was changed` });
    await write({ op: 'rates', rates: table as RatesTable });
    await reload();
    setStatus({ ok: true, text: t('ratesCount', { count: Object.keys(table as object).length }) });
  });
  const wipe = guard(async () => {
    if (!confirm(t('deleteConfirm'))) return;
    await write({ op: 'delete-all' });
    await reload();
    setStatus({ ok: true, text: t('deleted') });
  });
  const seller = s.seller;
  const setSeller = (patch: Partial<Settings['seller']>) => setS({ ...s, seller: { ...seller, ...patch } });
  const opt = (v: string) => (v.trim() ? v : undefined);

  return (
    <>
      <h1>{t('appName')} · {t('options')}</h1>
      <p class="muted">{t('privacy')}</p>
      <fieldset>
        <div class="grid">
          <label for="o-role">{t('role')}</label>
          <select id="o-role" value={s.role} onChange={(e) => setS({ ...s, role: (e.currentTarget as HTMLSelectElement).value as Settings['role'] })}>
            <option value="shopper">{t('shopper')}</option>
            <option value="seller">{t('sellerRole')}</option>
          </select>
          <label for="o-language">{t('language')}</label>
          <select id="o-language" value={s.language} onChange={(e) => setS({ ...s, language: (e.currentTarget as HTMLSelectElement).value as Language })}>
            {LANGUAGES.map((l) => <option key={l} value={l}>{LANGUAGE_NAMES[l]}</option>)}
          </select>
          <label for="o-badge">{t('inlineBadge')}</label>
          <input id="o-badge" type="checkbox" checked={s.inlineBadge} onChange={(e) => setS({ ...s, inlineBadge: (e.currentTarget as HTMLInputElement).checked })} />
          <label for="o-mode">{t('defaults')}: {t('mode')}</label>
          <select id="o-mode" value={s.defaults.mode} onChange={(e) => setS({ ...s, defaults: { ...s.defaults, mode: (e.currentTarget as HTMLSelectElement).value as Mode } })}>
            {MODES.map((m) => <option key={m} value={m}>{m}</option>)}
          </select>
          <CountryPicker id="o-shipfrom" label={`${t('defaults')}: ${t('shipFrom')}`} value={s.defaults.shipFrom ?? ''} lang={s.language} noMatch={t('countryNoMatch')}
            onChange={(code) => setS({ ...s, defaults: { ...s.defaults, shipFrom: code || undefined } })} />
        </div>
      </fieldset>
      {s.role === 'shopper' ? (
        <fieldset>
          <legend>{t('shipTo')}</legend>
          <AddressFields prefix="ship" t={t} value={s.shopper.shipTo} onChange={(a) => setS({ ...s, shopper: { ...s.shopper, shipTo: a } })} />
        </fieldset>
      ) : (
        <fieldset>
          <legend>{t('sellerIdentity')}</legend>
          <div class="grid">
            <label for="o-sname">{t('sellerName')}</label>
            <input id="o-sname" type="text" value={seller.name ?? ''} onInput={(e) => setSeller({ name: opt((e.currentTarget as HTMLInputElement).value) })} />
            <label for="o-orig">{t('originatorCode')}</label>
            <input id="o-orig" type="text" value={seller.originatorCode ?? ''} onInput={(e) => setSeller({ originatorCode: opt((e.currentTarget as HTMLInputElement).value) })} />
            <label for="o-market">{t('marketplace')}</label>
            <input id="o-market" type="text" value={seller.marketplace ?? ''} onInput={(e) => setSeller({ marketplace: opt((e.currentTarget as HTMLInputElement).value) })} />
            <label for="o-account">{t('sellerAccount')}</label>
            <input id="o-account" type="text" value={seller.sellerAccount ?? ''} onInput={(e) => setSeller({ sellerAccount: opt((e.currentTarget as HTMLInputElement).value) })} />
          </div>
          <h2>{t('sellerAddress')}</h2>
          <AddressFields prefix="seller" t={t} value={seller.address} onChange={(a) => setSeller({ address: a })} />
          <h2>{t('shipFromAddress')}</h2>
          <AddressFields prefix="shipfrom" t={t} value={seller.shipFromAddress} onChange={(a) => setSeller({ shipFromAddress: a })} />
        </fieldset>
      )}
      <div class="row">
        <button id="save" type="button" onClick={() => void save()}>{t('save')}</button>
        <span id="status" class={`status ${status && !status.ok ? 'warning' : ''}`} role="status">{status?.text}</span>
      </div>
      <fieldset>
        <legend>{t('ratesTitle')}</legend>
        <p class="muted" id="rates-source">{t('ratesSource')}</p>
        <p class="muted" id="rates-count">{t('ratesCount', { count: data.rates ? Object.keys(data.rates).length : 0 })}</p>
        <label>{t('ratesImport')} <input id="rates-file" type="file" accept="application/json,.json" onChange={importRates} /></label>
      </fieldset>
      <fieldset>
        <legend>{t('backup')}</legend>
        {data.quarantine.length > 0 && <p class="warning">{t('quarantined', { count: data.quarantine.length })}</p>}
        <div class="row">
          <button id="export" type="button" onClick={() => download(`s321-backup-${new Date().toISOString().slice(0, 10)}.json`, exportBackup(data, new Date().toISOString()))}>{t('exportData')}</button>
          <label>{t('importData')} <input id="import-file" type="file" accept="application/json,.json" onChange={importBackup} /></label>
        </div>
        <p><button id="delete-all" type="button" class="warning" onClick={wipe}>{t('deleteAll')}</button></p>
      </fieldset>
    </>
  );
}

render(<App />, document.getElementById('app')!);
