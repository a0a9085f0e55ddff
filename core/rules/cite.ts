import type { Citation } from './types.ts';

/** "EO 14324 (90 FR 37775, FR Doc 2025-14897); CSMS 66065494": the citation string of a reason. */
export function citationText(cs: readonly Citation[]): string {
  return cs.map((c) => (!c.section ? c.document : c.section.startsWith('(') ? c.document + c.section : `${c.document}, ${c.section}`)).join('; ');
}
