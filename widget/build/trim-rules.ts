// The bundled rule set as the widget ships it: the same versions, limits, reason codes,
// summaries and citations, without the editorial fields no decision reads (the set's
// description, each version's note, each citation's URL). Those stay in core/ and in
// `s321 rules`; dropping them saves bundle bytes (issue 4's 15 KB budget).
// test/node/widget/trim-rules.test.ts checks that decisions are unchanged.
import type { Citation, RuleSet } from '../../core/rules/types.ts';

const trimCitations = (cs: Citation[]): Citation[] => cs.map(({ url: _url, ...c }) => c);

export function trimRuleSet(set: RuleSet): RuleSet {
  const { description: _d, ...rest } = set;
  return {
    ...rest,
    versions: set.versions.map(({ note: _n, ...v }) => ({ ...v, citations: trimCitations(v.citations) })),
    exclusions: set.exclusions.map((e) => ({ ...e, citations: trimCitations(e.citations) })),
    htsHints: set.htsHints.map((h) => ({ ...h, citations: trimCitations(h.citations) })),
  };
}
