// The US tariff schedule: the bundled edition, loading a replacement, lookups and rate parsing.
import type { InputIssue } from '../issues.ts';
import { bundledScheduleData } from './schedule.generated.ts';
import { loadSchedule, type Schedule, type ScheduleResult, isSchedule } from './schedule.ts';

export { loadSchedule, isSchedule, type Schedule, type ScheduleResult } from './schedule.ts';
export { editionAt, loadEditions, type Editions, type Schedules } from './editions.ts';
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

import { compileTariffs, type CompiledTariffs } from '../charges/compile.ts';
import { defaultTariffs } from '../charges/default-tariffs.ts';
import type { LayerVersion, TariffSet } from '../charges/types.ts';
import { chapter99Layers } from './chapter99.generated.ts';

let withChapter99Set: TariffSet | undefined;
/** The bundled tariff set with the Chapter 99 layers by HTS number (Section 301 China lists and
 * their 2024 increases, Section 232 lists): the set the command line and the extension price
 * with, beside the bundled schedule. The widget's bundled set leaves those layers out; a page
 * passes the ones its catalog needs (`catalogTariffs`). */
export function scheduleTariffSet(): TariffSet {
  return (withChapter99Set ??= {
    ...defaultTariffs,
    description: `${defaultTariffs.description} With the Chapter 99 layers by HTS number (Section 301 China, Section 232).`,
    layers: [...defaultTariffs.layers, ...(chapter99Layers as LayerVersion[])],
  });
}

let withChapter99: CompiledTariffs | undefined;
/** scheduleTariffSet(), compiled once (trusted data: test/node/core/schedule checks it). */
export function scheduleTariffs(): CompiledTariffs {
  if (!withChapter99) {
    const r = compileTariffs(scheduleTariffSet());
    if (!r.ok) throw new Error(`TARIFFS_INVALID: ${r.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    withChapter99 = r.tariffs;
  }
  return withChapter99;
}
