// The US tariff schedule: the bundled edition, loading a replacement, lookups and rate parsing.
import { bundledScheduleData } from './schedule.generated.ts';
import { loadSchedule, type Schedule, type ScheduleResult, isSchedule } from './schedule.ts';

export { loadSchedule, isSchedule, type Schedule, type ScheduleResult } from './schedule.ts';
export { parseScheduleRate, RATE_UNITS, type ParsedRate, type RateUnit, type SpecificPart } from './rate.ts';
export { buildSchedule } from './build.ts';
export type { ScheduleData, ScheduleLine } from './types.ts';

let bundled: Schedule | undefined;
/** The bundled edition (HTS 2026 Revision 10), loaded on first use and shared. */
export function bundledSchedule(): Schedule {
  if (!bundled) {
    const r = loadSchedule(bundledScheduleData);
    if (!r.ok) throw new Error(`SCHEDULE_INVALID: ${r.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    bundled = r.schedule;
  }
  return bundled;
}

/** A schedule option: undefined gives the bundled edition; a loaded one passes; JSON is checked. */
export function prepareSchedule(input: unknown): ScheduleResult {
  if (input === undefined || input === null) return { ok: true, schedule: bundledSchedule() };
  if (isSchedule(input)) return { ok: true, schedule: input };
  return loadSchedule(input);
}
export { catalogTariffs, type CatalogEntry, type CatalogTariffsResult } from './catalog.ts';
