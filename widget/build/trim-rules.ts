// The bundled rule set as the widget ships it: the same versions, dates, scopes, limits, reason
// codes, summaries and citation texts, without the fields that no decision reads: the set's
// description, each version's title and note, the summaries no message quotes (gift, entry
// ceilings), each citation's URL (a carve-out's citations too), and with each list of citations folded
// into the one citation text a reason carries (as compile.ts would join them) and its weakest
// confidence tag. Those stay in core/ and in `s321 rules`; dropping them saves bundle bytes.
// The widget compiles this set with core/rules/compile.ts, which checks meaning, not shape.
// test/node/widget/trim-rules.test.ts checks that decisions are unchanged.
import { citationText, weakestConfidence } from '../../core/law/cite.ts';
import type { Citation, RuleSet } from '../../core/rules/types.ts';

type TrimmedCitation = Pick<Citation, 'document' | 'section' | 'confidence'>;
type Trimmed<T> = Omit<T, 'title' | 'note' | 'citations' | 'exceptCitations'> & { citations: TrimmedCitation[]; exceptCitations?: TrimmedCitation[] };

/** Topics whose summary a reason's message reads; the others' summaries are documentation. */
const SUMMARY_SHOWN = new Set(['commercial', 'postal', 'customs-territory']);

// the folded citation keeps the weakest tag, which a reason reports as its `confidence`
const trimCitations = (cs: Citation[]): TrimmedCitation[] => [{ document: citationText(cs), confidence: weakestConfidence(cs) }];

export function trimRuleSet(set: RuleSet): RuleSet {
  const versions: Trimmed<RuleSet['versions'][number]>[] = set.versions.map(({ title: _t, note: _n, citations, exceptCitations, ...v }) => ({
    ...v,
    summary: SUMMARY_SHOWN.has(v.topic) ? v.summary : '',
    citations: trimCitations(citations),
    ...(exceptCitations ? { exceptCitations: trimCitations(exceptCitations) } : {}),
    ...(v.unsettledShipFrom ? { unsettledShipFrom: { ...v.unsettledShipFrom, citations: trimCitations(v.unsettledShipFrom.citations) } } : {}),
  }));
  const exclusions: Trimmed<RuleSet['exclusions'][number]>[] = set.exclusions.map(({ citations, ...e }) => ({ ...e, citations: trimCitations(citations) }));
  const htsHints: Trimmed<RuleSet['htsHints'][number]>[] = set.htsHints.map(({ citations, ...h }) => ({ ...h, citations: trimCitations(citations) }));
  // the shape differs only in fields compile.ts and the engine never read
  return { version: set.version, versions, exclusions, htsHints } as unknown as RuleSet;
}
