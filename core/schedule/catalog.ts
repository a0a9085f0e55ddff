// A small tariff set for a merchant's catalog: the bundled (or given) set, plus, for each of the
// catalog's HTS numbers, an `mfn` layer from the schedule (its general rate, or column 2 for the
// catalog's column 2 origins) and the set's own HTS-scoped layers that reach that number. A page
// passes it to the widget as `el.tariffs`, so the widget prices items by HTS number without
// bundling the schedule.

import type { LayerVersion, TariffSet } from '../charges/types.ts';
import type { InputIssue } from '../issues.ts';
import { COLUMN_2_ORIGINS } from './price.ts';
import { parseScheduleRate } from './rate.ts';
import type { Schedule } from './schedule.ts';

/** One product of the catalog: its 10-digit HTS number (dots allowed) and country of origin. */
export interface CatalogEntry {
  hts: string;
  origin?: string;
}

export type CatalogTariffsResult = { ok: true; tariffs: TariffSet } | { ok: false; issues: InputIssue[] };

const dotted = (d: string) => `${d.slice(0, 4)}.${d.slice(4, 6)}.${d.slice(6, 8)}`;

/**
 * The tariff set for a catalog: `base` (the bundled set) with its HTS-scoped layers kept only
 * where they reach a catalog number, plus an `mfn` layer per number. A number whose rate is
 * specific, compound or not computable gets an `mfn` layer without a rate (the widget then says
 * the rate is not in the data, naming the program) and its note says why.
 */
export function catalogTariffs(schedule: Schedule, base: TariffSet, catalog: unknown): CatalogTariffsResult {
  const issues: InputIssue[] = [];
  const list = Array.isArray(catalog)
    ? catalog
    : catalog && typeof catalog === 'object' && Array.isArray((catalog as { items?: unknown }).items)
      ? (catalog as { items: unknown[] }).items
      : null;
  if (!list)
    return {
      ok: false,
      issues: [{ path: '', code: 'INVALID_TYPE', message: 'expected a catalog: an array of {"hts": "6109.10.0012", "origin": "CN"} (or {"items": [...]})' }],
    };
  const numbers = new Map<string, Set<string>>();
  list.forEach((e, i) => {
    const hts = e && typeof e === 'object' ? (e as CatalogEntry).hts : undefined;
    const origin = e && typeof e === 'object' ? (e as CatalogEntry).origin : undefined;
    const digits = typeof hts === 'string' ? hts.replace(/\./g, '') : '';
    if (!/^\d{10}$/.test(digits))
      return void issues.push({
        path: `[${i}].hts`,
        code: 'INVALID_VALUE',
        message: `expected a 10-digit HTS number such as "6109100012" or "6109.10.0012", got ${JSON.stringify(hts)}`,
      });
    if (origin !== undefined && (typeof origin !== 'string' || !/^[A-Z]{2}$/.test(origin)))
      return void issues.push({ path: `[${i}].origin`, code: 'INVALID_VALUE', message: `expected an ISO 3166-1 alpha-2 code, got ${JSON.stringify(origin)}` });
    if (!schedule.lookup(digits)) return void issues.push({ path: `[${i}].hts`, code: 'NOT_IN_SCHEDULE', message: `${hts} is not in ${schedule.edition}` });
    const o = numbers.get(digits) ?? new Set<string>();
    if (origin) o.add(origin);
    numbers.set(digits, o);
  });
  if (issues.length) return { ok: false, issues };
  const reaches = (prefixes: readonly string[]) => [...numbers.keys()].some((n) => prefixes.some((p) => n.startsWith(p)));
  const layers: LayerVersion[] = [];
  const reaching = (prefixes: readonly string[]) => prefixes.filter((p) => [...numbers.keys()].some((n) => n.startsWith(p)));
  for (const base1 of base.layers) {
    let l = base1;
    // exceptions by HTS number keep only the prefixes that reach the catalog (the Section 122
    // exempt products are 1,656 numbers; a catalog needs a few)
    if (l.except?.some((e) => e.hts)) {
      const except = l.except.flatMap((e) => {
        if (!e.hts) return [e];
        const hts = reaching(e.hts);
        return hts.length ? [{ ...e, hts }] : [];
      });
      l = { ...l, except };
      if (!except.length) delete l.except;
    }
    if (!l.scope?.hts) {
      layers.push(l);
      continue;
    }
    if (!reaches(l.scope.hts)) continue;
    layers.push({ ...l, scope: { ...l.scope, hts: reaching(l.scope.hts) } });
  }
  const citation = { document: `HTSUS (${schedule.edition}, effective ${schedule.effective})`, confidence: 'P' as const };
  for (const [n, origins] of numbers) {
    const line = schedule.lookup(n)!;
    const col2 = [...origins].filter((o) => COLUMN_2_ORIGINS.has(o));
    // with column 2 origins in the catalog, each column is scoped to its own origins
    const general = [...origins].filter((o) => !COLUMN_2_ORIGINS.has(o));
    const columns: Array<{ text: string; origins?: string[]; suffix: string }> = [];
    if (!col2.length) columns.push({ text: line.general, suffix: '' });
    else if (general.length) columns.push({ text: line.general, origins: general, suffix: '' });
    if (col2.length) columns.push({ text: line.other, origins: col2, suffix: '-column-2' });
    for (const c of columns) {
      const r = parseScheduleRate(c.text);
      const layer: LayerVersion = {
        id: `mfn-${n}${c.suffix}`,
        program: 'mfn',
        title: `MFN ${dotted(n)}${c.suffix ? ' (column 2)' : ''}`,
        scope: { hts: [n] },
        heading: line.rateLine,
        summary: `${c.suffix ? 'Column 2' : 'General'} rate of HTS ${line.rateLine}: ${c.text || 'none'}.`,
        citations: [{ ...citation, section: line.rateLine }],
      };
      if (c.origins) layer.scope!.origins = c.origins;
      if (r.ok && r.free) layer.rate = '0';
      else if (r.ok && !r.specific && r.ratio && /^\d{1,3}(\.\d{1,6})?$/.test(r.percent!)) layer.rate = r.percent;
      else layer.note = r.ok ? `a specific or compound rate (${c.text}): give the item's MFN as a layer with program "mfn"` : r.reason;
      layers.push(layer);
    }
  }
  return { ok: true, tariffs: { ...base, version: `${base.version}+catalog (${schedule.edition})`, layers } };
}
