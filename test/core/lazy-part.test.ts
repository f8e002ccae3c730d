/**
 * The one way elements load a part on first use (`LazyPart`), and what a visitor sees when that part cannot
 * load in each element: a translated message and a retry that loads it and then does what they asked.
 */
import { LitElement } from 'lit';
import { expect, html, waitUntil } from '@open-wc/testing';
import { LazyPart } from '../../src/core/lazy-part.js';
import '../../src/meetings/meetings.define.js';
import '../../src/events/events.define.js';
import '../../src/milestone/milestone.define.js';
import '../../src/stories/stories.define.js';
import { RecoveryStories } from '../../src/stories/stories.js';
import { RecoveryMeetings } from '../../src/meetings/meetings.js';
import { RecoveryEvents } from '../../src/events/events.js';
import { RecoveryMilestone } from '../../src/milestone/milestone.js';
import { mount, mountLoaded } from '../support/mount.js';
import { failToLoad } from '../support/failing-loader.js';
import { createEvent } from '../support/events-api.js';
import { STORAGE_KEY } from '../../src/milestone/extras/index.js';

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const failure = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('[part~="error"]');
const retryButton = (el: HTMLElement) => failure(el)?.querySelector<HTMLButtonElement>('[part~="retry"]');

describe('LazyPart', () => {
  class Host extends LitElement {}
  customElements.define('lazy-part-host', Host);

  it('loads once however many ask, and reports its status', async () => {
    const host = document.createElement('lazy-part-host') as Host;
    let calls = 0;
    const part = new LazyPart(host, () => Promise.resolve({ calls: ++calls }));
    expect(part.status).to.equal('idle');
    const done: number[] = [];
    const pending = part.load();
    expect(part.status).to.equal('loading');
    await Promise.all([part.use('a', (m) => done.push(m.calls)), part.use('b', (m) => done.push(m.calls)), pending]);
    expect([part.status, calls, done]).to.deep.equal(['ready', 1, [1, 1]]);
  });

  it('what waited after a failure is done by the next successful load, whoever asked for it', async () => {
    const host = document.createElement('lazy-part-host') as Host;
    let fail = true;
    const part = new LazyPart(host, () => (fail ? Promise.reject(new TypeError('offline')) : Promise.resolve('module')));
    const done: string[] = [];
    await part.use('form:a', () => done.push('form a'));
    fail = false;
    await part.use('form:b', () => done.push('form b'));
    expect(done.sort()).to.deep.equal(['form a', 'form b']);
  });

  it('after a failure, the retry loads again and does the last action asked under each key', async () => {
    const host = document.createElement('lazy-part-host') as Host;
    let fail = true;
    const part = new LazyPart(host, () => (fail ? Promise.reject(new TypeError('offline')) : Promise.resolve('module')));
    const done: string[] = [];
    await part.use('open', () => done.push('first meeting'));
    await part.use('open', () => done.push('second meeting'));
    await part.use('share', () => done.push('share'));
    expect([part.status, done]).to.deep.equal(['failed', []]);
    fail = false;
    await part.retry();
    expect([part.status, done]).to.deep.equal(['ready', ['second meeting', 'share']]);
  });
});

describe('a part that fails to load, in each element', () => {
  it('<recovery-meetings>: opening a meeting shows the failure, and its retry opens the meeting', async () => {
    const loads = failToLoad(RecoveryMeetings.loaders, 'detail');
    const { el } = await mountLoaded<RecoveryMeetings>(
      html`<recovery-meetings src="/test/fixtures/meeting-guide/times.json"></recovery-meetings>`,
      'recovery-meetings',
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-slug="monday-7pm"] button')!.click();
    await waitUntil(() => retryButton(el), 'a retry');
    expect(text(failure(el))).to.contain('connect');
    expect(el.shadowRoot!.querySelector('[part~="detail"]')).to.equal(null);
    await expect(el).to.be.accessible();
    retryButton(el)!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="detail"]'), 'the meeting opens');
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('#detail-title'))).to.equal('Monday 7pm');
    expect(failure(el)).to.equal(null);
    expect(loads.attempts()).to.equal(2);
  });

  it('<recovery-meetings url-state>: a shared link to a meeting opens it once the retry loads the view', async () => {
    failToLoad(RecoveryMeetings.loaders, 'detail');
    const before = location.href;
    const shared = new URL(location.href);
    shared.searchParams.set('meetings-meeting', 'monday-7pm');
    history.replaceState(null, '', shared);
    try {
      const { el } = await mountLoaded<RecoveryMeetings>(
        html`<recovery-meetings url-state src="/test/fixtures/meeting-guide/times.json"></recovery-meetings>`,
        'recovery-meetings',
      );
      await waitUntil(() => retryButton(el), 'a retry');
      retryButton(el)!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="detail"]'), 'the meeting opens');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('<recovery-events>: RSVP shows the failure in Spanish, and its retry opens the form', async () => {
    failToLoad(RecoveryEvents.loaders, 'rsvp');
    const tag = `lazy${Math.random().toString(36).slice(2, 8)}`;
    const id = await createEvent({ title: 'Lazy part dinner', tags: [tag] });
    const { el } = await mountLoaded<RecoveryEvents>(
      html`<recovery-events lang="es" api="/api" tags=${tag}></recovery-events>`,
      'recovery-events',
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-event-id="${id}"] .toggle`)!.click();
    await waitUntil(() => retryButton(el), 'a retry');
    expect(text(failure(el))).to.contain('No pudimos conectarnos');
    expect(text(retryButton(el))).to.equal('Intentar de nuevo');
    retryButton(el)!.click();
    await waitUntil(() => el.shadowRoot!.querySelector(`#rsvp-${id}`), 'the form opens');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('name');
  });

  it('<recovery-milestone>: personal entry shows the failure, and its retry shows the form', async () => {
    localStorage.removeItem(STORAGE_KEY);
    failToLoad(RecoveryMilestone.loaders, 'extras');
    const el = mount(html`<recovery-milestone></recovery-milestone>`).querySelector('recovery-milestone')!;
    await waitUntil(() => retryButton(el), 'a retry');
    expect(el.shadowRoot!.querySelector('#personal-date')).to.equal(null);
    await expect(el).to.be.accessible();
    retryButton(el)!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('#personal-date'), 'the entry form');
    expect(failure(el)).to.equal(null);
  });

  it('<recovery-milestone>: Share shows the failure, and its retry opens sharing', async () => {
    failToLoad(RecoveryMilestone.loaders, 'extras');
    const el = mount(html`<recovery-milestone since="2024-01-01"></recovery-milestone>`).querySelector('recovery-milestone')!;
    await el.updateComplete;
    const share = [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Share')!;
    share.click();
    await waitUntil(() => retryButton(el), 'a retry');
    retryButton(el)!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('#share-text'), 'sharing opens');
  });

  it('<recovery-stories>: Share your story shows the failure, and its retry opens the form', async () => {
    failToLoad(RecoveryStories.loaders, 'tell');
    const { el } = await mountLoaded<RecoveryStories>(html`<recovery-stories api="/api" .stories=${[]}></recovery-stories>`, 'recovery-stories');
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Share your story')!.click();
    await waitUntil(() => retryButton(el), 'a retry');
    await expect(el).to.be.accessible();
    retryButton(el)!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="submit-form"]'), 'the form opens');
  });
});
