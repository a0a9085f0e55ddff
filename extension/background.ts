// The background (service worker in Chrome, event page in Firefox): migrates stored data on
// install/update/start, records the drafts content scripts send (validated, from our own
// content scripts only, within the fair limits of storage/store.ts) and marks the toolbar
// button on pages with a product. No network.
import browser from 'webextension-polyfill';
import { automaticCaptureAllowed } from './capture-policy.ts';
import { fromOwnExtension, parseMessage, type Response } from './messages.ts';
import { addCapture, load } from './storage/store.ts';

const area = browser.storage.local;

// one write at a time: captures are read-modify-write
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(job: () => Promise<T>): Promise<T> {
  const p = queue.then(job, job);
  queue = p.catch(() => undefined);
  return p;
}

async function migrate(): Promise<void> {
  const r = await serial(() => load(area));
  if (!r.ok) console.warn(`[s321] stored data left unchanged: ${r.error}`);
}

browser.runtime.onInstalled.addListener(() => void migrate());
browser.runtime.onStartup.addListener(() => void migrate());

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
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
  return serial(async (): Promise<Response<'page/draft'>> => {
    try {
      await addCapture(area, draft, new Date().toISOString(), automatic);
      if (tabId !== undefined) {
        await browser.action.setBadgeText({ tabId, text: draft.price !== null ? '$' : '?' });
        await browser.action.setBadgeBackgroundColor({ tabId, color: '#0b3d2e' });
      }
      return { ok: true };
    } catch (e) {
      return { ok: false, error: String((e as Error)?.message ?? e).slice(0, 200) };
    }
  });
});
