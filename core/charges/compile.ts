// Checking and compiling a tariff set. No zod here, so the widget can check its `tariffs`
// property without carrying a schema library: the contract is core/charges/schema.ts (the source
// of `s321 schema tariffs`), and test/node/charges/shape.test.ts holds this check to it (both
// accept and reject the same sets, on the bundled set and on generated mutations).
// Every problem is an issue with a JSON path; nothing throws.

import { isCountry } from '../geo/countries.ts';
import type { InputIssue } from '../issues.ts';
import { citationText } from '../rules/cite.ts';
import { CONFIDENCE, ITEM_FLAGS, MODES, type Citation, type ItemFlag, type Mode } from '../rules/types.ts';
import { isValidCivil, newYorkLocalToUtc } from '../time/new-york.ts';
import { parseRate, type Ratio } from './ratio.ts';
import { FEE_ENTRIES, LAYER_METHODS, type FeeEntry, type FeeVersion, type LayerMethod, type LayerVersion, type TariffSet } from './types.ts';

export interface CompiledLayer {
  readonly l: LayerVersion;
  readonly fromMs: number;
  readonly untilMs: number;
  readonly origins: ReadonlySet<string> | null;
  readonly modes: ReadonlySet<Mode> | null;
  readonly method: LayerMethod;
  readonly rate: Ratio | null;
  readonly except: ReadonlyArray<{ flag: ItemFlag; origins: ReadonlySet<string> | null }>;
  readonly citation: string;
  readonly confidence: string;
}

export interface CompiledFee {
  readonly f: FeeVersion;
  readonly fromMs: number;
  readonly untilMs: number;
  readonly entries: ReadonlySet<FeeEntry> | null;
  readonly modes: ReadonlySet<Mode> | null;
  readonly amountCents: number | null;
  readonly rate: Ratio | null;
  readonly minCents: number | null;
  readonly maxCents: number | null;
  readonly except: ReadonlySet<ItemFlag>;
  readonly citation: string;
  readonly confidence: string;
}

export interface CompiledTariffs {
  readonly set: TariffSet;
  readonly layers: readonly CompiledLayer[];
  readonly fees: readonly CompiledFee[];
  /** the instants where some version starts or ends, sorted; segment i is [cuts[i-1], cuts[i]) */
  readonly cuts: readonly number[];
  /** per mode, per segment: the layers and fees in force (so pricing a decision filters nothing) */
  readonly byMode: ReadonlyMap<Mode, ReadonlyArray<{ layers: readonly CompiledLayer[]; fees: readonly CompiledFee[] }>>;
}

