// s321 evaluate [FILE] [--rates FILE] [--rules FILE] [--pretty] [--format json|table]
import { evaluate, formatIssue, prepare, type Decision } from '../../core/index.ts';
import { readJson, UsageError } from '../io.ts';
import { decisionsTable } from '../table.ts';

export const evaluateHelp = `Usage: s321 evaluate [FILE] [--rates FILE] [--rules FILE] [--pretty] [--format json|table]

Decides whether shipments enter the US free of duty and tax under Section 321 on their arrival
date, and what entry they need. FILE (or stdin) holds one shipment or {"shipments": [...]},
evaluated together (same person, same day; lots of one order). Writes the decision(s) as JSON.

  --rates FILE    certified exchange rates {"EUR": [{"date","kind","unitsPerUsd"}]}
  --rules FILE    a replacement rule set (see \`s321 rules --json\` and docs/updating-rules.md)
  --pretty        indent the JSON
  --format table  a readable table instead of JSON

Exit codes: 0 decided, 2 invalid input (one line per problem on stderr, nothing on stdout).`;

export async function evaluateCommand(args: { file?: string; rates?: string; rules?: string; pretty?: boolean; format?: string }): Promise<number> {
  const format = args.format ?? 'json';
  if (format !== 'json' && format !== 'table') throw new UsageError(`--format: expected "json" or "table", got "${format}"`);
  const rules = args.rules ? await readJson(args.rules) : undefined;
  const rates = args.rates ? await readJson(args.rates) : undefined;
  const prepared = prepare({ rules, rates });
  if (!prepared.ok) throw new UsageError('invalid rules or rates', 2, prepared.issues.map((i) => `${args.rules && i.path.startsWith('rules') ? args.rules : args.rates}: ${formatIssue(i)}`));
  const request = await readJson(args.file);
  const r = evaluate(request, { rules: prepared.rules, rates: prepared.rates });
  if (!r.ok) throw new UsageError('invalid input', 2, r.issues.map(formatIssue));
  if (format === 'table') {
    const list: Decision[] = 'decisions' in r.output ? r.output.decisions : [r.output];
    process.stdout.write(decisionsTable(list) + '\n');
  } else {
    process.stdout.write(JSON.stringify(r.output, null, args.pretty ? 2 : undefined) + '\n');
  }
  return 0;
}
