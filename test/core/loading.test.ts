import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../support/recovery-sample.js';
import type { RecoverySample } from '../support/recovery-sample.js';

let counter = 0;
// The misbehaving server answers after `delay` ms: long enough to look at the loading view.
const slow = () => new URL(`/__misbehave/records?id=loading-${Date.now()}-${++counter}&delay=8000`, location.origin).href;

async function loadingSample(style = ''): Promise<RecoverySample> {
  return fixture<RecoverySample>(html`<recovery-sample style=${style} src=${slow()}></recovery-sample>`);
}
const loading = (el: RecoverySample) => el.shadowRoot!.querySelector<HTMLElement>('[part~="loading"]')!;
const skeleton = (el: RecoverySample) => loading(el).querySelector<HTMLElement>('[aria-hidden="true"]')!;

describe('the loading view', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' }));

  it('says "Loading…" to screen readers and hides the skeleton rows from them', async () => {
    const el = await loadingSample();
    const view = loading(el);
    expect(view.getAttribute('role')).to.equal('status');
    expect(view.textContent.trim()).to.equal('Loading…');
    // The words are for screen readers; the eye sees the rows.
    const words = [...view.querySelectorAll('span')].find((span) => span.textContent === 'Loading…')!;
    expect(words.getBoundingClientRect().width).to.be.at.most(1);
    expect(skeleton(el).getBoundingClientRect().height).to.be.greaterThan(100);
    expect(skeleton(el).textContent).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('says it in the page language', async () => {
    const el = await fixture<RecoverySample>(html`<recovery-sample lang="es" src=${slow()}></recovery-sample>`);
    expect(loading(el).textContent.trim()).to.equal('Cargando…');
  });

  it('draws rows of the height and number the element sets, 1rem apart', async () => {
    const el = await loadingSample('--recovery-skeleton-rows: 4; --recovery-skeleton-row-height: 50px');
    // 4 rows of 50px and 3 gaps of 16px: the height the content will take, so nothing below it jumps.
    expect(skeleton(el).getBoundingClientRect().height).to.equal(4 * 50 + 3 * 16);
    const rows = getComputedStyle(skeleton(el)).backgroundImage;
    expect(rows).to.match(/^repeating-linear-gradient\(.* 50px, rgba\(0, 0, 0, 0\) 0px, rgba\(0, 0, 0, 0\) 66px\)$/);
  });

  it('has three rows of 4rem by default', async () => {
    const el = await loadingSample();
    expect(skeleton(el).getBoundingClientRect().height).to.equal(3 * 64 + 2 * 16);
  });

  it('shimmers calmly, and stands still under reduced motion', async () => {
    const el = await loadingSample();
    const [pulse] = skeleton(el).getAnimations();
    expect(pulse?.playState).to.equal('running');
    expect(Number(pulse!.effect!.getComputedTiming().duration)).to.be.at.least(1000);

    await emulateMedia({ reducedMotion: 'reduce' });
    // Over within a millisecond, once: nothing moves. (Read from the style: a page in a background tab
    // does not advance its animations, so waiting for the end would wait forever there.)
    const style = getComputedStyle(skeleton(el));
    expect([parseFloat(style.animationDuration) * 1000, style.animationIterationCount]).to.deep.equal([0.01, '1']);
  });

  it('keeps its rows in forced colours', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await loadingSample();
    expect(getComputedStyle(skeleton(el)).backgroundImage).to.match(/^repeating-linear-gradient/);
  });
});
