// evaluate() for a request of unknown shape: what the library's typed `evaluate` (core/index.ts)
// runs, and what the doors call with JSON they read (the command line, the extension, tests). The
// request and the options are checked here in full, so the types only help the caller.
import { evaluatePriced } from './charges/index.ts';
import type { Decision } from './evaluate/evaluate.ts';
import type { InputIssue } from './issues.ts';
import { prepareUnchecked, type UncheckedOptions } from './prepare.ts';
import { isSchedule, loadSchedule } from './schedule/schedule.ts';

/** The decisions of a batch request, in request order. */
export interface BatchDecision {
  decisions: Decision[];
}

/**
 * What `evaluate` returns: the decision (for a batch, {@link BatchDecision}), or the
 * input's issues, each with its JSON path. An ineligible shipment is a decision, not an issue.
 */
export type EvaluateOutput<T extends Decision | BatchDecision = Decision | BatchDecision> =
  | { ok: true; output: T }
  | { ok: false; issues: InputIssue[] };

/** One shipment or a batch, as parsed JSON: not exported by the package (use `evaluate`). */
export function evaluateJson(request: unknown, options: UncheckedOptions = {}): EvaluateOutput {
  const p = prepareUnchecked(options);
  if (!p.ok) return p;
  let schedule = null;
  if (options.schedule !== undefined) {
    // a loaded schedule, or its JSON (never the bundled data by default: a bundle that does not
    // call bundledSchedule() does not carry the 1 MB schedule)
    const s = isSchedule(options.schedule) ? { ok: true as const, schedule: options.schedule } : loadSchedule(options.schedule);
    if (!s.ok) return { ok: false, issues: s.issues.map((i) => ({ ...i, path: i.path ? `schedule.${i.path}` : 'schedule' })) };
    schedule = s.schedule;
  }
  const r = evaluatePriced(request, p.rules, p.rates, p.tariffs, schedule, p.approximateRates);
  if (!r.ok) return r;
  return { ok: true, output: r.batch ? { decisions: r.decisions } : r.decisions[0] };
}
