// The popup's country picker in a real browser: the names come from the browser's own
// Intl.DisplayNames in the shopper's language, typing a part of a name finds the country
// ("Chi" -> China, "Alem" -> Alemania, "中" -> 中国), and the keyboard alone picks one.
import { expect } from 'chai';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { CountryPicker } from '../../../extension/popup/country-picker.tsx';
import { searchCountries } from '../../../extension/popup/country-names.ts';

function Harness({ lang, initial = '', onPick }: { lang: string; initial?: string; onPick: (c: string) => void }) {
  const [v, setV] = useState(initial);
  return (
    <CountryPicker
      id="f-origin"
      label="Country of origin"
      value={v}
      onChange={(c) => {
        setV(c);
        onPick(c);
      }}
      lang={lang}
      hint={v ? undefined : 'The page does not say: type a country name'}
      noMatch="No country by that name"
    />
  );
}

describe('popup country picker', () => {
  let root: HTMLElement;
  let picked: string[];
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
    picked = [];
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  const input = () => root.querySelector<HTMLInputElement>('#f-origin')!;
  const options = () => [...root.querySelectorAll('[role="option"]')].map((o) => o.textContent);
  async function type(text: string) {
    await act(() => {
      input().focus();
      input().value = text;
      input().dispatchEvent(new Event('input', { bubbles: true }));
    });
  }
  async function key(k: string) {
    await act(() => {
      input().dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    });
  }

  it('starts empty with no placeholder that looks filled in, and says why in its hint', async () => {
    await act(() => render(<Harness lang="en" onPick={(c) => picked.push(c)} />, root));
    expect(input().value).to.equal('');
    expect(input().placeholder).to.equal('');
    expect(input().getAttribute('role')).to.equal('combobox');
    expect(input().getAttribute('aria-expanded')).to.equal('false');
    expect(root.querySelector(`#${input().getAttribute('aria-describedby')}`)!.textContent).to.match(/does not say/);
    expect(root.querySelector('label[for="f-origin"]')!.textContent).to.equal('Country of origin');
  });

  it('finds China by "Chi" in English and picks it with the keyboard', async () => {
    await act(() => render(<Harness lang="en" onPick={(c) => picked.push(c)} />, root));
    await type('Chi');
    expect(options()[0]).to.equal('China');
    expect(options()).to.include('Chile');
    expect(input().getAttribute('aria-expanded')).to.equal('true');
    expect(input().getAttribute('aria-activedescendant')).to.equal('f-origin-opt-CN');
    await key('Enter');
    expect(picked).to.deep.equal(['CN']);
    expect(input().value).to.equal('China');
    expect(input().getAttribute('aria-expanded')).to.equal('false');
    expect(input().dataset.code).to.equal('CN');
  });

  it('moves through the list with the arrow keys and closes with Escape', async () => {
    await act(() => render(<Harness lang="en" onPick={(c) => picked.push(c)} />, root));
    await type('Chi');
    await key('ArrowDown');
    const second = root.querySelector('[role="option"][aria-selected="true"]')!;
    expect(second.textContent).to.equal(options()[1]);
    await key('Escape');
    expect(root.querySelectorAll('[role="option"]').length).to.equal(0);
    expect(picked).to.deep.equal([]);
  });

  it('finds Alemania by "Alem" in Spanish, and by its English name too', async () => {
    await act(() => render(<Harness lang="es" onPick={(c) => picked.push(c)} />, root));
    await type('Alem');
    expect(options()[0]).to.equal('Alemania');
    await key('Enter');
    expect(picked).to.deep.equal(['DE']);
    expect(searchCountries('germany', 'es')[0].name).to.equal('Alemania');
    expect(searchCountries('mexico', 'es')[0].name).to.equal('México');
  });

  it('finds 中国 by "中" in Simplified Chinese', async () => {
    await act(() => render(<Harness lang="zh-Hans" onPick={(c) => picked.push(c)} />, root));
    await type('中');
    expect(options()).to.include('中国');
    await act(() => {
      (root.querySelector('[data-code="CN"][role="option"]') as HTMLElement).dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    });
    expect(picked).to.deep.equal(['CN']);
    expect(input().value).to.equal('中国');
  });

  it('takes a name typed in full, or a code in capitals, without the list; an unknown name clears the value', async () => {
    await act(() => render(<Harness lang="en" onPick={(c) => picked.push(c)} />, root));
    await type('vietnam');
    expect(picked.at(-1)).to.equal('VN');
    await type('US');
    expect(picked.at(-1)).to.equal('US');
    await type('Atlantis');
    expect(picked.at(-1)).to.equal('');
    expect(root.querySelector('[role="listbox"]')!.textContent).to.equal('No country by that name');
  });

  it("shows a value set from outside by its name in the shopper's language", async () => {
    await act(() => render(<Harness lang="es" initial="DE" onPick={(c) => picked.push(c)} />, root));
    expect(input().value).to.equal('Alemania');
  });
});
