// The popup's view of the current tab: asks the content script for the page's draft, injecting it
// first on sites without one (allowed after the user's toolbar click: activeTab). Says why when
// it cannot: a browser page can never be read; a web page opened without the click can be read
// after it.
import browser from 'webextension-polyfill';
import { draftSchema } from '../adapters/draft-schema.ts';
import type { Draft } from '../adapters/types.ts';

export type NoPage = 'cannotRead' | 'needClick' | 'needClickOrBrowserPage' | 'noProduct';
export type PageState = { state: 'reading' } | { state: 'none'; why: NoPage } | { state: 'draft'; draft: Draft };

async function targetTab(): Promise<browser.Tabs.Tab | undefined> {
  // a popup opened in a tab (pinned, or by the end-to-end tests) names the page's tab
  const id = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(id) && id > 0) return browser.tabs.get(id);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function askPage(tabId: number): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, { type: 'page/extract' });
}

/** Why a tab could not be read: a known web address can be read after the toolbar click; an
 * address the extension may not even see (no host permission, no click yet) may be either. */
export function unreadable(url: string | undefined): NoPage {
  if (url === undefined || url === '') return 'needClickOrBrowserPage';
  return /^https?:/.test(url) ? 'needClick' : 'cannotRead';
}

/** Reads the page: asks the content script, injecting it first on sites without one. */
export async function readPage(): Promise<PageState> {
  const tab = await targetTab();
  if (!tab?.id) return { state: 'none', why: 'cannotRead' };
  if (tab.url !== undefined && !/^https?:/.test(tab.url)) return { state: 'none', why: 'cannotRead' };
  let res: unknown;
  try {
    res = await askPage(tab.id);
  } catch {
    try {
      const file = browser.runtime.getManifest().content_scripts?.[0]?.js?.[0];
      if (!file) return { state: 'none', why: 'cannotRead' };
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [file] });
      res = await askPage(tab.id);
    } catch {
      return { state: 'none', why: unreadable(tab.url) };
    }
  }
  // validated on receipt like every message
  const r = res as { ok?: unknown; draft?: unknown };
  if (!r || r.ok !== true) return { state: 'none', why: 'noProduct' };
  const d = draftSchema.safeParse(r.draft);
  if (!d.success || d.data.kind === 'other') return { state: 'none', why: 'noProduct' };
  return { state: 'draft', draft: d.data as Draft };
}
