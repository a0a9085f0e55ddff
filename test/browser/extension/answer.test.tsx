// The popup's answer in plain words, in a real browser: what will happen first (free of duty, or
// about how much the shopper will pay, as a range over the product candidates), why in one
// sentence, what de minimis is, what was guessed, and the rule and charges by program name in the
// details; the same in Spanish and Chinese with numbers formatted for the language.
import { expect } from 'chai';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { evaluate, type Decision } from '../../../core/index.ts';
import { ChargesEstimate, type EstimateOut, type ProductCandidate } from '../../../extension/popup/charges-estimate.tsx';
import { DecisionView } from '../../../extension/popup/decision-view.tsx';
import type { Candidate } from '../../../extension/decide.ts';
import { translator } from '../../../extension/i18n.ts';
import { defaultSettings, type Language } from '../../../extension/storage/schema.ts';

const shoes: Candidate = {
  id: 'current-page',
  title: 'Trail running shoes',
  quantity: 1,
  price: { amount: '139.00', currency: 'USD' },
  origin: 'VN',
  shipFrom: 'VN',
  mode: 'air',
  kind: 'purchase',
  arrival: '2026-11-28',
};
const data = { settings: defaultSettings('me'), rates: null };

function decisionOf(arrival: string): Decision {
  const r = evaluate({
    arrival,
    mode: 'air',
    shipFrom: 'VN',
    recipient: { id: 'me' },
    items: [{ price: { amount: '139.00', currency: 'USD' }, origin: 'VN' }],
  });
  if (!r.ok || 'decisions' in r.output) throw new Error('no decision');
  return r.output;
}

const CANDIDATES: ProductCandidate[] = [
  { id: '6404', description: 'Footwear with textile uppers', rate: '20', hts: '6404.11.9020' },
  { id: '6403', description: 'Footwear with leather uppers', rate: '8.5' },
  { id: '6402', description: 'Other footwear of rubber or plastics', rate: '6' },
];

/** The product part as the popup lays it out: the answer above, the estimate below. */
function Product({ lang, candidates }: { lang: Language; candidates: ProductCandidate[] }) {
  const [e, setE] = useState<EstimateOut>({ charges: null, range: null });
  const t = translator(lang);
  return (
    <>
      <DecisionView
        d={decisionOf('2026-11-28')}
        t={t}
        lang={lang}
        charges={e.charges}
        estimate={e.range}
        inferred={['Made in Vietnam: guessed from where it ships']}
      />
      <ChargesEstimate candidate={shoes} data={data} shown={null} t={t} lang={lang} candidates={candidates} onEstimate={setE} />
    </>
  );
}

