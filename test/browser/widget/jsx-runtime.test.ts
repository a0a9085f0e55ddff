// The widget's bundles build JSX elements with widget/src/jsx-runtime.ts instead of
// preact/jsx-runtime (vite.widget.config.ts, to save bytes). Its vnodes must mean the same thing
// to preact: type, props (children inside), key and ref, and render the same DOM.
import { expect } from 'chai';
import { render } from 'preact';
import * as real from 'preact/jsx-runtime';
import * as ours from '../../../widget/src/jsx-runtime.ts';

type Jsx = typeof ours.jsx;

let J: Jsx;
// one component type across renders (a new function per render would remount)
const Item = ({ label }: { label: string }) => J('li', { part: 'item', children: ['<b>', label] });

function tree(j: Jsx) {
  J = j;
  return j('section', {
    class: 'card',
    'aria-label': 'US import duties',
    children: [
      j('strong', { part: 'badge', children: 'Duty-free' }),
      j('ul', { children: ['a', 'b', 'c'].map((l, i) => j(Item, { label: l }, i)) }),
      j(ours.Fragment, { children: [j('span', { hidden: true, children: 'x' }), null, false, 0] }),
      j('div', { style: { width: '50%' }, id: 'bar' }, 'k'),
    ],
  });
}

describe('widget jsx runtime (bundles only)', () => {
  it('makes the same vnodes as preact/jsx-runtime', () => {
    const ref = () => undefined;
    for (const [type, props, key] of [
      ['div', { id: 'a', children: 'text' }, undefined],
      ['li', { 'data-code': 'X', children: ['a', 'b'] }, 3],
      ['input', { ref, value: 'v' }, 'k'],
    ] as const) {
      const a = real.jsx(type, { ...props }, key as string) as unknown as Record<string, unknown>;
      const b = ours.jsx(type, { ...props }, key) as unknown as Record<string, unknown>;
      expect(b.type).to.equal(a.type);
      expect(b.props).to.deep.equal(a.props);
      expect(b.key).to.equal(a.key);
      expect(b.ref).to.equal(a.ref);
      expect(b.constructor).to.equal(a.constructor);
    }
    expect(ours.jsxs).to.equal(ours.jsx);
    expect(ours.Fragment).to.equal(real.Fragment);
  });

  it('renders the same DOM, keyed lists included, and markup in text stays text', () => {
    const a = document.createElement('div');
    const b = document.createElement('div');
    render(tree(real.jsx as unknown as Jsx), a);
    render(tree(ours.jsx), b);
    expect(b.innerHTML).to.equal(a.innerHTML);
    expect(b.querySelectorAll('li').length).to.equal(3);
    expect(b.querySelector('b')).to.equal(null);
    expect(b.querySelector('li')!.textContent).to.equal('<b>a');
    // a keyed update reuses nodes the same way
    const first = b.querySelector('li');
    render(tree(ours.jsx), b);
    expect(b.querySelector('li')).to.equal(first);
  });
});
