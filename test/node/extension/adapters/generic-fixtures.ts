// Fixture access for the extension's node tests: the committed generic pages and the shared real
// pages in ../shared/fixtures/pages (read at test time, never copied into the repository).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import type { Draft } from '../../../../extension/adapters/types.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const GENERIC_DIR = join(root, 'test/fixtures/pages/generic');
export const SHARED_DIR = process.env.S321_SHARED_PAGES ?? resolve(root, '../shared/fixtures/pages');

export interface SharedPage {
  file: string;
  url: string;
  titleIncludes: string;
  price: string | null;
  currency: string | null;
}

/** Pages the generic adapter cannot read a price from (no structured data): the site
 * adapters handle them; the generic adapter must give null there, never a guessed price. */
export const NEEDS_SITE_ADAPTER = new Set(['amazon-com--gorilla-tape.html']);

export function genericPages(): Array<{ name: string; html: string; url: string; draft: Draft }> {
  const index = JSON.parse(readFileSync(join(GENERIC_DIR, 'index.json'), 'utf8')) as { pages: string[] };
  return index.pages.map((name) => {
    const exp = JSON.parse(readFileSync(join(GENERIC_DIR, `${name}.expected.json`), 'utf8')) as { url: string; draft: Draft };
    return { name, html: readFileSync(join(GENERIC_DIR, `${name}.html`), 'utf8'), ...exp };
  });
}

/** null (with the reason) when ../shared is absent, so tests can skip with a clear message. */
export function sharedPages(): { pages: SharedPage[]; drafts: Record<string, Draft> } | { skip: string } {
  const file = join(SHARED_DIR, 'expected.json');
  if (!existsSync(file)) return { skip: `shared fixtures not found at ${SHARED_DIR} (../shared is absent): skipping the real-page checks` };
  const expected = JSON.parse(readFileSync(file, 'utf8')) as { pages: SharedPage[] };
  const golden = JSON.parse(readFileSync(join(GENERIC_DIR, 'shared-pages.drafts.json'), 'utf8')) as { drafts: Record<string, Draft> };
  return { pages: expected.pages, drafts: golden.drafts };
}

export function readShared(file: string): string {
  return readFileSync(join(SHARED_DIR, file), 'utf8');
}

/** A document for adapters in Node, as `s321 extract` builds it. */
export function documentOf(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
