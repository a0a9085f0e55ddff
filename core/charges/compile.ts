// Checking and compiling a tariff set. No zod here, so the widget can check its `tariffs`
// property without carrying a schema library: the shape is checked by the checker derived from
// the zod contract in schema.ts (contract.generated.ts, held equal to zod by
// test/node/core/charges/tariffs.test.ts), then this module checks the meaning: unique ids, real
// windows, consistent rates and bounds, no overlapping versions of a program.
// Every problem is an issue with a JSON path; nothing throws.

import type { InputIssue } from '../issues.ts';
import { usdCentsOf } from '../money/money.ts';
import { citationText, weakestConfidence } from '../rules/cite.ts';
import type { ItemFlag, Mode } from '../rules/types.ts';
import { versionWindow } from '../time/new-york.ts';
import { parseRate, type Ratio } from './ratio.ts';
import { tariffSetChecker as shape } from './contract.generated.ts';
import { type FeeEntry, type FeeVersion, type LayerBase, type LayerMethod, type LayerVersion, type TariffSet } from './types.ts';

/** What a compiled layer and a compiled fee share: the version, its window in ms, its modes and
 * the citation text and confidence tag its lines carry. */
interface CompiledVersion<V> {
  readonly v: V;
  readonly fromMs: number;
  readonly untilMs: number;
  readonly modes: ReadonlySet<Mode> | null;
  readonly citation: string;
  readonly confidence: string;
}

/** A set of HTS prefixes, looked up by the item's number cut at each length the set holds. */
export interface PrefixSet {
  readonly set: ReadonlySet<string>;
  /** the distinct prefix lengths, ascending */
  readonly lengths: readonly number[];
}

export interface CompiledException {
  readonly flag: ItemFlag | null;
  readonly hts: PrefixSet | null;
  readonly origins: ReadonlySet<string> | null;
}

export interface CompiledLayer extends CompiledVersion<LayerVersion> {
  readonly origins: ReadonlySet<string> | null;
  /** the layer's HTS prefixes (scope.hts), null when it applies to every number */
  readonly hts: PrefixSet | null;
  readonly method: LayerMethod;
  readonly rate: Ratio | null;
  readonly base: LayerBase;
  readonly marks: readonly ItemFlag[] | null;
  readonly except: readonly CompiledException[];
}

export interface CompiledFee extends CompiledVersion<FeeVersion> {
  readonly entries: ReadonlySet<FeeEntry> | null;
  readonly amountCents: number | null;
  readonly rate: Ratio | null;
  readonly minCents: number | null;
  readonly maxCents: number | null;
  readonly except: ReadonlySet<ItemFlag>;
}

/** The layers and fees in force in one mode during one segment of time. */
export interface Segment {
  /** the layers without an HTS scope */
  readonly layers: readonly CompiledLayer[];
  readonly fees: readonly CompiledFee[];
}

export interface CompiledTariffs {
  readonly set: TariffSet;
  readonly layers: readonly CompiledLayer[];
  readonly fees: readonly CompiledFee[];
  /** the instants where some version starts or ends, sorted; segment i is [cuts[i-1], cuts[i]) */
  readonly cuts: readonly number[];
  /** the layers and fees in force in a mode during segment i: built on first use and kept, so
   * compiling stays O(N log N) and pricing a decision filters nothing twice */
  segment(mode: Mode, i: number): Segment;
  /** the HTS-scoped layers by prefix (every time and mode: the caller checks those) */
  readonly byPrefix: ReadonlyMap<string, readonly CompiledLayer[]>;
  /** the distinct prefix lengths of byPrefix, ascending */
  readonly prefixLengths: readonly number[];
  /** `charges.tariffs` of every estimate made with this set (shared, frozen) */
  readonly stamp: { readonly version: string };
}

/** Whether an HTS number (digits) starts with one of the prefixes. */
export function inPrefixes(p: PrefixSet, hts: string): boolean {
  for (const n of p.lengths) if (n <= hts.length && p.set.has(n === hts.length ? hts : hts.slice(0, n))) return true;
  return false;
}

