// Shared helpers of the widget's browser tests: mount an element, wait for its answer, read its
// shadow DOM as the shopper sees it.
import '../../../widget/src/element.ts';
import type { DeMinimisCheckElement } from '../../../widget/src/element.ts';
import type { Decision } from '../../../core/evaluate/evaluate.ts';

export type El = DeMinimisCheckElement;

/** Creates <de-minimis-check> with attributes, appends it, and resolves on its first answer. */
export async function mount(attrs: Record<string, string> = {}, setup?: (el: El) => void, parent: Node = document.body): Promise<El> {
  const el = document.createElement('de-minimis-check');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  setup?.(el);
  const settled = nextAnswer(el);
  parent.appendChild(el);
  await settled;
  return el;
}

/** Resolves with the next decision or error event of the element. */
export function nextAnswer(el: El): Promise<{ type: string; detail: unknown }> {
  return new Promise((resolve) => {
    const on = (e: Event) => {
      el.removeEventListener('de-minimis-decision', on);
      el.removeEventListener('de-minimis-error', on);
      resolve({ type: e.type, detail: (e as CustomEvent).detail });
    };
    el.addEventListener('de-minimis-decision', on);
    el.addEventListener('de-minimis-error', on);
  });
}

export async function nextDecision(el: El): Promise<Decision> {
  const a = await nextAnswer(el);
  if (a.type !== 'de-minimis-decision') throw new Error(`expected a decision, got ${a.type}: ${JSON.stringify(a.detail)}`);
  return a.detail as Decision;
}

/** Lets queued microtasks (the element's update batch) run. */
export const settle = () => new Promise((r) => setTimeout(r, 0));

export function q<T extends Element = HTMLElement>(el: El, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the shadow root`);
  return found;
}

export const text = (el: El, selector: string) => q(el, selector).textContent!.replace(/\s+/g, ' ').trim();

/** Captures console.warn calls while fn runs (and restores it). */
export async function captureWarnings(fn: () => Promise<void> | void): Promise<string[]> {
  const seen: string[] = [];
  const orig = console.warn;
  console.warn = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = orig;
  }
  return seen;
}

export function cleanup(): void {
  for (const el of document.querySelectorAll('de-minimis-check')) el.remove();
  document.body.innerHTML = '';
}
