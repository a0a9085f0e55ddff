// The property API (shipment, rates, rules), the child <script type="application/json">, and the
// de-minimis-decision event whose detail is exactly what the core's evaluate() returns.
import { expect } from 'chai';
import { defaultRules, type ShipmentInput } from '../../../core/index.ts';
import { evaluateJson as evaluate } from '../../../core/evaluate-json.ts';
import { captureWarnings, cleanup, mount, nextAnswer, nextDecision, settle, text, type El } from './helpers.ts';

const cart: ShipmentInput = {
  id: 'order-1001',
  arrival: '2024-06-03',
  mode: 'air',
  shipFrom: 'DE',
  recipient: { id: 'cust-7', type: 'person', name: 'Cara Lind' },
  items: [
    { description: 'Road bike wheelset', quantity: 1, price: { amount: '520.00', currency: 'USD' }, origin: 'DE' },
    { description: 'Bike tyres, pair', quantity: 2, price: { amount: '180.00', currency: 'USD' }, origin: 'DE', hts: '4011500000' },
  ],
};

function expectedOf(request: unknown, options = {}) {
  const out = evaluate(request, options);
  if (!out.ok) throw new Error(JSON.stringify(out.issues));
  return out.output;
}

describe('<de-minimis-check> properties and events', () => {
  afterEach(cleanup);

  it('takes the full request of `s321 evaluate` in the shipment property', async () => {
    const el = await mount({}, (e) => (e.shipment = cart));
    expect(el.decision).to.deep.equal(expectedOf(cart));
    expect(el.decision!.id).to.equal('order-1001');
    expect(el.dataset.state).to.equal('exempt');
    expect(text(el, '[part="value"]')).to.equal('$700.00 of the $800.00 limit');
  });

  it('fires de-minimis-decision whose detail deep-equals evaluate() for the same input', async () => {
    const el = document.createElement('de-minimis-check');
    el.shipment = cart;
    const seen = new Promise<CustomEvent>((resolve) => document.addEventListener('de-minimis-decision', (e) => resolve(e as CustomEvent), { once: true }));
    document.body.append(el);
    const e = await seen;
    expect(e.bubbles).to.equal(true);
    expect(e.composed).to.equal(true);
    expect(e.target).to.equal(el);
    expect(e.detail).to.deep.equal(expectedOf(cart));
    // and again after a cart edit, for other eras and inputs
    for (const arrival of ['2015-11-20', '2025-06-01', '2026-11-28', '2027-07-01']) {
      const next = { ...cart, arrival, items: [{ ...cart.items[0], origin: 'CN' }] };
      const p = nextDecision(el);
      el.shipment = next;
      expect(await p).to.deep.equal(expectedOf(next));
    }
  });

  it('lets the event cross a shadow boundary (composed)', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const got = new Promise<EventTarget | null>((resolve) => document.addEventListener('de-minimis-decision', (e) => resolve(e.target), { once: true }));
    const el = document.createElement('de-minimis-check');
    el.shipment = cart;
    root.append(el);
    expect(await got).to.equal(host); // retargeted to the outer host
  });

  it('prefers the shipment property over the attributes', async () => {
    const el = await mount({ value: '5000.00', origin: 'DE', arrival: '2024-06-03' }, (e) => (e.shipment = cart));
    expect(el.decision!.valueUsd).to.equal('700.00');
    const p = nextDecision(el);
    el.shipment = null; // back to the attributes
    expect((await p).valueUsd).to.equal('5000.00');
  });

  it('reads a child <script type="application/json"> and follows its edits', async () => {
    const el = document.createElement('de-minimis-check');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(cart);
    el.append(script);
    const first = nextDecision(el);
    document.body.append(el);
    expect(await first).to.deep.equal(expectedOf(cart));
    const changed = { ...cart, arrival: '2026-11-28' };
    const next = nextDecision(el);
    script.textContent = JSON.stringify(changed);
    expect(await next).to.deep.equal(expectedOf(changed));
  });

  it('shows the first shipment of a batch, with the others counted toward the same day', async () => {
    const other = { ...cart, id: 'order-0999', items: [{ description: 'Saddle', quantity: 1, price: { amount: '150.00', currency: 'USD' }, origin: 'DE' }] };
    const batch = { shipments: [cart, other] };
    const el = await mount({}, (e) => (e.shipment = batch));
    const expected = expectedOf(batch) as { decisions: unknown[] };
    expect(el.decision).to.deep.equal(expected.decisions[0]);
    expect(el.dataset.state).to.equal('dutiable');
    expect(el.decision!.aggregateUsd).to.equal('850.00');
  });

  it('follows a replacement rule set in the rules property', async () => {
    // a merchant following a (hypothetical) restoration of $800 de minimis from 2026-12-01
    const rules = structuredClone(defaultRules);
    rules.version = '2026-12-01-test';
    for (const v of rules.versions) if (v.topic === 'commercial' && v.until === '2027-07-01') v.until = '2026-12-01';
    rules.versions.push({
      id: 'commercial-restored',
      topic: 'commercial',
      title: 'Restored (test)',
      from: '2026-12-01',
      until: '2027-07-01',
      status: 'available',
      limitUsd: '800.00',
      summary: 'Test restoration.',
      citations: [{ document: 'Test notice', confidence: 'M' }],
    });
    const shipment = { ...cart, arrival: '2026-12-02' };
    const el = await mount({}, (e) => {
      e.shipment = shipment;
      e.rules = rules;
    });
    expect(el.decision).to.deep.equal(expectedOf(shipment, { rules }));
    expect(el.dataset.state).to.equal('exempt');
    expect(el.decision!.rules.version).to.equal('2026-12-01-test');
    const p = nextDecision(el);
    el.rules = undefined; // back to the bundled rules
    expect((await p).exempt).to.equal(false);
  });

  it('rejects a broken rule set with one warning naming the rules property', async () => {
    const rules = structuredClone(defaultRules) as unknown as { versions: { limitUsd?: unknown }[] };
    rules.versions[0].limitUsd = 200;
    let el!: El;
    const warnings = await captureWarnings(async () => {
      el = await mount({}, (e) => {
        e.shipment = cart;
        e.rules = rules as never;
      });
      el.setAttribute('lang', 'es'); // a re-render must not warn again
      await settle();
    });
    expect(el.dataset.state).to.equal('error');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^\[de-minimis-check\] property "rules": expected a rule set .*versions\[0\]\.limitUsd: expected string, got number 200/);
  });

  it('upgrades properties set before the element was defined', async () => {
    // an element created in an inert document is not upgraded until it is adopted
    const inert = document.implementation.createHTMLDocument('');
    const el = inert.createElement('de-minimis-check') as El;
    el.shipment = cart;
    const adopted = document.adoptNode(el);
    const p = nextAnswer(adopted);
    document.body.append(adopted);
    const a = await p;
    expect(a.type).to.equal('de-minimis-decision');
    expect(adopted.shipment).to.equal(cart);
    expect(adopted.decision!.id).to.equal('order-1001');
  });

  it('keeps several widgets on one page independent', async () => {
    const a = await mount({ value: '50.00', origin: 'DE', arrival: '2024-06-03', lang: 'es' });
    const b = await mount({}, (e) => (e.shipment = { ...cart, arrival: '2026-11-28' }));
    let c!: El;
    const warnings = await captureWarnings(async () => void (c = await mount({ value: 'oops', origin: 'DE' })));
    expect(warnings).to.have.length(1);
    expect([a.dataset.state, b.dataset.state, c.dataset.state]).to.deep.equal(['exempt', 'dutiable', 'error']);
    const p = nextDecision(a);
    a.setAttribute('value', '900.00');
    await p;
    await settle();
    expect(a.dataset.state).to.equal('dutiable');
    expect(b.decision!.rules.asOf).to.equal('2026-11-28');
    expect(c.dataset.state).to.equal('error');
    expect(text(a, '[part="badge"]')).to.equal('Se aplican aranceles');
    expect(text(b, '[part="badge"]')).to.equal('Duties apply');
    // each has its own shadow root and ids
    expect(a.shadowRoot!.getElementById('details')).to.not.equal(b.shadowRoot!.getElementById('details'));
  });
});
