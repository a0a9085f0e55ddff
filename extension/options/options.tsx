// The options page: role, language, inline badge, the shopper's ship-to address, the
// seller's identity for advance-data records (originator code, marketplace seller account,
// addresses), defaults, CBP rates, and the data itself: JSON export, import, delete all.
// Everything stays in browser.storage.local; export is a local download (a blob URL).
// The parts are their own components with their own state: the settings form
// (settings-form.tsx), the rates (rates-panel.tsx) and the backup (backup-panel.tsx); this file
// reads storage, keeps the page's language and its one status line, and lays them out.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { htmlLang, translator } from '../i18n.ts';
import type { Language, StoredData } from '../storage/schema.ts';
import { read } from '../storage/store.ts';
import { BackupPanel } from './backup-panel.tsx';
import { StatusLine, type Status } from './page-status.tsx';
import { RatesPanel } from './rates-panel.tsx';
import { SettingsForm } from './settings-form.tsx';

const area = browser.storage.local;

function App() {
  const [data, setData] = useState<StoredData | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  /** bumped on every read: the settings form starts afresh from what is stored (an import or
   * "Delete all" changed it) */
  const [reads, setReads] = useState(0);
  const [language, setLanguage] = useState<Language>('en');
  const [status, setStatus] = useState<Status | null>(null);

  const reload = async () => {
    const r = await read(area);
    if (!r.ok) return setLoadError(r.error);
    setData(r.data);
    setLanguage(r.data.settings.language);
    setReads((n) => n + 1);
  };
  useEffect(() => void reload(), []);
  useEffect(() => {
    document.documentElement.lang = htmlLang(language);
  }, [language]);
  if (loadError) return <p class="warning">{loadError}</p>;
  if (!data) return <p class="muted">…</p>;
  const t = translator(language);

  return (
    <>
      <h1>
        {t('appName')} · {t('options')}
      </h1>
      <p class="muted">{t('privacy')}</p>
      <SettingsForm key={reads} stored={data.settings} t={t} onLanguage={setLanguage} report={setStatus}>
        <StatusLine status={status} />
      </SettingsForm>
      <RatesPanel rates={data.rates} t={t} report={setStatus} changed={reload} />
      <BackupPanel data={data} t={t} report={setStatus} changed={reload} />
    </>
  );
}

render(<App />, document.getElementById('app')!);
