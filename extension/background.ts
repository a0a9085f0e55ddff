// The background (service worker in Chrome, event page in Firefox): migrates stored data on
// install/update/start, records the drafts content scripts send (validated, from our own
// content scripts only, within the fair limits of storage/eviction.ts) and marks the toolbar
// button on pages with a product. No network.
import browser from 'webextension-polyfill';
import { automaticCaptureAllowed } from './capture-policy.ts';
import { fromOwnExtension, parseMessage, type Response } from './messages.ts';
import { createWriter } from './storage/writer.ts';

// the one writer of storage (storage/writer.ts): captures, orders, settings, rates, imports and
// their rollback, "Delete all" and migrations all run here, one at a time
const writer = createWriter(browser.storage.local);

async function migrate(): Promise<void> {
  const r = await writer.run({ op: 'migrate' });
  if (!r.ok) console.warn(`[s321] stored data left unchanged: ${r.error}`);
}

browser.runtime.onInstalled.addListener(() => void migrate());
browser.runtime.onStartup.addListener(() => void migrate());

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  if (fromOwnExtension(sender, browser.runtime.id, browser.runtime.getURL(''), 'extension-page')) {
    const m = parseMessage(raw, ['store/write']);
    if (!m.ok) return Promise.resolve({ ok: false, error: m.error } satisfies Response<'store/write'>);
    if (m.type !== 'store/write') return undefined;
    return writer.run(m.message.op);
  }
  if (!fromOwnExtension(sender, browser.runtime.id, browser.runtime.getURL(''), 'content')) return undefined;
  const m = parseMessage(raw, ['page/draft']);
  if (!m.ok) return Promise.resolve({ ok: false, error: m.error } satisfies Response<'page/draft'>);
  if (m.type !== 'page/draft') return undefined;
  const draft = m.message.draft;
  const tabId = sender.tab?.id;
  // a report the user did not ask for is kept only from a page the browser runs the content
  // script on by itself, on a host no stranger can register (capture-policy.ts); the content
  // script does not send others, and this holds if an older one still runs in an open tab
  const automatic = m.message.trigger !== 'popup';
  if (automatic) {
    const matches = browser.runtime.getManifest().content_scripts?.flatMap((c) => c.matches ?? []) ?? [];
    const urls = [draft.url, ...(sender.url ? [sender.url] : [])];
    if (!urls.every((u) => automaticCaptureAllowed(u, matches))) {
      return Promise.resolve({ ok: false, error: 'not captured: this page is captured only when you open the popup on it' } satisfies Response<'page/draft'>);
    }
  }
  return (async (): Promise<Response<'page/draft'>> => {
    const r = await writer.run({ op: 'capture', draft, at: new Date().toISOString(), automatic });
    if (!r.ok) return { ok: false, error: r.error.slice(0, 200) };
    try {
      if (tabId !== undefined) {
        await browser.action.setBadgeText({ tabId, text: draft.price !== null ? '$' : '?' });
        await browser.action.setBadgeBackgroundColor({ tabId, color: '#0b3d2e' });
      }
    } catch {
      // the tab closed meanwhile: the capture is stored all the same
    }
    return { ok: true };
  })();
});
