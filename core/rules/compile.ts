// Compiling a rule set: the checks that make a set trustworthy (no two versions overlapping for
// one scope, no gap in a topic, every version cited, real dates and countries) and the structure
// the engine reads on its hot path. Dated law's loader (core/law) does what the rules share with
// the tariffs and the filing rules; the steps here are the rules' own. No zod here, so the widget
// can compile its bundled rules without a schema library; sets that come from outside (--rules,
// a property) pass the shape check of the derived checker first (load.ts).
import type { InputIssue } from '../issues.ts';
import { isCountry } from '../geo/countries.ts';
import { citationText, weakestConfidence } from '../law/cite.ts';
import { findGaps, findOverlaps, loadVersion, uniqueId } from '../law/dated.ts';
import { includes, meets } from '../law/scope.ts';
import { mostSpecific } from '../law/select.ts';
import { formatUsd, usdCentsOf, usdFromCents, type UsdValue } from '../money/money.ts';
import { newYorkOffsetMinutes } from '../time/new-york.ts';
import type { Confidence, Exclusion, HtsHint, ItemFlag, Mode, RuleSet, RuleVersion, Topic } from './types.ts';
import { TOPICS } from './types.ts';

/** A rule version compiled for fast matching; its fields other than `v` are not part of the API. */
export interface CompiledVersion {
  readonly rule: RuleVersion;
  readonly fromMs: number; // -Infinity when open
  readonly untilMs: number; // +Infinity when open
  readonly origins: ReadonlySet<string> | null;
  readonly modes: ReadonlySet<Mode> | null;
  readonly specificity: number;
  readonly limitCents: number | null;
  readonly limitCentsBySender: ReadonlyMap<string, number>;
  readonly exceptFlags: ReadonlySet<ItemFlag>;
  /** the citation of the carve-out: exceptCitations, or the version's own */
  readonly exceptCitation: string;
  readonly formalEntryFlags: ReadonlySet<ItemFlag>;
  /** customs-territory topic: the countries inside it */
  readonly countries: ReadonlySet<string>;
  /** "2025-08-29T00:01-04:00" or null */
  readonly effective: string | null;
  /** when the same suspension or repeal began, following adjacent versions back (a suspension
   * continued by a later order or regulation has been in force since its first version); null
   * for versions in force, whose successive regimes (postal duties) are different rules */
  since: string | null;
  /** the citation string reported with its reasons, and the weakest confidence tag of its citations */
  readonly citation: string;
  readonly confidence: Confidence;
  /** limitUsd as exact USD and as printed ("800.00"), precomputed for the hot path */
  readonly limit: UsdValue | null;
  readonly limitText: string | null;
}

export interface CompiledExclusion {
  readonly exclusion: Exclusion;
  readonly unitOverCents: number | null;
  readonly citation: string;
  readonly confidence: Confidence;
}

export interface CompiledHint {
  readonly hint: HtsHint;
  readonly citation: string;
  readonly confidence: Confidence;
}

/** A rule set checked and compiled once; pass it back as the `rules` option. Its fields other than `set` are not part of the API. */
export interface CompiledRules {
  readonly set: RuleSet;
  readonly byTopic: Readonly<Record<Topic, readonly CompiledVersion[]>>;
  readonly exclusions: readonly CompiledExclusion[];
  readonly htsHints: readonly CompiledHint[];
  /** exclusions indexed by flag */
  readonly exclusionsByFlag: ReadonlyMap<ItemFlag, readonly CompiledExclusion[]>;
  /** every country any customs-territory version lists: a shipment from elsewhere is an import
   * whatever the date, without a version lookup */
  readonly territoryCountries: ReadonlySet<string>;
}

