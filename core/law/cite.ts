// Citations: every dated value rests on the law it cites, tagged with how surely it was checked.
// One citation form and one list of tags for the rules, the tariffs, the filing rules and the
// schedule's editions.

/** How sure the compilers are of a cited fact: P = checked in primary text (P-summary: only its
 * summary; P-copy: a copy of it; P-title: its title), S = secondary sources only, M = an
 * unconfirmed lead, kept as data so it can be changed. Strongest first. */
export const CONFIDENCE = ['P', 'P-summary', 'P-copy', 'P-title', 'S', 'M'] as const;
/** A citation's confidence tag: one of the CONFIDENCE values. */
export type Confidence = (typeof CONFIDENCE)[number];

/** A legal source a dated value rests on, with how surely it was checked. */
export interface Citation {
  /** e.g. "EO 14324", "19 CFR 10.151", "CSMS 66065494" */
  document: string;
  /** section or paragraph, e.g. "sec. 2", "(a)" */
  section?: string;
  url?: string;
  /** P = primary text checked; S = secondary source only; M = unconfirmed lead */
  confidence: Confidence;
}

const cited = (c: Citation) => (!c.section ? c.document : c.section.startsWith('(') ? c.document + c.section : `${c.document}, ${c.section}`);

/** "EO 14324 (90 FR 37775, FR Doc 2025-14897); CSMS 66065494": the citation string of a reason. */
export function citationText(cs: readonly Citation[]): string {
  return cs.map(cited).join('; ');
}

/** "CSMS 66065494 [P]; EO 14324 [P]": the citations with each one's tag (record issues). */
export function taggedCitationText(cs: readonly Citation[]): string {
  return cs.map((c) => `${cited(c)} [${c.confidence}]`).join('; ');
}

/** The weakest confidence tag of some citations: a reason or a charge line is only as sure as
 * its least sure source, so an [M] lead shows on what rests on it. */
export function weakestConfidence(cs: readonly Citation[]): Confidence {
  let weakest = 0;
  for (const c of cs) weakest = Math.max(weakest, CONFIDENCE.indexOf(c.confidence));
  return CONFIDENCE[weakest];
}
