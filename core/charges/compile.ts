// Checking and compiling a tariff set. No zod here, so the widget can check its `tariffs`
// property without carrying a schema library: the shape is checked by the checker derived from
// the zod contract in schema.ts (contract.generated.ts, held equal to zod by
// test/node/core/charges/tariffs.test.ts), then this module checks the meaning: unique ids, real
// windows, consistent rates and bounds, no overlapping versions of a program.
// Every problem is an issue with a JSON path; nothing throws.

import type { InputIssue } from '../issues.ts';
import { usdCentsOf } from '../money/money.ts';
import { citationText } from '../rules/cite.ts';
import { CONFIDENCE, MODES, type Citation, type Confidence, type ItemFlag, type Mode } from '../rules/types.ts';
import { versionWindow } from '../time/new-york.ts';
import { parseRate, type Ratio } from './ratio.ts';
import { tariffSetChecker as shape } from './contract.generated.ts';
import { type FeeEntry, type FeeVersion, type LayerMethod, type LayerVersion, type TariffSet } from './types.ts';

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

export interface CompiledLayer extends CompiledVersion<LayerVersion> {
  readonly origins: ReadonlySet<string> | null;
  readonly method: LayerMethod;
  readonly rate: Ratio | null;
  readonly except: ReadonlyArray<{ flag: ItemFlag; origins: ReadonlySet<string> | null }>;
}

export interface CompiledFee extends CompiledVersion<FeeVersion> {
  readonly entries: ReadonlySet<FeeEntry> | null;
  readonly amountCents: number | null;
  readonly rate: Ratio | null;
  readonly minCents: number | null;
  readonly maxCents: number | null;
  readonly except: ReadonlySet<ItemFlag>;
}

export interface CompiledTariffs {
  readonly set: TariffSet;
  readonly layers: readonly CompiledLayer[];
  readonly fees: readonly CompiledFee[];
  /** the instants where some version starts or ends, sorted; segment i is [cuts[i-1], cuts[i]) */
  readonly cuts: readonly number[];
  /** per mode, per segment: the layers and fees in force (so pricing a decision filters nothing) */
  readonly byMode: ReadonlyMap<Mode, ReadonlyArray<{ layers: readonly CompiledLayer[]; fees: readonly CompiledFee[] }>>;
  /** `charges.tariffs` of every estimate made with this set (shared, frozen) */
  readonly stamp: { readonly version: string };
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

/** The weakest tag of the citations: a line is only as sure as its least sure source (CONFIDENCE
 * lists the tags strongest first). */
export function weakestConfidence(cs: readonly Citation[]): Confidence {
  let weakest = 0;
  for (const c of cs) weakest = Math.max(weakest, CONFIDENCE.indexOf(c.confidence));
  return CONFIDENCE[weakest];
}

// amounts the contract has checked ("2.69": at most two decimals), in exact cents
const cents = (text: string | undefined) => (text === undefined ? null : usdCentsOf(text));
const setOf = <T>(list: readonly T[] | undefined) => (list ? new Set(list) : null);

function intersect<T>(a: ReadonlySet<T> | null, b: ReadonlySet<T> | null): boolean {
  if (!a || !b) return true;
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Two versions of one program that could apply to the same item (layers: same origins) or
 * entry (fees: same entry types), in the same mode at the same instant. */
function overlaps<V extends LayerVersion | FeeVersion, C extends CompiledVersion<V>>(
  list: readonly C[],
  scope: (c: C) => ReadonlySet<string> | null,
  path: string,
  what: string,
  issues: InputIssue[],
): void {
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i], b = list[j];
      if (a.v.program === b.v.program && a.fromMs < b.untilMs && b.fromMs < a.untilMs && intersect(scope(a), scope(b)) && intersect(a.modes, b.modes)) {
        issues.push({ path, code: 'OVERLAP', message: `"${a.v.id}" and "${b.v.id}" (program ${a.v.program}) can apply to the same ${what}` });
      }
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
    if (c) {
      layers.push({
        ...c,
        origins: setOf(l.scope?.origins),
        method,
        rate: l.rate === undefined ? null : parseRate(l.rate),
        except: (l.except ?? []).map((e) => ({ flag: e.flag, origins: setOf(e.origins) })),
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
  overlaps(layers, (c) => c.origins, 'layers', 'item at the same time; end one where the other starts or split their origins', issues);
  overlaps(fees, (c) => c.entries, 'fees', 'entry at the same time; end one where the other starts', issues);
  if (issues.length) return { ok: false, issues };
  const cuts = [...new Set([...layers, ...fees].flatMap((v) => [v.fromMs, v.untilMs]).filter((x) => Number.isFinite(x)))].sort((a, b) => a - b);
  // segment i starts at [-Infinity, ...cuts][i]: what is in force at its start is in force throughout
  const byMode = new Map(
    MODES.map((mode) => [
      mode,
      [-Infinity, ...cuts].map((at) => {
        const live = <T extends CompiledLayer | CompiledFee>(v: T) => at >= v.fromMs && at < v.untilMs && (!v.modes || v.modes.has(mode));
        return { layers: layers.filter(live), fees: fees.filter(live) };
      }),
    ]),
  );
  return { ok: true, tariffs: { set, layers, fees, cuts, byMode, stamp: Object.freeze({ version: set.version }) } };
}
