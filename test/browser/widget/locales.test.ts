// Locales: English, Spanish, Simplified Chinese, with money and dates from Intl.
import { expect } from 'chai';
import { captureWarnings, cleanup, mount, q, settle, text } from './helpers.ts';

const today = { value: '45.00', origin: 'DE', arrival: '2026-11-28' };
const y2024 = { value: '650.00', origin: 'DE', arrival: '2024-06-03' };

describe('<de-minimis-check> locales', () => {
  afterEach(cleanup);

  it('speaks English by default', async () => {
    const el = await mount(y2024);
    expect(text(el, '[part="badge"]')).to.equal('Duty-free');
    expect(text(el, '[part="footer"]')).to.equal('Rules of 2026-11-30, arrival Jun 3, 2024. An estimate, not legal advice.');
    expect(q(el, '[part="card"]').getAttribute('aria-label')).to.equal('US import duties');
  });

  it('speaks Spanish with Spanish number and date formats', async () => {
    const el = await mount({ ...y2024, lang: 'es' });
    expect(text(el, '[part="badge"]')).to.equal('Libre de aranceles');
    expect(text(el, '[part="headline"]')).to.equal('No se esperan aranceles ni impuestos de importación de EE. UU. para este pedido.');
    expect(text(el, '[part="value"]')).to.equal('650,00 US$ de un límite de 800,00 US$');
    expect(text(el, '[part="reason"]')).to.include('650,00 US$ está dentro del límite de minimis de 800,00 US$.');
    expect(text(el, '[part="reason-item"]')).to.include('vigente desde el 10 mar 2016');
    expect(q(el, '[part="card"]').getAttribute('lang')).to.equal('es');
  });

  it('uses the regional format of a tag such as es-MX', async () => {
    const el = await mount({ ...y2024, lang: 'es-MX' });
    expect(text(el, '[part="badge"]')).to.equal('Libre de aranceles');
    expect(text(el, '[part="value"]')).to.equal('USD 650.00 de un límite de USD 800.00');
  });

  it('speaks Simplified Chinese', async () => {
    const el = await mount({ ...today, lang: 'zh-Hans' });
    expect(text(el, '[part="badge"]')).to.equal('需缴关税');
    expect(text(el, '[part="reason"]')).to.include('自 2025年8月29日 起，所有国家产品的最低免税待遇已暂停。');
    expect(text(el, '[part="value"]')).to.equal('订单价值：US$45.00');
    expect(text(el, '[part="reason"]')).to.not.include('2026年');
    expect(text(el, '[part="reason-item"]')).to.include('2026年6月24日 确认');
    expect(text(el, '[part="explain"]')).to.match(/^最低免税额/);
    expect(text(el, '[part="toggle"]')).to.match(/^原因（共 \d+ 条）$/);
  });

  it('maps zh and zh-CN to Simplified Chinese', async () => {
    for (const lang of ['zh', 'zh-CN']) {
      const el = await mount({ ...today, lang });
      expect(text(el, '[part="badge"]')).to.equal('需缴关税');
      el.remove();
    }
  });

  it('follows the page language when it has no lang of its own', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'es';
    document.body.append(wrapper);
    const el = await mount(today, undefined, wrapper);
    expect(text(el, '[part="badge"]')).to.equal('Se aplican aranceles');
  });

  it('falls back to English for an unsupported lang, with one warning', async () => {
    let el!: Awaited<ReturnType<typeof mount>>;
    const warnings = await captureWarnings(async () => {
      el = await mount({ ...today, lang: 'fr' });
      el.setAttribute('value', '46.00');
      await settle();
    });
    expect(text(el, '[part="badge"]')).to.equal('Duties apply');
    expect(el.dataset.state).to.equal('dutiable');
    expect(warnings).to.deep.equal([
      '[de-minimis-check] attribute "lang": expected en, es or zh-Hans (or a regional tag such as es-MX), got "fr"; showing English',
    ]);
  });

  it('says what to fix in Spanish and Chinese', async () => {
    const es = await mount({ origin: 'DE', lang: 'es' });
    expect(text(es, '[part="headline"]')).to.equal('Indique un precio.');
    const zh = await mount({ value: '10', origin: 'DE', arrival: '2025-02-30', lang: 'zh-Hans' });
    expect(text(zh, '[part="headline"]')).to.equal('请选择到达日期。');
  });

  it('translates every reason in the disclosure, none left in English', async () => {
    const el = await mount({ lang: 'es' }, (e) => {
      e.shipment = {
        arrival: '2026-11-28',
        mode: 'express',
        shipFrom: 'FR',
        items: [{ description: 'Vino', price: { amount: '3000.00', currency: 'USD' }, origin: 'FR', hts: '2204210000' }],
      };
    });
    const items = [...el.shadowRoot!.querySelectorAll('[part="reason-item"]')].map((li) => li.textContent!);
    expect(items.length).to.be.greaterThan(2);
    for (const t of items) expect(t).to.not.match(/\b(the|is|are|of)\b/);
    // the heading decides (no "check" mark): wine is alcohol
    expect(items.join(' ')).to.include('El número HTS corresponde a una bebida alcohólica.');
  });
});
