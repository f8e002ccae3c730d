import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { COLOR_TOKENS, PAGE_LIMITS, TEXT_PAIRS, UI_PAIRS, contrastRatio, palettes, relativeLuminance, themeStyles } from '../../src/core/theme.js';
import '../support/recovery-sample.js';
import type { RecoverySample } from '../support/recovery-sample.js';

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/** A computed colour as `rgb(r, g, b)`, or `transparent`: mixed colours compute as `color(srgb r g b / a)`. */
function shown(colour: string): string {
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)$/.exec(colour);
  const rgba = /^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$/.exec(colour);
  const [r, g, b, a] = srgb
    ? [...srgb.slice(1, 4).map((c) => Math.round(Number(c) * 255)), Number(srgb[4] ?? 1)]
    : rgba
      ? [...rgba.slice(1, 4).map(Number), Number(rgba[4] ?? 1)]
      : [NaN, NaN, NaN, NaN];
  return a === 0 ? 'transparent' : `rgb(${r}, ${g}, ${b})`;
}

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
    // The root is transparent: its text, links and field borders sit on the page itself. Contrast only grows
    // as the page gets lighter (light scheme) or darker (dark scheme), so holding at the limit holds beyond it.
    it(`keeps text at 4.5:1 and borders at 3:1 on a page at the ${scheme} limit (${PAGE_LIMITS[scheme]}) and beyond`, () => {
      const pages = [PAGE_LIMITS[scheme], ...(scheme === 'light' ? ['#ffffff', '#f5efe6'] : ['#000000', '#101418'])];
      for (const page of pages) {
        for (const fg of ['text', 'muted', 'accent', 'danger', 'success'] as const) {
          expect(contrastRatio(palettes[scheme][fg], page), `${fg} on a ${page} page`).to.be.at.least(4.5);
        }
        expect(contrastRatio(palettes[scheme].border, page), `border on a ${page} page`).to.be.at.least(3);
      }
      // And the limit is on the right side of the scheme's own text.
      const [limit, text] = [relativeLuminance(PAGE_LIMITS[scheme]), relativeLuminance(palettes[scheme].text)];
      expect(scheme === 'light' ? limit > text : limit < text).to.equal(true);
    });
  }
});

describe('theme in the page', () => {
  afterEach(async () => {
    document.documentElement.style.colorScheme = '';
    await emulateMedia({ colorScheme: 'light' });
  });

  const rootStyle = (el: RecoverySample) => getComputedStyle(el.shadowRoot!.querySelector('.root')!);
  const background = (el: RecoverySample) => shown(rootStyle(el).backgroundColor);

  it('paints no panel of its own: the page shows through, with the light text', async () => {
    const el = await fixture<RecoverySample>(html`<recovery-sample .records=${[]}></recovery-sample>`);
    const style = rootStyle(el);
    expect(background(el)).to.equal('transparent');
    expect([style.paddingTop, style.borderTopWidth]).to.deep.equal(['0px', '0px']);
    expect(style.color).to.equal(rgb(palettes.light.text));
  });

  it("follows the page's color-scheme: a light-only page stays light on a dark system", async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await fixture<RecoverySample>(html`<recovery-sample .records=${[]}></recovery-sample>`);
    // Light text on a white page would be unreadable: the page did not say it has a dark mode.
    expect(rootStyle(el).color).to.equal(rgb(palettes.light.text));
  });

  it('follows the system on a page that says it has both schemes', async () => {
    document.documentElement.style.colorScheme = 'light dark';
    const el = await fixture<RecoverySample>(html`<recovery-sample .records=${[]}></recovery-sample>`);
    expect(rootStyle(el).color).to.equal(rgb(palettes.light.text));
    await emulateMedia({ colorScheme: 'dark' });
    expect(rootStyle(el).color).to.equal(rgb(palettes.dark.text));
    expect(background(el)).to.equal('transparent');
  });

  it('is dark on a dark page, whatever the system says', async () => {
    document.documentElement.style.colorScheme = 'dark';
    const el = await fixture<RecoverySample>(html`<recovery-sample .records=${[]}></recovery-sample>`);
    expect(rootStyle(el).color).to.equal(rgb(palettes.dark.text));
  });

  it('takes theme="light" or "dark" over the page and the system', async () => {
    document.documentElement.style.colorScheme = 'light dark';
    await emulateMedia({ colorScheme: 'dark' });
    const el = await fixture<RecoverySample>(html`<recovery-sample theme="light" .records=${[]}></recovery-sample>`);
    expect(rootStyle(el).color).to.equal(rgb(palettes.light.text));
    el.theme = 'dark';
    await el.updateComplete;
    await emulateMedia({ colorScheme: 'light' });
    expect(rootStyle(el).color).to.equal(rgb(palettes.dark.text));
  });

  it('is a card in the theme\'s colours when the page sets --recovery-card: 1', async () => {
    const el = await fixture<RecoverySample>(
      html`<recovery-sample style="--recovery-card: 1" .records=${[{ id: 'a', name: 'One' }]}></recovery-sample>`,
    );
    let style = rootStyle(el);
    expect(background(el)).to.equal(rgb(palettes.light.surface));
    expect([style.paddingTop, style.paddingLeft]).to.deep.equal(['20px', '20px']);
    expect([style.borderTopWidth, style.borderTopStyle, style.borderTopColor]).to.deep.equal(['1px', 'solid', rgb(palettes.light.border)]);
    expect(style.borderTopLeftRadius).to.equal('8px');
    el.theme = 'dark';
    await el.updateComplete;
    style = rootStyle(el);
    expect([background(el), style.color]).to.deep.equal([rgb(palettes.dark.surface), rgb(palettes.dark.text)]);
    await expect(el).to.be.accessible();
  });

  it('lets the page override a token', async () => {
    const el = await fixture<RecoverySample>(
      html`<recovery-sample style="--recovery-color-text: #123456; --recovery-card: 1; --recovery-color-surface: #fdf6e3" .records=${[]}></recovery-sample>`,
    );
    expect([rootStyle(el).color, background(el)]).to.deep.equal([rgb('#123456'), rgb('#fdf6e3')]);
  });

  // Chromium has light-dark(), so the fallback never applies here: it is applied by hand, unwrapped from its
  // @supports, to a sample's shadow root, as a browser without light-dark() would apply it.
  it('gives browsers without light-dark() every colour: light, and dark where theme="dark"', async () => {
    const sheet = themeStyles.styleSheet!;
    const supports = [...sheet.cssRules].find((rule): rule is CSSSupportsRule => rule instanceof CSSSupportsRule);
    expect(supports?.conditionText).to.equal('not (color:light-dark(#000,#fff))');
    const fallback = new CSSStyleSheet();
    fallback.replaceSync([...supports!.cssRules].map((rule) => rule.cssText).join('\n'));
    for (const theme of ['light', 'dark'] as const) {
      const el = await fixture<RecoverySample>(html`<recovery-sample theme=${theme} .records=${[]}></recovery-sample>`);
      el.shadowRoot!.adoptedStyleSheets = [fallback];
      const root = el.shadowRoot!.querySelector<HTMLElement>('.root')!;
      for (const token of COLOR_TOKENS) {
        root.style.color = `var(--_${token})`;
        expect(getComputedStyle(root).color, `${theme} ${token}`).to.equal(rgb(palettes[theme][token]));
      }
    }
  });
});
