// Dated law: one version format and one loader for the rules, the tariffs, the filing rules and
// the schedule's editions (openfisca's parameters are the model: each value is dated and cites
// its reference). A version holds for [from, until) in New York wall-clock time ("2025-08-29"
// is 00:00 that day, "2025-08-29T00:01" a minute later; absent = always / open-ended) within its
// scope, and names the instruments it rests on with a confidence tag. The loader checks what
// makes a set trustworthy and returns issues with JSON paths, never throwing: unique ids, real
// windows, no two versions of one group (a topic, a program) that could apply to the same case
// at the same instant, and, where a group must always say something, no gap between its versions.
import type { InputIssue } from '../issues.ts';
import { newYorkWhenToMs } from '../time/new-york.ts';
import type { Citation } from './cite.ts';

/** The fields every dated version has (a rule version, a duty layer, a fee, a filing rule). */
export interface DatedVersion {
  /** stable identifier, unique in its set */
  id: string;
  /** New York wall-clock start, inclusive: "2016-03-10" or "2025-08-29T00:01"; absent = always */
  from?: string;
  /** New York wall-clock end, exclusive; absent = open-ended */
  until?: string;
  /** the instruments the version rests on, each with its confidence tag */
  citations: readonly Citation[];
}

/** A version's window in UTC ms: [fromMs, untilMs), open ends infinite. */
export interface Validity {
  readonly fromMs: number;
  readonly untilMs: number;
}

/** A version's [from, until) window in ms (open ends infinite), or null when a date is not real;
 * pushes the issues of unreal dates and of an empty window (which is still returned). */
export function versionWindow(at: string, from: string | undefined, until: string | undefined, issues: InputIssue[]): [number, number] | null {
  const fromMs = from === undefined ? -Infinity : newYorkWhenToMs(from);
  const untilMs = until === undefined ? Infinity : newYorkWhenToMs(until);
  if (fromMs === null) issues.push({ path: `${at}.from`, code: 'INVALID_DATE', message: `"${from}" is not a real date/time` });
  if (untilMs === null) issues.push({ path: `${at}.until`, code: 'INVALID_DATE', message: `"${until}" is not a real date/time` });
  if (fromMs === null || untilMs === null) return null;
  if (!(fromMs < untilMs)) issues.push({ path: at, code: 'EMPTY_WINDOW', message: `"from" (${from}) must be before "until" (${until})` });
  return [fromMs, untilMs];
}

/** Checks that an id is new in its set (`ids` holds those seen), pushing DUPLICATE_ID at `at.id`. */
export function uniqueId(id: string, at: string, ids: Set<string>, issues: InputIssue[]): void {
  if (ids.has(id)) issues.push({ path: `${at}.id`, code: 'DUPLICATE_ID', message: `id "${id}" is used twice` });
  ids.add(id);
}

/** Loads one version at path `at`: its id is unique and its window real. The window, or null when
 * a date is not real (its issues pushed). */
export function loadVersion(v: DatedVersion, at: string, ids: Set<string>, issues: InputIssue[]): [number, number] | null {
  uniqueId(v.id, at, ids, issues);
  return versionWindow(at, v.from, v.until, issues);
}

/** Whether a version is in force at an instant (ms). */
export const inForce = (w: Validity, at: number): boolean => at >= w.fromMs && at < w.untilMs;

/** How versions are kept apart: those of one group must not both apply to one case at one instant. */
export interface OverlapRule<C extends Validity> {
  /** the group of a version (a topic, a program): versions of different groups never clash */
  group(c: C): string;
  /** whether two versions of a group could apply to the same case, time and HTS numbers aside */
  meet(a: C, b: C): boolean;
  /** the HTS prefixes of a version scoped by number (undefined: every number) */
  prefixes?(c: C): readonly string[] | undefined;
  /** the version as written (its id names it in the issue) */
  version(c: C): DatedVersion;
  /** the path of the issues ("versions", "layers") */
  path: string;
}

/** Pushes an OVERLAP issue for each pair of versions of one group that could apply to the same
 * case at the same instant (the earlier in the list named first). Each group is swept in order
 * of start, so only versions whose windows meet are compared (a version is compared with the
 * later ones that start before it ends); versions scoped by HTS number are compared with each
 * other through their sorted prefixes (a prefix meets the prefixes it starts or that start it),
 * never prefix by prefix: O(N log N) for sets of back-to-back or number-disjoint versions. */
export function findOverlaps<C extends Validity>(list: readonly C[], rule: OverlapRule<C>, issues: InputIssue[]): void {
  const groups = new Map<string, number[]>();
  list.forEach((c, i) => {
    const key = rule.group(c);
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  });
  const reported = new Set<number>();
  const clash = (i: number, j: number) => {
    if (i > j) [i, j] = [j, i];
    const a = list[i],
      b = list[j],
      key = i * list.length + j;
    if (i === j || reported.has(key) || !(a.fromMs < b.untilMs && b.fromMs < a.untilMs && rule.meet(a, b))) return;
    reported.add(key);
    issues.push({
      path: rule.path,
      code: 'OVERLAP',
      message: `"${rule.version(a).id}" and "${rule.version(b).id}" (${rule.group(a)}) can apply to the same case at the same time; end one where the other starts, or split their scopes`,
    });
  };
  const scoped = (i: number) => rule.prefixes !== undefined && rule.prefixes(list[i]) !== undefined;
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const order = [...g].sort((i, j) => list[i].fromMs - list[j].fromMs || i - j);
    // wide: the versions without an HTS scope, which meet every version of the group
    const wide = order.filter((i) => !scoped(i));
    let w = 0;
    order.forEach((i, k) => {
      const until = list[i].untilMs;
      if (!scoped(i)) {
        w++;
        for (let m = k + 1; m < order.length && list[order[m]].fromMs < until; m++) clash(i, order[m]);
      } else for (let m = w; m < wide.length && list[wide[m]].fromMs < until; m++) clash(i, wide[m]);
    });
    if (!rule.prefixes) continue;
    const entries: Array<[string, number]> = [];
    for (const i of g) for (const p of rule.prefixes(list[i]) ?? []) entries.push([p, i]);
    entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const stack: Array<[string, number]> = [];
    for (const e of entries) {
      while (stack.length && !e[0].startsWith(stack[stack.length - 1][0])) stack.pop();
      for (const s of stack) clash(s[1], e[1]);
      stack.push(e);
    }
  }
}

/** Pushes a GAP issue at `path` for each hole between the versions of a group (`group`; null
 * leaves a version out): an instant after the first of them starts and before the last ends
 * where none is in force. For the data that must say something at every instant once it starts:
 * the rule topics, the fee chains, the filing rules of one kind. */
export function findGaps<C extends Validity>(
  list: readonly C[],
  group: (c: C) => string | null,
  version: (c: C) => DatedVersion,
  path: string,
  issues: InputIssue[],
): void {
  const groups = new Map<string, C[]>();
  for (const c of list) {
    const key = group(c);
    if (key === null) continue;
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  for (const [key, g] of groups) {
    g.sort((a, b) => a.fromMs - b.fromMs);
    let last = g[0];
    for (const c of g) {
      if (c.fromMs > last.untilMs) {
        const a = version(last),
          b = version(c);
        issues.push({
          path,
          code: 'GAP',
          message: `"${a.id}" ends at ${a.until} but "${b.id}" (${key}) starts only at ${b.from}: nothing is in force in between; start one where the other ends`,
        });
      }
      if (c.untilMs > last.untilMs) last = c;
    }
  }
}
