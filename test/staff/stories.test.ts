/**
 * Moderating stories in the staff console, against the real reference API, and what visitors then see in
 * `<recovery-stories>`. Each test sends a story of its own (a unique title) and publishes it with a tag of its own.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/stories/stories.define.js';
import type { RecoveryStories } from '../../src/stories/stories.js';
import type { RecoveryStaff } from '../../src/staff/staff.js';
import { apiUrl } from '../../src/core/http.js';
import { sendJson } from '../../src/core/send.js';
import { mountLoaded } from '../support/mount.js';
import { nextTag, publishStory, storyInput } from '../support/stories-api.js';
import type { StorySubmission } from '../../src/core/api/stories.js';
import { $, button, consoleAs, go, heading, link, root, said, text, tick, type } from './support.js';

async function send(overrides: Partial<StorySubmission> = {}) {
  const input = storyInput(overrides);
  const { data } = await sendJson<{ submission: { id: string; withdrawToken: string } }>('POST', apiUrl('/api', '/stories'), input, {
    idempotencyKey: crypto.randomUUID(),
  });
  return { ...data.submission, title: input.title, body: input.body };
}

const card = (el: RecoveryStaff, id: string) => $(el, `.card[data-id="${id}"]`);

async function review(el: RecoveryStaff, id: string, title: string) {
  await waitUntil(() => card(el, id), 'the story is listed');
  link(el, `Review “${title}”`, card(el, id)!)!.click();
  await waitUntil(() => heading(el) === title && root(el).activeElement?.id === 'view-heading', 'the story opens');
}

async function publicStories(tag: string) {
  const { el } = await mountLoaded<RecoveryStories>(html`<recovery-stories api="/api" tags=${tag}></recovery-stories>`, 'recovery-stories');
  return [...el.shadowRoot!.querySelectorAll('[part~="story"]')].map(text);
}

describe('staff console: stories', () => {
  it('shows the queue with each story whole: content note, byline, consents; approving publishes it for visitors', async () => {
    const tag = nextTag();
    const story = await send({ contentWarning: 'Mentions an overdose', recoveryYears: 3, consentShare: false, email: 'robin@example.org' });
    const el = await consoleAs('moderator');
    await waitUntil(() => card(el, story.id), 'listed in the queue');
    const listed = text(card(el, story.id));
    for (const expected of [
      story.title,
      story.body,
      'Content note: Mentions an overdose',
      'How the byline will read: Robin · 3 years in recovery',
      'Agreed to publication on this site',
      'Not to be shared beyond this site',
      'E-mail for staff questions (never shown): robin@example.org',
    ]) {
      expect(listed).to.contain(expected);
    }
    await expect(el).to.be.accessible();

    await review(el, story.id, story.title);
    expect(location.hash).to.equal(`#/stories/pending/${story.id}`);
    await expect(el).to.be.accessible();
    type($(el, '#story-tags'), `Family, ${tag}`);
    type($(el, '#story-disclosure'), 'Shared with the author’s permission.');
    button(el, 'Approve and publish')!.click();
    await waitUntil(() => location.hash === '#/stories/pending' && !card(el, story.id) && $(el, '.subtabs'), 'back at the queue, without it');
    await waitUntil(() => said(el).includes(`Published: “${story.title}”.`), 'announced');

    const stories = await publicStories(tag);
    expect(stories).to.have.length(1);
    expect(stories[0]).to.contain(story.title);
    expect(stories[0]).to.contain('From our staff: Shared with the author’s permission.');
  });

  it('publishes an edited text while keeping the author’s original for staff', async () => {
    const tag = nextTag();
    const body = 'My sister Jane Doe drove me to my first meeting. I owe her more than I can say, and I am grateful every day.';
    const story = await send({ body });
    const el = await consoleAs('moderator', `#/stories/pending/${story.id}`);
    expect(heading(el)).to.equal(story.title);
    tick($(el, 'input[name="redact"]'));
    await el.updateComplete;
    const redacted = 'My sister drove me to my first meeting. I owe her more than I can say, and I am grateful every day.';
    type($(el, '#story-body'), redacted);
    type($(el, '#story-tags'), tag);
    button(el, 'Approve and publish')!.click();
    await waitUntil(() => said(el).includes('Published'), 'published');

    const [shown] = await publicStories(tag);
    expect(shown).to.contain(redacted);
    expect(shown).not.to.contain('Jane Doe');

    await go(el, `#/stories/published/${story.id}`);
    expect(text($(el, '.story-text'))).to.equal(redacted);
    const original = $<HTMLDetailsElement>(el, 'details.original')!;
    expect(text(original.querySelector('summary'))).to.equal('The author’s original (kept for the audit; only staff see it)');
    expect(text(original)).to.contain(body);
  });

  it('declines a story with an internal reason, after a confirming step', async () => {
    const story = await send();
    const el = await consoleAs('moderator', `#/stories/pending/${story.id}`);
    button(el, 'Decline')!.click();
    await waitUntil(() => $(el, '#story-reason'), 'asks why');
    await waitUntil(() => root(el).activeElement?.id === 'story-reason', `focus on ${'story-reason'}`);
    await expect(el).to.be.accessible();
    type($(el, '#story-reason'), 'Names a staff member by full name.');
    button(el, 'Decline the story')!.click();
    await waitUntil(() => location.hash === '#/stories/pending' && said(el).includes(`Declined: “${story.title}”.`), 'declined');

    await go(el, '#/stories/rejected');
    expect(text(card(el, story.id))).to.contain('Reason for declining (staff only): Names a staff member by full name.');
  });

  it('takes a published story down, and it leaves the visitors’ list', async () => {
    const tag = nextTag();
    const { id } = await publishStory(tag);
    expect(await publicStories(tag)).to.have.length(1);
    const el = await consoleAs('moderator', `#/stories/published/${id}`);
    button(el, 'Take down')!.click();
    await waitUntil(() => button(el, 'Yes, take it down'), 'asks first');
    expect(text($(el, '#unpublish-question'))).to.contain('Take this story down from the site?');
    button(el, 'No, keep it')!.click();
    await el.updateComplete;
    expect(button(el, 'Yes, take it down')).to.equal(undefined);
    button(el, 'Take down')!.click();
    await waitUntil(() => button(el, 'Yes, take it down'), 'asks again');
    button(el, 'Yes, take it down')!.click();
    await waitUntil(() => location.hash === '#/stories/published' && said(el).includes('Taken down'), 'taken down');
    expect(await publicStories(tag)).to.have.length(0);
    await go(el, '#/stories/unpublished');
    expect(card(el, id)).to.exist;
  });

  it('keeps nothing of a withdrawn story, and says why the withdrawn list is empty', async () => {
    const story = await send();
    await fetch(`/api/stories/submissions/${story.withdrawToken}`, { method: 'DELETE' });
    const el = await consoleAs('moderator', '#/stories/withdrawn');
    await waitUntil(() => text($(el, '.callout')), 'the list is read');
    expect(card(el, story.id)).to.equal(null);
    expect(text($(el, '.callout'))).to.equal('Stories their authors withdraw are erased at once: nothing of them is kept, so none are listed here.');
    await go(el, '#/stories/pending');
    await waitUntil(() => $(el, '.cards, .callout'), 'the queue is read');
    expect(card(el, story.id), 'not in the queue either').to.equal(null);
  });

  it('says so when the author withdraws a story while staff review it', async () => {
    const story = await send();
    const el = await consoleAs('moderator', `#/stories/pending/${story.id}`);
    await fetch(`/api/stories/submissions/${story.withdrawToken}`, { method: 'DELETE' });
    button(el, 'Approve and publish')!.click();
    await waitUntil(() => text($(el, '.notice.error')), 'refused');
    expect(text($(el, '.notice.error'))).to.equal('The author withdrew this story while you were reviewing it. It cannot be published.');
  });

  it('refuses a tag it cannot use, beside the field', async () => {
    const story = await send();
    const el = await consoleAs('moderator', `#/stories/pending/${story.id}`);
    type($(el, '#story-tags'), 'x'.repeat(41));
    button(el, 'Approve and publish')!.click();
    await el.updateComplete;
    expect(text($(el, '#story-tags-error'))).to.equal('Use at most 40 characters.');
    await waitUntil(() => root(el).activeElement?.id === 'story-tags', `focus on ${'story-tags'}`);
    await expect(el).to.be.accessible();
  });
});
