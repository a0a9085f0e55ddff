import { CONFIDENCE, type Citation, type Confidence } from './types.ts';

/** "EO 14324 (90 FR 37775, FR Doc 2025-14897); CSMS 66065494": the citation string of a reason. */
export function citationText(cs: readonly Citation[]): string {
  return cs.map((c) => (!c.section ? c.document : c.section.startsWith('(') ? c.document + c.section : `${c.document}, ${c.section}`)).join('; ');
}

/** The weakest confidence tag of some citations (CONFIDENCE lists the tags strongest first): a
 * reason or a charge line is only as sure as its least sure source, so an [M] lead shows on what
 * rests on it. */
export function weakestConfidence(cs: readonly Citation[]): Confidence {
  let weakest = 0;
  for (const c of cs) weakest = Math.max(weakest, CONFIDENCE.indexOf(c.confidence));
  return CONFIDENCE[weakest];
}