describe('popup answer in plain words', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  const text = (sel: string) => root.querySelector(sel)!.textContent!.replace(/\s+/g, ' ').trim();

  it('says first that the parcel should arrive free, and why, before the suspension', async () => {
    await act(() => render(<DecisionView d={decisionOf('2025-03-01')} t={translator('en')} inferred={[]} />, root));
    expect(text('#decision .headline')).to.equal('This should arrive free of US duty.');
    expect(text('#decision .why')).to.match(/800/);
    expect(text('#decision .de-minimis')).to.match(/^De minimis is the US rule/);
    expect(text('#decision .how-sure')).to.match(/comes from the page or from you/);
    expect(root.querySelector<HTMLDetailsElement>('#decision details')!.open).to.equal(false);
  });

  it('gives the range over the product candidates, then the figure of the one picked', async () => {
    await act(() => render(<Product lang="en" candidates={CANDIDATES} />, root));
    await act(() => new Promise((r) => setTimeout(r, 0)));
    // 6% .. 20% MFN on $139 with the origin's layers and the MPF: a range in whole dollars
    expect(text('#decision .headline')).to.match(/^You will probably pay about \$\d+–\$\d+ in US import charges when this arrives\.$/);
    expect(text('#decision .how-sure')).to.contain('Made in Vietnam: guessed from where it ships');
    expect([...root.querySelectorAll('#candidates label')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Footwear with textile uppers: 20%',
      'Footwear with leather uppers: 8.5%',
      'Other footwear of rubber or plastics: 6%',
      'Something else: I know its duty rate',
    ]);
    await act(() => root.querySelector<HTMLInputElement>('#candidates input[value="6404"]')!.click());
    await act(() => new Promise((r) => setTimeout(r, 0)));
    // MFN 20% $27.80 + forced labor 12.5% $17.38 + FY2027 MPF $2.77
    expect(text('#charges-estimate')).to.equal('Estimated US import charges: $47.95 duty $45.18, fees $2.77');
    expect(text('#decision .headline')).to.equal('You will probably pay about $47.95 in US import charges when this arrives.');
    // the programs by name in the details, not their ids
    const lines = text('#decision .charge-lines');
    expect(lines).to.contain('Regular customs duty (20%): $27.80');
    expect(lines).to.contain('Forced-labor tariff (Section 301) (12.5%): $17.38');
    expect(lines).to.not.match(/section-301-forced-labor|\bmfn\b/);
  });

  it('lets the shopper type a rate instead ("something else")', async () => {
    await act(() => render(<Product lang="en" candidates={CANDIDATES} />, root));
    await act(() => root.querySelector<HTMLInputElement>('#candidates input[value="other"]')!.click());
    const input = root.querySelector<HTMLInputElement>('#f-rate')!;
    await act(() => {
      input.value = '20';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(text('#charges-estimate')).to.contain('$47.95');
  });

  it('picks the candidate the page states from the start', async () => {
    await act(() =>
      render(
        <Product lang="en" candidates={[...CANDIDATES.slice(1), { id: 'page', description: 'Footwear (HTS number on the page)', rate: '20', stated: true }]} />,
        root,
      ),
    );
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(root.querySelector<HTMLInputElement>('#candidates input[value="page"]')!.checked).to.equal(true);
    expect(root.querySelector('#candidates label')!.textContent).to.contain('HTS number on the page');
    expect(text('#decision .headline')).to.equal('You will probably pay about $47.95 in US import charges when this arrives.');
  });

  it('speaks Spanish and Chinese, with money and percentages formatted for the language', async () => {
    await act(() => render(<Product lang="es" candidates={CANDIDATES} />, root));
    await act(() => root.querySelector<HTMLInputElement>('#candidates input[value="6404"]')!.click());
    await act(() => new Promise((r) => setTimeout(r, 0)));
    const sp = (x: string) => x.replace(/\s+/g, ' ');
    const es = sp(new Intl.NumberFormat('es', { style: 'currency', currency: 'USD' }).format(47.95));
    expect(text('#decision .headline')).to.equal(`Probablemente pagará unos ${es} en cargos de importación de EE. UU. cuando llegue.`);
    expect(text('#decision .charge-lines')).to.contain(
      `Arancel por trabajo forzoso (Sección 301) (${sp(new Intl.NumberFormat('es', { style: 'percent', maximumFractionDigits: 3 }).format(0.125))})`,
    );
    render(null, root);
    await act(() => render(<Product lang="zh-Hans" candidates={CANDIDATES} />, root));
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(text('#decision .headline')).to.match(/^商品到达时，您可能需支付约 US\$\d+–US\$\d+ 的美国进口费用。$/);
    expect(text('#decision .de-minimis')).to.contain('小额豁免');
  });

  it('works without candidates or an estimate: the shopper types a rate', async () => {
    await act(() => render(<Product lang="en" candidates={[]} />, root));
    expect(text('#decision .headline')).to.equal('You will probably pay US import charges when this arrives.');
    expect(root.querySelector('#candidates')).to.equal(null);
    expect(text('#charges-hint')).to.match(/duty rate/);
  });
});
