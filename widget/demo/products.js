// The demo store's catalogue: each product with its 10-digit HTS number (HTSUS 2026 Rev. 10) and
// country of origin, as a merchant's product data carries them. The checkout sends `hts` with each
// item; the widget prices it with the tariff set made for this catalogue (catalog-tariffs.js,
// written from this list by `npm run gen:demo-tariffs`).

/** @type {{ key: string, description: string, hts: string, origin: string, unitCents: number }[]} */
export const PRODUCTS = [
  // 6110.11.00.30: sweaters, pullovers and similar articles, knitted, of wool, women's (general 16%)
  { key: 'sweater', description: 'Merino wool sweater', hts: '6110110030', origin: 'GB', unitCents: 8900 },
  // 6404.11.90.20: sports footwear, textile uppers, rubber or plastic soles, over $12/pair (general 20%)
  { key: 'shoes', description: 'Trail running shoes', hts: '6404119020', origin: 'VN', unitCents: 13900 },
  // 6109.10.00.12: T-shirts, knitted, of cotton, men's (general 16.5%; Section 301 list 4A, 9903.88.15)
  { key: 'tshirt', description: 'Cotton T-shirt', hts: '6109100012', origin: 'CN', unitCents: 2000 },
  // 6505.00.15.40: hats, knitted, other (general 7.9%)
  { key: 'beanie', description: 'Cotton knit beanie', hts: '6505001540', origin: 'CN', unitCents: 2500 },
];
