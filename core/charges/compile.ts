// Checking and compiling a tariff set. No zod here, so the widget can check its `tariffs`
// property without carrying a schema library: the shape is checked by the checker derived from
// the zod contract in schema.ts (contract.generated.ts, held equal to zod by
// test/node/core/charges/tariffs.test.ts), then this module checks the meaning: unique ids, real
// windows, consistent rates and bounds, no overlapping versions of a program.
// Every problem is an issue with a JSON path; nothing throws.

import type { InputIssue } from '../issues.ts';
import { usdCentsOf } from '../money/money.ts';
import { citationText } from '../rules/cite.ts';
import { MODES, type Citation, type ItemFlag, type Mode } from '../rules/types.ts';
import { newYorkWhenToMs } from '../time/new-york.ts';
import { parseRate, type Ratio } from './ratio.ts';
import { tariffSetChecker as shape } from './contract.generated.ts';
import { type FeeEntry, type FeeVersion, type LayerMethod, type LayerVersion, type TariffSet } from './types.ts';

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

/** Weakest first: a line is only as sure as its least sure source. */
const CONFIDENCE_ORDER: readonly string[] = ['M', 'S', 'P-title', 'P-copy', 'P-summary', 'P'];

export function weakestConfidence(cs: readonly Citation[]): string {
  let best = CONFIDENCE_ORDER.length - 1;
  for (const c of cs) best = Math.min(best, CONFIDENCE_ORDER.indexOf(c.confidence));
  return CONFIDENCE_ORDER[best];
}

// amounts the contract has checked ("2.69": at most two decimals), in exact cents
const cents = (text: string | undefined) => (text === undefined ? null : usdCentsOf(text));

function window(at: string, from: string | undefined, until: string | undefined, issues: InputIssue[]): [number, number] | null {
  const fromMs = from === undefined ? -Infinity : newYorkWhenToMs(from);
  const untilMs = until === undefined ? Infinity : newYorkWhenToMs(until);
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
  return { ok: true, tariffs: { set, layers, fees, cuts, byMode, stamp: Object.freeze({ version: set.version }) } };
}
