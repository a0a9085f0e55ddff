// The one typed message map between the extension's contexts:
// content script -> background, popup -> content script. Every message is validated on receipt
// with these zod/mini schemas, and accepted only from this extension's own contexts (checked
// with `fromOwnExtension`); the extension listens to nothing else (no onMessageExternal, no
// window.postMessage, no externally_connectable).
import * as z from 'zod/mini';
import { draftSchema } from './adapters/draft-schema.ts';
import type { Draft } from './adapters/types.ts';
import { storeOpSchema, type PageStoreOp, type StoreResult } from './storage/writer.ts';

/** Why the content script extracted: first load, an in-page navigation, or the popup asking. */
export const TRIGGERS = ['load', 'navigation', 'popup'] as const;
export type Trigger = (typeof TRIGGERS)[number];

export const messageSchemas = {
  /** content -> background: the draft of the page the content script runs in */
  'page/draft': z.object({ type: z.literal('page/draft'), trigger: z.enum(TRIGGERS), draft: draftSchema }),
  /** popup -> content (tabs.sendMessage): extract the page now and answer with its draft */
  'page/extract': z.object({ type: z.literal('page/extract') }),
  /** popup, options -> background: a change to storage, run by the one writer (storage/writer.ts) */
  'store/write': z.object({ type: z.literal('store/write'), op: storeOpSchema }),
} as const;

export type MessageType = keyof typeof messageSchemas;

export interface MessageMap {
  'page/draft': { request: { type: 'page/draft'; trigger: Trigger; draft: Draft }; response: { ok: true } | { ok: false; error: string } };
  'page/extract': { request: { type: 'page/extract' }; response: { ok: true; draft: Draft } | { ok: false; error: string } };
  'store/write': { request: { type: 'store/write'; op: PageStoreOp }; response: StoreResult };
}
export type Request<T extends MessageType> = MessageMap[T]['request'];
export type Response<T extends MessageType> = MessageMap[T]['response'];

export type Parsed = { [T in MessageType]: { ok: true; type: T; message: Request<T> } }[MessageType] | { ok: false; error: string };

/** Validates an incoming message against the map. Unknown types and bad shapes are refused. */
export function parseMessage(raw: unknown, allowed: readonly MessageType[]): Parsed {
  if (typeof raw !== 'object' || raw === null || typeof (raw as { type?: unknown }).type !== 'string') return { ok: false, error: 'not a message' };
  const type = (raw as { type: string }).type as MessageType;
  if (!allowed.includes(type) || !Object.hasOwn(messageSchemas, type))
    return { ok: false, error: `message type "${String(type).slice(0, 40)}" is not accepted here` };
  const r = messageSchemas[type].safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0];
    return { ok: false, error: `invalid ${type} message: ${i.path.join('.') || '(root)'}: ${i.message}` };
  }
  return { ok: true, type, message: r.data } as Parsed;
}

/** The parts of runtime.MessageSender this check reads. */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
}

/**
 * True when a message comes from this extension: its id is ours and, for a message that claims
 * to come from an extension page (no tab), its URL is one of our pages. Content-script messages
 * come with a tab; extension-page messages (popup, options) do not.
 */
export function fromOwnExtension(sender: SenderLike, ownId: string, ownBase: string, expect: 'content' | 'extension-page'): boolean {
  if (!sender || sender.id !== ownId) return false;
  if (expect === 'content') return typeof sender.tab?.id === 'number';
  return typeof sender.url === 'string' && sender.url.startsWith(ownBase);
}
