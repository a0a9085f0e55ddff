// s321 evaluate [FILE] [--rates FILE] [--rules FILE] [--tariffs FILE] [--schedule FILE] [--pretty] [--format json|table]
import {
  bundledApproximateRates,
  evaluate,
  formatIssue,
  MISSING_RATE,
  prepareUnchecked,
  scheduleTariffs,
  type Decision,
  type EvaluateRequest,
} from '../../core/index.ts';
import { readJson, UsageError } from '../io.ts';
import { scheduleOption } from '../schedule-file.ts';
import { decisionsTable } from '../table.ts';

export const evaluateHelp = `Usage: s321 evaluate [FILE] [--rates FILE] [--rules FILE] [--tariffs FILE] [--schedule FILE] [--pretty] [--format json|table]

Decides whether shipments enter the US free of duty and tax under Section 321 on their arrival
date, and what entry they need. FILE (or stdin) holds one shipment or {"shipments": [...]},
evaluated together (same person, same day; lots of one order). Writes the decision(s) as JSON.
A decision that is not exempt carries "charges": the estimated duty and fees, line by line with
citations. An item's MFN rate comes from the US tariff schedule by its 10-digit "hts" (bundled:
HTS 2026 Revision 10), or from its own "duties" layers (docs/charges.md).

  --rates FILE    certified exchange rates {"EUR": [{"date","kind","unitsPerUsd"}]}, the only
                  rates used when given. Without it, other currencies are converted at bundled
                  approximate rates (the ECB's reference rates, weekly, to ${bundledApproximateRates().last}):
                  each decision says so, with the rate's date, and a value within 5% of a
                  limit is "too close to call" ("valueDependence"; docs/currency.md)
  --rules FILE    a replacement rule set (see \`s321 rules --json\` and docs/updating-rules.md)
  --tariffs FILE  a replacement tariff set: duty layers by origin and fees (see \`s321 tariffs --json\`)
  --schedule FILE a replacement tariff schedule written by \`s321 schedule import\` (another edition);
                  once per edition to keep several: each shipment is priced by the edition in
                  force on its date
  --pretty        indent the JSON
  --format table  a readable table instead of JSON

Exit codes: 0 decided, 2 invalid input (one line per problem on stderr, nothing on stdout).`;

export async function evaluateCommand(args: {
  file?: string;
  rates?: string;
  rules?: string;
  tariffs?: string;
  schedule?: string[];
  pretty?: boolean;
  format?: string;
}): Promise<number> {
  const format = args.format ?? 'json';
  if (format !== 'json' && format !== 'table') throw new UsageError(`--format: expected "json" or "table", got "${format}"`);
  const rules = args.rules ? await readJson(args.rules) : undefined;
  const rates = args.rates ? await readJson(args.rates) : undefined;
  const tariffs = args.tariffs ? await readJson(args.tariffs) : scheduleTariffs();
  // --rates is authoritative: approximate rates only stand in when no certified table is given
  const prepared = prepareUnchecked({ rules, rates, tariffs, approximateRates: args.rates ? null : bundledApproximateRates() });
  const fileOf = (path: string) => (path.startsWith('rules') ? args.rules : path.startsWith('tariffs') ? args.tariffs : args.rates);
  if (!prepared.ok)
    throw new UsageError(
      'invalid rules, rates or tariffs',
      2,
      prepared.issues.map((i) => `${fileOf(i.path)}: ${formatIssue(i)}`),
    );
  const schedule = await scheduleOption(args.schedule);
  const request = await readJson(args.file);
  const r = evaluate(request as EvaluateRequest, {
    rules: prepared.rules,
    rates: prepared.rates,
    tariffs: prepared.tariffs,
    schedule,
    approximateRates: prepared.approximateRates,
  });
  if (!r.ok) {
    const lines = r.issues.map(formatIssue);
    // a price the answer depends on had no rate: say what to add
    if (r.issues.some((i) => i.code === MISSING_RATE)) {
      lines.push(
        args.rates
          ? `hint: ${args.rates} has no certified rate for that currency and date; add one (its form: s321 schema rates)`
          : 'hint: no approximate rate is bundled for that currency: add --rates FILE with its certified rate (e.g. --rates examples/rates.json; its form: s321 schema rates)',
      );
    }
    throw new UsageError('invalid input', 2, lines);
  }
  if (format === 'table') {
    const list: Decision[] = 'decisions' in r.output ? r.output.decisions : [r.output];
    process.stdout.write(decisionsTable(list) + '\n');
  } else {
    process.stdout.write(JSON.stringify(r.output, null, args.pretty ? 2 : undefined) + '\n');
  }
  return 0;
}
