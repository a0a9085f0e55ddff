// Checking and compiling a tariff set. No zod here, so the widget can check its `tariffs`
// property without carrying a schema library: the shape is checked by the checker derived from
// the zod contract in schema.ts (contract.generated.ts, held equal to zod by
// test/node/core/charges/tariffs.test.ts), then this module checks the meaning: unique ids, real
// windows, consistent rates and bounds, no overlapping versions of a program.
// Every problem is an issue with a JSON path; nothing throws.

import type { NumberFacts } from '../shipment/number-facts.ts';
import type { InputIssue } from '../issues.ts';
import { citationText, weakestConfidence } from '../law/cite.ts';
import { findGaps, findOverlaps, loadVersion, type Validity } from '../law/dated.ts';
import { inPrefixes, meets, prefixSet, setOf, type PrefixSet } from '../law/scope.ts';
import { cutsOf, segmentStart } from '../law/select.ts';
import { usdCentsOf } from '../money/money.ts';
import type { ItemFlag, Mode } from '../rules/types.ts';
import { parseRate, type Ratio } from './ratio.ts';
import { tariffSetChecker as shape } from './contract.generated.ts';
import { type FeeEntry, type FeeVersion, type LayerBase, type LayerMethod, type LayerVersion, type TariffSet } from './types.ts';

/** What a compiled layer and a compiled fee share: the version, its window in ms, its modes and
 * the citation text and confidence tag its lines carry. */
interface CompiledVersion<V> extends Validity {
  readonly v: V;
  readonly modes: ReadonlySet<Mode> | null;
  readonly citation: string;
  readonly confidence: string;
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

export type TariffsResult = { ok: true; tariffs: CompiledTariffs } | { ok: false; issues: InputIssue[] };

// amounts the contract has checked ("2.69": at most two decimals), in exact cents
const cents = (text: string | undefined) => (text === undefined ? null : usdCentsOf(text));
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
 * the shape check): ids unique, windows real, rates and bounds consistent, no two versions of
 * one program that could apply to the same item or entry at the same instant, and no gap in a
 * chain of fees. */
export function compileTariffs(set: TariffSet): TariffsResult {
  const issues: InputIssue[] = [];
  const ids = new Set<string>();
  const layers: CompiledLayer[] = [];
  set.layers.forEach((l, i) => {
    const c = compileLayer(l, `layers[${i}]`, ids, issues);
    if (c) layers.push(c);
  });
  const fees: CompiledFee[] = [];
  set.fees.forEach((f, i) => {
    const c = compileFee(f, `fees[${i}]`, ids, issues);
    if (c) fees.push(c);
  });
  checkOverlaps(layers, fees, issues);
  checkFeeGaps(fees, issues);
  if (issues.length) return { ok: false, issues };
  const { byPrefix, prefixLengths } = indexByPrefix(layers);
  const cuts = cutsOf([...layers, ...fees]);
  const segment = segments(
    cuts,
    layers.filter((c) => !c.hts),
    fees,
  );
  return { ok: true, tariffs: { set, layers, fees, cuts, segment, byPrefix, prefixLengths, stamp: Object.freeze({ version: set.version }) } };
}

/** The parts a layer and a fee share (dated law's loader: unique id, real window), or null when
 * the window is not real or empty (its issues pushed). */
function common<V extends LayerVersion | FeeVersion>(v: V, at: string, ids: Set<string>, issues: InputIssue[]): CompiledVersion<V> | null {
  const w = loadVersion(v, at, ids, issues);
  return w && w[0] < w[1]
    ? { v, fromMs: w[0], untilMs: w[1], modes: setOf(v.scope?.modes), citation: citationText(v.citations), confidence: weakestConfidence(v.citations) }
    : null;
}

function compileLayer(l: LayerVersion, at: string, ids: Set<string>, issues: InputIssue[]): CompiledLayer | null {
  const c = common(l, at, ids, issues);
  const method = l.method ?? 'add';
  if (l.rate !== undefined && method === 'floor' && l.rate === '0')
    issues.push({ path: `${at}.rate`, code: 'INVALID_VALUE', message: 'a floor of 0% has no effect' });
  l.except?.forEach((e, j) => {
    if (e.flag === undefined && e.hts === undefined)
      issues.push({ path: `${at}.except[${j}]`, code: 'MISSING', message: 'an exception names "flag" (an item flag) or "hts" (HTS prefixes), or both' });
  });
  if (l.marks && !l.scope?.hts)
    issues.push({ path: `${at}.marks`, code: 'INVALID_VALUE', message: '"marks" are the flags an item gains by its HTS number: give the layer a scope.hts' });
  if (l.base === 'metal-content' && method !== 'add')
    issues.push({ path: `${at}.base`, code: 'INVALID_VALUE', message: 'a layer on the metal content adds to the others: method "add"' });
  if (!c) return null;
  return {
    ...c,
    origins: setOf(l.scope?.origins),
    hts: prefixSet(l.scope?.hts),
    method,
    rate: l.rate === undefined ? null : parseRate(l.rate),
    base: l.base ?? 'value',
    marks: l.marks ?? null,
    except: (l.except ?? []).map((e) => ({ flag: e.flag ?? null, hts: prefixSet(e.hts), origins: setOf(e.origins) })),
  };
}

