// The data itself: export as a JSON backup (a local download, a blob URL), import one (read in
// chunks so the page stays responsive, then stored all or nothing by the writer), delete all.
import type { Translate } from '../i18n.ts';
import { write } from '../storage/client.ts';
import { exportBackup, readBackupInChunks } from '../storage/backup.ts';
import { describeLeftOut } from '../storage/eviction.ts';
import type { StoredData } from '../storage/schema.ts';
import { fileText, guarded, type Report } from './page-status.tsx';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** `changed`: called after every write (and after a failed import), so the page reads storage again. */
export function BackupPanel({ data, t, report, changed }: { data: StoredData; t: Translate; report: Report; changed: () => Promise<void> }) {
  const importBackup = guarded(report, async (e) => {
    // how long an import takes in this page, for `npm run bench` (User Timing stays in the page)
    performance.mark('s321-import-start');
    const text = await fileText(e);
    if (text === null) return;
    // in chunks, giving the page its turn between them: a large backup must not freeze it
    const r = await readBackupInChunks(text);
    if (!r.ok) return report({ ok: false, text: r.error });
    try {
      await write({ op: 'import', data: r.data });
    } catch (err) {
      await changed();
      return report({ ok: false, text: `the backup could not be stored, nothing was changed: ${String((err as Error)?.message ?? err).slice(0, 200)}` });
    }
    await changed();
    report({ ok: true, text: [t('imported', { count: r.data.items.length }), describeLeftOut(r.leftOut)].filter(Boolean).join(' ') });
    performance.measure('s321-import', 's321-import-start');
  });
  const wipe = guarded(report, async () => {
    if (!confirm(t('deleteConfirm'))) return;
    await write({ op: 'delete-all' });
    await changed();
    report({ ok: true, text: t('deleted') });
  });
  const exportData = () => {
    const now = new Date().toISOString();
    download(`s321-backup-${now.slice(0, 10)}.json`, exportBackup(data, now));
  };
  return (
    <fieldset>
      <legend>{t('backup')}</legend>
      {data.quarantine.length > 0 && <p class="warning">{t('quarantined', { count: data.quarantine.length })}</p>}
      <div class="row">
        <button id="export" type="button" onClick={exportData}>
          {t('exportData')}
        </button>
        <label>
          {t('importData')} <input id="import-file" type="file" accept="application/json,.json" onChange={importBackup} />
        </label>
      </div>
      <p>
        <button id="delete-all" type="button" class="warning" onClick={wipe}>
          {t('deleteAll')}
        </button>
      </p>
    </fieldset>
  );
}
