// The estimate in the widget: "Estimated US import charges: $X" with duty and fees, each line with
// its citation in the details, the `tariffs` property, and nothing for an exempt order.
import { expect } from 'chai';
import { defaultTariffs, type Decision, type ShipmentInput } from '../../../core/index.ts';
import { evaluateJson as evaluate } from '../../../core/evaluate-json.ts';
import { captureWarnings, cleanup, mount, nextAnswer, nextDecision, q, settle, text } from './helpers.ts';

const cart: ShipmentInput = {
  id: 'order-2002',
  arrival: '2026-11-28',
  mode: 'air',
  shipFrom: 'VN',
  items: [
    { description: 'Trail running shoes', quantity: 1, price: { amount: '139.00', currency: 'USD' }, origin: 'VN', duties: [{ program: 'mfn', rate: '20' }] },
    { description: 'Merino base layer', quantity: 1, price: { amount: '89.00', currency: 'USD' }, origin: 'PT', duties: [{ program: 'mfn', rate: '16' }] },
  ],
};

describe('<de-minimis-check> charges', () => {
  afterEach(cleanup);

  it('shows the estimated total with duty and fees, as the core computes it', async () => {
    const el = await mount({ lang: 'en' }, (e) => (e.shipment = cart));
    const want = evaluate(cart);
    expect(want.ok).to.equal(true);
    if (want.ok) expect(el.decision).to.deep.equal(want.output);
    // shoes: 20% MFN 27.80 + 12.5% forced labor 17.38; base layer: 16% MFN 14.24 (the EU floor is
    // not in the data, so the estimate is a minimum); FY2027 informal MPF 2.77
    const c = el.decision!.charges!;
    expect([c.duty, c.fees, c.total, c.complete]).to.deep.equal(['59.42', '2.77', '62.19', false]);
    expect(text(el, '[part="charges"]')).to.equal('Estimated US import charges: at least $62.19 duty $59.42, fees $2.77');
  });

  it('lists every line with its citation in the details', async () => {
    const el = await mount({ lang: 'en' }, (e) => (e.shipment = cart));
    q(el, '[part="toggle"]').click();
    await settle();
    const lines = [...el.shadowRoot!.querySelectorAll('[part="charge-line"]')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(lines).to.have.length(4);
    // programs by name (the id stays in data-program), rates as the locale writes percentages
    expect(lines[0]).to.match(/^MFN duty: \$27\.80 \(20% × \$139\.00\) HTSUS \(rate given with the item\)/);
    expect(lines[1]).to.match(/^Section 301 \(forced labor\): \$17\.38 \(12\.5% × \$139\.00\) USTR, FR Doc 2026-15181/);
    expect(lines[3]).to.match(/^Processing fee: \$2\.77 19 U\.S\.C\. 58c/);
    expect([...el.shadowRoot!.querySelectorAll('[part="charge-line"]')].map((li) => (li as HTMLElement).dataset.program)).to.include.members([
      'mfn',
      'section-301-forced-labor',
      'mpf',
    ]);
    expect(text(el, '[part="charge-note"]')).to.match(/minimum/);
  });

  it("writes the lines in Spanish: names, the merchant layer's citation and percentages formatted for the locale", async () => {
    const el = await mount({ lang: 'es' }, (e) => (e.shipment = cart));
    q(el, '[part="toggle"]').click();
    await settle();
    const details = text(el, '[part="charge-lines"]');
    expect(details).to.include('Sección 301 (trabajo forzoso)');
    expect(details).to.include('HTSUS (tipo indicado con el artículo)');
    expect(details).to.match(/12,5\s%/);
    for (const english of ['section-301-forced-labor', 'layer supplied with the item', 'mfn:', '12.5%']) expect(details).to.not.include(english);
  });

  it('says the estimate is not known yet rather than "at least $0.00"', async () => {
    const el = await mount({ lang: 'en', value: '45.00', origin: 'IT', arrival: '2026-11-28' });
    expect(el.decision!.charges!.total).to.equal('0.00');
    expect(text(el, '[part="charges"]')).to.match(/^Estimated US import charges: not known /);
    expect(text(el, '[part="charges"]')).to.not.include('at least');
  });

  it('says nothing about charges for an exempt order', async () => {
    const el = await mount({ value: '50', currency: 'USD', origin: 'DE', arrival: '2024-06-03' });
    expect(el.dataset.state).to.equal('exempt');
    expect(el.decision!.charges).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[part="charges"]')).to.equal(null);
  });

  it('speaks Spanish and Chinese too', async () => {
    const es = await mount({ lang: 'es' }, (e) => (e.shipment = cart));
    expect(text(es, '[part="charges"]')).to.contain('Cargos de importación estimados de EE. UU.: al menos');
    const zh = await mount({ lang: 'zh-Hans' }, (e) => (e.shipment = cart));
    expect(text(zh, '[part="charges"]')).to.contain('预计美国进口费用：至少');
  });

  it('takes a replacement tariff set in the tariffs property', async () => {
    const el = await mount({ lang: 'en' }, (e) => (e.shipment = cart));
    const set = structuredClone(defaultTariffs);
    set.layers.find((l) => l.id === 'section-301-forced-labor-floor')!.rate = '20';
    const next = nextDecision(el);
    el.tariffs = set;
    const d = (await next) as Decision;
    // the floor of 20% net of the base layer's 16% MFN adds 4% of $89.00
    expect(d.charges!.complete).to.equal(true);
    expect(d.charges!.total).to.equal('65.75');
    expect(text(el, '[part="charges"]')).to.equal('Estimated US import charges: $65.75 duty $62.98, fees $2.77');
  });

  it('prices items by HTS number alone with a catalog set in the tariffs property (no schedule in the widget)', async () => {
    // what `s321 tariffs --catalog` prints for one number: the bundled set, an mfn layer for the
    // number, and a layer by HTS number with its Chapter 99 heading
    const set = structuredClone(defaultTariffs);
    const cite = [{ document: 'HTSUS (HTS 2026 Revision 10, effective 2026-06-08)', section: '6109.10.00', confidence: 'P' as const }];
    set.layers.push(
      {
        id: 'mfn-6109100012',
        program: 'mfn',
        title: 'MFN 6109.10.00',
        scope: { hts: ['6109100012'] },
        heading: '6109.10.00',
        rate: '16.5',
        summary: 'General rate of HTS 6109.10.00: 16.5%.',
        citations: cite,
      },
      {
        id: 'test-list',
        program: 'section-301-china',
        title: 'list',
        scope: { origins: ['CN'], hts: ['61091000'] },
        heading: '9903.88.15',
        rate: '7.5',
        summary: 's',
        citations: [{ document: 'test', confidence: 'S' }],
      },
    );
    const tee = {
      id: 'tee',
      arrival: '2026-12-15',
      mode: 'express' as const,
      shipFrom: 'CN',
      items: [{ description: 'Cotton T-shirt', price: { amount: '20.00', currency: 'USD' }, origin: 'CN', hts: '6109.10.0012' }],
    };
    const el = await mount({ lang: 'en' }, (e) => (e.shipment = tee));
    const next = nextDecision(el);
    el.tariffs = set;
    const d = (await next) as Decision;
    // 16.5% MFN 3.30 + 12.5% forced labor 2.50 + 7.5% list 1.50; no MPF at an express facility
    expect(d.charges!.complete).to.equal(true);
    expect(d.charges!.lines.filter((l) => l.kind === 'duty').map((l) => [l.program, l.heading ?? null, l.amount])).to.deep.equal([
      ['mfn', '6109.10.00', '3.30'],
      ['section-301-forced-labor', null, '2.50'],
      ['section-301-china', '9903.88.15', '1.50'],
    ]);
    expect(text(el, '[part="charges"]')).to.contain('$7.30');
  });

  it('warns once and shows the neutral state for a broken tariffs property, never throwing', async () => {
    const el = await mount({ lang: 'en' }, (e) => (e.shipment = cart));
    const warnings = await captureWarnings(async () => {
      const next = nextAnswer(el);
      el.tariffs = { version: 'x', layers: [{ id: 'a' }], fees: [] } as never;
      const a = await next;
      expect(a.type).to.equal('de-minimis-error');
    });
    expect(el.dataset.state).to.equal('error');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      /^\[de-minimis-check\] property "tariffs": expected a tariff set as `s321 tariffs --json` prints it; layers\[0\]\.program: required/,
    );
  });
});