function compileFee(f: FeeVersion, at: string, ids: Set<string>, issues: InputIssue[]): CompiledFee | null {
  const c = common(f, at, ids, issues);
  if (f.amount !== undefined && f.rate !== undefined)
    issues.push({ path: at, code: 'INVALID_VALUE', message: 'a fee has either an "amount" (flat) or a "rate", not both' });
  if ((f.minimum !== undefined || f.maximum !== undefined) && f.rate === undefined)
    issues.push({ path: at, code: 'INVALID_VALUE', message: '"minimum" and "maximum" clamp a "rate": give the rate too' });
  const min = cents(f.minimum),
    max = cents(f.maximum);
  if (min !== null && max !== null && min > max)
    issues.push({ path: `${at}.minimum`, code: 'INVALID_VALUE', message: `minimum ${f.minimum} is above maximum ${f.maximum}` });
  if (!c) return null;
  return {
    ...c,
    entries: setOf(f.scope?.entries),
    amountCents: cents(f.amount),
    rate: f.rate === undefined ? null : parseRate(f.rate),
    minCents: min,
    maxCents: max,
    except: new Set(f.exceptFlags ?? []),
  };
}

const programOf = (c: CompiledLayer | CompiledFee) => c.v.program;
const versionOf = (c: CompiledLayer | CompiledFee) => c.v;

/** Two versions of one program that could apply to the same item (layers: same origins, and HTS
 * scopes that share a number) or entry (fees: same entry types), in the same mode at the same
 * instant. */
function checkOverlaps(layers: readonly CompiledLayer[], fees: readonly CompiledFee[], issues: InputIssue[]): void {
  const meet = (a: CompiledLayer, b: CompiledLayer) => meets(a.origins, b.origins) && meets(a.modes, b.modes);
  findOverlaps<CompiledLayer>(layers, { group: programOf, meet, prefixes: (c) => c.v.scope?.hts, version: versionOf, path: 'layers' }, issues);
  findOverlaps<CompiledFee>(
    fees,
    { group: programOf, meet: (a, b) => meets(a.entries, b.entries) && meets(a.modes, b.modes), version: versionOf, path: 'fees' },
    issues,
  );
}

/** A chain of fees for the same entries and modes (the MPF of each fiscal year) leaves no
 * instant between its first start and its last end without a figure. Layers have no such check:
 * a duty program may stop and start again (IEEPA duties ended at 00:00 on 2026-02-24, the
 * Section 122 postal rate began at 00:01). */
function checkFeeGaps(fees: readonly CompiledFee[], issues: InputIssue[]): void {
  const key = (s: readonly string[] | undefined) => (s ? [...s].sort().join() : '*');
  findGaps(fees, (c) => `${c.v.program}, ${key(c.v.scope?.entries)}, ${key(c.v.scope?.modes)}`, versionOf, 'fees', issues);
}

/** The HTS-scoped layers by prefix (every time and mode), and the distinct prefix lengths. */
function indexByPrefix(layers: readonly CompiledLayer[]): { byPrefix: Map<string, CompiledLayer[]>; prefixLengths: number[] } {
  const byPrefix = new Map<string, CompiledLayer[]>();
  for (const c of layers) {
    if (!c.hts) continue;
    for (const p of c.hts.set) {
      const g = byPrefix.get(p);
      if (g) g.push(c);
      else byPrefix.set(p, [c]);
    }
  }
  return { byPrefix, prefixLengths: [...new Set([...byPrefix.keys()].map((p) => p.length))].sort((a, b) => a - b) };
}

/** The layers without an HTS scope and the fees in force in a mode during segment i of `cuts`:
 * per mode an array by segment index, filled on first use, so compiling stays O(N log N) and
 * pricing filters nothing twice. What is in force at a segment's start is in force throughout. */
function segments(cuts: readonly number[], general: readonly CompiledLayer[], fees: readonly CompiledFee[]): (mode: Mode, i: number) => Segment {
  const byMode = new Map<Mode, (Segment | undefined)[]>();
  return (mode, i) => {
    let byIndex = byMode.get(mode);
    if (!byIndex) byMode.set(mode, (byIndex = new Array<Segment | undefined>(cuts.length + 1)));
    let s = byIndex[i];
    if (!s) {
      const at = segmentStart(cuts, i);
      const live = <T extends CompiledLayer | CompiledFee>(v: T) => at >= v.fromMs && at < v.untilMs && (!v.modes || v.modes.has(mode));
      s = byIndex[i] = { layers: general.filter(live), fees: fees.filter(live) };
    }
    return s;
  };
}

