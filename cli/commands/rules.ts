// s321 rules [--json | --markdown] [--rules FILE]: prints the rule set in force.
import { parseArgs } from 'node:util';
import { defaultRules, formatIssue, prepareUnchecked, renderRulesMarkdown } from '../../core/index.ts';
import type { Command } from '../command.ts';
import { readJson, UsageError } from '../io.ts';

const help = `Usage: s321 rules [--json | --markdown] [--rules FILE]

Prints the rule set: every dated version with its scope, limit, status and citations.
  --json       the rule set as JSON: the starting point of a replacement set for --rules
  --markdown   the table published as docs/rules.md
  --rules FILE check and print a replacement set instead of the bundled one`;

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'print or check the rule set (JSON, or the docs/rules.md table)',
  help,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' }, markdown: { type: 'boolean' }, rules: { type: 'string' } },
      strict: true,
    });
    let set = defaultRules;
    if (values.rules) {
      const raw = await readJson(values.rules);
      const p = prepareUnchecked({ rules: raw });
      if (!p.ok)
        throw new UsageError(
          'invalid rules',
          2,
          p.issues.map((i) => `${values.rules}: ${formatIssue(i)}`),
        );
      set = p.rules.set;
    }
    if (values.json) process.stdout.write(JSON.stringify(set, null, 2) + '\n');
    else process.stdout.write(renderRulesMarkdown(set, { for: 'print' }));
    return 0;
  },
};
