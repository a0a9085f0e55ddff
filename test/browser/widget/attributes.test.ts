// Attribute changes (cart edits) re-evaluate in place: one evaluation per batch of changes, the
// same DOM nodes updated (no flicker), defaults for ship-from, mode, kind and arrival.
import { expect } from 'chai';
import { evaluate } from '../../../core/index.ts';
import { formatDay, newYorkDayOf } from '../../../core/time/new-york.ts';
import { cleanup, mount, nextDecision, q, settle, text } from './helpers.ts';

describe('<de-minimis-check> attributes', () => {
  afterEach(cleanup);

  it('re-evaluates when the value changes, updating the same nodes in place', async () => {
    const el = await mount({ value: '700.00', origin: 'DE', arrival: '2024-06-03' });
    expect(el.dataset.state).to.equal('exempt');
    const card = q(el, '[part="card"]');
    const status = q(el, '[part="status"]');
    const removed: Node[] = [];
    const mo = new MutationObserver((records) => records.forEach((r) => removed.push(...r.removedNodes)));
    mo.observe(el.shadowRoot!, { childList: true, subtree: true });
    const next = nextDecision(el);
    el.setAttribute('value', '900.00');
    const d = await next;
    mo.disconnect();
    expect(d.exempt).to.equal(false);
    expect(el.dataset.state).to.equal('dutiable');
    expect(q(el, '[part="card"]')).to.equal(card);
    expect(q(el, '[part="status"]')).to.equal(status);
    // only text changed: no element of the card was taken out and put back
    expect(removed.filter((n) => n.nodeType === Node.ELEMENT_NODE)).to.deep.equal([]);
    expect(text(el, '[part="value"]')).to.equal('$900.00 of the $800.00 limit');
  });

  it('evaluates once for several attributes changed together', async () => {
    const el = await mount({ value: '50.00', origin: 'DE', arrival: '2024-06-03' });
    let events = 0;
    el.addEventListener('de-minimis-decision', () => events++);
    el.setAttribute('value', '60.00');
    el.setAttribute('origin', 'CN');
    el.setAttribute('arrival', '2025-06-01');
    await settle();
    expect(events).to.equal(1);
    expect(el.decision!.reasons[0].code).to.equal('SUSPENDED_CN_HK');
  });

  it('does not re-evaluate or fire for an attribute set to the same value', async () => {
    const el = await mount({ value: '50.00', origin: 'DE', arrival: '2024-06-03' });
    let events = 0;
    el.addEventListener('de-minimis-decision', () => events++);
    el.setAttribute('value', '50.00');
    await settle();
    expect(events).to.equal(0);
  });

  it('defaults ship-from to the origin, mode to express and kind to purchase', async () => {
    const el = await mount({ value: '50.00', origin: 'JP', arrival: '2024-06-03' });
    const expected = evaluate({
      arrival: '2024-06-03',
      mode: 'express',
      shipFrom: 'JP',
      kind: 'purchase',
      items: [{ price: { amount: '50.00', currency: 'USD' }, origin: 'JP' }],
    });
    expect(expected.ok).to.equal(true);
    expect(el.decision).to.deep.equal((expected as { output: unknown }).output);
  });

  it('defaults the arrival to today in New York', async () => {
    const el = await mount({ value: '50.00', origin: 'JP' });
    // the core's own clock-free New York calendar, from this instant
    const today = formatDay(newYorkDayOf(Date.now()));
    expect(el.decision!.rules.asOf).to.equal(today);
  });

  it('accepts lower-case codes and surrounding spaces', async () => {
    const el = await mount({ value: ' 50.00 ', origin: 'jp', currency: 'usd', mode: 'Air', arrival: '2024-06-03' });
    expect(el.dataset.state).to.equal('exempt');
  });

  it('converts another currency with the rates property and shows both amounts', async () => {
    const el = await mount({ value: '700.00', currency: 'EUR', origin: 'DE', arrival: '2024-06-03' }, (e) => {
      e.rates = { EUR: [{ date: '2024-04-01', kind: 'quarterly', unitsPerUsd: '0.9250' }] };
    });
    // 700 / 0.925 = 756.76 USD: within $800
    expect(el.decision!.valueUsd).to.equal('756.76');
    expect(text(el, '[part="value"]')).to.equal('$756.76 of the $800.00 limit (€700.00)');
    const codes = el.decision!.reasons.map((r) => r.code);
    expect(codes).to.include('CURRENCY_CONVERTED');
  });

  it('re-renders without re-evaluating when only lang changes', async () => {
    const el = await mount({ value: '50.00', origin: 'DE', arrival: '2024-06-03' });
    let events = 0;
    el.addEventListener('de-minimis-decision', () => events++);
    el.setAttribute('lang', 'es');
    await settle();
    expect(events).to.equal(0);
    expect(text(el, '[part="badge"]')).to.equal('Libre de aranceles');
  });
});
