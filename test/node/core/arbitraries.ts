// fast-check generators of plausible shipments, shared by the property tests.
import fc from 'fast-check';

const ORIGINS = ['DE', 'CN', 'HK', 'MO', 'GB', 'VN', 'JP', 'VI', 'FR', 'US', 'PR'];
export const arbDay = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

export const arbAmount = fc.integer({ min: 0, max: 300_000 }).map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`);

export const arbItem = fc.record({
  description: fc.string({ maxLength: 20 }),
  quantity: fc.integer({ min: 1, max: 5 }),
  price: fc.oneof(
    arbAmount.map((amount) => ({ amount, currency: 'USD' })),
    arbAmount.map((amount) => ({ amount, currency: 'EUR' })),
    fc.integer({ min: 0, max: 200000 }).map((n) => ({ amount: String(n), currency: 'JPY' })),
  ),
  origin: fc.constantFrom(...ORIGINS),
  flags: fc.subarray(
    [
      'adcvd',
      'quota',
      'alcohol',
      'tobacco',
      'alcoholic-perfume',
      'pga-fee',
      'informational-material',
      'donation',
      'personal-communication',
      'section-301',
      'not-alcoholic-perfume',
      'not-informational-material',
    ],
    { maxLength: 2 },
  ),
  hts: fc.option(fc.constantFrom('2204215000', '3303003000', '4901990093', '8523492000', '6109100012'), { nil: undefined }),
});

export const arbShipment = (id: string) =>
  fc.record({
    id: fc.constant(id),
    arrival: arbDay,
    mode: fc.constantFrom('express', 'air', 'ocean', 'truck', 'rail', 'postal'),
    shipFrom: fc.constantFrom(...ORIGINS),
    kind: fc.constantFrom('purchase', 'gift'),
    sender: fc.record({ type: fc.constantFrom('person', 'business'), country: fc.constantFrom('FR', 'VI', 'US', 'CN') }),
    recipient: fc.record({ id: fc.constantFrom('r1', 'r2', 'r3'), type: fc.constantFrom('person', 'business') }),
    orderId: fc.option(fc.constantFrom('O1', 'O2'), { nil: undefined }),
    items: fc.array(arbItem, { minLength: 1, maxLength: 3 }),
  });

/** A batch of 1..8 shipments with distinct ids. */
export const arbBatch = fc.integer({ min: 1, max: 8 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbShipment(`S${i}`))));

/** Rates covering every quarter the arbitraries can produce. */
export function fullRates() {
  const t: Record<string, Array<{ date: string; kind: 'quarterly'; unitsPerUsd: string }>> = { EUR: [], JPY: [] };
  for (let y = 2014; y <= 2029; y++) {
    for (const m of ['01', '04', '07', '10']) {
      t.EUR.push({ date: `${y}-${m}-02`, kind: 'quarterly', unitsPerUsd: '0.9137' });
      t.JPY.push({ date: `${y}-${m}-02`, kind: 'quarterly', unitsPerUsd: '147.3' });
    }
  }
  return t;
}
