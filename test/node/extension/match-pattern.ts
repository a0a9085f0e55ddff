// Chrome/Firefox extension match patterns ("https://*.shein.com/*"), as the browsers read them
// (developer.chrome.com/docs/extensions/develop/concepts/match-patterns): scheme ("*" is http or
// https), host ("*", "*.example.com" = example.com and every subdomain, or an exact host, no
// port), and a path glob where "*" is any run of characters (query included). Used by the
// manifest and meta tests and the end-to-end tests to ask "would the content script run here?".

export function parseMatchPattern(pattern: string): { schemes: string[]; host: string; anySubdomain: boolean; path: RegExp } {
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[a-z0-9.-]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`not a match pattern this project uses: ${pattern}`);
  const [, scheme, host, path] = m;
  return {
    schemes: scheme === '*' ? ['http:', 'https:'] : [`${scheme}:`],
    host: host.replace(/^\*\.?/, ''),
    anySubdomain: host.startsWith('*'),
    path: new RegExp(`^${path.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`),
  };
}

export function patternMatches(pattern: string, href: string): boolean {
  const p = parseMatchPattern(pattern);
  const u = new URL(href);
  if (!p.schemes.includes(u.protocol)) return false;
  const hostOk = p.anySubdomain ? p.host === '' || u.hostname === p.host || u.hostname.endsWith(`.${p.host}`) : u.hostname === p.host;
  return hostOk && p.path.test(u.pathname + u.search);
}

/** A URL on the pattern's host (a subdomain "x" for "*." patterns), for asking an adapter's matches(). */
export function sampleUrl(pattern: string, sub = 'x'): string {
  const p = parseMatchPattern(pattern);
  return `${p.schemes[p.schemes.length - 1]}//${p.anySubdomain ? `${sub}.${p.host}` : p.host}/`;
}
