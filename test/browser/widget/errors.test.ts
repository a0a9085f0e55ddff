// Robustness: a bad input gives the neutral "cannot check this order" state and ONE
// console.warn naming what was wrong and what was expected; nothing is thrown into the page;
// merchant and shopper text is rendered as text, never as HTML.
import { expect } from 'chai';
import { captureWarnings, cleanup, mount, nextAnswer, nextDecision, q, settle, text, type El } from './helpers.ts';

async function bad(attrs: Record<string, string>, setup?: (el: El) => void): Promise<{ el: El; warnings: string[] }> {
  let el!: El;
  const warnings = await captureWarnings(async () => {
    el = await mount(attrs, setup);
    await settle();
  });
  return { el, warnings };
}

describe('<de-minimis-check> errors', () => {
  afterEach(cleanup);

  // each case: what was wrong, the console warning, and what the shopper is told to fix
  const cases: [string, Record<string, string>, RegExp, string][] = [
    ['a missing value', { origin: 'DE' }, /attribute "value": expected the order value in the currency, such as "129.99", got nothing/, 'Enter a price.'],
    [
      'a value with a comma',
      { value: '1,299.00', origin: 'DE' },
      /attribute "value": expected a non-negative decimal amount such as "12.50", got "1,299.00"/,
      'Enter a price.',
    ],
    [
      'too many decimals for yen',
      { value: '1200.50', currency: 'JPY', origin: 'JP' },
      /attribute "value": expected at most 0 decimals for JPY, got "1200.50"/,
      'Enter a price.',
    ],
    [
      'an unknown currency',
      { value: '10', currency: 'EURO', origin: 'DE' },
      /attribute "currency": expected an ISO 4217 currency code such as "EUR", got "EURO"/,
      'Choose a currency.',
    ],
    [
      'a missing origin',
      { value: '10' },
      /attribute "origin": expected an ISO 3166-1 alpha-2 country code such as "VN" \(the country where the goods were made\), got nothing/,
      'Choose the country of origin.',
    ],
    [
      'an unknown ship-from',
      { value: '10', origin: 'DE', 'ship-from': 'Germany' },
      /attribute "ship-from": expected an ISO 3166-1 alpha-2 country code such as "VN", got "Germany"/,
      'Choose the ship-from country.',
    ],
    [
      'an unknown mode',
      { value: '10', origin: 'DE', mode: 'boat' },
      /attribute "mode": expected one of express, air, ocean, truck, rail, postal, got "boat"/,
      'Choose a shipping mode.',
    ],
    ['an unknown kind', { value: '10', origin: 'DE', kind: 'sample' }, /attribute "kind": expected purchase or gift, got "sample"/, 'Choose purchase or gift.'],
    [
      'an impossible arrival date',
      { value: '10', origin: 'DE', arrival: '2025-02-30' },
      /attribute "arrival": expected a date YYYY-MM-DD or an ISO 8601 date-time, got "2025-02-30"/,
      'Pick an arrival date.',
    ],
    [
      'a currency without a rate',
      { value: '10', currency: 'EUR', origin: 'DE', arrival: '2024-06-03' },
      /attribute "currency": no EUR rate for 2024-06-03 .*expected the rates property to hold a certified rate for "EUR"/,
      'Add an exchange rate for this date.',
    ],
  ];
  for (const [what, attrs, message, fix] of cases) {
    it(`shows "cannot check this order", says what to fix and warns once for ${what}`, async () => {
      const { el, warnings } = await bad(attrs);
      expect(el.dataset.state).to.equal('error');
      expect(text(el, '[part="badge"]')).to.equal('Cannot check this order');
      expect(text(el, '[part="headline"]')).to.equal(fix);
      expect(el.decision).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="toggle"]')).to.equal(null);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^\[de-minimis-check\] /);
      expect(warnings[0]).to.match(message);
    });
  }

  it('warns again only when the problem changes, and recovers when the input is fixed', async () => {
    const { el } = await bad({ value: 'x', origin: 'DE', arrival: '2024-06-03' });
    const warnings = await captureWarnings(async () => {
      el.setAttribute('lang', 'es');
      el.setAttribute('mode', 'air'); // still the same bad value: no new warning
      await settle();
      el.setAttribute('value', 'y'); // a different bad value: one new warning
      await settle();
      const p = nextDecision(el);
      el.setAttribute('value', '10.00');
      await p;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('"y"');
    expect(el.dataset.state).to.equal('exempt');
  });

  it('fires de-minimis-error with the message', async () => {
    const el = document.createElement('de-minimis-check');
    el.setAttribute('value', '10');
    const p = nextAnswer(el);
    await captureWarnings(async () => {
      document.body.append(el);
      await p;
    });
    const a = await p;
    expect(a.type).to.equal('de-minimis-error');
    expect((a.detail as { message: string }).message).to.match(/^attribute "origin"/);
  });

  it('names the path of an invalid shipment property', async () => {
    const { el, warnings } = await bad(
      {},
      (e) =>
        (e.shipment = { arrival: '2024-06-03', mode: 'air', shipFrom: 'DE', items: [{ price: { amount: '10', currency: 'USD' }, origin: 'Deutschland' }] }),
    );
    expect(el.dataset.state).to.equal('error');
    expect(warnings).to.deep.equal([
      '[de-minimis-check] property "shipment": items[0].origin: expected an ISO 3166-1 alpha-2 country code such as "VN", got "Deutschland"',
    ]);
  });

  it('reports a child script that is not JSON', async () => {
    const { el, warnings } = await bad({}, (e) => {
      const s = document.createElement('script');
      s.type = 'application/json';
      s.textContent = '{ "arrival": ';
      e.append(s);
    });
    expect(el.dataset.state).to.equal('error');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      /^\[de-minimis-check\] child <script type="application\/json">: expected JSON \(the request of `s321 evaluate`\), got a syntax error/,
    );
  });

  it('reports a broken rates table naming the rates property', async () => {
    const { el, warnings } = await bad(
      { value: '10', currency: 'EUR', origin: 'DE', arrival: '2024-06-03' },
      (e) => (e.rates = { EUR: [{ date: 'soon', kind: 'weekly', unitsPerUsd: '-1' }] } as never),
    );
    expect(el.dataset.state).to.equal('error');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^\[de-minimis-check\] property "rates": expected a rates table/);
  });

  it('never throws into the page, whatever the properties hold', async () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    const warnings = await captureWarnings(async () => {
      for (const v of [circular, 42, 'a string', [], Symbol('s'), () => 1, new Date(), { shipments: 'x' }, { shipments: [] }]) {
        const el = document.createElement('de-minimis-check');
        el.shipment = v as never;
        el.rules = v as never;
        el.rates = v as never;
        document.body.append(el);
        await settle();
        expect(el.dataset.state).to.equal('error');
        el.remove();
      }
    });
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(warnings.length).to.be.greaterThan(0);
  });

  it('renders markup in an item description as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><b>Bold</b> scarf';
    const el = await mount({}, (e) => {
      e.shipment = {
        arrival: '2024-06-03',
        mode: 'air',
        shipFrom: 'FR',
        items: [{ description: evil, quantity: 2, price: { amount: '40.00', currency: 'USD' }, origin: 'FR' }],
      };
    });
    q(el, '[part="toggle"]').click();
    await settle();
    const items = q(el, '[part="items"]');
    expect(items.textContent).to.include(evil);
    expect(items.querySelector('img, b')).to.equal(null);
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(items.textContent).to.include('× 2 · France');
  });

  it('renders markup in a replacement rule set as text', async () => {
    // a reason code the locale tables do not know falls back to the rule data's own message
    const { defaultRules } = await import('../../../core/index.ts');
    const rules = structuredClone(defaultRules);
    const v = rules.versions.find((x) => x.id === 'commercial-suspended-regulation-non-postal')!;
    v.reasonCode = 'SUSPENDED_BY_TEST';
    v.summary = '<i>Suspended</i> <script>window.__pwned=2</script>';
    const el = await mount({ value: '10', origin: 'DE', arrival: '2026-11-28' }, (e) => (e.rules = rules));
    expect(text(el, '[part="reason"]')).to.include('<i>Suspended</i> <script>window.__pwned=2</script>');
    expect(el.shadowRoot!.querySelector('i, script')).to.equal(null);
  });
});
