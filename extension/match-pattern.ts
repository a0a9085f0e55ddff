// Chrome/Firefox extension match patterns ("https://*.shein.com/*"), as the browsers read them
// (developer.chrome.com/docs/extensions/develop/concepts/match-patterns): scheme ("*" is http or
// https), host ("*", "*.example.com" = example.com and every subdomain, or an exact host, no
// port), and a path glob where "*" is any run of characters (query included). The extension
// uses it to ask "did the browser run the content script here on its own?" (capture-policy.ts);
// the manifest, meta and end-to-end tests use the same code.

export function parseMatchPattern(pattern: string): { schemes: string[]; host: string; anySubdomain: boolean; path: RegExp } {
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[a-z0-9.-]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`not a match pattern this project uses: ${pattern}`);
  const [, scheme, host, path] = m;
  return {
    schemes: scheme === '*' ? ['http:', 'https:'] : [`${scheme}:`],
    host: host.replace(/^\*\.?/, ''),
    anySubdomain: host.startsWith('*'),
    path: new RegExp(
      `^${path
        .split('*')
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    ),
  };
}

export function patternMatches(pattern: string, href: string): boolean {
  const p = parseMatchPattern(pattern);
  const u = new URL(href);
  if (!p.schemes.includes(u.protocol)) return false;
  const hostOk = p.anySubdomain ? p.host === '' || u.hostname === p.host || u.hostname.endsWith(`.${p.host}`) : u.hostname === p.host;
  return hostOk && p.path.test(u.pathname + u.search);
}
