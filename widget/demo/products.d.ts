// Types of products.js (the demo store's catalogue) for the TypeScript that reads it
// (scripts/gen-demo-tariffs.ts, the tests).
export interface DemoProduct {
  key: string;
  description: string;
  /** 10 digits, no dots */
  hts: string;
  /** ISO 3166-1 alpha-2 */
  origin: string;
  unitCents: number;
}
export declare const PRODUCTS: DemoProduct[];
