// Accessibility: a live status region, a labelled region and meter, a keyboard-usable
// disclosure, WCAG AA contrast in light and dark schemes, and no motion when reduced motion is
// asked for.
import { expect } from 'chai';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { captureWarnings, cleanup, mount, q, settle, type El } from './helpers.ts';

const attrs = { value: '650.00', origin: 'DE', arrival: '2024-06-03' };

function rgb(color: string): [number, number, number, number] {
  const m = color.match(/rgba?\(([^)]+)\)/);
  if (!m) throw new Error(`unexpected colour ${color}`);
  const [r, g, b, a = 1] = m[1]
    .split(/[ ,/]+/)
    .filter(Boolean)
    .map(Number);
  return [r, g, b, a];
}
function luminance([r, g, b]: number[]): number {
  const c = [r, g, b].map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}
function contrast(fg: string, bg: string): number {
  const a = luminance(rgb(fg)),
    b = luminance(rgb(bg));
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** Contrast of every text-bearing part against the card background. */
function contrasts(el: El): Record<string, number> {
  const bg = getComputedStyle(q(el, '[part="card"]')).backgroundColor;
  expect(rgb(bg)[3]).to.equal(1);
  const out: Record<string, number> = {};
  for (const part of ['badge', 'headline', 'reason', 'citation', 'toggle', 'footer']) {
    out[part] = Math.round(contrast(getComputedStyle(q(el, `[part="${part}"]`)).color, bg) * 100) / 100;
  }
  return out;
}

describe('<de-minimis-check> accessibility', () => {
  afterEach(async () => {
    cleanup();
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it('is a labelled region with a polite live status', async () => {
    const el = await mount(attrs);
    const card = q(el, '[part="card"]');
    expect(card.tagName).to.equal('SECTION');
    expect(card.getAttribute('aria-label')).to.equal('US import duties');
    const status = q(el, '[role="status"]');
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(status.getAttribute('aria-atomic')).to.equal('true');
    expect(status.textContent).to.include('Duty-free');
  });

  it('keeps the same live region across answers so changes are announced', async () => {
    const el = await mount(attrs);
    const status = q(el, '[role="status"]');
    el.setAttribute('value', '900.00');
    await settle();
    expect(q(el, '[role="status"]')).to.equal(status);
    expect(status.textContent).to.include('Duties apply');
    await captureWarnings(async () => {
      el.setAttribute('value', 'nonsense');
      await settle();
    });
    expect(q(el, '[role="status"]')).to.equal(status);
    expect(status.textContent).to.include('Cannot check this order');
  });

  it('exposes the value against the limit as a labelled meter', async () => {
    const el = await mount(attrs);
    const meter = q(el, '[role="meter"]');
    expect(meter.getAttribute('aria-valuemin')).to.equal('0');
    expect(meter.getAttribute('aria-valuemax')).to.equal('800');
    expect(meter.getAttribute('aria-valuenow')).to.equal('650');
    expect(meter.getAttribute('aria-valuetext')).to.equal('$650.00 of the $800.00 limit');
    expect(meter.getAttribute('aria-label')).to.be.a('string').and.not.equal('');
  });

  it('opens and closes the reasons with the keyboard', async () => {
    const el = await mount(attrs);
    const button = q<HTMLButtonElement>(el, '[part="toggle"]');
    const details = q(el, '[part="details"]');
    expect(button.tagName).to.equal('BUTTON');
    expect(button.getAttribute('aria-controls')).to.equal(details.id);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(details.hidden).to.equal(true);
    button.focus();
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(details.hidden).to.equal(false);
    expect(details.querySelectorAll('li').length).to.equal(el.decision!.reasons.length);
    await sendKeys({ press: 'Space' });
    await settle();
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(details.hidden).to.equal(true);
    // the open state survives a re-evaluation
    button.click();
    el.setAttribute('value', '700.00');
    await settle();
    expect(button.getAttribute('aria-expanded')).to.equal('true');
  });

  it('can be reached with Tab from the page', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.append(before);
    const el = await mount(attrs);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '[part="toggle"]'));
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const state of ['exempt', 'dutiable', 'error']) {
      it(`meets WCAG AA contrast (4.5:1) in the ${scheme} scheme, ${state} state`, async () => {
        await emulateMedia({ colorScheme: scheme });
        const value = state === 'exempt' ? '650.00' : state === 'dutiable' ? '900.00' : 'bad';
        let el!: El;
        await captureWarnings(async () => void (el = await mount({ ...attrs, value })));
        expect(el.dataset.state).to.equal(state);
        if (state === 'error') {
          const bg = getComputedStyle(q(el, '[part="card"]')).backgroundColor;
          for (const part of ['badge', 'headline']) expect(contrast(getComputedStyle(q(el, `[part="${part}"]`)).color, bg)).to.be.at.least(4.5);
          return;
        }
        for (const [part, ratio] of Object.entries(contrasts(el))) expect(ratio, part).to.be.at.least(4.5);
      });
    }
  }

  it('switches to dark colours with prefers-color-scheme: dark', async () => {
    const el = await mount(attrs);
    const light = getComputedStyle(q(el, '[part="card"]')).backgroundColor;
    await emulateMedia({ colorScheme: 'dark' });
    const dark = getComputedStyle(q(el, '[part="card"]')).backgroundColor;
    expect(luminance(rgb(dark))).to.be.lessThan(luminance(rgb(light)));
  });

  it('drops its transitions with prefers-reduced-motion: reduce', async () => {
    const el = await mount(attrs);
    const bar = q(el, '.bar');
    expect(getComputedStyle(bar).transitionDuration).to.not.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(bar).transitionDuration).to.equal('0s');
  });

  it('lets the merchant theme it with custom properties and ::part()', async () => {
    const style = document.createElement('style');
    style.textContent = 'de-minimis-check{--dmc-bg:rgb(1, 2, 3);--dmc-radius:0px} de-minimis-check::part(badge){text-transform:uppercase}';
    document.head.append(style);
    try {
      const el = await mount(attrs);
      const card = getComputedStyle(q(el, '[part="card"]'));
      expect(card.backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(card.borderTopLeftRadius).to.equal('0px');
      expect(getComputedStyle(q(el, '[part="badge"]')).textTransform).to.equal('uppercase');
    } finally {
      style.remove();
    }
  });
});
