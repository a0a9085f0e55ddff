// Marketplace fixtures: test/fixtures/pages/<site>/NAME.html with NAME.expected.json
// ({url, draft}) beside it, for every site adapter. Read by the node tests, the meta-test and
// the bench; the browser test fetches the same files from the dev server. The sites are the
// registry's site adapters, so a new site needs no list here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Draft } from '../../../../extension/adapters/types.ts';
import { adapters } from '../../../../extension/adapters/registry.ts';
import { generic } from '../../../../extension/adapters/generic.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const PAGES_DIR = join(ROOT, 'test/fixtures/pages');
/** the site adapters' ids, in registry order */
export const SITES: readonly string[] = adapters.filter((a) => a !== generic).map((a) => a.id);

export interface SiteFixture {
  site: string;
  name: string;
  file: string;
  html: string;
  url: string;
  draft: Draft;
}

export function siteFixtures(site: string): SiteFixture[] {
  const dir = join(PAGES_DIR, site);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -5);
      const expectedFile = join(dir, `${name}.expected.json`);
      if (!existsSync(expectedFile)) throw new Error(`${site}/${f} has no ${name}.expected.json beside it: add one ({url, draft})`);
      const exp = JSON.parse(readFileSync(expectedFile, 'utf8')) as { url: string; draft: Draft };
      return { site, name, file: join(dir, f), html: readFileSync(join(dir, f), 'utf8'), url: exp.url, draft: exp.draft };
    });
}

export function allSiteFixtures(): SiteFixture[] {
  return SITES.flatMap((s) => siteFixtures(s));
}
