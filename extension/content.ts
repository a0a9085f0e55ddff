// The content script: picks the adapter, extracts, validates, sends ONE typed message
// to the background; re-runs after in-page navigation (history API, popstate, Navigation API);
// answers the popup's "extract now". It changes nothing on the page unless the user turned on
// the inline badge, and even then only adds one element in a closed shadow root, written with
// textContent (never innerHTML). It makes no network request.
//
// On pages where it was injected after a toolbar click, and on hosts anyone can register, it
// reports only when the popup asks (capture-policy.ts).
//
// It runs in the extension's isolated world, so a page that redefines JSON or Array.prototype
// cannot reach the built-ins used here. Injected statically on supported marketplaces, and on
// other sites only when the user clicks the toolbar button (activeTab + scripting).
import browser from 'webextension-polyfill';
import { extractPage } from './adapters/registry.ts';
import type { Draft } from './adapters/types.ts';
import { automaticCaptureAllowed } from './capture-policy.ts';
import { fromOwnExtension, parseMessage, type Response, type Trigger } from './messages.ts';

const FLAG = '__s321ContentScript';

function extract(): { ok: true; draft: Draft } | { ok: false; error: string } {
  try {
    return extractPage(document, location.href);
  } catch (e) {
    return { ok: false, error: `extraction failed: ${String((e as Error)?.message ?? e).slice(0, 200)}` };
  }
}

async function report(trigger: Trigger): Promise<void> {
  const r = extract();
  if (!r.ok || r.draft.kind === 'other') {
    removeBadge();
    return;
  }
  try {
    await browser.runtime.sendMessage({ type: 'page/draft', trigger, draft: r.draft });
  } catch {
    // the background may be restarting (extension update); the popup can still ask directly
  }
  await updateBadge(r.draft);
}

// ---- optional inline badge (off by default) ----
let badgeHost: HTMLElement | null = null;

function removeBadge(): void {
  badgeHost?.remove();
  badgeHost = null;
}

async function updateBadge(draft: Draft): Promise<void> {
  let on = false;
  try {
    const { settings } = (await browser.storage.local.get('settings')) as { settings?: { inlineBadge?: unknown } };
    on = settings?.inlineBadge === true;
  } catch {
    on = false;
  }
  if (!on) {
    removeBadge();
    return;
  }
  if (!badgeHost) {
    badgeHost = document.createElement('s321-badge');
    badgeHost.setAttribute('data-s321', '');
    const root = badgeHost.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent =
      ':host{all:initial;position:fixed;right:12px;bottom:12px;z-index:2147483647}' +
      'div{font:12px/1.4 system-ui,sans-serif;background:#0b3d2e;color:#fff;padding:6px 10px;border-radius:6px;max-width:320px;box-shadow:0 2px 8px #0004}';
    const box = document.createElement('div');
    root.append(style, box);
    (badgeHost as HTMLElement & { _box?: HTMLElement })._box = box;
    document.documentElement.append(badgeHost);
  }
  const box = (badgeHost as HTMLElement & { _box?: HTMLElement })._box!;
  const price =
    draft.price !== null
      ? `${draft.price} ${draft.currency ?? ''}`.trim()
      : draft.priceRange
        ? `${draft.priceRange.min}–${draft.priceRange.max} ${draft.currency ?? ''}`
        : '—';
  box.textContent = `s321: ${price} · ${(draft.title ?? '').slice(0, 60)}`;
}

// ---- in-page navigation ----
function watchNavigation(): void {
  let last = location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    clearTimeout(timer);
    // give the single-page app time to render the new product's data
    timer = setTimeout(() => void report('navigation'), 400);
  };
  addEventListener('popstate', check);
  addEventListener('hashchange', check);
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener?.('navigatesuccess', check);
  // pushState/replaceState from the page's world are invisible here; a DOM change after them is not
  new MutationObserver(check).observe(document, { subtree: true, childList: true });
}

function main(): void {
  const g = globalThis as Record<string, unknown>;
  if (g[FLAG]) return; // injected twice (manifest + toolbar click): one instance is enough
  g[FLAG] = true;
  browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
    if (!fromOwnExtension(sender, browser.runtime.id, browser.runtime.getURL(''), 'extension-page')) return undefined;
    const m = parseMessage(raw, ['page/extract']);
    if (!m.ok) return Promise.resolve({ ok: false, error: m.error });
    const r = extract();
    const response: Response<'page/extract'> = r;
    if (r.ok && r.draft.kind !== 'other') void report('popup');
    return Promise.resolve(response);
  });
  // on a marketplace the browser ran this script on its own: report the page and follow in-page
  // navigation. Injected after a toolbar click (or on a host anyone can register): answer the
  // popup's questions about the page, and report nothing by itself (capture-policy.ts).
  const matches = browser.runtime.getManifest().content_scripts?.flatMap((c) => c.matches ?? []) ?? [];
  if (!automaticCaptureAllowed(location.href, matches)) return;
  void report('load');
  watchNavigation();
}

main();