/** The index of the segment of `cuts` that holds the instant. */
export function segmentOf(cuts: readonly number[], at: number): number {
  let lo = 0, hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cuts[mid] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export type TariffsResult = { ok: true; tariffs: CompiledTariffs } | { ok: false; issues: InputIssue[] };

/** Weakest first: a line is only as sure as its least sure source. */
const CONFIDENCE_ORDER: readonly string[] = ['M', 'S', 'P-title', 'P-copy', 'P-summary', 'P'];

export function weakestConfidence(cs: readonly Citation[]): string {
  let best = CONFIDENCE_ORDER.length - 1;
  for (const c of cs) best = Math.min(best, CONFIDENCE_ORDER.indexOf(c.confidence));
  return CONFIDENCE_ORDER[best];
}

const WHEN_RE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;
const ID_RE = /^[a-z0-9][a-z0-9-]*$/;
const USD_RE = /^\d{1,9}(\.\d{1,2})?$/;
const RATE_RE = /^\d{1,3}(\.\d{1,6})?$/;
const URL_RE = /^https:\/\//;
const COUNTRY_RE = /^[A-Z]{2}$/;

function whenToMs(text: string): number | null {
  const m = WHEN_RE.exec(text);
  if (!m) return null;
  const y = +m[1], mo = +m[2], d = +m[3], hh = m[4] ? +m[4] : 0, mi = m[5] ? +m[5] : 0;
  if (!isValidCivil(y, mo, d) || hh > 23 || mi > 59) return null;
  return newYorkLocalToUtc(y, mo, d, hh, mi);
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const got = (v: unknown) => (v === undefined ? 'nothing' : v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'string' ? JSON.stringify(v) : typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`);

/** The shape check: the same acceptance as schema.ts's tariffSetSchema, strict about unknown keys. */
class Shape {
  constructor(readonly issues: InputIssue[]) {}
  bad(path: string, code: string, message: string): false {
    this.issues.push({ path, code, message });
    return false;
  }
  keys(path: string, v: Obj, allowed: readonly string[]): void {
    for (const k of Object.keys(v)) {
      if (!allowed.includes(k)) this.bad(path ? `${path}.${k}` : k, 'UNKNOWN_KEY', `unexpected key "${k}"; expected one of ${allowed.join(', ')}`);
    }
  }
  obj(path: string, v: unknown): v is Obj {
    return isObj(v) || this.bad(path, v === undefined ? 'MISSING' : 'INVALID_TYPE', v === undefined ? 'required object is missing' : `expected an object, got ${got(v)}`);
  }
  str(path: string, v: unknown, re: RegExp | null, expected: string, optional = false): v is string {
    if (v === undefined && optional) return false;
    if (typeof v !== 'string') return this.bad(path, v === undefined ? 'MISSING' : 'INVALID_TYPE', v === undefined ? `required ${expected} is missing` : `expected ${expected}, got ${got(v)}`);
    if (re ? !re.test(v) : v.length === 0) return this.bad(path, 'INVALID_VALUE', `expected ${expected}, got ${got(v)}`);
    return true;
  }
  oneOf<T extends string>(path: string, v: unknown, values: readonly T[], optional = false): v is T {
    if (v === undefined && optional) return false;
    if (typeof v === 'string' && (values as readonly string[]).includes(v)) return true;
    return this.bad(path, v === undefined ? 'MISSING' : 'INVALID_VALUE', `expected one of ${values.map((x) => JSON.stringify(x)).join(', ')}, got ${got(v)}`);
  }
  list(path: string, v: unknown, min: number, optional = false): v is unknown[] {
    if (v === undefined && optional) return false;
    if (!Array.isArray(v)) return this.bad(path, v === undefined ? 'MISSING' : 'INVALID_TYPE', v === undefined ? 'required array is missing' : `expected an array, got ${got(v)}`);
    if (v.length < min) return this.bad(path, 'TOO_SMALL', `expected at least ${min} entr${min === 1 ? 'y' : 'ies'}`);
    return true;
  }
  citations(path: string, v: unknown): void {
    if (!Array.isArray(v) || v.length === 0) {
      this.bad(path, v === undefined ? 'MISSING' : Array.isArray(v) ? 'TOO_SMALL' : 'INVALID_TYPE', 'every layer and fee needs at least one citation');
      return;
    }
    v.forEach((c, i) => {
      const at = `${path}[${i}]`;
      if (!this.obj(at, c)) return;
      this.keys(at, c, ['document', 'section', 'url', 'confidence']);
      this.str(`${at}.document`, c.document, null, 'a non-empty string');
      this.str(`${at}.section`, c.section, /^/, 'a string', true);
      this.str(`${at}.url`, c.url, URL_RE, 'an https URL', true);
      this.oneOf(`${at}.confidence`, c.confidence, CONFIDENCE);
    });
  }
  countries(path: string, v: unknown): void {
    if (!this.list(path, v, 1, true)) return;
    v.forEach((c, i) => {
      if (this.str(`${path}[${i}]`, c, COUNTRY_RE, 'an ISO 3166-1 alpha-2 code') && !isCountry(c)) this.bad(`${path}[${i}]`, 'UNKNOWN_COUNTRY', `"${c}" is not an ISO 3166-1 alpha-2 country`);
    });
  }
  common(at: string, v: Obj): void {
    this.str(`${at}.id`, v.id, ID_RE, 'a kebab-case identifier');
    this.str(`${at}.program`, v.program, ID_RE, 'a kebab-case program id such as "section-122"');
    this.str(`${at}.title`, v.title, null, 'a non-empty string');
    this.str(`${at}.from`, v.from, WHEN_RE, 'a New York date "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"', true);
    this.str(`${at}.until`, v.until, WHEN_RE, 'a New York date "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"', true);
    this.str(`${at}.summary`, v.summary, null, 'a non-empty string');
    this.citations(`${at}.citations`, v.citations);
    this.str(`${at}.note`, v.note, /^/, 'a string', true);
  }
  modes(path: string, v: unknown): void {
    if (this.list(path, v, 1, true)) v.forEach((m, i) => this.oneOf(`${path}[${i}]`, m, MODES));
  }
  layer(at: string, v: unknown): void {
    if (!this.obj(at, v)) return;
    this.keys(at, v, ['id', 'program', 'title', 'from', 'until', 'scope', 'method', 'rate', 'except', 'summary', 'citations', 'note']);
    this.common(at, v);
    if (v.scope !== undefined && this.obj(`${at}.scope`, v.scope)) {
      this.keys(`${at}.scope`, v.scope, ['origins', 'modes']);
      this.countries(`${at}.scope.origins`, v.scope.origins);
      this.modes(`${at}.scope.modes`, v.scope.modes);
    }
    this.oneOf(`${at}.method`, v.method, LAYER_METHODS, true);
    this.str(`${at}.rate`, v.rate, RATE_RE, 'a percent as a decimal string such as "12.5"', true);
    if (this.list(`${at}.except`, v.except, 1, true)) {
      v.except.forEach((e, i) => {
        const p = `${at}.except[${i}]`;
        if (!this.obj(p, e)) return;
        this.keys(p, e, ['flag', 'origins']);
        this.oneOf(`${p}.flag`, e.flag, ITEM_FLAGS);
        this.countries(`${p}.origins`, e.origins);
      });
    }
  }
  fee(at: string, v: unknown): void {
    if (!this.obj(at, v)) return;
    this.keys(at, v, ['id', 'program', 'title', 'from', 'until', 'scope', 'amount', 'rate', 'minimum', 'maximum', 'exceptFlags', 'summary', 'citations', 'note']);
    this.common(at, v);
    if (v.scope !== undefined && this.obj(`${at}.scope`, v.scope)) {
      this.keys(`${at}.scope`, v.scope, ['entries', 'modes']);
      const e = v.scope.entries;
      if (this.list(`${at}.scope.entries`, e, 1, true)) e.forEach((x, i) => this.oneOf(`${at}.scope.entries[${i}]`, x, FEE_ENTRIES));
      this.modes(`${at}.scope.modes`, v.scope.modes);
    }
    for (const k of ['amount', 'minimum', 'maximum'] as const) this.str(`${at}.${k}`, v[k], USD_RE, 'a USD amount such as "2.69"', true);
    this.str(`${at}.rate`, v.rate, RATE_RE, 'a percent as a decimal string such as "0.3464"', true);
    if (this.list(`${at}.exceptFlags`, v.exceptFlags, 0, true)) v.exceptFlags.forEach((f, i) => this.oneOf(`${at}.exceptFlags[${i}]`, f, ITEM_FLAGS));
  }
  set(v: unknown): v is TariffSet {
    const before = this.issues.length;
    if (!this.obj('', v)) return false;
    this.keys('', v, ['version', 'description', 'layers', 'fees']);
    this.str('version', v.version, null, 'a non-empty string');
    this.str('description', v.description, /^/, 'a string', true);
    if (this.list('layers', v.layers, 0)) v.layers.forEach((l, i) => this.layer(`layers[${i}]`, l));
    if (this.list('fees', v.fees, 0)) v.fees.forEach((f, i) => this.fee(`fees[${i}]`, f));
    return this.issues.length === before;
  }
}

const cents = (text: string | undefined) => (text === undefined ? null : Math.round(Number(text) * 100));

function window(at: string, from: string | undefined, until: string | undefined, issues: InputIssue[]): [number, number] | null {
  const fromMs = from === undefined ? -Infinity : whenToMs(from);
  const untilMs = until === undefined ? Infinity : whenToMs(until);
  if (fromMs === null) issues.push({ path: `${at}.from`, code: 'INVALID_DATE', message: `"${from}" is not a real date/time` });
  if (untilMs === null) issues.push({ path: `${at}.until`, code: 'INVALID_DATE', message: `"${until}" is not a real date/time` });
  if (fromMs === null || untilMs === null) return null;
  if (!(fromMs < untilMs)) {
    issues.push({ path: at, code: 'EMPTY_WINDOW', message: `"from" (${from}) must be before "until" (${until})` });
    return null;
  }
  return [fromMs, untilMs];
}

function intersect<T>(a: ReadonlySet<T> | null, b: ReadonlySet<T> | null): boolean {
  if (!a || !b) return true;
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** The shape problems of a would-be tariff set (empty when the shape is right). */
export function tariffShapeIssues(input: unknown): InputIssue[] {
  const issues: InputIssue[] = [];
  new Shape(issues).set(input);
  return issues;
}

/** Checks (shape, then meaning) and compiles a tariff set; returns issues instead of throwing. */
export function checkTariffs(input: unknown): TariffsResult {
  const issues: InputIssue[] = [];
  if (!new Shape(issues).set(input)) return { ok: false, issues };
  return compileTariffs(input);
}

/** Compiles a tariff set whose shape is known to be right (the bundled set, or one that passed
 * the shape check): ids unique, windows real, rates and bounds consistent, and no two versions
 * of one program that could apply to the same item at the same instant. */
export function compileTariffs(set: TariffSet): TariffsResult {
  const issues: InputIssue[] = [];
  const ids = new Set<string>();
  const seen = (at: string, id: string) => {
    if (ids.has(id)) issues.push({ path: `${at}.id`, code: 'DUPLICATE_ID', message: `id "${id}" is used twice` });
    ids.add(id);
  };
  const layers: CompiledLayer[] = [];
  set.layers.forEach((l, i) => {
    const at = `layers[${i}]`;
    seen(at, l.id);
    const w = window(at, l.from, l.until, issues);
    const method = l.method ?? 'add';
    if (l.rate !== undefined && method === 'floor' && l.rate === '0') issues.push({ path: `${at}.rate`, code: 'INVALID_VALUE', message: 'a floor of 0% has no effect' });
    if (!w) return;
    layers.push({
      l,
      fromMs: w[0],
      untilMs: w[1],
      origins: l.scope?.origins ? new Set(l.scope.origins) : null,
      modes: l.scope?.modes ? new Set(l.scope.modes) : null,
      method,
      rate: l.rate === undefined ? null : parseRate(l.rate),
      except: (l.except ?? []).map((e) => ({ flag: e.flag, origins: e.origins ? new Set(e.origins) : null })),
      citation: citationText(l.citations),
      confidence: weakestConfidence(l.citations),
    });
  });
  const fees: CompiledFee[] = [];
  set.fees.forEach((f, i) => {
    const at = `fees[${i}]`;
    seen(at, f.id);
    const w = window(at, f.from, f.until, issues);
    if (f.amount !== undefined && f.rate !== undefined) issues.push({ path: at, code: 'INVALID_VALUE', message: 'a fee has either an "amount" (flat) or a "rate", not both' });
    if ((f.minimum !== undefined || f.maximum !== undefined) && f.rate === undefined) issues.push({ path: at, code: 'INVALID_VALUE', message: '"minimum" and "maximum" clamp a "rate": give the rate too' });
    const min = cents(f.minimum), max = cents(f.maximum);
    if (min !== null && max !== null && min > max) issues.push({ path: `${at}.minimum`, code: 'INVALID_VALUE', message: `minimum ${f.minimum} is above maximum ${f.maximum}` });
    if (!w) return;
    fees.push({
      f,
      fromMs: w[0],
      untilMs: w[1],
      entries: f.scope?.entries ? new Set(f.scope.entries) : null,
      modes: f.scope?.modes ? new Set(f.scope.modes) : null,
      amountCents: cents(f.amount),
      rate: f.rate === undefined ? null : parseRate(f.rate),
      minCents: min,
      maxCents: max,
      except: new Set(f.exceptFlags ?? []),
      citation: citationText(f.citations),
      confidence: weakestConfidence(f.citations),
    });
  });
  const overlap = (a: { fromMs: number; untilMs: number }, b: { fromMs: number; untilMs: number }) => a.fromMs < b.untilMs && b.fromMs < a.untilMs;
  for (let i = 0; i < layers.length; i++) {
    for (let j = i + 1; j < layers.length; j++) {
      const a = layers[i], b = layers[j];
      if (a.l.program === b.l.program && overlap(a, b) && intersect(a.origins, b.origins) && intersect(a.modes, b.modes)) {
        issues.push({ path: 'layers', code: 'OVERLAP', message: `"${a.l.id}" and "${b.l.id}" (program ${a.l.program}) can apply to the same item at the same time; end one where the other starts or split their origins` });
      }
    }
  }
  for (let i = 0; i < fees.length; i++) {
    for (let j = i + 1; j < fees.length; j++) {
      const a = fees[i], b = fees[j];
      if (a.f.program === b.f.program && overlap(a, b) && intersect(a.entries, b.entries) && intersect(a.modes, b.modes)) {
        issues.push({ path: 'fees', code: 'OVERLAP', message: `"${a.f.id}" and "${b.f.id}" (program ${a.f.program}) can apply to the same entry at the same time; end one where the other starts` });
      }
    }
  }
  if (issues.length) return { ok: false, issues };
  const cuts = [...new Set([...layers, ...fees].flatMap((v) => [v.fromMs, v.untilMs]).filter((x) => Number.isFinite(x)))].sort((a, b) => a - b);
  const byMode = new Map<Mode, Array<{ layers: CompiledLayer[]; fees: CompiledFee[] }>>();
  for (const mode of MODES) {
    const segments: Array<{ layers: CompiledLayer[]; fees: CompiledFee[] }> = [];
    for (let i = 0; i <= cuts.length; i++) {
      // any instant inside segment i: its start (or just below the first cut)
      const at = i === 0 ? (cuts.length ? cuts[0] - 1 : 0) : cuts[i - 1];
      const live = <T extends { fromMs: number; untilMs: number; modes: ReadonlySet<Mode> | null }>(v: T) => at >= v.fromMs && at < v.untilMs && (!v.modes || v.modes.has(mode));
      segments.push({ layers: layers.filter(live), fees: fees.filter(live) });
    }
    byMode.set(mode, segments);
  }
  return { ok: true, tariffs: { set, layers, fees, cuts, byMode } };
}
