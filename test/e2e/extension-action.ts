// The user's click on the toolbar button, for the end-to-end tests: generic
// extraction elsewhere happens only after the user clicks the action (activeTab).
//
// Headless Chromium has no toolbar to click, so the tests ask the browser to run the action
// through the DevTools protocol: `Extensions.triggerAction` ("Runs an extension default action")
// on the page's tab target. That is the browser's own action runner, the code a real click goes
// through: it grants activeTab for that tab and opens the extension's popup, whose readPage()
// then injects the content script with chrome.scripting (extension/popup/popup.tsx). Nothing in
// the extension is test-only, and nothing is granted any other way: without this call the same
// injection is refused (the tests check that first). Measured on Debian Chromium 156 with
// Playwright's own pipe connection (no extra flag, no remote-debugging port). A page-level CDP
// session is refused ("Method not allowed"); a page target instead of the tab target is refused
// ("Action can only be triggered on a tab target").
import type { BrowserContext, Page, Worker } from 'playwright-core';

// the extension API inside sw.evaluate() callbacks (they run in the service worker)
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

async function targets(context: BrowserContext, types: string[]): Promise<TargetInfo[]> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser-level connection to run the extension action through');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const r = (await cdp.send('Target.getTargets', { filter: types.map((type) => ({ type })) } as never)) as { targetInfos: TargetInfo[] };
    return r.targetInfos;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Runs the extension's toolbar action on `page`'s tab, as the user's click does. */
export async function clickAction(context: BrowserContext, extId: string, page: Page): Promise<void> {
  await page.bringToFront();
  const tabs = (await targets(context, ['tab'])).filter((t) => t.type === 'tab' && t.url === page.url());
  if (tabs.length !== 1) throw new Error(`expected one tab at ${page.url()}, found ${tabs.length}`);
  const cdp = await context.browser()!.newBrowserCDPSession();
  try {
    await cdp.send('Extensions.triggerAction' as never, { id: extId, targetId: tabs[0].targetId } as never);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The URLs of the extension pages open right now (the action's popup is not a Playwright page). */
export async function extensionPages(context: BrowserContext, extId: string): Promise<string[]> {
  return (await targets(context, ['page'])).map((t) => t.url).filter((u) => u.startsWith(`chrome-extension://${extId}/`));
}

/**
 * Opens `url` in a new tab created by the extension, so the test knows its tab id: without a
 * host permission (or the "tabs" permission, which this extension does not ask for) tabs.query
 * cannot find a tab by its URL, which is the point.
 */
export async function openTab(context: BrowserContext, sw: Worker, url: string): Promise<{ page: Page; tabId: number }> {
  const tabId = (await sw.evaluate(async (u) => (await chrome.tabs.create({ url: u, active: true })).id, url)) as number;
  const t0 = Date.now();
  for (;;) {
    const page = context.pages().find((p) => p.url() === url);
    if (page) {
      await page.waitForLoadState('load');
      return { page, tabId };
    }
    if (Date.now() - t0 > 15_000) throw new Error(`the tab for ${url} did not open`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** What chrome.scripting says when the extension injects its content script into a tab by itself. */
export async function injectWithoutClick(sw: Worker, tabId: number): Promise<string> {
  return sw.evaluate(async (id) => {
    const file = chrome.runtime.getManifest().content_scripts[0].js[0];
    try {
      await chrome.scripting.executeScript({ target: { tabId: id }, files: [file] });
      return 'injected';
    } catch (e) {
      return `refused: ${(e as Error).message}`;
    }
  }, tabId);
}
