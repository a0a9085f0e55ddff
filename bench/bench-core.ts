// The engine's internal entry points the throughput bench times (the package exports only
// `evaluate`, which runs these): bundled by bench/evaluate.bench.ts as the core ships.
export { compileRates } from '../core/index.ts';
export { bundledRules } from '../core/prepare.ts';
export { bundledTariffs } from '../core/charges/index.ts';
export { runPipeline } from '../core/pipeline.ts';
export { decideRequest } from '../core/pipeline.ts';
export { NO_RATES } from '../core/money/rates.ts';
export { bundledSchedule, scheduleTariffs } from '../core/schedule/index.ts';
