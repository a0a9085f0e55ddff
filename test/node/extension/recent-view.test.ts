// "Recently seen" lists each product once (issue 24): the newest capture of a product, whatever
// address or title it was seen under, by the page's product key.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { newDraft } from '../../../extension/adapters/draft.ts';
import { productKey, recentProducts } from '../../../extension/popup/recent-view.tsx';
import type { Capture } from '../../../extension/storage/schema.ts';

function capture(id: string, url: string, title: string, adapter = 'generic', sku: string | null = null): Capture {
  const d = newDraft(adapter, new URL(url), 'product');
  d.title = title;
  d.sku = sku;
  return { id, at: '2026-12-01T00:00:00Z', draft: d };
}

it('lists one Amazon product seen at two addresses under two titles once, the newest', () => {
  const list = [
    capture('b', 'https://www.amazon.com/Gorilla-Tape-Black/dp/B00N150YS4?th=1', 'Gorilla Tape, Black (2-Pack)', 'amazon', 'B00N150YS4'),
    capture('a', 'https://www.amazon.com/dp/B00N150YS4', 'Gorilla Black Duct Tape', 'amazon', 'B00N150YS4'),
    capture('c', 'https://www.amazon.com/dp/B07FW264WL', 'Potato chips', 'amazon', 'B07FW264WL'),
  ];
  assert.deepEqual(
    recentProducts(list).map((c) => c.id),
    ['b', 'c'],
  );
});

it('treats addresses that differ only by tracking parameters or a fragment as one product', () => {
  const a = capture('a', 'https://claycorner.example/products/blue-mug?utm_source=mail&variant=12#reviews', 'Blue mug');
  const b = capture('b', 'https://claycorner.example/products/blue-mug?variant=12', 'Blue Glazed Mug, 12 oz');
  assert.equal(productKey(a.draft), productKey(b.draft));
  assert.deepEqual(
    recentProducts([b, a]).map((c) => c.id),
    ['b'],
  );
});

it('keeps products the query tells apart, and different orders on one address', () => {
  const p1 = capture('1', 'https://shop.example/product.php?id=5', 'Lamp');
  const p2 = capture('2', 'https://shop.example/product.php?id=6', 'Chair');
  assert.notEqual(productKey(p1.draft), productKey(p2.draft));
  const o1 = newDraft('amazon', new URL('https://www.amazon.com/gp/your-account/order-details?orderID=111-1'), 'order');
  o1.orderId = '111-1';
  const o2 = { ...o1, url: 'https://www.amazon.com/gp/your-account/order-details?orderID=111-2', orderId: '111-2' };
  assert.notEqual(productKey(o1), productKey(o2));
});

it('shows at most eight', () => {
  const many = Array.from({ length: 12 }, (_, i) => capture(String(i), `https://shop.example/p/${i}`, `P${i}`));
  assert.equal(recentProducts(many).length, 8);
});
