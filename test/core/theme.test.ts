import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { TEXT_PAIRS, UI_PAIRS, contrastRatio, palettes } from '../../src/core/theme.js';
import '../support/recovery-sample.js';
import type { RecoverySample } from '../support/recovery-sample.js';

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('theme tokens', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.be.closeTo(21, 0.001);
    expect(contrastRatio('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps text at 4.5:1 or more in ${scheme}`, () => {
      for (const [fg, bg] of TEXT_PAIRS) {
        const ratio = contrastRatio(palettes[scheme][fg], palettes[scheme][bg]);
        expect(ratio, `${fg} on ${bg}`).to.be.at.least(4.5);
      }
    });
    it(`keeps component borders at 3:1 or more in ${scheme}`, () => {
      for (const [fg, bg] of UI_PAIRS) {
        expect(contrastRatio(palettes[scheme][fg], palettes[scheme][bg]), `${fg} on ${bg}`).to.be.at.least(3);
      }
    });
  }
});

describe('theme in the page', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  const rootColors = (el: RecoverySample) => {
    const style = getComputedStyle(el.shadowRoot!.querySelector('.root')!);
    return { color: style.color, background: style.backgroundColor };
  };

  it('follows the visitor system setting by default', async () => {
    const el = await fixture<RecoverySample>(html`<recovery-sample .records=${[]}></recovery-sample>`);
    expect(rootColors(el)).to.deep.equal({ color: rgb(palettes.light.text), background: rgb(palettes.light.surface) });
    await emulateMedia({ colorScheme: 'dark' });
    expect(rootColors(el)).to.deep.equal({ color: rgb(palettes.dark.text), background: rgb(palettes.dark.surface) });
  });

  it('takes theme="light" or "dark" over the system setting', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await fixture<RecoverySample>(html`<recovery-sample theme="light" .records=${[]}></recovery-sample>`);
    expect(rootColors(el).background).to.equal(rgb(palettes.light.surface));
    el.theme = 'dark';
    await el.updateComplete;
    expect(rootColors(el).background).to.equal(rgb(palettes.dark.surface));
  });

  it('lets the page override a token', async () => {
    const el = await fixture<RecoverySample>(
      html`<recovery-sample style="--recovery-color-text: #123456" .records=${[]}></recovery-sample>`,
    );
    expect(rootColors(el).color).to.equal(rgb('#123456'));
  });
});
