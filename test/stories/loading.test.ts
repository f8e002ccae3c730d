/**
 * While <recovery-stories> loads, its skeleton takes about the room the stories will take, so what follows
 * on the page does not jump when they arrive: one row per card on a phone, a row per two cards wider.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/stories/stories.define.js';
import type { RecoveryStories } from '../../src/stories/stories.js';
import { mount } from '../support/mount.js';

const root = (el: RecoveryStories) => el.shadowRoot!;
const BODY = `${'The first months were the hardest, and the Tuesday group was there every week. '.repeat(5)}\n\nIt is mine.`;
const records = Array.from({ length: 6 }, (_, i) => ({
  id: `story-${i}`,
  displayName: 'Ana',
  title: i % 2 ? 'What the first year taught me' : 'Ninety days',
  body: BODY,
  contentWarning: null,
  recoveryYears: i,
  publishedAt: '2026-11-01T12:00:00Z',
  staffDisclosure: null,
  tags: [],
  shareable: true,
  lang: null,
  featured: false,
}));

/** The height of the stories' place: the skeleton while loading (the API answers after 3 s), the list after. */
async function heights(width: string): Promise<{ loading: number; loaded: number }> {
  const waiting = mount(html`<div style="width: ${width}"><recovery-stories api="/faulty/slow/api" limit="6"></recovery-stories></div>`);
  const pending = waiting.querySelector('recovery-stories')!;
  await waitUntil(() => root(pending).querySelector('[part~="loading"]'), 'the skeleton');
  const loading = root(pending).querySelector('.stories-region')!.getBoundingClientRect().height;
  const shown = mount(html`<div style="width: ${width}"><recovery-stories .stories=${records}></recovery-stories></div>`);
  const el = shown.querySelector('recovery-stories')!;
  await waitUntil(() => root(el).querySelector('[part~="story"]'), 'the stories');
  await el.updateComplete;
  return { loading, loaded: root(el).querySelector('.stories-region')!.getBoundingClientRect().height };
}

describe('<recovery-stories> loading', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('keeps the room of six cards on a phone, within a tenth', async () => {
    await setViewport({ width: 375, height: 800 });
    const { loading, loaded } = await heights('359px');
    expect(Math.abs(loading - loaded) / loaded, `${loading} px loading, ${loaded} px loaded`).to.be.below(0.1);
  });

  it('keeps the room of three rows of two cards on a wider page, within a tenth', async () => {
    await setViewport({ width: 1280, height: 800 });
    const { loading, loaded } = await heights('900px');
    expect(Math.abs(loading - loaded) / loaded, `${loading} px loading, ${loaded} px loaded`).to.be.below(0.1);
  });

  it('keeps the room of one story where one story shows', async () => {
    await setViewport({ width: 375, height: 800 });
    const waiting = mount(html`<recovery-stories api="/faulty/slow/api" story-id="story-0"></recovery-stories>`);
    const pending = waiting.querySelector('recovery-stories')!;
    await waitUntil(() => root(pending).querySelector('[part~="loading"]'), 'the skeleton');
    const skeleton = root(pending).querySelector('[part~="loading"] [aria-hidden="true"]')!.getBoundingClientRect().height;
    expect(skeleton).to.equal(25 * 16);
  });
});