/** Thrown when the bundled or a supplied rule set is broken: a configuration error, not input. */
export class RuleSetError extends Error {
  readonly code = 'RULES_INVALID';
  constructor(readonly issues: InputIssue[]) {
    super(`rule set is invalid:\n${issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
  }
}

/** The compiled rules, or the rule set's issues with their paths. */
export type CompileResult = { ok: true; rules: CompiledRules } | { ok: false; issues: InputIssue[] };

/** Checks and compiles a rule set whose shape is known to be right (the bundled set, or one that
 * passed ruleSetSchema); returns the issues instead of throwing. */
export function compileRuleSet(set: RuleSet): CompileResult {
  const issues: InputIssue[] = [];
  const ids = new Set<string>();
  const versions = compileVersions(set.versions, ids, issues);
  checkOverlaps(versions, issues);
  checkGaps(versions, issues);
  const byTopic = sortedByTopic(versions);
  dateSuspensionsFromTheirFirst(byTopic);
  const exclusions = compileExclusions(set.exclusions, ids, issues);
  set.htsHints.forEach((h, i) => uniqueId(h.id, `htsHints[${i}]`, ids, issues));
  for (const t of ['commercial', 'gift', 'entry-ceiling'] as const) {
    if (byTopic[t].length === 0) issues.push({ path: 'versions', code: 'MISSING_TOPIC', message: `no version for topic "${t}"` });
  }
  if (issues.length) return { ok: false, issues };
  const territoryCountries = new Set(byTopic['customs-territory'].flatMap((compiled) => [...compiled.countries]));
  const htsHints = set.htsHints.map((hint) => ({ hint, citation: citationText(hint.citations), confidence: weakestConfidence(hint.citations) }));
  return { ok: true, rules: { set, byTopic, exclusions, htsHints, exclusionsByFlag: byFlag(exclusions), territoryCountries } };
}

/** The version of a topic that applies to a shipment at an instant: the most specific match. */
export function selectVersion(rules: CompiledRules, topic: Topic, instant: number, origins: readonly string[], mode: Mode): CompiledVersion | null {
  return mostSpecific(rules.byTopic[topic], instant, origins, mode);
}

/** Step 1: each version loaded (unique id, real window) and checked (countries, the fields its
 * topic and status need), then compiled; versions with unreal dates are left out. */
function compileVersions(list: readonly RuleVersion[], ids: Set<string>, issues: InputIssue[]): CompiledVersion[] {
  const out: CompiledVersion[] = [];
  list.forEach((v, i) => {
    const at = `versions[${i}]`;
    const w = loadVersion(v, at, ids, issues);
    checkVersion(v, at, issues);
    if (w) out.push(compileVersion(v, w[0], w[1]));
  });
  return out;
}

/** What a version of its topic and status must state, and real countries. */
function checkVersion(v: RuleVersion, at: string, issues: InputIssue[]): void {
  for (const [key, list] of [
    ['scope.origins', v.scope?.origins],
    ['countries', v.countries],
    ['unsettledShipFrom.countries', v.unsettledShipFrom?.countries],
  ] as const) {
    list?.forEach((o, j) => {
      if (!isCountry(o)) issues.push({ path: `${at}.${key}[${j}]`, code: 'UNKNOWN_COUNTRY', message: `"${o}" is not an ISO 3166-1 alpha-2 country` });
    });
  }
  if (v.topic === 'customs-territory' && !v.countries?.length) {
    issues.push({ path: `${at}.countries`, code: 'MISSING', message: 'a customs-territory version needs the countries inside the territory' });
  }
  const needsLimit =
    (v.topic === 'commercial' && v.status === 'available') ||
    v.topic === 'gift' ||
    v.topic === 'entry-ceiling' ||
    (v.topic === 'chapter99-formal' && v.status === 'in-force');
  if (needsLimit && v.limitUsd === undefined)
    issues.push({ path: `${at}.limitUsd`, code: 'MISSING', message: `a ${v.topic} version with status "${v.status}" needs limitUsd` });
  if (v.topic === 'commercial' && v.status !== 'available' && !v.reasonCode) {
    issues.push({ path: `${at}.reasonCode`, code: 'MISSING', message: 'a suspended or repealed version needs a reasonCode' });
  }
  if (v.exceptFlags?.length && v.limitUsd === undefined) {
    issues.push({ path: `${at}.limitUsd`, code: 'MISSING', message: 'exceptFlags keep the exemption up to a limit: limitUsd is needed' });
  }
}

/** The hot-path form of a version: scope as sets, limits in cents and as printed, citations as text. */
function compileVersion(v: RuleVersion, fromMs: number, untilMs: number): CompiledVersion {
  const limitCentsBySender = new Map<string, number>();
  for (const [c, amount] of Object.entries(v.limitUsdBySenderCountry ?? {})) limitCentsBySender.set(c, usdCentsOf(amount));
  const limitCents = v.limitUsd === undefined ? null : usdCentsOf(v.limitUsd);
  const limit = limitCents === null ? null : usdFromCents(limitCents);
  return {
    rule: v,
    fromMs,
    untilMs,
    origins: v.scope?.origins ? new Set(v.scope.origins) : null,
    modes: v.scope?.modes ? new Set(v.scope.modes) : null,
    specificity: (v.scope?.origins ? 1 : 0) + (v.scope?.modes ? 1 : 0),
    limitCents,
    limitCentsBySender,
    exceptFlags: new Set(v.exceptFlags ?? []),
    exceptCitation: citationText(v.exceptCitations ?? v.citations),
    formalEntryFlags: new Set(v.formalEntryFlags ?? []),
    countries: new Set(v.countries ?? []),
    effective: effectiveText(v.from, fromMs),
    since: null,
    citation: citationText(v.citations),
    confidence: weakestConfidence(v.citations),
    limit,
    limitText: limit === null ? null : formatUsd(limit),
  };
}

/** A version's start as written in the data ("2025-08-29T00:01", a date at 00:00) with the New
 * York offset in force at that instant (ms, read from the same text): -04:00 (EDT) or -05:00 (EST). */
function effectiveText(text: string | undefined, ms: number): string | null {
  if (text === undefined) return null;
  return (text.length === 10 ? `${text}T00:00` : text) + (newYorkOffsetMinutes(ms) === -240 ? '-04:00' : '-05:00');
}

/** Step 2: no two versions of one topic may both apply to one shipment at one instant with the
 * same specificity: that would leave the answer to the order of the file. */
function checkOverlaps(versions: readonly CompiledVersion[], issues: InputIssue[]): void {
  const meet = (a: CompiledVersion, b: CompiledVersion) => a.specificity === b.specificity && meets(a.origins, b.origins) && meets(a.modes, b.modes);
  findOverlaps(versions, { group: topicOf, meet, version: ruleOf, path: 'versions' }, issues);
}

/** Step 3: once a topic's versions for every shipment (no scope) begin, one of them is in force
 * at every instant until the last ends: a hole would leave shipments without an answer. */
function checkGaps(versions: readonly CompiledVersion[], issues: InputIssue[]): void {
  findGaps(versions, (c) => (c.specificity === 0 ? c.rule.topic : null), ruleOf, 'versions', issues);
}

const topicOf = (c: CompiledVersion) => c.rule.topic;
const ruleOf = (c: CompiledVersion) => c.rule;

/** The versions by topic, each topic in order of start (what selection and `since` read). */
function sortedByTopic(versions: readonly CompiledVersion[]): Record<Topic, CompiledVersion[]> {
  const byTopic = Object.fromEntries(TOPICS.map((t) => [t, [] as CompiledVersion[]])) as Record<Topic, CompiledVersion[]>;
  for (const c of versions) byTopic[c.rule.topic].push(c);
  for (const t of TOPICS) byTopic[t].sort((a, b) => a.fromMs - b.fromMs);
  return byTopic;
}

/** Step 4, `since`: follow a suspension or repeal back through the versions that said the same
 * just before it began. The predecessor of a version depends on that version alone, so each
 * version's `since` is its predecessor's, computed in order of start (a predecessor starts
 * earlier); the predecessor is the first version, in order of start, with the same status and
 * reason, in force the instant before and covering the scope, found through a max-tree of the
 * versions' ends: O(N log N) for back-to-back versions (the walk with a search per step was
 * cubic, 10.8 s for 3,000 versions). */
function dateSuspensionsFromTheirFirst(byTopic: Record<Topic, CompiledVersion[]>): void {
  for (const topic of TOPICS) {
    const groups = new Map<string, CompiledVersion[]>();
    for (const v of byTopic[topic]) {
      if (v.rule.status === 'in-force') continue;
      const key = `${v.rule.status}\u0000${v.rule.reasonCode ?? ''}`;
      const g = groups.get(key);
      if (g) g.push(v);
      else groups.set(key, [v]);
    }
    for (const g of groups.values()) {
      const ends = new EndTree(g.map((v) => v.untilMs));
      g.forEach((cur, k) => {
        const t = cur.fromMs - 1;
        // a predecessor starts before `cur`, so it comes earlier in the group
        let prev: CompiledVersion | null = null;
        for (let i = ends.first(0, k - 1, t); i >= 0; i = ends.first(i + 1, k - 1, t)) {
          if (g[i].fromMs <= t && includes(g[i].origins, cur.origins) && includes(g[i].modes, cur.modes)) {
            prev = g[i];
            break;
          }
        }
        cur.since = prev ? prev.since : cur.effective;
      });
    }
  }
}

/** The first index in [lo, hi] whose end is after t, over a segment tree of maxima: log N a
 * query (the walk down is as deep as the tree, about 32 levels at most). */
class EndTree {
  private readonly n: number;
  private readonly max: Float64Array;
  constructor(ends: readonly number[]) {
    let n = 1;
    while (n < ends.length) n *= 2;
    this.n = n;
    this.max = new Float64Array(2 * n).fill(-Infinity);
    ends.forEach((e, i) => (this.max[n + i] = e));
    for (let i = n - 1; i >= 1; i--) this.max[i] = Math.max(this.max[2 * i], this.max[2 * i + 1]);
  }
  first(lo: number, hi: number, t: number): number {
    if (lo > hi) return -1;
    return this.walk(1, 0, this.n - 1, lo, hi, t);
  }
  private walk(node: number, l: number, r: number, lo: number, hi: number, t: number): number {
    if (r < lo || l > hi || this.max[node] <= t) return -1;
    if (l === r) return l;
    const m = (l + r) >> 1;
    const left = this.walk(2 * node, l, m, lo, hi, t);
    return left >= 0 ? left : this.walk(2 * node + 1, m + 1, r, lo, hi, t);
  }
}

/** Step 5: the exclusions, their ids unique among the versions', with their citations. */
function compileExclusions(list: readonly Exclusion[], ids: Set<string>, issues: InputIssue[]): CompiledExclusion[] {
  return list.map((e, i) => {
    uniqueId(e.id, `exclusions[${i}]`, ids, issues);
    return {
      exclusion: e,
      unitOverCents: e.unitValueOverUsd === undefined ? null : usdCentsOf(e.unitValueOverUsd),
      citation: citationText(e.citations),
      confidence: weakestConfidence(e.citations),
    };
  });
}

function byFlag(exclusions: readonly CompiledExclusion[]): Map<ItemFlag, CompiledExclusion[]> {
  const out = new Map<ItemFlag, CompiledExclusion[]>();
  for (const c of exclusions) {
    const g = out.get(c.exclusion.flag);
    if (g) g.push(c);
    else out.set(c.exclusion.flag, [c]);
  }
  return out;
}