// The one lookup of layers by HTS number, for the estimate (core/charges/compute.ts) and for
// listings (`layersFor`). An item normalized by the engine carries its number's facts
// (core/shipment/number-facts.ts), where the candidates and the exception tests are kept; an item
// without them is looked up through the prefix index each time.

/** What the layer lookups read of an item: its HTS number (digits), its country of origin, and
 * the number's facts when the engine normalized it. */
export interface LayerItem {
  readonly hts: string | null;
  readonly origin: string;
  readonly facts?: NumberFacts | null;
}

/** Whether the item's number starts with one of the prefixes. */
function numberIn(p: PrefixSet, it: LayerItem): boolean {
  if (it.facts) return it.facts.inPrefixes(p);
  return it.hts !== null && inPrefixes(p, it.hts);
}

/** Whether an exception leaves the item out of a layer. */
export function excepted(c: CompiledLayer, it: LayerItem, flags: ReadonlySet<ItemFlag>): boolean {
  for (const e of c.except) {
    if (e.flag !== null && !flags.has(e.flag)) continue;
    if (e.hts !== null && !numberIn(e.hts, it)) continue;
    if (e.origins && !e.origins.has(it.origin)) continue;
    return true;
  }
  return false;
}

/** Whether a layer in force applies to the item: its origins, then its exceptions. */
export function layerApplies(c: CompiledLayer, it: LayerItem, flags: ReadonlySet<ItemFlag>): boolean {
  if (c.origins && !c.origins.has(it.origin)) return false;
  return c.except.length === 0 || !excepted(c, it, flags);
}

const NO_LAYERS: readonly CompiledLayer[] = [];

/** The HTS-scoped layers whose prefixes a number starts with (any time, mode, origin), through
 * the prefix index. */
function candidates(t: CompiledTariffs, hts: string): readonly CompiledLayer[] {
  let list: CompiledLayer[] | null = null;
  for (const n of t.prefixLengths) {
    if (n > hts.length) break;
    const g = t.byPrefix.get(n === hts.length ? hts : hts.slice(0, n));
    if (g) for (const c of g) (list ??= []).push(c);
  }
  return list ?? NO_LAYERS;
}

/** The candidates kept with the number's facts for this set (found once per number and set). */
function candidatesOf(t: CompiledTariffs, facts: NumberFacts): readonly CompiledLayer[] {
  if (facts.layersOf !== t) {
    facts.layers = candidates(t, facts.hts);
    facts.layersOf = t;
  }
  return facts.layers;
}

/** The layers scoped by HTS number (the Chapter 99 layers) in force for the item at the instant,
 * in the mode (null: any); null when none. */
export function scopedLayers(t: CompiledTariffs, it: LayerItem, at: number, mode: Mode | null): CompiledLayer[] | null {
  if (it.hts === null) return null;
  let out: CompiledLayer[] | null = null;
  for (const c of it.facts ? candidatesOf(t, it.facts) : candidates(t, it.hts)) {
    if (at >= c.fromMs && at < c.untilMs && (mode === null || !c.modes || c.modes.has(mode)) && (!c.origins || c.origins.has(it.origin))) (out ??= []).push(c);
  }
  return out;
}

/** The item's flags with those it gains by its number: the marks of the scoped layers that apply
 * to it (a Section 232 line makes it a Section 232 good, which other layers except). */
export function markedFlags(scoped: readonly CompiledLayer[] | null, it: LayerItem, flags: ReadonlySet<ItemFlag>): ReadonlySet<ItemFlag> {
  let out = flags;
  if (scoped) {
    for (const c of scoped) {
      if (c.marks && layerApplies(c, it, flags)) {
        const more = new Set(out);
        for (const f of c.marks) more.add(f);
        out = more;
      }
    }
  }
  return out;
}

const positions = new WeakMap<CompiledTariffs, Map<CompiledLayer, number>>();

/** Every layer of the set that applies to one item at an instant (window, mode when given,
 * origins, HTS scope, marks, then exceptions), in the set's order: the layers the estimate prices
 * an item with, as a list (`s321 tariffs` style listings, cross-checks of the Chapter 99 data). */
export function layersFor(t: CompiledTariffs, it: LayerItem, at: number, flags: ReadonlySet<ItemFlag>, mode: Mode | null): CompiledLayer[] {
  const scoped = scopedLayers(t, it, at, mode);
  const marked = markedFlags(scoped, it, flags);
  const general = t.layers.filter((c) => !c.hts && at >= c.fromMs && at < c.untilMs && (mode === null || !c.modes || c.modes.has(mode)));
  const out = [...general, ...(scoped ?? [])].filter((c) => layerApplies(c, it, marked));
  let pos = positions.get(t);
  if (!pos) positions.set(t, (pos = new Map(t.layers.map((c, i) => [c, i]))));
  return out.sort((a, b) => pos.get(a)! - pos.get(b)!);
}
