// The core runs unchanged in a real browser (no Node API, no clock): the same request gives the
// same decision as in Node, for each legal era.
import { expect } from 'chai';
import { type Decision } from '../../../core/index.ts';
import { evaluateJson as evaluate } from '../../../core/evaluate-json.ts';

const ship = (arrival: string, origin: string, amount = '50.00', mode = 'express') => ({
  id: `${arrival}-${origin}`,
  arrival,
  mode,
  shipFrom: origin,
  items: [{ description: 'item', quantity: 1, price: { amount, currency: 'USD' }, origin }],
});

function decide(req: unknown): Decision {
  const r = evaluate(req);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.output as Decision;
}

describe('core in the browser', () => {
  it('2015: $250 is over the $200 limit', () => {
    const d = decide(ship('2015-11-20', 'GB', '250.00'));
    expect(d.exempt).to.equal(false);
    expect(d.reasons[0].code).to.equal('OVER_LIMIT');
    expect(d.limitUsd).to.equal('200.00');
  });
  it('2024: $250 from Germany is released under Section 321', () => {
    const d = decide(ship('2024-06-01', 'DE', '250.00'));
    expect([d.exempt, d.entry]).to.deep.equal([true, 'section-321']);
  });
  it('June 2025: China origin is suspended', () => {
    expect(decide(ship('2025-06-01', 'CN')).reasons[0].code).to.equal('SUSPENDED_CN_HK');
  });
  it('today: all countries are suspended, mail goes through the postal entry', () => {
    expect(decide(ship('2026-11-28', 'FR')).reasons[0].code).to.equal('SUSPENDED_ALL_COUNTRIES');
    expect(decide(ship('2026-11-28', 'FR', '20.00', 'postal')).entry).to.equal('postal');
  });
  it('2027-07-01: repealed', () => {
    expect(decide(ship('2027-07-01', 'FR')).reasons[0].code).to.equal('REPEALED');
  });
  it('bad input yields issues with paths, not exceptions', () => {
    const r = evaluate({ arrival: '2024-02-30', mode: 'express', shipFrom: 'DE', items: [] });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).to.deep.equal(['arrival', 'items']);
  });
});
