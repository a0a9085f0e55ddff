// The popup's seller export: the seller order pages captured
// so far, each with the Data Pilot elements it still lacks (by name, and where each comes
// from), a checkbox to select it, the expected arrival date and country of origin the pages do
// not show, and an export of the selected records as JSON, NDJSON or CSV that
// `s321 validate --profile data-pilot` reads. Building and exporting are the pure functions of
// extension/seller/; this file only renders and downloads. English only for now: the
// seller export is for the seller, and the shopper-facing locale tables do not cover it.
import { useMemo, useState } from 'preact/hooks';
import type { Draft } from '../adapters/types.ts';
import { adapterById } from '../adapters/registry.ts';
import { EXPORT_FORMATS, exportFile, type ExportFormat } from '../seller/export.ts';
import { sellerRecordDraft } from '../seller/records.ts';
import type { Capture, Settings } from '../storage/schema.ts';

export function SellerExport({ captures, settings }: { captures: readonly Capture[]; settings: Settings }) {
  const orders = useMemo(() => captures.filter((c) => c.draft.kind === 'seller-order'), [captures]);
  const [arrival, setArrival] = useState('');
  const [origin, setOrigin] = useState('');
  const [format, setFormat] = useState<ExportFormat>('ndjson');
  const [unselected, setUnselected] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState('');
  const drafts = useMemo(
    () =>
      orders.map((c) => ({
        id: c.id,
        rec: sellerRecordDraft(c.draft as Draft, settings.seller, {
          mode: settings.defaults.mode,
          arrival: /^\d{4}-\d{2}-\d{2}$/.test(arrival) ? arrival : undefined,
          origin: /^[A-Z]{2}$/.test(origin.trim().toUpperCase()) ? origin.trim().toUpperCase() : undefined,
        }),
      })),
    [orders, settings, arrival, origin],
  );
  if (orders.length === 0) return null;
  const selected = drafts.filter((d) => !unselected.has(d.id));
  const download = () => {
    const f = exportFile(
      selected.map((d) => d.rec),
      format,
      new Date().toISOString().slice(0, 19),
    );
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([f.text], { type: f.mime }));
    a.download = f.name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    const incomplete = selected.filter((d) => !d.rec.complete).length;
    setStatus(`${selected.length} record(s) exported${incomplete ? `, ${incomplete} incomplete` : ''}`);
  };
  return (
    <section id="seller-export">
      <h2>Seller orders: Data Pilot records</h2>
      <div class="form">
        <label for="se-arrival">Expected arrival</label>
        <input id="se-arrival" type="date" value={arrival} onInput={(e) => setArrival((e.currentTarget as HTMLInputElement).value)} />
        <label for="se-origin">Country of origin</label>
        <input
          id="se-origin"
          type="text"
          maxLength={2}
          placeholder="CN"
          value={origin}
          onInput={(e) => setOrigin((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <ul class="items">
        {drafts.map(({ id, rec }) => {
          const names = [...new Set(rec.missing.map((m) => m.element))];
          return (
            <li key={id} data-seller-order={rec.orderId ?? id}>
              <input
                type="checkbox"
                aria-label={`select order ${rec.orderId ?? ''}`}
                checked={!unselected.has(id)}
                onChange={(e) => {
                  const next = new Set(unselected);
                  if ((e.currentTarget as HTMLInputElement).checked) next.delete(id);
                  else next.add(id);
                  setUnselected(next);
                }}
              />
              <span class="t" title={rec.url}>
                {adapterById(rec.adapter)?.name ?? rec.adapter} {rec.orderId ?? '(no order number)'}
              </span>
              {rec.complete ? (
                <span class="ok">complete</span>
              ) : (
                <span class="warning missing" title={rec.missing.map((m) => `${m.element}: ${m.from}`).join('\n')}>
                  missing: {names.join(', ')}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <div class="row">
        <select
          id="se-format"
          aria-label="export format"
          value={format}
          onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as ExportFormat)}
        >
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {f.toUpperCase()}
            </option>
          ))}
        </select>
        <button id="se-export" type="button" disabled={selected.length === 0} onClick={download}>
          Export selected
        </button>
        <span class="status">{status}</span>
      </div>
    </section>
  );
}
