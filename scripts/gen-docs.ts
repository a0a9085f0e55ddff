// `npm run docs`: regenerates the documentation derived from data and code:
// - docs/rules.md from the rule data;
// - the "json decision" blocks of the README's worked examples, from the request block before each.
// test/node/core/rules/rules.test.ts and readme.test.ts fail when the committed files differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { bundledSchedule, defaultRules, evaluate } from '../core/index.ts';
import { renderRulesMarkdown } from '../core/rules/markdown.ts';

writeFileSync('docs/rules.md', renderRulesMarkdown(defaultRules));
process.stdout.write('wrote docs/rules.md\n');

const rates = JSON.parse(readFileSync('examples/rates.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const updated = readme.replace(/```json request\n([\s\S]*?)\n```(\s*)```json decision\n[\s\S]*?\n```/g, (_all, req: string, gap: string) => {
  // as `s321 evaluate` does, and as test/node/docs/readme.test.ts checks: with the bundled tariff schedule
  const r = evaluate(JSON.parse(req), { rates, schedule: bundledSchedule() });
  if (!r.ok) throw new Error(`README example does not evaluate: ${JSON.stringify(r.issues)}`);
  return '```json request\n' + req + '\n```' + gap + '```json decision\n' + JSON.stringify(r.output, null, 2) + '\n```';
});
if (updated !== readme) {
  writeFileSync('README.md', updated);
  process.stdout.write('updated the worked examples in README.md\n');
}
