// A page's side of the one writer (writer.ts): the popup and the options page change storage only
// by sending an operation to the background, which runs it in its queue and answers.
import browser from 'webextension-polyfill';
import type { PageStoreOp, StoreResult } from './writer.ts';

/** Runs `op` in the background's writer; rejects with its error so callers can show it. */
export async function write(op: PageStoreOp): Promise<void> {
  const r = (await browser.runtime.sendMessage({ type: 'store/write', op })) as StoreResult | undefined;
  if (!r) throw new Error("the extension's background did not answer; try again");
  if (!r.ok) throw new Error(r.error);
}
