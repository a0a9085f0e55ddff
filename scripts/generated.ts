// Every generated file of the repository, with the command that writes it and what it should hold
// now. `npm run gen` (scripts/gen-all.ts) runs the commands in this order; the one staleness test
// (test/node/scripts/generated.test.ts) compares each file with `expected()` and names the stale
// ones. A generator whose input is not in the repository (../shared/data, ../shared/fixtures)
// says so with `absent`, and is skipped, not failed, where that input is missing.
// The visible-price weights are fitted (minutes): they are compared by a stamp of their inputs
// (scripts/train-visible-price.ts inputsStamp), not fitted again.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const rel = (p: string) => (p.startsWith('/') ? relative(ROOT, p) : p);

export interface GeneratedSet {
  /** the npm script that regenerates these files */
  command: string;
  /** the script and arguments gen-all runs */
  run: string[];
  /** the input this generator reads from outside the repository, when it is missing (else null) */
  absent(): string | null;
  /** each file (relative to the repository) with the text it should hold; `stamp` files hold the
   * stamp of their inputs instead of being compared whole */
  expected(): Promise<Array<{ file: string; text: string } | { file: string; stamp: string; recorded: (text: string) => string | null }>>;
}

const missing = (path: string) => (existsSync(path) ? null : rel(path));

export const GENERATED: GeneratedSet[] = [
  {
    command: 'npm run gen:contracts',
    run: ['scripts/gen-contracts.ts'],
    absent: () => null,
    async expected() {
      const { generate, TARGETS } = await import('./gen-contracts.ts');
      return TARGETS.map((t) => ({ file: t.file, text: generate(t) }));
    },
  },
  {
    command: 'npm run gen:schedule',
    run: ['scripts/gen-schedule.ts'],
    absent: () => missing(fileURLToPath(new URL('../../shared/data/tariff-schedule/hts_2026_rev_10.json.gz', import.meta.url))),
    async expected() {
      const { scheduleModule, SOURCE, TARGET } = await import('./gen-schedule.ts');
      return [{ file: rel(TARGET), text: scheduleModule(readFileSync(SOURCE)).text }];
    },
  },
  {
    command: 'npm run gen:chapter99',
    run: ['scripts/gen-chapter99.ts'],
    absent: () => missing(fileURLToPath(new URL('../../shared/data/tariff-schedule/', import.meta.url))),
    async expected() {
      const { generate, OUT, OUT_S122 } = await import('./gen-chapter99.ts');
      const g = generate();
      return [
        { file: OUT, text: g.text },
        { file: OUT_S122, text: g.textS122 },
      ];
    },
  },
  {
    // after the schedule and Chapter 99, which it reads
    command: 'npm run gen:demo-tariffs',
    run: ['scripts/gen-demo-tariffs.ts'],
    absent: () => null,
    async expected() {
      const { demoTariffsSource, OUT } = await import('./gen-demo-tariffs.ts');
      return [{ file: rel(OUT), text: demoTariffsSource() }];
    },
  },
  {
    command: 'npm run gen:classifier',
    run: ['scripts/gen-classifier.ts'],
    absent: () => missing(fileURLToPath(new URL('../../shared/data/tariff-schedule/hts_2026_rev_10.json.gz', import.meta.url))),
    async expected() {
      const { generate, OUT, SCHEDULE } = await import('./gen-classifier.ts');
      return [{ file: OUT, text: generate(readFileSync(SCHEDULE)) }];
    },
  },
  {
    command: 'npm run gen:fx',
    run: ['scripts/gen-fx.ts'],
    absent: () => missing(fileURLToPath(new URL('../../shared/data/fx/eurofxref-hist.csv.gz', import.meta.url))),
    async expected() {
      const { FX_CSV, FX_FILE, generate } = await import('./gen-fx.ts');
      return [{ file: FX_FILE, text: generate(readFileSync(FX_CSV)).text }];
    },
  },
  {
    // docs/rules.md; the README's worked examples are checked by test/node/docs/readme.test.ts
    command: 'npm run docs',
    run: ['scripts/gen-docs.ts'],
    absent: () => null,
    async expected() {
      const { renderRulesMarkdown } = await import('../core/rules/markdown.ts');
      const { defaultRules } = await import('../core/index.ts');
      return [{ file: 'docs/rules.md', text: renderRulesMarkdown(defaultRules) }];
    },
  },
  {
    // the README's orders example and the rates its prices were made with
    command: 'npm run gen:orders',
    run: ['scripts/gen-orders.ts', '--example'],
    absent: () => null,
    async expected() {
      const { EXAMPLE, orderRows, ordersRates } = await import('./gen-orders.ts');
      const { stringify } = await import('csv-stringify/sync');
      const { ORDER_COLUMNS } = await import('../cli/records-orders.ts');
      const csv = stringify([[...ORDER_COLUMNS], ...orderRows(EXAMPLE.rows, { seed: EXAMPLE.seed, bad: EXAMPLE.bad })]);
      return [
        { file: EXAMPLE.out, text: csv },
        { file: EXAMPLE.rates, text: JSON.stringify(ordersRates(), null, 1) + '\n' },
      ];
    },
  },
  {
    command: 'npm run gen:visible-price',
    run: ['scripts/train-visible-price.ts', '--write'],
    absent: () => missing(fileURLToPath(new URL('../../shared/fixtures/zyte-dev/ground-truth.json', import.meta.url))),
    async expected() {
      const { inputsStamp, recordedStamp, WEIGHTS_FILE } = await import('./train-visible-price.ts');
      return [{ file: WEIGHTS_FILE, stamp: inputsStamp(), recorded: recordedStamp }];
    },
  },
];

/** The files of `set` that differ from what it would generate now (all of them are read). */
export async function staleFiles(set: GeneratedSet): Promise<string[]> {
  const stale: string[] = [];
  for (const e of await set.expected()) {
    let now: string | null = null;
    try {
      now = readFileSync(join(ROOT, e.file), 'utf8');
    } catch {
      // not written yet: stale
    }
    const fresh = 'text' in e ? now === e.text : now !== null && e.recorded(now) === e.stamp;
    if (!fresh) stale.push(e.file);
  }
  return stale;
}
