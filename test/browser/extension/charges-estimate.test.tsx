// The popup's estimate component in a real browser: the shopper types a duty rate and sees the
// estimate beside the import-charges line the shop shows.
import { expect } from 'chai';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ChargesEstimate } from '../../../extension/popup/charges-estimate.tsx';
import type { Candidate } from '../../../extension/decide.ts';
import { translator } from '../../../extension/i18n.ts';
import { defaultSettings } from '../../../extension/storage/schema.ts';

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

describe('popup charges estimate', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it("asks for a rate, then shows the estimate beside the shop's own import-charges line", async () => {
    await act(() =>
      render(
        <ChargesEstimate
          candidate={shoes}
          data={{ settings: defaultSettings('me'), rates: null }}
          shown={{ amount: '41.70', currency: 'USD', label: 'Import charges' }}
          t={translator('en')}
        />,
        root,
      ),
    );
    expect(root.querySelector('#charges-hint')!.textContent).to.match(/duty rate/);
    expect(root.querySelector('#charges-shop')!.textContent).to.equal('The shop shows Import charges: 41.70 USD');
    const input = root.querySelector<HTMLInputElement>('#f-rate')!;
    await act(() => {
      input.value = '20';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    // MFN 20% $27.80 + forced labor 12.5% $17.38 + FY2027 MPF $2.77
    expect(root.querySelector('#charges-estimate')!.textContent!.replace(/\s+/g, ' ')).to.equal('Estimated US import charges: $47.95 duty $45.18, fees $2.77');
    expect(root.querySelector('#charges-hint')).to.equal(null);
  });

  it("speaks the shopper's language", async () => {
    await act(() =>
      render(<ChargesEstimate candidate={shoes} data={{ settings: defaultSettings('me'), rates: null }} shown={null} t={translator('es')} />, root),
    );
    const input = root.querySelector<HTMLInputElement>('#f-rate')!;
    await act(() => {
      input.value = '20';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(root.querySelector('#charges-estimate')!.textContent).to.contain('Cargos de importación estimados de EE. UU.: $47.95');
    expect(root.querySelector('#charges-shop')).to.equal(null);
  });
});
