/**
 * Running events from the staff console, against the real reference API: creating one with every field, a visitor's
 * RSVP through `<recovery-events>` arriving in the console, checking the guest in at the door, the CSV export, and
 * cancelling. Each test makes its own events with a tag of its own.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/events/events.define.js';
import type { RecoveryEvents } from '../../src/events/events.js';
import type { RecoveryStaff } from '../../src/staff/staff.js';
import { mountLoaded } from '../support/mount.js';
import { createEvent, rsvpAs } from '../support/events-api.js';
import { nextTag } from '../support/stories-api.js';
import { $, $$, button, consoleAs, go, heading, link, root, said, text, tick, type } from './support.js';

const field = (el: RecoveryStaff, name: string) => $<HTMLInputElement>(el, `#event-${name}`);

/** A visitor's RSVP through the visitors' element, answering every question the event asks. */
async function rsvpAsVisitor(tag: string, id: string, values: Record<string, string>) {
  const { el } = await mountLoaded<RecoveryEvents>(html`<recovery-events api="/api" tags=${tag}></recovery-events>`, 'recovery-events');
  const card = el.shadowRoot!.querySelector<HTMLElement>(`[part~="event"][data-event-id="${id}"]`)!;
  card.querySelector<HTMLButtonElement>('.toggle')!.click();
  await waitUntil(() => el.shadowRoot!.querySelector(`#rsvp-${id}`), 'the RSVP form opens');
  await el.updateComplete;
  for (const [name, value] of Object.entries(values)) {
    const control = el.shadowRoot!.querySelector<HTMLInputElement>(`#rsvp-${id} [name="${name}"]`)!;
    control.value = value;
    control.dispatchEvent(new Event(control.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
  }
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>(`#rsvp-${id} button[type="submit"]`)!.click();
  await waitUntil(() => card.querySelector('[part~="confirmation"]'), 'confirmed', { timeout: 8000 });
  return text(card);
}

describe('staff console: events', () => {
  it('creates an event with every field, sees a visitor’s RSVP arrive, checks them in, and exports the CSV', async () => {
    const tag = nextTag();
    const el = await consoleAs('coordinator');
    expect(heading(el)).to.equal('Events');
    link(el, 'Create an event')!.click();
    await waitUntil(() => heading(el) === 'Create an event', 'the form opens');
    await expect(el).to.be.accessible();

    type(field(el, 'title'), 'Alumni picnic');
    type(field(el, 'description'), 'Bring a blanket.\n\nFood is on us.');
    type(field(el, 'startDate'), '2099-06-06');
    type(field(el, 'startTime'), '12:00');
    type(field(el, 'endDate'), '2099-06-06');
    type(field(el, 'endTime'), '15:30');
    type(field(el, 'timeZone'), 'America/Chicago');
    await el.updateComplete;
    expect(text($(el, '#event-timeZone-hint'))).to.match(/^The times above are in this zone: America\/Chicago, (CT|Central Time)\.$/);
    tick($(el, 'input[name="mode"][value="both"]'));
    await el.updateComplete;
    type(field(el, 'venueName'), 'Riverside Park');
    type(field(el, 'venueAddress'), '100 River Rd');
    type(field(el, 'onlineUrl'), 'https://meet.example.org/picnic');
    type(field(el, 'capacity'), '3');
    type(field(el, 'maxGuests'), '1');
    tick($(el, 'input[name="askEmail"]'));
    button(el, 'Add a question')!.click();
    await waitUntil(() => $(el, '#question-0-label'), 'a question to fill');
    await waitUntil(() => root(el).activeElement?.id === 'question-0-label', `focus on ${'question-0-label'}`);
    type($(el, '#question-0-label'), 'Which dish will you bring?');
    type($(el, '#question-0-kind'), 'choice');
    await el.updateComplete;
    type($(el, '#question-0-options'), 'Salad\nDessert\nNothing, thanks');
    tick($(el, '.question input[type="checkbox"]'));
    type(field(el, 'calendarTitle'), 'Picnic');
    type(field(el, 'tags'), `alumni, ${tag}`);
    button(el, 'Create the event')!.click();

    await waitUntil(() => heading(el) === 'Alumni picnic' && !$(el, '[part="loading"]'), 'on the new event’s page');
    const id = /^#\/events\/([\w-]+)$/.exec(location.hash)![1]!;
    expect(said(el)).to.contain('Created: “Alumni picnic”.');
    expect(text($(el, '.main'))).to.contain('Sat, Jun 6, 2099, 12:00 PM to 3:30 PM');
    expect(text($(el, '.main'))).to.contain('In person (Riverside Park, 100 River Rd) and online');
    expect(text($(el, '.group-confirmed'))).to.contain('No one yet.');
    await expect(el).to.be.accessible();

    // A visitor RSVPs on the center's site.
    const visitorCard = await rsvpAsVisitor(tag, id, { name: 'Jordan Rivers', email: 'jordan@example.org', guests: '1', 'answers.which-dish-will-you-bring': 'Dessert' });
    expect(visitorCard).to.contain('Alumni picnic');

    // It arrives in the console.
    button(el, 'Refresh the list')!.click();
    await waitUntil(() => $(el, '.group-confirmed .person'), 'the RSVP arrives');
    expect(said(el)).to.contain('The list is up to date.');
    const person = $(el, '.group-confirmed .person')!;
    expect(text(person)).to.contain('Jordan Rivers and 1 guest');
    expect(text(person)).to.contain('jordan@example.org');
    expect(text(person.querySelector('.answers dt'))).to.equal('Which dish will you bring?');
    expect(text(person.querySelector('.answers dd'))).to.equal('Dessert');
    const tiles = () => $$(el, '.seats dl > div').map((tile) => `${text(tile.querySelector('dt'))}: ${text(tile.querySelector('dd'))}`);
    expect(tiles()).to.deep.equal(['Seats: 3', 'Taken: 2', 'Waiting list: 0', 'Checked in: 0']);

    // At the door.
    link(el, 'Check in guests')!.click();
    await waitUntil(() => heading(el) === 'Check-in: Alumni picnic' && $(el, '#door-search'), 'the door list');
    await expect(el).to.be.accessible();
    type($(el, '#door-search'), 'jord');
    await el.updateComplete;
    expect($$(el, '.guest').map((g) => text(g.querySelector('strong')))).to.deep.equal(['Jordan Rivers']);
    const checkIn = $<HTMLButtonElement>(el, '.guest button')!;
    expect(checkIn.getAttribute('aria-label')).to.equal('Check in Jordan Rivers');
    checkIn.focus();
    checkIn.click();
    await waitUntil(() => said(el).includes('Jordan Rivers is checked in.'), 'checked in');
    expect(text($(el, '.guest'))).to.match(/✓ Checked in at \d{1,2}:\d{2} [AP]M/);
    expect(root(el).activeElement, 'focus stays on the button, now Undo').to.equal(checkIn);
    expect(checkIn.getAttribute('aria-label')).to.equal('Undo check-in of Jordan Rivers');
    expect(text($(el, '.door-count'))).to.equal('2 of 2 checked in');

    // The export says so, formula-safe, from the event's page.
    await go(el, `#/events/${id}`);
    const csvLink = link(el, 'Download the RSVPs (CSV)')!;
    expect(csvLink.hasAttribute('download')).to.equal(true);
    const csv = await (await fetch(csvLink.href, { credentials: 'include' })).text();
    const [header, row] = csv.trim().split('\r\n');
    expect(header).to.equal('status,name,email,phone,guests,rsvp_at,checked_in_at,Which dish will you bring?');
    expect(row).to.match(/^confirmed,Jordan Rivers,jordan@example\.org,,1,[^,]+,\d{4}-[^,]+,Dessert$/);
  });

  it('undoes a check-in tapped by mistake', async () => {
    const id = await createEvent({ title: 'Coffee', capacity: 10 });
    await rsvpAs(id, 'Ana María');
    await rsvpAs(id, 'Anh');
    const el = await consoleAs('coordinator', `#/events/${id}/check-in`);
    type($(el, '#door-search'), 'ana maria'); // no accent typed
    await el.updateComplete;
    expect($$(el, '.guest strong').map(text)).to.deep.equal(['Ana María']);
    button(el, 'Check in Ana María')!.click();
    await waitUntil(() => button(el, 'Undo check-in of Ana María'), 'checked in');
    button(el, 'Undo check-in of Ana María')!.click();
    await waitUntil(() => said(el).includes('Ana María is no longer checked in.'), 'undone');
    expect(text($(el, '.door-count'))).to.equal('0 of 2 checked in');
    type($(el, '#door-search'), 'zzz');
    await el.updateComplete;
    expect(text($(el, '.callout'))).to.equal('No confirmed guest matches “zzz”.');
  });

  it('edits an event, and cancels it after a confirming step', async () => {
    const tag = nextTag();
    const id = await createEvent({ title: 'Game night', capacity: 12, tags: [tag], timeZone: 'America/New_York', start: '2099-03-10T19:00:00-04:00', end: '2099-03-10T22:00:00-04:00', venue: { name: 'The hall', address: '', latitude: null, longitude: null } });
    const el = await consoleAs('coordinator', `#/events/${id}/edit`);
    expect(heading(el)).to.equal('Edit: Game night');
    expect(field(el, 'capacity')!.value).to.equal('12');
    type(field(el, 'title'), 'Board game night');
    type(field(el, 'endDate'), '2000-01-01');
    button(el, 'Save the event')!.click();
    await el.updateComplete;
    expect(text($(el, '#event-endDate-error'))).to.equal('The event must end after it starts.');
    await waitUntil(() => root(el).activeElement?.id === 'event-endDate', `focus on ${'event-endDate'}`);
    await expect(el).to.be.accessible();
    const start = field(el, 'startDate')!.value;
    type(field(el, 'endDate'), start);
    button(el, 'Save the event')!.click();
    await waitUntil(() => heading(el) === 'Board game night' && !$(el, '[part="loading"]'), 'saved');
    expect(said(el)).to.contain('Saved: “Board game night”.');

    button(el, 'Cancel this event')!.click();
    await waitUntil(() => button(el, 'Yes, cancel the event'), 'asks first');
    expect(text($(el, '#cancel-question'))).to.contain('Cancel “Board game night”?');
    await expect(el).to.be.accessible();
    button(el, 'Yes, cancel the event')!.click();
    await waitUntil(() => said(el).includes('Cancelled: “Board game night”.'), 'cancelled');
    expect(text($(el, '.badge.warn'))).to.equal('Cancelled');
    expect(link(el, 'Check in guests')).to.equal(undefined);

    await go(el, '#/events?when=cancelled');
    expect($(el, `.card[data-id="${id}"]`)).to.exist;
  });

  it('works at 375 px: nothing wider than the screen at the door', async () => {
    const id = await createEvent({ title: 'A very long event title that has to wrap on a small phone screen', capacity: 10 });
    await rsvpAs(id, 'Alexandria Montgomery-Worthington', 2);
    const el = await consoleAs('coordinator', `#/events/${id}/check-in`);
    el.style.width = '375px';
    el.style.display = 'block';
    await el.updateComplete;
    const wide = $$(el, '*').filter((node) => node.getBoundingClientRect().right > el.getBoundingClientRect().right + 1);
    expect(wide.map((node) => node.tagName + '.' + node.className)).to.deep.equal([]);
    const buttonBox = $(el, '.guest button')!.getBoundingClientRect();
    expect(buttonBox.height).to.be.at.least(44);
  });
});
