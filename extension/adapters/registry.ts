// The adapter registry: site adapters (one file per site under extension/adapters/, each
// exporting an Adapter with its id, name, hosts and examples) are listed here BEFORE the generic
// adapter, which takes any http(s) page and must stay last. This list is the one place besides
// the adapter file that names a site: the manifest's host lists (vite.config.ts), the seller
// records' marketplace names and the tests' site lists are all derived from it. It stays written
// out, not generated from the folder, because order decides which adapter claims a URL first.
// `extractPage` is what every door calls (the content script, the browser tests and
// `s321 extract`): the site adapter, then the structured-data and visible-page layers
// (lib/layers.ts), then the final check.
import { finalizeDraft, addNote, newDraft } from './draft.ts';
import { draftSchema } from './draft-schema.ts';
import { generic } from './generic.ts';
import { fillFrom, visibleLayer } from './lib/layers.ts';
import { amazon } from './amazon.ts';
import { ebay } from './ebay.ts';
import { etsy } from './etsy.ts';
import { aliexpress } from './aliexpress.ts';
import { temu } from './temu.ts';
import { shein } from './shein.ts';
import { shopify } from './shopify.ts';
import type { Adapter, Draft } from './types.ts';

export const adapters: readonly Adapter[] = [
  // site adapters; shopify claims only *.myshopify.com by URL and other storefronts
  // through `detects`, which adapterFor asks only when no adapter above claims the URL
  amazon,
  ebay,
  etsy,
  aliexpress,
  temu,
  shein,
  shopify,
  generic,
];

/** The match patterns where the content script runs on its own and the extension holds host
 * permissions: the union of the site adapters' `hosts`, in registry order (the generic adapter
 * declares none, so every other page is read only after a toolbar click). */
export function marketplaceHosts(): string[] {
  return adapters.flatMap((a) => a.hosts ?? []);
}

/** The adapter with this id (a draft's `adapter`), or null. */
export function adapterById(id: string): Adapter | null {
  return adapters.find((a) => a.id === id) ?? null;
}

/** The first adapter that knows this URL (the generic adapter for any other http(s) page). With
 * the document, a page no site adapter claims by URL may still be recognised by its content
 * (`detects`: Shopify storefronts on their own domains); a URL match always wins, so a
 * detector can never take another site's page. */
export function adapterFor(url: URL, doc?: Document): Adapter | null {
  const byUrl = adapters.find((a) => a.matches(url)) ?? null;
  if (doc && byUrl === generic) {
    for (const a of adapters) {
      try {
        if (a.detects?.(doc, url)) return a;
      } catch {
        /* a detector that throws does not claim the page */
      }
    }
  }
  return byUrl;
}

export type ExtractResult = { ok: true; draft: Draft } | { ok: false; error: string };

/**
 * Picks the adapter, extracts, finalizes and validates. A site adapter that throws falls back to
 * the generic adapter with a note, so a changed marketplace page degrades instead of breaking.
 */
export function extractPage(doc: Document, href: string, only?: Adapter): ExtractResult {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { ok: false, error: `not a URL: ${String(href).slice(0, 100)}` };
  }
  const adapter = only ?? adapterFor(url, doc);
  if (!adapter) return { ok: false, error: `no adapter for ${url.protocol} pages` };
  let draft: Draft;
  try {
    draft = adapter.extract(doc, url);
  } catch (e) {
    // a layer that fails never fails the capture: the later layers still read the page
    const why = String((e as Error)?.message ?? e).slice(0, 120);
    if (adapter === generic) {
      draft = newDraft('generic', url);
      addNote(draft, 'page', 'LAYER_FAILED', `structured data could not be read (${why}); the visible page was read instead`);
    } else {
      try {
        draft = generic.extract(doc, url);
      } catch {
        draft = newDraft('generic', url);
      }
      addNote(draft, 'page', 'ADAPTER_FAILED', `the ${adapter.id} adapter failed (${why}); generic extraction used instead`);
    }
  }
  if (draft.kind !== 'order' && draft.kind !== 'seller-order' && draft.adapter !== generic.id) {
    // the structured-data layer under a site adapter's selectors (layers.ts); a failure there
    // keeps what the site adapter found
    try {
      fillFrom(draft, generic.extract(doc, url));
    } catch (e) {
      addNote(draft, 'page', 'LAYER_FAILED', `structured data could not be read (${String((e as Error)?.message ?? e).slice(0, 120)})`);
    }
  }
  if (draft.kind !== 'order' && draft.kind !== 'seller-order') {
    try {
      visibleLayer(draft, doc, url);
    } catch (e) {
      addNote(draft, 'page', 'LAYER_FAILED', `the visible page could not be read (${String((e as Error)?.message ?? e).slice(0, 120)})`);
    }
  }
  draft = finalizeDraft(draft);
  const checked = draftSchema.safeParse(draft);
  if (!checked.success) {
    const i = checked.error.issues[0];
    return { ok: false, error: `the ${draft.adapter} adapter produced an invalid draft: ${i.path.join('.') || '(root)'}: ${i.message}` };
  }
  return { ok: true, draft };
}
