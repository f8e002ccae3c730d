/**
 * <recovery-stories> in Chromium against the real reference API (fresh embedded database, seeded), with
 * faults injected between browser and server (test/support/center-api.mjs). Each test publishes stories with
 * a tag of its own.
 */
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/stories/stories.define.js';
import type { RecoveryStories } from '../../src/stories/stories.js';
import type { RecoveryErrorEvent } from '../../src/core/events.js';
import type { RecoveryStorySubmitEvent } from '../../src/core/submit-events.js';
import { STORY_DRAFT_KEY } from '../../src/stories/story-draft.js';
import { mount, mountLoaded } from '../support/mount.js';
import { nextTag, publishStory, submissionsTitled, approve } from '../support/stories-api.js';
import { expectLaidOut } from '../support/layout.js';

const root = (el: RecoveryStories) => el.shadowRoot!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const stories = (el: RecoveryStories) => [...root(el).querySelectorAll<HTMLElement>('[part~="story"]')];
const story = (el: RecoveryStories, id: string) => root(el).querySelector<HTMLElement>(`[part~="story"][data-story-id="${id}"]`)!;
const button = (scope: Element | ShadowRoot, name: string) =>
  [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === name);
const loaded = (template: ReturnType<typeof html>) => mountLoaded<RecoveryStories>(template, 'recovery-stories');
const LONG = `${'I did not believe it could get better. '.repeat(12)}\n\nThen one ordinary day it did.`;

afterEach(() => sessionStorage.clear());

