// Editions of the schedule as dated law. The USITC publishes a revision of the HTSUS several
// times a year, each in force from its effective date; an entry is priced with the edition in
// force on its date, as the rules and the tariff layers are. A user who keeps several editions
// (`s321 schedule import` of each revision's export, then `--schedule FILE` once per edition)
// gets each entry priced by its own; with one edition, every entry is priced by it, and an entry
// before it or more than 90 days after it says so (core/schedule/charge.ts).
import type { InputIssue } from '../issues.ts';
import { segmentOf } from '../law/select.ts';
import { isSchedule, loadSchedule, type Schedule } from './schedule.ts';

/** Editions of the schedule as dated law: each in force from its effective date until the next
 * one's, the last open-ended (the stamps of the estimates name the edition used). */
export interface Editions {
  /** the editions in order of their effective dates */
  readonly list: readonly Schedule[];
  /** the instants where an edition takes effect, ascending (segment i + 1 is edition i's) */
  readonly cuts: readonly number[];
  /** The edition that prices an entry at this instant (ms): the one in force, or the first
   * before them all (its estimates then say the rates are those of a later edition). */
  at(instant: number): Schedule;
}

/** What prices items by their HTS number: one edition of the schedule, or several by date. */
export type Schedules = Schedule | Editions;

/** Loads editions (any order): unique names, and no two taking effect on the same day (which one
 * would apply would be left to the order of the list). */
export function loadEditions(editions: readonly Schedule[]): { ok: true; editions: Editions } | { ok: false; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  const names = new Set<string>();
  editions.forEach((e, i) => {
    if (names.has(e.edition)) issues.push({ path: `[${i}].edition`, code: 'DUPLICATE_ID', message: `edition "${e.edition}" is given twice` });
    names.add(e.edition);
  });
  if (!editions.length) issues.push({ path: '', code: 'MISSING', message: 'no edition of the schedule is given' });
  const list = [...editions].sort((a, b) => a.version.fromMs - b.version.fromMs);
  const cuts = list.map((e) => e.version.fromMs);
  // each edition is in force until the next takes effect: two taking effect together would both be
  for (let i = 1; i < list.length; i++) {
    if (cuts[i] !== cuts[i - 1]) continue;
    issues.push({
      path: 'editions',
      code: 'OVERLAP',
      message: `editions "${list[i - 1].edition}" and "${list[i].edition}" both take effect on ${list[i].effective}: which one prices an entry would be left to the order they are given in; give one edition per effective date`,
    });
  }
  if (issues.length) return { ok: false, issues };
  const editionsByDate: Editions = { list, cuts, at: (instant) => editionAt(editionsByDate, instant) ?? list[0] };
  return { ok: true, editions: editionsByDate };
}

/** The edition in force at an instant (ms), or null before the first one. */
export function editionAt(editions: Pick<Editions, 'list' | 'cuts'>, at: number): Schedule | null {
  const i = segmentOf(editions.cuts, at);
  return i === 0 ? null : editions.list[i - 1];
}

/** The `schedule` option of `evaluate`: a loaded edition, loaded editions, the JSON of one
 * (`s321 schedule import` writes it), or a list of those (one per edition, any order). Issues
 * have paths under "schedule" ("schedule[1].effective" for the second of a list). */
export function loadScheduleOption(input: unknown): { ok: true; schedule: Schedules } | { ok: false; issues: InputIssue[] } {
  if (isSchedule(input) || isEditions(input)) return { ok: true, schedule: input };
  if (!Array.isArray(input)) {
    const r = loadSchedule(input);
    return r.ok ? r : { ok: false, issues: r.issues.map((i) => ({ ...i, path: i.path ? `schedule.${i.path}` : 'schedule' })) };
  }
  const issues: InputIssue[] = [];
  const list: Schedule[] = [];
  input.forEach((x, k) => {
    const r = isSchedule(x) ? { ok: true as const, schedule: x } : loadSchedule(x);
    if (r.ok) list.push(r.schedule);
    else for (const i of r.issues) issues.push({ ...i, path: i.path ? `schedule[${k}].${i.path}` : `schedule[${k}]` });
  });
  if (issues.length) return { ok: false, issues };
  const e = loadEditions(list);
  if (!e.ok) return { ok: false, issues: e.issues.map((i) => ({ ...i, path: i.path.startsWith('[') ? `schedule${i.path}` : 'schedule' })) };
  return { ok: true, schedule: list.length === 1 ? list[0] : e.editions };
}

function isEditions(x: unknown): x is Editions {
  return typeof x === 'object' && x !== null && typeof (x as Editions).at === 'function' && Array.isArray((x as Editions).list);
}
