// Match patterns for the tests: the extension's own reader (extension/match-pattern.ts) and a
// sample URL per pattern.
import { parseMatchPattern } from '../../../extension/match-pattern.ts';

export { parseMatchPattern, patternMatches } from '../../../extension/match-pattern.ts';

/** A URL on the pattern's host (a subdomain "x" for "*." patterns), for asking an adapter's matches(). */
export function sampleUrl(pattern: string, sub = 'x'): string {
  const p = parseMatchPattern(pattern);
  return `${p.schemes[p.schemes.length - 1]}//${p.anySubdomain ? `${sub}.${p.host}` : p.host}/`;
}
