// docs/rules.md is generated from the rule data by this function (`npm run docs`), and a test
// holds the committed file equal to it, so the documentation cannot drift from the rules.
import type { Citation, RuleSet, RuleVersion } from './types.ts';

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function cite(c: Citation): string {
  const text = !c.section ? c.document : c.section.startsWith('(') ? c.document + c.section : `${c.document}, ${c.section}`;
  return `${c.url ? `[${esc(text)}](${c.url})` : esc(text)} [${c.confidence}]`;
}

function scope(v: RuleVersion): string {
  const parts: string[] = [];
  if (v.scope?.origins) parts.push(`origin ${v.scope.origins.join(', ')}`);
  if (v.scope?.modes) parts.push(`mode ${v.scope.modes.join(', ')}`);
  return parts.length ? parts.join('; ') : 'all';
}

function limit(v: RuleVersion): string {
  if (!v.limitUsd) return '';
  const by = Object.entries(v.limitUsdBySenderCountry ?? {}).map(([c, a]) => `${c} $${a}`);
  return `$${v.limitUsd}${by.length ? ` (${by.join(', ')})` : ''}`;
}

/** What the version says beyond its status: carve-outs, formal-entry goods, who may take part. */
function conditions(v: RuleVersion): string {
  const parts: string[] = [];
  if (v.exceptFlags?.length) {
    parts.push(
      `except ${v.exceptFlags.join(', ')}${v.exceptCitations ? ` (carve-out: ${v.exceptCitations.map(cite).join('; ')})` : ''}${v.exceptUnconfirmed ? `, with a warning: ${esc(v.exceptUnconfirmed)}` : ''}`,
    );
  }
  if (v.formalEntryFlags?.length) parts.push(`formal entry over the limit or for ${v.formalEntryFlags.join(', ')}`);
  if (v.electronicEntry) parts.push('filed electronically');
  if (v.recipientTypes) parts.push(`recipient: ${v.recipientTypes.join(', ')}`);
  if (v.countries) parts.push(`countries: ${v.countries.join(', ')}`);
  const doubt = v.unsettledShipFrom;
  if (doubt)
    parts.push(
      `with a warning (${doubt.reasonCode}) for goods shipped from ${doubt.countries.join(', ')}: ${esc(doubt.summary)} (${doubt.citations.map(cite).join('; ')})`,
    );
  return parts.length ? ` (${parts.join('; ')})` : '';
}

/** The rule set as a Markdown page. `for: 'docs'` (docs/rules.md, generated) says the file is
 * generated; `for: 'print'` (`s321 rules`) says how to change the rules instead. */
export function renderRulesMarkdown(set: RuleSet, options: { for?: 'docs' | 'print' } = {}): string {
  const out: string[] = [];
  out.push('# Rule versions');
  out.push('');
  out.push(
    options.for === 'print'
      ? `The rule set in force (version ${set.version}). To change a rule, edit its JSON, not this page: \`s321 rules --json > rules.json\`, edit it, then pass \`--rules rules.json\` to \`s321 evaluate\` or \`s321 export\` (docs/updating-rules.md).`
      : `Generated from the rule data (rule set version ${set.version}) by \`npm run docs\`; a test keeps this file equal to the data. Do not edit by hand.`,
  );
  out.push('');
  out.push(
    'Times are New York wall-clock times: a version applies from `from` (inclusive) until `until` (exclusive). Where several versions of one topic match a shipment, the one with the most specific scope applies. Confidence tags: P = primary text checked, P-summary = only the summary of a primary text, P-copy = a copy of it, P-title = its title, S = secondary source only, M = unconfirmed lead. Every reason of a decision carries `confidence`, the weakest tag of the citations it rests on. docs/sources.md says what each instrument decides and where to read it; docs/decisions.md the choices the sources leave open.',
  );
  out.push('');
  const topics = [...new Set(set.versions.map((v) => v.topic))];
  for (const t of topics) {
    out.push(`## ${t}`);
    out.push('');
    out.push('| id | from | until | scope | status | limit | reason code | summary | citations |');
    out.push('|---|---|---|---|---|---|---|---|---|');
    for (const v of set.versions.filter((x) => x.topic === t)) {
      out.push(
        `| \`${v.id}\` | ${v.from ?? '(always)'} | ${v.until ?? '(open)'} | ${scope(v)} | ${v.status}${conditions(v)} | ${limit(v)} | ${v.reasonCode ?? ''} | ${esc(v.summary)}${v.note ? ` *Note: ${esc(v.note)}*` : ''} | ${v.citations.map(cite).join('; ')} |`,
      );
    }
    out.push('');
  }
  out.push('## Exclusions (whatever the value and date)');
  out.push('');
  out.push('| id | item flag | bars | condition | reason code | summary | citations |');
  out.push('|---|---|---|---|---|---|---|');
  for (const e of set.exclusions) {
    out.push(
      `| \`${e.id}\` | ${e.flag} | ${e.bars.join(', ')} | ${e.unitValueOverUsd ? `unit value over $${e.unitValueOverUsd}` : ''}${e.needsAceEntry ? ' needs an ACE entry even by mail' : ''} | ${e.reasonCode} | ${esc(e.summary)} | ${e.citations.map(cite).join('; ')} |`,
    );
  }
  out.push('');
  out.push('## HTS hints');
  out.push('');
  out.push(
    '"apply": the heading settles the fact and sets the flag, unless the item carries the opposite flag; "suggest": the heading leaves the fact open and only warns. Either way the reason is a warning (`level: "warning"`, with the `item` and, for "apply", the `flag` it set): the headings are HTSUS structure, their reading as an exclusion is ours, and the `unless` flag corrects a wrong classification.',
  );
  out.push('');
  out.push('| id | HTS prefixes | flag | effect | unless | reason code | summary | citations |');
  out.push('|---|---|---|---|---|---|---|---|');
  for (const h of set.htsHints) {
    out.push(
      `| \`${h.id}\` | ${h.prefixes.join(', ')} | ${h.flag} | ${h.effect} | ${h.unlessFlag ?? ''} | ${h.reasonCode} | ${esc(h.summary)} | ${h.citations.map(cite).join('; ')} |`,
    );
  }
  out.push('');
  return out.join('\n');
}
