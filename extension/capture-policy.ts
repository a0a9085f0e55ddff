// When a page may be captured without the user asking (docs/extension.md, "Fair captures").
// The content script runs on its own only on the marketplaces the manifest lists; there it
// reports the page on load and after in-page navigation. Two exceptions keep a hostile page from
// filling the user's captures:
// - Hosts anyone can register. Anyone can open a store under myshopify.com (it is on the Public
//   Suffix List's private section for that reason), so a page there is a stranger's page: it is
//   read when the user opens the popup on it, never captured on its own.
// - Pages the content script was injected into after a toolbar click (activeTab): the user asked
//   about that page, once; later in-page navigations are not reported.
// Pure: the manifest's patterns are an argument.
import { patternMatches } from './match-pattern.ts';

/** Domains under which anyone can register a host (a store, a site), so a page there says
 * nothing about who wrote it. */
export const OPEN_REGISTRATION_DOMAINS: readonly string[] = ['myshopify.com'];

export function isOpenRegistrationHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return OPEN_REGISTRATION_DOMAINS.some((d) => h === d || h.endsWith(`.${d}`));
}

/** True when a page at `href` may be captured on load or navigation: the browser runs the
 * content script there on its own (`contentScriptMatches`, from the manifest) and the host is
 * not one anyone can register. */
export function automaticCaptureAllowed(href: string, contentScriptMatches: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (isOpenRegistrationHost(url.hostname)) return false;
  return contentScriptMatches.some((p) => {
    try {
      return patternMatches(p, url.href);
    } catch {
      return false;
    }
  });
}
