// One render per legal era: the widget shows the same answer the core
// gives, in plain words, with the decisive rule, its date and citation.
import { expect } from 'chai';
import { evaluateJson as evaluate } from '../../../core/evaluate-json.ts';
import { cleanup, mount, q, text, type El } from './helpers.ts';

function request(a: Record<string, string>) {
  return {
    arrival: a.arrival,
    mode: a.mode ?? 'express',
    shipFrom: a['ship-from'] ?? a.origin,
    kind: a.kind ?? 'purchase',
    items: [{ price: { amount: a.value, currency: a.currency ?? 'USD' }, origin: a.origin }],
  };
}

async function era(attrs: Record<string, string>): Promise<{ el: El; expected: unknown }> {
  const out = evaluate(request(attrs));
  if (!out.ok) throw new Error(JSON.stringify(out.issues));
  const el = await mount(attrs);
  expect(el.decision).to.deep.equal(out.output);
  return { el, expected: out.output };
}

const mainCode = (el: El) => q(el, '[part="reason-item"]').dataset.code;

describe('<de-minimis-check> across the legal eras', () => {
  afterEach(cleanup);

  it('2015: a $150 order is within the $200 de minimis limit', async () => {
    const { el } = await era({ value: '150.00', origin: 'GB', arrival: '2015-11-20' });
    expect(el.dataset.state).to.equal('exempt');
    expect(text(el, '[part="badge"]')).to.equal('Duty-free');
    expect(text(el, '[part="value"]')).to.equal('$150.00 of the $200.00 limit');
    expect(mainCode(el)).to.equal('DE_MINIMIS_WITHIN_LIMIT');
    expect(text(el, '[part="reason"]')).to.include('$150.00 is within the $200.00 de minimis limit.');
  });

  it('2015: a $250 order is over the $200 limit and needs an informal entry', async () => {
    const { el } = await era({ value: '250.00', origin: 'GB', arrival: '2015-11-20' });
    expect(el.dataset.state).to.equal('dutiable');
    expect(text(el, '[part="badge"]')).to.equal('Duties apply');
    expect(mainCode(el)).to.equal('OVER_LIMIT');
    expect(text(el, '[part="headline"]')).to.include('informal, type 11');
    expect(q(el, '[part="meter"]').getAttribute('aria-valuenow')).to.equal('200');
  });

  it('2024: $650 is within the $800 limit, with the TFTEA rule of Mar 10, 2016 cited', async () => {
    const { el } = await era({ value: '650', origin: 'DE', arrival: '2024-06-03' });
    expect(el.dataset.state).to.equal('exempt');
    expect(text(el, '[part="value"]')).to.equal('$650.00 of the $800.00 limit');
    // the sentence a shopper reads first has no citation; the details carry it, with the date
    expect(text(el, '[part="reason"]')).to.not.include('TFTEA');
    const details = text(el, '[part="reason-item"]');
    expect(details).to.include('in force since Mar 10, 2016');
    expect(details).to.include('TFTEA, Pub. L. 114-125, sec. 901');
    // the rule's id is data (data-rule), not words
    expect(details).to.not.include('commercial-800');
    expect((el.shadowRoot!.querySelector('[part="reason-item"] [part="citation"]') as HTMLElement).dataset.rule).to.equal('commercial-800');
  });

  it('June 2025: goods made in China are dutiable even when shipped from Vietnam', async () => {
    const { el } = await era({ value: '40.00', origin: 'CN', 'ship-from': 'VN', arrival: '2025-06-01' });
    expect(el.dataset.state).to.equal('dutiable');
    expect(mainCode(el)).to.equal('SUSPENDED_CN_HK');
    expect(text(el, '[part="reason"]')).to.include('De minimis has been suspended for goods made in China or Hong Kong since May 2, 2025.');
    expect(text(el, '[part="reason"]')).to.include('May 2, 2025');
    expect(text(el, '[part="reason"]')).to.not.include('EO 14256');
    expect(text(el, '[part="reason-item"]')).to.include('EO 14256');
  });

  it('June 2025: the same order made in Vietnam is still duty-free', async () => {
    const { el } = await era({ value: '40.00', origin: 'VN', arrival: '2025-06-01' });
    expect(el.dataset.state).to.equal('exempt');
  });

  it('today (2026-11-28): suspended for all countries, duties and a customs entry apply', async () => {
    const { el } = await era({ value: '45.00', origin: 'DE', arrival: '2026-11-28' });
    expect(el.dataset.state).to.equal('dutiable');
    expect(mainCode(el)).to.equal('SUSPENDED_ALL_COUNTRIES');
    expect(text(el, '[part="headline"]')).to.equal(
      'US duties and taxes apply, and a customs entry (informal, type 11) is needed; the carrier may collect them at delivery.',
    );
    // the status began with EO 14324; the rule deciding today is the June 2026 regulation
    expect(text(el, '[part="reason"]')).to.include('De minimis has been suspended for goods from all countries since Aug 29, 2025.');
    // one date in the sentence; the June 2026 regulation that re-stated it is in the details
    expect(text(el, '[part="reason"]')).to.not.include('2026');
    expect(text(el, '[part="reason-item"]')).to.include('confirmed Jun 24, 2026');
    // the rule's id is for programs, not for the shopper
    expect(text(el, '[part="reason-item"]')).to.not.include('commercial-suspended-regulation-non-postal');
    expect((el.shadowRoot!.querySelector('[part="reason-item"] [part="citation"]') as HTMLElement).dataset.rule).to.equal(
      'commercial-suspended-regulation-non-postal',
    );
    // where the card first names de minimis, one line says what it is
    expect(text(el, '[part="explain"]')).to.equal('De minimis (Section 321): low-value orders enter the US duty-free.');
    expect(text(el, '[part="value"]')).to.equal('Order value: $45.00');
    expect(el.shadowRoot!.querySelector('[part="meter"]')).to.equal(null);
  });

  it('today by mail: the postal carrier collects the duty', async () => {
    const { el } = await era({ value: '45.00', origin: 'DE', arrival: '2026-11-28', mode: 'postal' });
    expect(el.decision!.entry).to.equal('postal');
    expect(text(el, '[part="headline"]')).to.equal('US duties apply; the postal carrier collects them.');
  });

  it('2027-07-01: the commercial exemption is repealed by statute', async () => {
    const { el } = await era({ value: '20.00', origin: 'JP', arrival: '2027-07-01' });
    expect(el.dataset.state).to.equal('dutiable');
    expect(mainCode(el)).to.equal('REPEALED');
    expect(text(el, '[part="reason"]')).to.include('The law repealed de minimis for purchases on Jul 1, 2027.');
    expect(text(el, '[part="reason-item"]')).to.include('One Big Beautiful Bill Act');
  });

  it('a parcel shipped within the US is not an import, whatever its origin, and says so plainly', async () => {
    const { el } = await era({ value: '45.00', origin: 'CN', 'ship-from': 'US', arrival: '2026-11-28' });
    expect(el.dataset.state).to.equal('exempt');
    expect(el.decision!.exemption).to.equal('not-an-import');
    expect(text(el, '[part="headline"]')).to.equal('Ships within the US: no import duties or customs entry.');
    expect(text(el, '[part="reason"]')).to.equal('Shipped from inside the US: not an import.');
  });

  it('a bona fide gift of $80 enters duty-free today', async () => {
    const { el } = await era({ value: '80.00', origin: 'FR', arrival: '2026-11-28', kind: 'gift' });
    expect(el.dataset.state).to.equal('exempt');
    expect(el.decision!.exemption).to.equal('gift');
    expect(text(el, '[part="headline"]')).to.equal('It enters the US duty-free as a bona fide gift.');
    expect(text(el, '[part="value"]')).to.equal('$80.00 of the $100.00 limit');
  });

  it('a $150 gift is over the $100 gift limit, and the suspension leaves it dutiable', async () => {
    const { el } = await era({ value: '150.00', origin: 'FR', arrival: '2026-11-28', kind: 'gift' });
    expect(el.dataset.state).to.equal('dutiable');
    const codes = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="reason-item"]')].map((li) => li.dataset.code);
    expect(codes).to.include('GIFT_OVER_LIMIT');
    expect(text(el, '[part="reasons"]')).to.include('Gifts total $150.00, over the $100.00 gift limit.');
  });
});
