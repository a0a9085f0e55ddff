// The tariff set as Markdown tables (`s321 tariffs`, and the data section of docs/charges.md,
// which a test holds equal to the bundled set).
import type { Citation } from '../rules/types.ts';
import type { FeeVersion, LayerVersion, TariffSet } from './types.ts';

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function cite(c: Citation): string {
  const text = !c.section ? c.document : c.section.startsWith('(') ? c.document + c.section : `${c.document}, ${c.section}`;
  return `${c.url ? `[${esc(text)}](${c.url})` : esc(text)} [${c.confidence}]`;
}

const when = (from?: string, until?: string) => `${from ?? '…'} to ${until ?? '…'}`;

function layerScope(l: LayerVersion): string {
  const parts: string[] = [];
  if (l.scope?.origins)
    parts.push(
      l.scope.origins.length > 8 ? `origin ${l.scope.origins.length} countries: ${l.scope.origins.join(' ')}` : `origin ${l.scope.origins.join(', ')}`,
    );
  if (l.scope?.modes) parts.push(`mode ${l.scope.modes.join(', ')}`);
  if (l.scope?.hts) parts.push(l.scope.hts.length > 6 ? `HTS ${l.scope.hts.length} numbers` : `HTS ${l.scope.hts.join(' ')}`);
  return parts.length ? parts.join('; ') : 'all';
}

function layerRate(l: LayerVersion): string {
  const r = l.rate === undefined ? 'not in the data' : `${l.rate}%`;
  return l.method === 'floor' ? `floor net of MFN: ${r}` : l.method === 'in-lieu' ? `${r}, in lieu of other layers` : r;
}

function feeFigure(f: FeeVersion): string {
  if (f.amount !== undefined) return `$${f.amount} per entry`;
  if (f.rate === undefined) return 'not in the data';
  const bounds = f.minimum !== undefined || f.maximum !== undefined ? ` (min $${f.minimum ?? '-'}, max $${f.maximum ?? '-'})` : '';
  return `${f.rate}%${bounds}`;
}

function feeScope(f: FeeVersion): string {
  const parts: string[] = [];
  if (f.scope?.entries) parts.push(`entry ${f.scope.entries.join(', ')}`);
  if (f.scope?.modes) parts.push(`mode ${f.scope.modes.join(', ')}`);
  return parts.length ? parts.join('; ') : 'all';
}

export function renderTariffsMarkdown(set: TariffSet): string {
  const out: string[] = [];
  out.push(`Tariff set version ${set.version}. Dates are New York wall-clock times, start inclusive, end exclusive ("…" = open).`);
  out.push('');
  out.push('| Layer (program) | In force | Scope | Rate | Except | Sources |');
  out.push('|---|---|---|---|---|---|');
  for (const l of set.layers) {
    const except = (l.except ?? [])
      .map((e) => {
        const what = [e.flag, e.hts ? (e.hts.length > 6 ? `HTS ${e.hts.length} numbers` : `HTS ${e.hts.join(' ')}`) : undefined].filter(Boolean).join(' + ');
        return e.origins ? `${what} (${e.origins.join(', ')})` : what;
      })
      .join(', ');
    out.push(
      `| ${esc(l.title)} (\`${l.program}\`, \`${l.id}\`${l.heading ? `, ${l.heading}` : ''}) | ${when(l.from, l.until)} | ${esc(layerScope(l))} | ${esc(layerRate(l))} | ${esc(except)} | ${l.citations.map(cite).join('; ')} |`,
    );
  }
  out.push('');
  out.push('| Fee (program) | In force | Applies to | Figure | Except | Sources |');
  out.push('|---|---|---|---|---|---|');
  for (const f of set.fees) {
    out.push(
      `| ${esc(f.title)} (\`${f.program}\`, \`${f.id}\`) | ${when(f.from, f.until)} | ${esc(feeScope(f))} | ${esc(feeFigure(f))} | ${esc((f.exceptFlags ?? []).join(', '))} | ${f.citations.map(cite).join('; ')} |`,
    );
  }
  return out.join('\n') + '\n';
}
