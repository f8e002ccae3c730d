/**
 * <recovery-stories> for keyboards and fingers: the skip link past a long list, and targets of 24 by 24 px or
 * more in every state a visitor reaches (WCAG 2.2, 2.4.1 and 2.5.8). Stories are given by property; the form
 * and the share panel load their parts as in a page.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/stories/stories.define.js';
import type { RecoveryStories } from '../../src/stories/stories.js';
import { mount } from '../support/mount.js';

const root = (el: RecoveryStories) => el.shadowRoot!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const LONG = `${'I did not believe it could get better. '.repeat(12)}\n\nThen one ordinary day it did.`;
const records = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: `story-${i}`,
    displayName: 'Ana',
    title: `Story ${i}`,
    body: LONG,
    contentWarning: i === 1 ? 'Mentions a hospital stay.' : null,
    recoveryYears: i,
    publishedAt: '2026-11-01T12:00:00Z',
    staffDisclosure: i === 2 ? 'Lightly edited.' : null,
    tags: [],
    shareable: true,
    lang: null,
    featured: false,
  }));

async function place(count: number) {
  const wrapper = mount(html`<button type="button">Before</button>
    <recovery-stories api="/api" share-targets="email,x" .stories=${records(count)}></recovery-stories>`);
  const el = wrapper.querySelector('recovery-stories')!;
  await waitUntil(() => root(el).querySelector('[part~="story"]'), 'the stories');
  await el.updateComplete;
  return { el, before: wrapper.querySelector('button')! };
}

describe('<recovery-stories> skip link', () => {
  it('is the first Tab stop of a long list, shown while focused, and leads past the list', async () => {
    const { el, before } = await place(5);
    const address = location.href;
    before.focus();
    await sendKeys({ press: 'Tab' });
    const skip = root(el).activeElement as HTMLAnchorElement;
    expect(text(skip)).to.equal('Skip to the end of the list');
    const box = skip.getBoundingClientRect();
    expect(box.width, 'visible while focused').to.be.greaterThan(100);
    expect(box.height).to.be.at.least(24);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Enter' });
    const end = root(el).activeElement!;
    expect(text(end)).to.equal('End of the list of stories');
    const stories = [...root(el).querySelectorAll('[part~="story"]')];
    expect(stories.at(-1)!.compareDocumentPosition(end) & Node.DOCUMENT_POSITION_FOLLOWING, 'after the last story').to.not.equal(0);
    expect(end.getBoundingClientRect().width, 'visible while focused').to.be.greaterThan(100);
    expect(location.href, 'the address stays as it was').to.equal(address);

    // The next Tab goes on after the list, not into a story.
    await sendKeys({ press: 'Tab' });
    expect(text(root(el).activeElement)).to.equal('Share your story');
    // And out of sight again once focus has moved on.
    expect(skip.getBoundingClientRect().width).to.be.at.most(1);
  });

  it('speaks Spanish', async () => {
    const { el, before } = await place(5);
    el.lang = 'es';
    await waitUntil(() => text(root(el).querySelector('.skip')) === 'Saltar al final de la lista', 'Spanish');
    before.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(text(root(el).activeElement)).to.equal('Fin de la lista de historias');
  });

  it('is not there for a short list', async () => {
    const { el } = await place(3);
    expect(root(el).querySelector('a[href="#stories-end"]')).to.equal(null);
  });
});

/** Everything a visitor can press or type in, by what the finger hits: a field's label when it wraps it. */
function targets(el: RecoveryStories): Array<{ name: string; width: number; height: number }> {
  const found = [...root(el).querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, summary')];
  return found
    .filter((node) => node.tabIndex >= 0 && !node.closest('[aria-hidden="true"], .honeypot'))
    .filter((node) => !node.matches('.visually-hidden:not(:focus)'))
    .map((node) => {
      const hit = node.closest('label') ?? node;
      const { width, height } = hit.getBoundingClientRect();
      return { name: `${node.tagName.toLowerCase()} "${text(hit) || node.getAttribute('aria-label') || node.id}"`, width, height };
    });
}

function expectBigEnough(el: RecoveryStories, state: string): void {
  const all = targets(el);
  expect(all.length, `${state}: targets found`).to.be.greaterThan(3);
  const small = all.filter(({ width, height }) => width < 24 || height < 24).map(({ name, width, height }) => `${name} ${width}×${height}`);
  expect(small, `${state}: targets under 24×24 px`).to.deep.equal([]);
}

describe('<recovery-stories> targets', () => {
  it('are 24 by 24 px or more: the list, the skip link, the share panel, the form, on a 320 px phone too', async () => {
    for (const width of ['320px', '1024px']) {
      const { el, before } = await place(5);
      el.parentElement!.style.width = width;
      await el.updateComplete;
      expectBigEnough(el, `the list at ${width}`);

      before.focus();
      await sendKeys({ press: 'Tab' });
      const skip = root(el).activeElement as HTMLElement;
      const { width: w, height: h } = skip.getBoundingClientRect();
      expect([w >= 24, h >= 24], `the skip link at ${width}: ${w}×${h}`).to.deep.equal([true, true]);

      // The share panel, as where the browser has no share sheet.
      const nav = navigator as Navigator & { share?: unknown };
      const share = nav.share;
      try {
        Object.defineProperty(nav, 'share', { configurable: true, value: undefined });
        Object.defineProperty(nav, 'clipboard', { configurable: true, value: undefined });
        [...root(el).querySelectorAll('button')].find((b) => text(b) === 'Share')!.click();
        await waitUntil(() => root(el).querySelector('.share-panel a'), 'the share panel');
        await el.updateComplete;
        expectBigEnough(el, `the share panel at ${width}`);
      } finally {
        Object.defineProperty(nav, 'share', { configurable: true, value: share });
        delete (nav as { clipboard?: unknown }).clipboard;
      }

      [...root(el).querySelectorAll('button')].find((b) => text(b) === 'Share your story')!.click();
      await waitUntil(() => root(el).querySelector('[part~="submit-form"]'), 'the form');
      await el.updateComplete;
      expectBigEnough(el, `the form at ${width}`);
      el.parentElement!.remove();
    }
  });

  it('are 24 by 24 px or more in the carousel', async () => {
    const { el } = await place(5);
    el.layout = 'carousel';
    await waitUntil(() => root(el).querySelector('[aria-roledescription="carousel"]'), 'the carousel loads');
    await el.updateComplete;
    expectBigEnough(el, 'the carousel');
  });
});
