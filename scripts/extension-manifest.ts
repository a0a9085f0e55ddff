// The built extension's manifest: the committed manifest.json (source paths, no host lists) plus
// the supported marketplaces' match patterns from the adapter registry, trimmed per browser.
// vite.config.ts builds with it, so a new site adapter needs no manifest edit; the host lists
// are the registry's, and a pattern that would reach beyond one marketplace stops the build
// (host permissions only for supported marketplaces: everywhere else the extension reads a page
// only after the user clicks the toolbar button, through activeTab).
import { parseMatchPattern } from '../extension/match-pattern.ts';

export type Browser = 'chrome' | 'firefox';
type Manifest = Record<string, unknown>;

/** Throws unless every pattern names https pages of one host or one domain's subdomains. */
export function checkMarketplaceHosts(hosts: readonly string[]): void {
  if (hosts.length === 0) throw new Error('no marketplace hosts: the registry declares no site adapter hosts');
  for (const h of hosts) {
    const p = parseMatchPattern(h);
    if (p.schemes.length !== 1 || p.schemes[0] !== 'https:') throw new Error(`${h}: marketplace hosts are https only`);
    // a bare "*" or "*.com" would grant every site (or every site under a top-level domain)
    if (!p.host.includes('.')) throw new Error(`${h}: a marketplace host must name one site, not every site`);
  }
  const seen = new Set<string>();
  for (const h of hosts) {
    if (seen.has(h)) throw new Error(`${h} is declared twice (two adapters claim one host)`);
    seen.add(h);
  }
}

/**
 * The manifest for one browser. Key order follows manifest.json, with `matches` first in the
 * content script and `host_permissions` right after `permissions`, where the committed
 * manifest kept them before they were derived.
 */
export function extensionManifest(source: Manifest, hosts: readonly string[], browser: Browser): Manifest {
  checkMarketplaceHosts(hosts);
  if ('host_permissions' in source) throw new Error("manifest.json must not list host_permissions: they come from the adapters' `hosts`");
  const out: Manifest = {};
  for (const [key, value] of Object.entries(structuredClone(source))) {
    if (key === 'content_scripts') {
      out[key] = (value as Manifest[]).map((cs) => {
        if ('matches' in cs) throw new Error("manifest.json content_scripts must not list matches: they come from the adapters' `hosts`");
        return { matches: [...hosts], ...cs };
      });
    } else if (key === 'background') {
      const bg = value as { service_worker: string; scripts: string[] };
      // Chrome runs a module service worker; crxjs reads background.scripts[0] for Firefox
      out[key] = browser === 'chrome' ? { service_worker: bg.service_worker, type: 'module' } : { scripts: bg.scripts, type: 'module' };
    } else if (key === 'browser_specific_settings' && browser === 'chrome') {
      continue;
    } else {
      out[key] = value;
    }
    if (key === 'permissions') out.host_permissions = [...hosts];
  }
  return out;
}
