// s321 tariffs [--json] [--tariffs FILE]: prints the tariff set in force.
import { parseArgs } from 'node:util';
import { defaultTariffs, formatIssue } from '../../core/index.ts';
import { prepareUnchecked } from '../../core/prepare.ts';
import { renderTariffsMarkdown } from '../../core/charges/markdown.ts';
import type { Command } from '../command.ts';
import { readJson, UsageError } from '../io.ts';

const help = `Usage: s321 tariffs [--json] [--tariffs FILE]

Prints the tariff set behind the "charges" of \`s321 evaluate\`: the duty layers that apply by
country of origin and the fees (MPF, HMF, postal), each as dated versions with their citations
and confidence tags. Layers that go by HTS number (the MFN rate, Section 301 China lists,
Section 232) are not in it: they come with each item's "duties" (docs/charges.md).
  --json          the set as JSON: the starting point of a replacement set for --tariffs
  --tariffs FILE  check and print a replacement set instead of the bundled one (exit 2 if invalid)`;

export const tariffsCommand: Command = {
  name: 'tariffs',
  summary: 'print or check the tariff set: duty layers by origin and fees (JSON or tables)',
  help,
  async run(argv) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' }, tariffs: { type: 'string' } }, strict: true });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}" (use --tariffs FILE to check a file)`);
    let set = defaultTariffs;
    if (values.tariffs) {
      const raw = await readJson(values.tariffs);
      const p = prepareUnchecked({ tariffs: raw });
      if (!p.ok) throw new UsageError('invalid tariffs', 2, p.issues.map((i) => `${values.tariffs}: ${formatIssue(i)}`));
      set = p.tariffs.set;
    }
    process.stdout.write(values.json ? JSON.stringify(set, null, 2) + '\n' : renderTariffsMarkdown(set));
    return 0;
  },
};
