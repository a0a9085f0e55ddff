// The marketplace fixtures by site, for the browser test (a browser cannot list a folder). The
// node meta-test checks this list against test/fixtures/pages/<site>/, so it cannot rot.
export const FIXTURES: Record<string, readonly string[]> = {
  amazon: ['order', 'product-current', 'product-de', 'product-kindle', 'product-legacy', 'seller-order'],
  ebay: ['item', 'item-2021', 'item-2021-auction', 'order', 'seller-order'],
  etsy: ['listing', 'receipt', 'shop-manager-order'],
  aliexpress: ['item', 'item-ship-from-chosen', 'item-ship-from-open'],
  temu: ['cart', 'goods', 'order'],
  shein: ['product'],
  shopify: ['product', 'product-custom-domain'],
};
