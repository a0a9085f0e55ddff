// Records as flat rows (CSV): dotted column names read from the zod schema (its JSON Schema), so the columns follow
// the profile without a second list. A Type 86 entry becomes one row per line (entry columns
// repeated, line columns under "lines[]."), the usual flat-file shape of entries; reading back
// groups consecutive rows of one entry. Empty cells are absent elements; booleans are
// "true"/"false"; nothing else is converted, so a bad value reaches validation as it was written.
import { restoreCell } from './csv-cell.ts';
import { specOf, type Spec } from '../contract/zod.ts';
import { recordSchema } from './profiles.ts';
import type { Participant, Profile } from './requirements.ts';

export type LeafKind = 'string' | 'boolean' | 'number';
export interface Column {
  name: string;
  /** path segments; "lines[]" marks the per-line part of a Type 86 entry */
  path: string[];
  kind: LeafKind;
  line: boolean;
}

function walk(s: Spec, path: string[], line: boolean, out: Column[]): void {
  if (s.properties) {
    for (const [k, v] of Object.entries(s.properties)) walk(v, [...path, k], line, out);
  } else if (s.type === 'array' && s.items) {
    walk(s.items, [...path.slice(0, -1), `${path[path.length - 1]}[]`], true, out);
  } else {
    const kind: LeafKind = s.type === 'boolean' ? 'boolean' : s.type === 'number' || s.type === 'integer' ? 'number' : 'string';
    out.push({ name: path.join('.'), path, kind, line });
  }
}

const cache = new Map<string, Column[]>();
export function recordColumns(profile: Profile, participant: Participant = 'ONLINE_MARKETPLACE'): Column[] {
  // columns do not depend on required-ness, so one list per profile
  void participant;
  let c = cache.get(profile);
  if (!c) {
    c = [];
    walk(specOf(recordSchema(profile, 'ONLINE_MARKETPLACE')), [], false, c);
    cache.set(profile, c);
  }
  return c;
}

type Obj = Record<string, unknown>;

function get(o: unknown, path: readonly string[]): unknown {
  let cur = o;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Obj)[p];
  }
  return cur;
}

function cell(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/** One record -> flat rows (one for data-pilot; one per line for type86), as cell arrays in
 * the order of `recordColumns`. */
export function flattenRecord(profile: Profile, record: unknown): string[][] {
  const cols = recordColumns(profile);
  const lines = profile === 'type86' ? get(record, ['lines']) : undefined;
  const lineList: unknown[] = Array.isArray(lines) && lines.length ? lines : [undefined];
  return lineList.map((line) =>
    cols.map((c) => {
      if (!c.line) return cell(get(record, c.path));
      return cell(get(line, c.path.slice(1)));
    }),
  );
}

function set(o: Obj, path: readonly string[], v: unknown): void {
  let cur = o;
  for (let i = 0; i < path.length - 1; i++) {
    const next = cur[path[i]];
    if (next === undefined || next === null || typeof next !== 'object') cur = cur[path[i]] = {};
    else cur = next as Obj;
  }
  cur[path[path.length - 1]] = v;
}

function typed(kind: LeafKind, text: string): unknown {
  if (kind === 'boolean') return text === 'true' ? true : text === 'false' ? false : text;
  if (kind === 'number') return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
  return text;
}

/** Flat rows of one record (cells by column name, as a CSV file holds them: neutralised by
 * `neutralizeCell`, which is undone here) -> the record. */
export function unflattenRecord(profile: Profile, rows: ReadonlyArray<Record<string, string | undefined>>): Obj {
  const cols = recordColumns(profile);
  const rec: Obj = {};
  const lines: Obj[] = [];
  rows.forEach((row, r) => {
    const line: Obj = {};
    for (const c of cols) {
      const cellText = row[c.name];
      if (cellText === undefined || cellText === '') continue;
      const t = restoreCell(cellText);
      if (c.line) set(line, c.path.slice(1), typed(c.kind, t));
      else if (r === 0) set(rec, c.path, typed(c.kind, t));
    }
    if (Object.keys(line).length) lines.push(line);
  });
  if (profile === 'type86' && lines.length) rec.lines = lines;
  return rec;
}
