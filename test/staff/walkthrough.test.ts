/**
 * The "done when", in one go, as someone new to the console would do it with the demo admin's account:
 * sign in, approve a story, create an event, see an RSVP arrive and check the guest in. The door part by keyboard
 * alone (Tab, typing, Enter), as a coordinator with a phone keyboard or a switch device would.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/stories/stories.define.js';
import type { RecoveryStories } from '../../src/stories/stories.js';
import type { RecoveryStaff } from '../../src/staff/staff.js';
import { apiUrl } from '../../src/core/http.js';
import { sendJson } from '../../src/core/send.js';
import { rsvpAs } from '../support/events-api.js';
import { mountLoaded } from '../support/mount.js';
import { nextTag, storyInput } from '../support/stories-api.js';
import { $, button, go, heading, link, openConsole, root, said, signInAs, text, type } from './support.js';

/** Presses Tab until focus is on `target` (at most `limit` times), as a keyboard user moves through the page. */
async function tabTo(el: RecoveryStaff, target: () => Element | null | undefined, limit = 40) {
  for (let i = 0; i < limit && root(el).activeElement !== target(); i++) await sendKeys({ press: 'Tab' });
  expect(root(el).activeElement, 'reached by Tab').to.equal(target());
}

describe('staff console: a first evening with it', () => {
  it('signs in, approves a story, creates an event, sees the RSVP arrive and checks the guest in', async () => {
    const tag = nextTag();
    const story = storyInput();
    await sendJson('POST', apiUrl('/api', '/stories'), story, { idempotencyKey: crypto.randomUUID() });

    const el = await openConsole();
    await signInAs(el, 'admin');
    expect(heading(el)).to.equal('Stories');

    // The story, from the queue.
    const card = () => [...root(el).querySelectorAll('.card')].find((c) => text(c.querySelector('h3')) === story.title);
    await waitUntil(card, 'the story is waiting');
    link(el, `Review “${story.title}”`, card())!.click();
    await waitUntil(() => heading(el) === story.title, 'opened');
    type($(el, '#story-tags'), tag);
    button(el, 'Approve and publish')!.click();
    await waitUntil(() => said(el).includes(`Published: “${story.title}”.`), 'published');
    const { el: stories } = await mountLoaded<RecoveryStories>(html`<recovery-stories api="/api" tags=${tag}></recovery-stories>`, 'recovery-stories');
    expect(text(stories.shadowRoot!.querySelector('[part~="story"] h3'))).to.equal(story.title);

    // An event.
    await go(el, '#/events/new');
    type($(el, '#event-title'), 'First-evening social');
    type($(el, '#event-venueName'), 'Harbor Light Community Hall');
    type($(el, '#event-maxGuests'), '2');
    type($(el, '#event-tags'), tag);
    button(el, 'Create the event')!.click();
    await waitUntil(() => heading(el) === 'First-evening social' && /^#\/events\/[\w-]+$/.test(location.hash), 'created');
    const id = location.hash.split('/')[2]!;

    // Someone RSVPs; the list is read again; the guest arrives.
    await rsvpAs(id, 'Dana Whitman', 1);
    button(el, 'Refresh the list')!.click();
    await waitUntil(() => text($(el, '.group-confirmed')).includes('Dana Whitman and 1 guest'), 'the RSVP arrives');
    link(el, 'Check in guests')!.click();
    await waitUntil(() => $(el, '#door-search'), 'at the door');

    await tabTo(el, () => $(el, '#door-search'));
    await sendKeys({ type: 'dana' });
    await waitUntil(() => root(el).querySelectorAll('.guest').length === 1, 'found');
    await tabTo(el, () => $(el, '.guest button'), 3);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => said(el).includes('Dana Whitman is checked in.'), 'checked in');
    expect(text($(el, '.door-count'))).to.equal('2 of 2 checked in');
    await expect(el).to.be.accessible();
  });
});