describe('<recovery-stories> reading', () => {
  it('shows published stories with byline, years and date; Read more expands in place and keeps focus', async () => {
    const tag = nextTag();
    const { id } = await publishStory(tag, { title: 'The first year', body: LONG, recoveryYears: 2, displayName: 'Maria' }, 'Lightly edited for length.');
    const { el, detail } = await loaded(html`<recovery-stories api="/api" tags=${tag}></recovery-stories>`);
    expect(detail).to.deep.equal({ total: 1, skipped: 0 });
    const card = story(el, id);
    expect(text(card.querySelector('h3'))).to.equal('The first year');
    expect(text(card.querySelector('.byline'))).to.equal('Maria 2 years in recovery');
    expect(text(card.querySelector('.disclosure'))).to.equal('From our staff: Lightly edited for length.');
    expect(text(card.querySelector('time'))).to.match(/^Shared on \w+ \d+, \d{4}$/);
    expect(text(card.querySelector('.body'))).to.match(/…$/);
    const more = button(card, 'Read more')!;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(card.querySelectorAll('.body p')).to.have.length(2);
    expect(text(card.querySelector('.body'))).to.contain('Then one ordinary day it did.');
    expect(root(el).activeElement, 'focus stays on the button').to.equal(more);
    expect([text(more), more.getAttribute('aria-expanded')]).to.deep.equal(['Show less', 'true']);
    await expect(el).to.be.accessible();
  });

  it('keeps a story with a content note closed until the visitor chooses to read it, each time', async () => {
    const tag = nextTag();
    const { id } = await publishStory(tag, { contentWarning: 'Describes a return to use.', body: LONG });
    const { el } = await loaded(html`<recovery-stories api="/api" tags=${tag}></recovery-stories>`);
    const card = story(el, id);
    expect(text(card.querySelector('[part~="content-warning"]'))).to.contain('Content note: Describes a return to use.');
    expect(card.querySelector('.body'), 'the story stays closed').to.equal(null);
    await expect(el).to.be.accessible();
    button(card, 'Read this story')!.click();
    await el.updateComplete;
    expect(card.querySelector('.body')).to.exist;
    expect(card.querySelector('[part~="content-warning"]')).to.equal(null);
    el.remove();
    const again = await loaded(html`<recovery-stories api="/api" tags=${tag}></recovery-stories>`);
    expect(story(again.el, id).querySelector('[part~="content-warning"]'), 'the choice is not remembered').to.exist;
  });

  it('pages through More stories, announces the count, and moves focus to the first new story', async () => {
    const tag = nextTag();
    for (let i = 0; i < 3; i += 1) await publishStory(tag, { title: `Story ${i}` });
    const { el } = await loaded(html`<recovery-stories api="/api" tags=${tag} limit="2"></recovery-stories>`);
    expect(stories(el)).to.have.length(2);
    button(root(el), 'More stories')!.click();
    await waitUntil(() => stories(el).length === 3, 'the next page');
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(stories(el)[2]);
    expect(text(root(el).querySelector('.root > p[role="status"]'))).to.equal('3 stories shown.');
    expect(button(root(el), 'More stories'), 'the last page').to.equal(undefined);
    expect(new Set(stories(el).map((s) => s.dataset.storyId)).size).to.equal(3);
  });

  it('shows one story whole by story-id, and says so kindly when it is gone', async () => {
    const tag = nextTag();
    const { id } = await publishStory(tag, { title: 'On its own page', body: LONG });
    const { el } = await loaded(html`<recovery-stories api="/api" story-id=${id}></recovery-stories>`);
    expect(stories(el).map((s) => s.dataset.storyId)).to.deep.equal([id]);
    expect(button(story(el, id), 'Read more'), 'the whole story, nothing to expand').to.equal(undefined);
    expect(text(story(el, id).querySelector('.body'))).to.contain('Then one ordinary day it did.');
    el.remove();
    const gone = await loaded(html`<recovery-stories api="/api" story-id="no-such-story"></recovery-stories>`);
    expect(gone.detail).to.deep.equal({ total: 0, skipped: 0 });
    expect(text(root(gone.el).querySelector('[part~="empty"]'))).to.equal('This story is no longer shared here.');
    expect(root(gone.el).querySelector('[part~="retry"]'), 'trying again cannot help').to.equal(null);
  });

  it('shows a translated error with a retry when the stories cannot be loaded', async () => {
    const errored = oneEvent(document.body, 'recovery-error');
    const failing = '/__misbehave/html?code=503&id=stories';
    const el = mount(html`<recovery-stories lang="es" api=${failing}></recovery-stories>`).querySelector('recovery-stories')!;
    const { detail } = (await errored) as RecoveryErrorEvent;
    expect(Object.keys(detail).sort()).to.deep.equal(['message', 'status']);
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part~="error"]'))).to.contain(detail.message);
    expect(el.shadowRoot!.querySelector('[part~="retry"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('is a carousel when asked: one story at a time, previous and next, never moving by itself', async () => {
    const tag = nextTag();
    for (let i = 0; i < 3; i += 1) await publishStory(tag, { title: `Slide ${i}` });
    const { el } = await loaded(html`<recovery-stories api="/api" tags=${tag} layout="carousel"></recovery-stories>`);
    await waitUntil(() => root(el).querySelector('[aria-roledescription="carousel"]'), 'the carousel loads');
    const carousel = root(el).querySelector('[aria-roledescription="carousel"]')!;
    const slide = () => carousel.querySelector('[aria-roledescription="slide"]')!;
    expect(slide().getAttribute('aria-label')).to.equal('Story 1 of 3');
    const first = text(slide().querySelector('h3'));
    button(carousel, 'Next story')!.click();
    await el.updateComplete;
    expect(slide().getAttribute('aria-label')).to.equal('Story 2 of 3');
    expect(text(slide().querySelector('h3'))).not.to.equal(first);
    button(carousel, 'Previous story')!.click();
    button(carousel, 'Previous story')!.click();
    await el.updateComplete;
    expect(slide().getAttribute('aria-label'), 'wraps around').to.equal('Story 3 of 3');
    expect(carousel.querySelector('[aria-live]')!.getAttribute('aria-live')).to.equal('polite');
    expect(button(carousel, 'Pause the stories'), 'no autoplay unless asked').to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('with autoplay, offers a pause, and does not move at all under reduced motion', async () => {
    const tag = nextTag();
    await publishStory(tag);
    await publishStory(tag);
    const moving = await loaded(html`<recovery-stories api="/api" tags=${tag} layout="carousel" autoplay></recovery-stories>`);
    await waitUntil(() => root(moving.el).querySelector('[aria-roledescription="carousel"]'), 'the carousel loads');
    const carousel = root(moving.el).querySelector('[aria-roledescription="carousel"]')!;
    expect(button(carousel, 'Pause the stories')).to.exist;
    expect(carousel.querySelector('[aria-live]')!.getAttribute('aria-live'), 'a moving carousel does not talk').to.equal('off');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const still = await loaded(html`<recovery-stories api="/api" tags=${tag} layout="carousel" autoplay></recovery-stories>`);
      await waitUntil(() => button(root(still.el), 'Play the stories'), 'stopped, and the visitor may start it');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('offers sharing (by keyboard) only for stories whose author allowed it: the share sheet, else the link and plain links, with no name', async () => {
    const tag = nextTag();
    const shareable = await publishStory(tag, { title: 'Share me', displayName: 'Priya', consentShare: true });
    const privateStory = await publishStory(tag, { title: 'Keep me here', consentShare: false });
    const { el } = await loaded(html`<recovery-stories api="/api" tags=${tag} share-targets="email,x"></recovery-stories>`);
    expect(button(story(el, privateStory.id), 'Share'), 'no consent, no share').to.equal(undefined);
    const card = story(el, shareable.id);
    expect(card.querySelector('.share a'), 'nothing to follow before the visitor asks').to.equal(null);
    // Headless Chromium shows no share sheet and grants no clipboard here, so both are stubbed (and restored):
    // first a browser with neither, where the link is offered to copy by hand; then one that can share.
    const nav = navigator as Navigator & { share?: unknown };
    const [share, clipboard] = [nav.share, Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')];
    const address = `${location.href.replace(/#.*$/, '')}#story=${shareable.id}`;
    try {
      Object.defineProperty(nav, 'share', { configurable: true, value: undefined });
      Object.defineProperty(nav, 'clipboard', { configurable: true, value: undefined });
      const shareButton = button(card, 'Share')!;
      expect(shareButton.getAttribute('aria-label')).to.equal('Share: Share me');
      shareButton.focus(); // by keyboard
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => card.querySelector('input[type="url"]'), 'the link to copy');
      await el.updateComplete;
      expect(card.querySelector<HTMLInputElement>('input[type="url"]')!.value).to.equal(address);
      const links = [...card.querySelectorAll<HTMLAnchorElement>('.share a')];
      expect(links.map((a) => text(a))).to.deep.equal(['E-mail', 'X']);
      for (const link of links) {
        expect(link.href).to.contain('Share%20me');
        expect(link.href).to.contain(encodeURIComponent(`#story=${shareable.id}`));
        expect(link.href).not.to.contain('Priya');
      }
      await expect(el).to.be.accessible();

      const sent: ShareData[] = [];
      Object.defineProperty(nav, 'share', { configurable: true, value: (data: ShareData) => Promise.resolve(void sent.push(data)) });
      shareButton.click();
      await waitUntil(() => sent.length === 1, 'shared');
      expect(sent[0]).to.deep.equal({ title: 'Share me', text: 'Share me', url: address });
    } finally {
      delete (nav as { share?: unknown }).share;
      delete (nav as { clipboard?: unknown }).clipboard;
      if (share !== undefined) Object.defineProperty(nav, 'share', { configurable: true, value: share });
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });

  it('opens a story linked by #story=<id>: expanded, in view and focused', async () => {
    const tag = nextTag();
    const { id } = await publishStory(tag, { body: LONG });
    await publishStory(tag);
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}${location.search}#story=${id}`);
    try {
      const { el } = await loaded(html`<recovery-stories api="/api" tags=${tag}></recovery-stories>`);
      await waitUntil(() => root(el).activeElement === story(el, id), 'the linked story takes focus');
      expect(button(story(el, id), 'Show less')).to.exist;
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('shows crisis lines beside the stories, configurable, and only as phone links', async () => {
    const { el } = await loaded(html`<recovery-stories .stories=${[]}></recovery-stories>`);
    expect([...root(el).querySelectorAll('.crisis a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:988', 'tel:+18006624357']);
    el.crisisLines = [{ label: 'Samaritans', phone: '116 123' }, { label: 'Not a number', phone: 'javascript:alert(1)' }];
    await el.updateComplete;
    expect([...root(el).querySelectorAll('.crisis a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:116123']);
    expect(text(root(el).querySelector('[part~="empty"]'))).to.equal('No stories here yet. Please come back soon.');
  });

  it('renders story text as text, never as HTML, and skips records it cannot read', async () => {
    const raw = { id: 'x1', displayName: 'Sam', title: '<img src=x onerror=alert(1)>', body: '<b>bold</b> claims', contentWarning: null, recoveryYears: null, publishedAt: '2026-01-01T00:00:00Z', staffDisclosure: null };
    const { el, detail } = await loaded(html`<recovery-stories .stories=${[raw, { id: 'broken' }]}></recovery-stories>`);
    expect(detail).to.deep.equal({ total: 1, skipped: 1 });
    expect(root(el).querySelector('img, b')).to.equal(null);
    expect(text(story(el, 'x1').querySelector('h3'))).to.equal('<img src=x onerror=alert(1)>');
  });

  it('speaks Spanish, and marks each story with its own language', async () => {
    const tag = nextTag();
    const { id } = await publishStory(tag, { body: LONG, recoveryYears: 1, contentWarning: 'Habla de una recaída.' });
    const spanish = await publishStory(tag, { title: 'Mi primer año', lang: 'es' });
    const { el } = await loaded(html`<recovery-stories lang="es" api="/api" tags=${tag}></recovery-stories>`);
    // The story's own words carry its language; the element's words around them keep the page's.
    expect(story(el, spanish.id).querySelector('h3')!.getAttribute('lang')).to.equal('es');
    expect(story(el, spanish.id).querySelector('.body')!.getAttribute('lang')).to.equal('es');
    expect(story(el, spanish.id).hasAttribute('lang')).to.equal(false);
    expect(story(el, id).querySelector('h3')!.hasAttribute('lang'), 'a story of unknown language takes the page’s').to.equal(false);
    const card = story(el, id);
    expect(text(card.querySelector('.byline'))).to.contain('1 año en recuperación');
    expect(text(card.querySelector('[part~="content-warning"]'))).to.contain('Aviso de contenido');
    expect(button(root(el), 'Comparta su historia')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('<recovery-stories> telling a story', () => {
  async function openForm(api = '/api', timeout = 10000) {
    const { el } = await loaded(html`<recovery-stories api=${api} .stories=${[]} timeout=${timeout}></recovery-stories>`);
    button(root(el), 'Share your story')!.click();
    await waitUntil(() => root(el).querySelector('[part~="submit-form"]'), 'the form opens');
    await el.updateComplete;
    return el;
  }

  const control = (el: RecoveryStories, name: string) => root(el).querySelector<HTMLInputElement & HTMLTextAreaElement>(`[part~="submit-form"] [name="${name}"]`)!;

  async function fill(el: RecoveryStories, values: Record<string, string | boolean>) {
    for (const [name, value] of Object.entries(values)) {
      const input = control(el, name);
      if (typeof value === 'boolean') {
        input.checked = value;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      } else {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      await el.updateComplete;
    }
  }

  const send = (el: RecoveryStories) => root(el).querySelector<HTMLButtonElement>('[part~="submit-form"] button[type="submit"]')!.click();
  const alertText = (el: RecoveryStories) => text(root(el).querySelector('[part~="submit-form"] .notice[role="alert"]'));
  const mine = () => ({ displayName: 'Robin', title: `Hope ${Math.random().toString(36).slice(2, 8)}`, body: LONG, consentPublish: true });

  it('opens on demand, focused, with plain guidance, consent and a live byline preview', async () => {
    const el = await openForm();
    expect(root(el).activeElement?.getAttribute('name'), 'the first control: how to be named').to.equal('nameMode');
    const form = root(el).querySelector('[part~="submit-form"]')!;
    expect(text(form.querySelector('.guidance'))).to.contain('leave out last names');
    expect(text(form)).to.contain('You can withdraw your story at any time');
    await fill(el, { displayName: 'Robin' });
    expect(text(form.querySelector('.byline-preview'))).to.equal('Your story will be signed: Robin');
    await fill(el, { nameMode: 'anonymous' });
    root(el).querySelector<HTMLInputElement>('[name="nameMode"][value="anonymous"]')!.click();
    await el.updateComplete;
    expect(text(form.querySelector('.byline-preview'))).to.equal('Your story will be signed: Anonymous');
    expect(control(el, 'displayName'), 'no name to ask for').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows each problem beside its field, focuses the first, and sends nothing', async () => {
    const el = await openForm();
    await fill(el, { displayName: '', title: 'Hi', body: 'Too short.' });
    send(el);
    await waitUntil(() => alertText(el));
    expect(alertText(el)).to.equal('Please check the 3 fields marked below.');
    expect(root(el).activeElement?.getAttribute('name')).to.equal('displayName');
    expect(text(root(el).querySelector('#tell-body-error'))).to.equal('Please write at least 50 characters (up to 20,000).');
    expect(text(root(el).querySelector('#tell-consentPublish-error'))).to.equal('We can only publish your story with your consent.');
    expect(control(el, 'body').getAttribute('aria-describedby')).to.contain('tell-body-error');
    await expect(el).to.be.accessible();
  });

  it('sends by keyboard alone: thanks the author, fires a count-free event, and gives a private withdraw link', async () => {
    const el = await openForm();
    const values = mine();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.getAttribute('name')).to.equal('displayName');
    await sendKeys({ type: values.displayName });
    control(el, 'title').focus();
    await sendKeys({ type: values.title });
    control(el, 'body').focus();
    await sendKeys({ type: 'I was sure nothing would change, and then slowly everything did. One day at a time.' });
    control(el, 'consentPublish').focus();
    await sendKeys({ press: 'Space' });
    const submitted = oneEvent(el, 'recovery-story-submit');
    root(el).querySelector<HTMLButtonElement>('[part~="submit-form"] button[type="submit"]')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(((await submitted) as RecoveryStorySubmitEvent).detail).to.deep.equal({ status: 'pending' });
    await waitUntil(() => root(el).querySelector('[part~="confirmation"]'));
    await el.updateComplete;
    expect(text(root(el).activeElement)).to.equal('Thank you. Staff will read your story before it appears.');
    const link = root(el).querySelector<HTMLInputElement>('[part~="confirmation"] input[type="url"]')!.value;
    expect(link).to.match(/#story-withdraw=[A-Za-z0-9_-]{43}$/);
    const kept = await submissionsTitled(values.title);
    expect(kept).to.have.length(1);
    expect(kept[0]!.lang, 'the language the form was shown in').to.match(/^en(-|$)/);
    expect(sessionStorage.getItem(STORY_DRAFT_KEY), 'the draft is gone after success').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps every word across a reload of the page (the draft is in this tab only)', async () => {
    const el = await openForm();
    const values = mine();
    await fill(el, values);
    el.remove();
    const again = await openForm();
    expect(control(again, 'displayName').value).to.equal('Robin');
    expect(control(again, 'title').value).to.equal(values.title);
    expect(control(again, 'body').value).to.equal(LONG);
    expect(control(again, 'consentPublish').checked).to.equal(true);
    expect(localStorage.length, 'nothing on the device beyond this tab').to.equal(0);
  });

  async function failThenRetry(api: string, timeout = 10000) {
    const el = await openForm(api, timeout);
    const values = mine();
    await fill(el, values);
    send(el);
    await waitUntil(() => alertText(el).startsWith('Your story may not have been sent'), 'the failure shows', { timeout: 8000 });
    expect(control(el, 'title').value).to.equal(values.title);
    expect(control(el, 'body').value).to.equal(LONG);
    expect(control(el, 'consentPublish').checked).to.equal(true);
    await expect(el).to.be.accessible();
    return { el, values, retry: () => button(root(el).querySelector('[part~="submit-form"] .notice[role="alert"]')!, 'Try again')!.click() };
  }

  const thanked = (el: RecoveryStories) => waitUntil(() => root(el).querySelector('[part~="confirmation"]'), 'thanked', { timeout: 8000 });

  it('a reply lost after the server kept the story: Try again gets the same submission, and there is one', async () => {
    const { el, values, retry } = await failThenRetry('/faulty/droponce/api');
    expect(await submissionsTitled(values.title), 'the server did keep it').to.have.length(1);
    retry();
    await thanked(el);
    expect(await submissionsTitled(values.title)).to.have.length(1);
  });

  it('a reply slower than the timeout: the retry finds the first submission', async () => {
    const { el, values, retry } = await failThenRetry('/faulty/slowonce/api', 600);
    retry();
    await thanked(el);
    expect(await submissionsTitled(values.title)).to.have.length(1);
  });

  it('a 503 then success: one submission, made by the retry', async () => {
    const { el, values, retry } = await failThenRetry('/faulty/503once/api');
    expect(await submissionsTitled(values.title)).to.have.length(0);
    retry();
    await thanked(el);
    expect(await submissionsTitled(values.title)).to.have.length(1);
  });

  it('rate limited (429): waits as long as the server says, then sends once', async () => {
    const el = await openForm('/faulty/429once/api');
    const values = mine();
    await fill(el, values);
    send(el);
    await waitUntil(() => alertText(el));
    expect(alertText(el)).to.equal('Too many tries. Please wait 1 second and try again.');
    const submit = root(el).querySelector<HTMLButtonElement>('[part~="submit-form"] button[type="submit"]')!;
    expect(submit.getAttribute('aria-disabled')).to.equal('true');
    submit.click(); // too early: nothing is sent
    await waitUntil(() => submit.getAttribute('aria-disabled') === 'false', 'sending is possible again', { timeout: 3000 });
    submit.click();
    await thanked(el);
    expect(await submissionsTitled(values.title)).to.have.length(1);
  });

  it('a double tap sends one story', async () => {
    const el = await openForm();
    const values = mine();
    await fill(el, values);
    send(el);
    send(el);
    await thanked(el);
    expect(await submissionsTitled(values.title)).to.have.length(1);
  });

  it('staff approve it and it appears; the author withdraws it by the link, by keyboard, and it disappears', async () => {
    const el = await openForm();
    const values = mine();
    await fill(el, values);
    send(el);
    await thanked(el);
    const link = root(el).querySelector<HTMLInputElement>('[part~="confirmation"] input[type="url"]')!.value;
    const [submission] = await submissionsTitled(values.title);
    const tag = nextTag();
    await approve(submission!.id, [tag]);
    const listed = await loaded(html`<recovery-stories api="/api" tags=${tag}></recovery-stories>`);
    expect(stories(listed.el).map((s) => text(s.querySelector('h3')))).to.deep.equal([values.title]);
    listed.el.remove();

    const before = location.href;
    history.replaceState(null, '', `${location.pathname}${location.search}${new URL(link).hash}`);
    try {
      const page = mount(html`<recovery-stories api="/api" tags=${tag}></recovery-stories>`).querySelector('recovery-stories')!;
      await waitUntil(() => page.shadowRoot!.querySelector('[part~="withdraw"]'), 'the withdraw view');
      await waitUntil(() => page.shadowRoot!.activeElement?.id === 'withdraw-heading', 'it takes focus');
      await expect(page).to.be.accessible();
      // By keyboard: Tab from the heading to the button, Enter, and Enter again on the confirming button.
      await sendKeys({ press: 'Tab' });
      expect(text(page.shadowRoot!.activeElement)).to.equal('Withdraw my story');
      await sendKeys({ press: 'Enter' });
      await page.updateComplete;
      const yes = button(page.shadowRoot!, 'Yes, withdraw it')!;
      await waitUntil(() => page.shadowRoot!.activeElement === yes, 'focus on the confirming button');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => text(page.shadowRoot!.querySelector('.result')) === 'Your story is withdrawn. It no longer appears on this site.');
      // Erased, not just hidden: staff find nothing of it, withdrawn or published.
      expect(await submissionsTitled(values.title, 'withdrawn')).to.have.length(0);
      expect(await submissionsTitled(values.title, 'published')).to.have.length(0);
      button(page.shadowRoot!, 'See the stories')!.click();
      await waitUntil(() => page.shadowRoot!.querySelector('[part~="empty"]'), 'the story is gone');
      expect(location.hash).to.equal('');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('opens at once with submit, in Spanish', async () => {
    const { el } = await loaded(html`<recovery-stories lang="es" api="/api" .stories=${[]} submit></recovery-stories>`);
    await waitUntil(() => root(el).querySelector('[part~="submit-form"] h3'), 'the form');
    await waitUntil(() => text(root(el).querySelector('[part~="submit-form"] h3')) === 'Comparta su historia', 'in Spanish');
    expect(text(root(el).querySelector('[part~="submit-form"] button[type="submit"]'))).to.equal('Enviar mi historia');
    await expect(el).to.be.accessible();
  });

  it('lays out on a 320 px phone with nothing covered and no sideways scrolling: stories, form and errors', async () => {
    const tag = nextTag();
    await publishStory(tag, { body: LONG, contentWarning: 'Describes a hard night.', title: 'A long title that has to wrap on a narrow phone screen' });
    await publishStory(tag, { body: LONG });
    const wrapper = mount(html`<div style="width: 320px"><recovery-stories lang="es" api="/api" tags=${tag} share-targets="email"></recovery-stories></div>`);
    const el = wrapper.querySelector('recovery-stories')!;
    await oneEvent(el, 'recovery-load');
    await el.updateComplete;
    expectLaidOut(el, 320);
    button(root(el), 'Comparta su historia')!.click();
    await waitUntil(() => root(el).querySelector('[part~="submit-form"]'), 'the form');
    root(el).querySelector<HTMLButtonElement>('[part~="submit-form"] button[type="submit"]')!.click();
    await waitUntil(() => root(el).querySelector('.field-error'), 'the errors');
    expectLaidOut(el, 320);
  });
});
