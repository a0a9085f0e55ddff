// The background (service worker in Chrome, event page in Firefox): migrates stored data on
// install/update/start, records the drafts content scripts send (validated, from our own
// content scripts only) and marks the toolbar button on pages with a product. No network.
import browser from 'webextension-polyfill';
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
  return serial(async (): Promise<Response<'page/draft'>> => {
    try {
      await addCapture(area, draft, new Date().toISOString());
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
