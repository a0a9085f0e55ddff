// `npm run docs`: regenerates the documentation that is derived from data (docs/rules.md).
// test/node/docs.test.ts fails when the committed file differs from what this writes.
import { writeFileSync } from 'node:fs';
import { defaultRules } from '../core/index.ts';
import { renderRulesMarkdown } from '../core/rules/markdown.ts';

writeFileSync('docs/rules.md', renderRulesMarkdown(defaultRules));
process.stdout.write('wrote docs/rules.md\n');