function prefixSet(list: readonly string[] | undefined): PrefixSet | null {
  if (!list) return null;
  return { set: new Set(list), lengths: [...new Set(list.map((x) => x.length))].sort((a, b) => a - b) };
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

// amounts the contract has checked ("2.69": at most two decimals), in exact cents
const cents = (text: string | undefined) => (text === undefined ? null : usdCentsOf(text));
const setOf = <T>(list: readonly T[] | undefined) => (list ? new Set(list) : null);

function intersect<T>(a: ReadonlySet<T> | null, b: ReadonlySet<T> | null): boolean {
  if (!a || !b) return true;
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Two versions of one program that could apply to the same item (layers: same origins, and HTS
 * scopes that share a number) or entry (fees: same entry types), in the same mode at the same
 * instant. Versions of a program are swept in order of their start, so only versions whose
 * windows meet are compared; HTS-scoped layers are compared through their sorted prefixes (a
 * prefix meets the prefixes it starts or that start it), never prefix by prefix. */
function overlaps<V extends LayerVersion | FeeVersion, C extends CompiledVersion<V>>(
  list: readonly C[],
  scope: (c: C) => ReadonlySet<string> | null,
  hts: ((c: C) => readonly string[] | undefined) | null,
  path: string,
  what: string,
  issues: InputIssue[],
): void {
  const byProgram = new Map<string, C[]>();
  for (const c of list) {
    const g = byProgram.get(c.v.program);
    if (g) g.push(c);
    else byProgram.set(c.v.program, [c]);
  }
  const reported = new Set<string>();
  const position = new Map(list.map((c, i) => [c, i]));
  const clash = (a: C, b: C) => {
    if (a === b || !(a.fromMs < b.untilMs && b.fromMs < a.untilMs && intersect(scope(a), scope(b)) && intersect(a.modes, b.modes))) return;
    const key = a.v.id < b.v.id ? `${a.v.id}\u0000${b.v.id}` : `${b.v.id}\u0000${a.v.id}`;
    if (reported.has(key)) return;
    reported.add(key);
    const [x, y] = position.get(a)! < position.get(b)! ? [a, b] : [b, a];
    issues.push({ path, code: 'OVERLAP', message: `"${x.v.id}" and "${y.v.id}" (program ${x.v.program}) can apply to the same ${what}` });
  };
  for (const group of byProgram.values()) {
    if (group.length < 2) continue;
    // versions without an HTS scope meet every version of the program: sweep them by start
    const order = [...group].sort((a, b) => a.fromMs - b.fromMs);
    const scoped = (c: C) => hts !== null && hts(c) !== undefined;
    // versions seen so far, and those without an HTS scope whose window is still open
    const seen: C[] = [];
    let openWide: C[] = [];
    for (const c of order) {
      if (openWide.some((o) => o.untilMs <= c.fromMs)) openWide = openWide.filter((o) => o.untilMs > c.fromMs);
      if (scoped(c)) for (const o of openWide) clash(o, c);
      else for (const o of seen) if (o.untilMs > c.fromMs) clash(o, c);
      seen.push(c);
      if (!scoped(c)) openWide.push(c);
    }
    if (!hts) continue;
    // HTS-scoped versions: sorted prefixes; a prefix meets those on the stack of its ancestors
    const entries: Array<[string, C]> = [];
    for (const c of group) for (const p of hts(c) ?? []) entries.push([p, c]);
    if (entries.length < 2) continue;
    entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const stack: Array<[string, C]> = [];
    for (const e of entries) {
      while (stack.length && !e[0].startsWith(stack[stack.length - 1][0])) stack.pop();
      for (const s of stack) clash(s[1], e[1]);
      stack.push(e);
    }
  }
}

/** The shape problems of a would-be tariff set (empty when the shape is right). */
export function tariffShapeIssues(input: unknown): InputIssue[] {
  const issues: InputIssue[] = [];
  shape.check(input, '', issues);
  return issues;
}

/** Checks (shape, then meaning) and compiles a tariff set; returns issues instead of throwing. */
export function checkTariffs(input: unknown): TariffsResult {
  const issues = tariffShapeIssues(input);
  return issues.length ? { ok: false, issues } : compileTariffs(input as TariffSet);
}

/** Compiles a tariff set whose shape is known to be right (the bundled set, or one that passed
 * the shape check): ids unique, windows real, rates and bounds consistent, and no two versions
 * of one program that could apply to the same item at the same instant. */
export function compileTariffs(set: TariffSet): TariffsResult {
  const issues: InputIssue[] = [];
  const ids = new Set<string>();
  /** The parts a layer and a fee share, or null when the window is not real (its issues pushed). */
  const common = <V extends LayerVersion | FeeVersion>(v: V, at: string): CompiledVersion<V> | null => {
    if (ids.has(v.id)) issues.push({ path: `${at}.id`, code: 'DUPLICATE_ID', message: `id "${v.id}" is used twice` });
    ids.add(v.id);
    const w = versionWindow(at, v.from, v.until, issues);
    return w && w[0] < w[1] ? { v, fromMs: w[0], untilMs: w[1], modes: setOf(v.scope?.modes), citation: citationText(v.citations), confidence: weakestConfidence(v.citations) } : null;
  };
  const layers: CompiledLayer[] = [];
  set.layers.forEach((l, i) => {
    const at = `layers[${i}]`;
    const c = common(l, at);
    const method = l.method ?? 'add';
    if (l.rate !== undefined && method === 'floor' && l.rate === '0') issues.push({ path: `${at}.rate`, code: 'INVALID_VALUE', message: 'a floor of 0% has no effect' });
    l.except?.forEach((e, j) => {
      if (e.flag === undefined && e.hts === undefined) issues.push({ path: `${at}.except[${j}]`, code: 'MISSING', message: 'an exception names "flag" (an item flag) or "hts" (HTS prefixes), or both' });
    });
    if (l.marks && !l.scope?.hts) issues.push({ path: `${at}.marks`, code: 'INVALID_VALUE', message: '"marks" are the flags an item gains by its HTS number: give the layer a scope.hts' });
    if (l.base === 'metal-content' && method !== 'add') issues.push({ path: `${at}.base`, code: 'INVALID_VALUE', message: 'a layer on the metal content adds to the others: method "add"' });
    if (c) {
      layers.push({
        ...c,
        origins: setOf(l.scope?.origins),
        hts: prefixSet(l.scope?.hts),
        method,
        rate: l.rate === undefined ? null : parseRate(l.rate),
        base: l.base ?? 'value',
        marks: l.marks ?? null,
        except: (l.except ?? []).map((e) => ({ flag: e.flag ?? null, hts: prefixSet(e.hts), origins: setOf(e.origins) })),
      });
    }
  });
  const fees: CompiledFee[] = [];
  set.fees.forEach((f, i) => {
    const at = `fees[${i}]`;
    const c = common(f, at);
    if (f.amount !== undefined && f.rate !== undefined) issues.push({ path: at, code: 'INVALID_VALUE', message: 'a fee has either an "amount" (flat) or a "rate", not both' });
    if ((f.minimum !== undefined || f.maximum !== undefined) && f.rate === undefined) issues.push({ path: at, code: 'INVALID_VALUE', message: '"minimum" and "maximum" clamp a "rate": give the rate too' });
    const min = cents(f.minimum), max = cents(f.maximum);
    if (min !== null && max !== null && min > max) issues.push({ path: `${at}.minimum`, code: 'INVALID_VALUE', message: `minimum ${f.minimum} is above maximum ${f.maximum}` });
    if (c) {
      fees.push({
        ...c,
        entries: setOf(f.scope?.entries),
        amountCents: cents(f.amount),
        rate: f.rate === undefined ? null : parseRate(f.rate),
        minCents: min,
        maxCents: max,
        except: new Set(f.exceptFlags ?? []),
      });
    }
  });
  overlaps(layers, (c) => c.origins, (c) => c.v.scope?.hts, 'layers', 'item at the same time; end one where the other starts, or split their origins or HTS numbers', issues);
  overlaps(fees, (c) => c.entries, null, 'fees', 'entry at the same time; end one where the other starts', issues);
  if (issues.length) return { ok: false, issues };
  const cuts = [...new Set([...layers, ...fees].flatMap((v) => [v.fromMs, v.untilMs]).filter((x) => Number.isFinite(x)))].sort((a, b) => a - b);
  const general = layers.filter((c) => !c.hts);
  const byPrefix = new Map<string, CompiledLayer[]>();
  for (const c of layers) {
    if (!c.hts) continue;
    for (const p of c.hts.set) {
      const g = byPrefix.get(p);
      if (g) g.push(c);
      else byPrefix.set(p, [c]);
    }
  }
  const prefixLengths = [...new Set([...byPrefix.keys()].map((p) => p.length))].sort((a, b) => a - b);
  // per mode, an array by segment index, filled on first use
  const segments = new Map<Mode, (Segment | undefined)[]>();
  // segment i starts at [-Infinity, ...cuts][i]: what is in force at its start is in force throughout
  const segment = (mode: Mode, i: number): Segment => {
    let byIndex = segments.get(mode);
    if (!byIndex) segments.set(mode, (byIndex = new Array<Segment | undefined>(cuts.length + 1)));
    let s = byIndex[i];
    if (!s) {
      const at = i === 0 ? -Infinity : cuts[i - 1];
      const live = <T extends CompiledLayer | CompiledFee>(v: T) => at >= v.fromMs && at < v.untilMs && (!v.modes || v.modes.has(mode));
      s = byIndex[i] = { layers: general.filter(live), fees: fees.filter(live) };
    }
    return s;
  };
  return { ok: true, tariffs: { set, layers, fees, cuts, segment, byPrefix, prefixLengths, stamp: Object.freeze({ version: set.version }) } };
}
