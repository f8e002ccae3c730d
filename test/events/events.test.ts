/**
 * <recovery-events> against the real reference API (test/support/center-api.mjs: a fresh embedded database
 * per run), with faults injected in between where a test says so. Each test makes its own events with a tag
 * of its own, and lists only that tag, so no two tests share seats.
 */
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../../src/events/events.define.js';
import type { RecoveryEvents } from '../../src/events/events.js';
import type { RecoveryErrorEvent } from '../../src/core/events.js';
import type { RecoveryRsvpEvent } from '../../src/core/submit-events.js';
import type { EventInput } from '../../src/core/api/events.js';
import { apiUrl } from '../../src/core/http.js';
import { newIdempotencyKey, sendJson } from '../../src/core/send.js';
import { mount, mountLoaded } from '../support/mount.js';
import { expectLaidOut } from '../support/layout.js';
import { cancelEvent, createEvent, rsvpAs, rsvpsOnServer } from '../support/events-api.js';
import { sampleEvent } from '../support/sample-event.js';
import { eventWhen } from '../../src/events/format.js';

const root = (el: RecoveryEvents) => el.shadowRoot!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const card = (el: RecoveryEvents, id: string) => root(el).querySelector<HTMLElement>(`[part~="event"][data-event-id="${id}"]`)!;
const button = (scope: Element | ShadowRoot, name: string) =>
  [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === name);
const field = (el: RecoveryEvents, id: string, name: string) =>
  root(el).querySelector<HTMLInputElement & HTMLSelectElement>(`#rsvp-${id} [name="${name}"]`)!;
/** What the form's live regions say (a polite one, and one for failures). */
const notice = (el: RecoveryEvents, id: string) => [...root(el).querySelectorAll(`#rsvp-${id} .notice`)].map(text).join(' ').trim();
const nextTag = () => `t${Math.random().toString(36).slice(2, 10)}`;

/** A fresh tag and events made with it on the server. */
async function eventsTagged(...inputs: Array<Partial<EventInput>>): Promise<{ tag: string; ids: string[] }> {
  const tag = nextTag();
  const ids = [];
  for (const input of inputs) ids.push(await createEvent({ ...input, tags: [tag, ...(input.tags ?? [])] }));
  return { tag, ids };
}

const loaded = (template: ReturnType<typeof html>) => mountLoaded<RecoveryEvents>(template, 'recovery-events');

async function openForm(el: RecoveryEvents, id: string) {
  card(el, id).querySelector<HTMLButtonElement>('.toggle')!.click();
  await waitUntil(() => root(el).querySelector(`#rsvp-${id}`), 'the RSVP form opens');
  await el.updateComplete;
}

/** A new event of its own, its list on screen, and its RSVP form open. */
async function formFor(input: Partial<EventInput>): Promise<{ el: RecoveryEvents; id: string; tag: string }> {
  const { tag, ids } = await eventsTagged(input);
  const id = ids[0]!;
  const { el } = await loaded(html`<recovery-events api="/api" tags=${tag}></recovery-events>`);
  await openForm(el, id);
  return { el, id, tag };
}

async function fill(el: RecoveryEvents, id: string, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    const control = field(el, id, name);
    control.value = value;
    control.dispatchEvent(new Event(control.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
  }
  await el.updateComplete;
}

const submit = (el: RecoveryEvents, id: string) =>
  root(el).querySelector<HTMLButtonElement>(`#rsvp-${id} button[type="submit"]`)!.click();

async function confirmation(el: RecoveryEvents, id: string) {
  await waitUntil(() => card(el, id).querySelector('[part~="confirmation"]'), 'the confirmation shows', { timeout: 8000 });
  await el.updateComplete;
  return card(el, id).querySelector<HTMLElement>('[part~="confirmation"]')!;
}

afterEach(() => sessionStorage.clear());

describe('<recovery-events> list', () => {
  it('shows upcoming events with their parts, seats, waitlist and cancelled state, and is accessible', async () => {
    const { tag, ids } = await eventsTagged(
      { title: 'Game night', capacity: 12, substanceFree: true },
      { title: 'Full dinner', capacity: 1, waitlist: true },
      { title: 'Full walk', capacity: 1, waitlist: false },
      { title: 'Beach cleanup', capacity: 20 },
      { title: 'Online check-in', onlineUrl: 'https://meet.example.org/alumni', capacity: null },
    );
    const [game, fullDinner, fullWalk, beach, online] = ids as [string, string, string, string, string];
    await rsvpAs(fullDinner, 'Sam');
    await rsvpAs(fullWalk, 'Kai');
    await cancelEvent(beach);
    const { el, detail } = await loaded(html`<recovery-events api="/api" tags=${tag}></recovery-events>`);
    expect(detail).to.deep.equal({ total: 5, skipped: 0 });
    expect([...root(el).querySelectorAll('[part~="event"]')].map((e) => e.getAttribute('data-event-id'))).to.have.members(ids);

    expect(text(card(el, game).querySelector('h3'))).to.equal('Game night');
    expect(text(card(el, game).querySelector('.spots'))).to.equal('12 spots left');
    expect(text(card(el, game).querySelector('.badges'))).to.equal('Substance-free');
    expect(text(card(el, game).querySelector('.toggle'))).to.equal('RSVP');

    expect(text(card(el, fullDinner).querySelector('.spots'))).to.equal('Full, waitlist open');
    expect(text(card(el, fullDinner).querySelector('.toggle'))).to.equal('Join the waitlist');

    expect(text(card(el, fullWalk).querySelector('.spots'))).to.equal('Full');
    expect(card(el, fullWalk).querySelector('.toggle'), 'nothing to book').to.equal(null);

    expect(text(card(el, beach).querySelector('.badges'))).to.contain('Cancelled');
    expect(card(el, beach).querySelector('.toggle'), 'a cancelled event is not bookable').to.equal(null);

    expect(text(card(el, online).querySelector('.where'))).to.equal('Online');
    expect(card(el, online).querySelector('.spots'), 'no limit, nothing to count').to.satisfy((p: Element | null) => !p || text(p) === '');
    expect(text(card(el, online))).not.to.contain('meet.example.org'); // the join link is only for a confirmed RSVP
    await expect(el).to.be.accessible();
  });

  it('reads the seats again when the visitor comes back to the tab, and announces the change politely', async () => {
    const { tag, ids } = await eventsTagged({ title: 'Game night', capacity: 12 });
    const { el } = await loaded(html`<recovery-events api="/api" tags=${tag}></recovery-events>`);
    await rsvpAs(ids[0]!, 'Someone else', 1);
    const live = root(el).querySelector('.root > p[role="status"]')!;
    // Test pages run side by side and may really be hidden: say which the tab is.
    const seen = (state: 'visible' | 'hidden') => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    try {
      seen('hidden');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(text(card(el, ids[0]!).querySelector('.spots')), 'nothing read in a hidden tab').to.equal('12 spots left');
      seen('visible');
      await waitUntil(() => text(live) === 'Game night: 10 spots left', 'announced');
      expect(text(card(el, ids[0]!).querySelector('.spots'))).to.equal('10 spots left');
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('shows the visitor’s own clock first when it differs, then the event’s time and zone, smaller', async () => {
    // The visitor's clock is the browser's; the event is put in a zone that differs from it.
    const visitor = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const zone = ['Asia/Tokyo', 'America/New_York'].find((z) => eventWhen(sampleEvent({ timeZone: z }), 'en-US', visitor).visitor)!;
    const event = sampleEvent({ timeZone: zone, start: '2099-12-04T18:30:00Z', end: '2099-12-04T20:30:00Z' });
    const { el } = await loaded(html`<recovery-events time-zone="Pacific/Kiritimati" .events=${[event]}></recovery-events>`);
    const when = text(card(el, 'potluck').querySelector('.when'));
    const expected = eventWhen(event, 'en', visitor);
    expect(when).to.contain(expected.date).and.to.contain(expected.time);
    expect(when).to.contain(`${expected.visitor} your time`);
    expect(when.indexOf(`${expected.visitor} your time`), 'the visitor’s clock first').to.be.lessThan(when.indexOf(expected.time));
    const eventTime = [...card(el, 'potluck').querySelectorAll('.when span')].find((span) => text(span) === expected.time)!;
    expect(eventTime.classList.contains('muted'), 'the event’s own time is the smaller one').to.equal(true);
    expect(when, 'the visitor’s clock, not the time-zone attribute').not.to.contain('GMT+14');
  });

  it('opens each card with a date tile in the event’s zone ("DEC 4"), heard once in the full date', async () => {
    const event = sampleEvent({ timeZone: 'America/New_York', start: '2099-12-05T03:30:00Z', end: '2099-12-05T04:30:00Z' });
    const { el } = await loaded(html`<recovery-events .events=${[event]}></recovery-events>`);
    const tile = card(el, 'potluck').querySelector<HTMLElement>('.tile')!;
    expect(text(tile).toUpperCase().replace(/\s+/g, ' ')).to.equal('DEC 4'); // 10:30 PM on the 4th in New York, the 5th in UTC
    expect(tile.getAttribute('aria-hidden')).to.equal('true');
    expect(getComputedStyle(tile).textTransform).to.equal('uppercase');
  });

  it('hides past events and skips unreadable ones, counting them', async () => {
    const future = (id: string, days: number) => {
      const start = new Date(Date.now() + days * 86_400_000);
      return sampleEvent({ id, start: start.toISOString(), end: new Date(start.getTime() + 3_600_000).toISOString() });
    };
    const { el, detail } = await loaded(html`<recovery-events .events=${[future('later', 3), future('past', -1), { id: 'broken' }, future('soon', 1), 'junk']}></recovery-events>`);
    expect(detail).to.deep.equal({ total: 2, skipped: 2 });
    expect([...root(el).querySelectorAll('[part~="event"]')].map((e) => e.getAttribute('data-event-id'))).to.deep.equal(['soon', 'later']);
    expect(root(el).querySelector('.toggle'), 'no API to send an RSVP to: no RSVP button').to.equal(null);
  });

  it('takes limit and tags', async () => {
    const { tag } = await eventsTagged({ title: 'One' }, { title: 'Two' }, { title: 'Three', tags: ['special'] });
    const { el } = await loaded(html`<recovery-events api="/api" tags=${tag} limit="2"></recovery-events>`);
    expect(root(el).querySelectorAll('[part~="event"]')).to.have.length(2);
    const { el: special } = await loaded(html`<recovery-events api="/api" tags="special"></recovery-events>`);
    expect([...root(special).querySelectorAll('[part~="event"] h3')].map(text)).to.deep.equal(['Three']);
  });

  it('event-id: one event as an RSVP card on its own page, its form open', async () => {
    const { ids } = await eventsTagged({ title: 'Milestone dinner' }, { title: 'Another' });
    const id = ids[0]!;
    const { el } = await loaded(html`<recovery-events api="/api" event-id=${id}></recovery-events>`);
    expect([...root(el).querySelectorAll('[part~="event"]')].map((e) => e.getAttribute('data-event-id'))).to.deep.equal([id]);
    await waitUntil(() => root(el).querySelector(`#rsvp-${id}`), 'the form is open');
    expect(root(el).querySelector('.toggle'), 'nothing to open or close').to.equal(null);
    await fill(el, id, { name: 'Ana' });
    submit(el, id);
    await confirmation(el, id);
    expect(await rsvpsOnServer(id)).to.have.length(1);
  });

  it('event-id of an event that is gone: says so, with a retry', async () => {
    const failed = oneEvent(document.body, 'recovery-error');
    const wrapper = mount(html`<recovery-events api="/api" event-id="no-such-event"></recovery-events>`);
    expect(((await failed) as RecoveryErrorEvent).detail.status).to.equal(404);
    const el = wrapper.querySelector('recovery-events') as RecoveryEvents;
    await el.updateComplete;
    expect(text(root(el).querySelector('[part~="error"] p'))).to.equal('We could not find this information. It may have moved.');
  });

  it('says so, politely, when nothing is coming up', async () => {
    const { el } = await loaded(html`<recovery-events api="/api" tags=${nextTag()}></recovery-events>`);
    expect(text(root(el).querySelector('[part~="empty"]'))).to.equal('No upcoming events right now. Please check back soon.');
    await expect(el).to.be.accessible();
  });

  it('shows a translated error with a retry when the API cannot be used, and is accessible', async () => {
    const failed = oneEvent(document.body, 'recovery-error');
    const wrapper = mount(html`<recovery-events api="/no-such-api" lang="es"></recovery-events>`);
    const error = (await failed) as RecoveryErrorEvent;
    const el = wrapper.querySelector('recovery-events') as RecoveryEvents;
    await el.updateComplete;
    expect(error.detail.status).to.equal(404);
    const view = root(el).querySelector('[part~="error"]')!;
    expect(view.getAttribute('role')).to.equal('alert');
    expect(text(view)).to.contain('No encontramos esta información');
    expect(button(view, 'Intentar de nuevo')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows the loading state, accessibly', async () => {
    const wrapper = mount(html`<recovery-events api="/faulty/slow/api"></recovery-events>`);
    const el = wrapper.querySelector('recovery-events') as RecoveryEvents;
    await el.updateComplete;
    await waitUntil(() => root(el).querySelector('[part~="loading"]'));
    expect(root(el).querySelector('[part~="loading"]')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish', async () => {
    const { tag, ids } = await eventsTagged({ title: 'Cena', capacity: 5, contactFields: ['email'] });
    const { el } = await loaded(html`<recovery-events api="/api" tags=${tag} lang="es"></recovery-events>`);
    expect(text(card(el, ids[0]!).querySelector('.spots'))).to.equal('Quedan 5 lugares');
    await openForm(el, ids[0]!);
    expect(text(root(el).querySelector(`label[for="rsvp-${ids[0]}-name"]`))).to.equal('Su nombre (Obligatorio)');
    submit(el, ids[0]!);
    await el.updateComplete;
    await waitUntil(() => notice(el, ids[0]!));
    expect(notice(el, ids[0]!)).to.equal('Revise 2 campos, por favor.');
    await expect(el).to.be.accessible();
  });
});

describe('<recovery-events> RSVP', () => {
  it('a keyboard-only RSVP: open, fill, send, hear the confirmation and the seats left', async () => {
    const { tag, ids } = await eventsTagged({
      title: 'Potluck',
      capacity: 10,
      maxGuests: 2,
      contactFields: ['email'],
      questions: [{ id: 'dish', label: 'What are you bringing?', kind: 'choice', required: true, options: ['Main', 'Side'] }],
    });
    const id = ids[0]!;
    const { el } = await loaded(html`<recovery-events api="/api" tags=${tag}></recovery-events>`);
    const rsvps: RecoveryRsvpEvent[] = [];
    el.addEventListener('recovery-rsvp', (e) => rsvps.push(e));

    card(el, id).querySelector<HTMLButtonElement>('.toggle')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).activeElement?.id === `rsvp-${id}-name`, 'focus goes to the first field');
    await sendKeys({ type: 'Ana' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'ana@example.org' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal(`rsvp-${id}-guests`);
    await sendKeys({ press: 'ArrowDown' }); // one guest
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal(`rsvp-${id}-answers-dish`);
    await sendKeys({ press: 'ArrowDown' }); // "Main"
    await sendKeys({ press: 'Tab' });
    // The center can email about this event: the opt-in comes last, unticked, and is passed over.
    expect(root(el).activeElement).to.have.property('name', 'emailMe');
    expect(root(el).activeElement).to.have.property('checked', false);
    await sendKeys({ press: 'Tab' });
    expect(text(root(el).activeElement)).to.equal('Send RSVP');
    await sendKeys({ press: 'Enter' });

    const done = await confirmation(el, id);
    expect(root(el).activeElement, 'focus moves to the outcome').to.equal(done.querySelector('h4'));
    expect(text(done.querySelector('h4'))).to.equal('You’re on the list. See you there!');
    const rows = await rsvpsOnServer(id);
    expect(rows).to.have.length(1);
    expect(rows[0]).to.match(/^confirmed,Ana,ana@example\.org,,1,.*,Main$/);
    expect(rsvps.map((e) => e.detail)).to.deep.equal([{ eventId: id, status: 'confirmed' }]); // ids and outcome, nothing personal
    await waitUntil(() => text(root(el).querySelector('.root > p[role="status"]')));
    expect(text(root(el).querySelector('.root > p[role="status"]'))).to.equal('Potluck: 8 spots left');
    expect(text(card(el, id).querySelector('.spots'))).to.equal('8 spots left');
    expect(sessionStorage.length, 'the draft is gone after success').to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('checks the form before sending: errors beside each field, linked, focus on the first; nothing sent', async () => {
    const { el, id } = await formFor({
      contactFields: ['email', 'phone'],
      questions: [{ id: 'first', label: 'Is this your first event?', kind: 'boolean', required: true, options: [] }],
    });
    await fill(el, id, { email: 'not an email' });
    submit(el, id);
    await waitUntil(() => root(el).activeElement?.id === `rsvp-${id}-name`, 'focus on the first field with an error');
    const invalid = [...root(el).querySelectorAll(`#rsvp-${id} [aria-invalid="true"]`)].map((c) => c.getAttribute('name'));
    expect(invalid).to.deep.equal(['name', 'email', 'phone', 'answers.first', 'answers.first']);
    const email = field(el, id, 'email');
    const described = email.getAttribute('aria-describedby')!.split(' ').map((ref) => text(root(el).getElementById(ref)));
    expect(described).to.deep.equal(['Please enter an email address, such as name@example.org.']);
    expect(notice(el, id)).to.equal('Please check 4 fields.');
    expect(getComputedStyle(email).borderTopWidth, 'a field with an error is marked by more than its colour').to.equal('2px');
    expect(await rsvpsOnServer(id)).to.have.length(0);
    await expect(el).to.be.accessible();

    await fill(el, id, { email: 'kai@example.org' });
    expect(field(el, id, 'email').getAttribute('aria-invalid'), 'an edited field is cleared').to.equal('false');
  });

  it('shows the server’s field errors (422) beside the field, in our words', async () => {
    const { el, id } = await formFor({ contactFields: ['email'] });
    // Passes the form's simple check; the server's stricter address rule refuses two dots in a row.
    await fill(el, id, { name: 'Kai', email: 'kai..q@example.org' });
    submit(el, id);
    await waitUntil(() => root(el).activeElement?.getAttribute('name') === 'email', 'focus on the refused field');
    expect(text(root(el).querySelector(`#rsvp-${id}-email-error`))).to.equal('Please enter an email address, such as name@example.org.');
    expect(field(el, id, 'name').value, 'nothing typed is lost').to.equal('Kai');
    expect(await rsvpsOnServer(id)).to.have.length(0);
  });

  it('a double tap sends one request and makes one RSVP', async () => {
    const { el, id } = await formFor({});
    await fill(el, id, { name: 'Robin' });
    const requests: string[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      if (init?.method === 'POST') requests.push(input instanceof Request ? input.url : String(input));
      return original(input, init);
    };
    try {
      submit(el, id);
      submit(el, id);
      root(el).querySelector<HTMLFormElement>(`#rsvp-${id}`)!.requestSubmit();
      await confirmation(el, id);
    } finally {
      window.fetch = original;
    }
    expect(requests).to.have.length(1);
    expect(await rsvpsOnServer(id)).to.have.length(1);
  });

  it('keeps the draft, and its key, in this tab only: a reload loses nothing', async () => {
    const { tag, ids } = await eventsTagged({ contactFields: ['email'] });
    const id = ids[0]!;
    const first = await loaded(html`<recovery-events api="/api" tags=${tag}></recovery-events>`);
    await openForm(first.el, id);
    await fill(first.el, id, { name: 'Noor', email: 'noor@example.org', guests: '2' });
    first.el.remove();
    expect(localStorage.length, 'nothing in localStorage').to.equal(0);

    const { el } = await loaded(html`<recovery-events api="/api" tags=${tag}></recovery-events>`);
    await openForm(el, id);
    expect(field(el, id, 'name').value).to.equal('Noor');
    expect(field(el, id, 'email').value).to.equal('noor@example.org');
    expect(field(el, id, 'guests').value).to.equal('2');
    submit(el, id);
    await confirmation(el, id);
    expect(sessionStorage.length).to.equal(0);
  });

  it('joins the waitlist when the event is full, and says so', async () => {
    const { tag, ids } = await eventsTagged({ capacity: 1, waitlist: true });
    const id = ids[0]!;
    await rsvpAs(id, 'Sam');
    const { el } = await loaded(html`<recovery-events api="/api" tags=${tag}></recovery-events>`);
    const outcome = oneEvent(el, 'recovery-rsvp');
    await openForm(el, id);
    expect(text(root(el).querySelector(`#rsvp-${id} button[type="submit"]`))).to.equal('Join the waitlist');
    await fill(el, id, { name: 'Lee' });
    submit(el, id);
    const done = await confirmation(el, id);
    expect(text(done.querySelector('h4'))).to.contain('You’re on the waitlist');
    expect(((await outcome) as RecoveryRsvpEvent).detail).to.deep.equal({ eventId: id, status: 'waitlisted' });
    expect((await rsvpsOnServer(id)).map((row) => row.split(',')[0])).to.deep.equal(['confirmed', 'waitlisted']);
  });

  it('an event that filled up meanwhile (409): says so, shows the seats now, keeps the form', async () => {
    const { el, id } = await formFor({ capacity: 1, waitlist: false });
    await fill(el, id, { name: 'Jo' });
    await rsvpAs(id, 'Faster');
    submit(el, id);
    await waitUntil(() => notice(el, id), 'the refusal shows');
    expect(notice(el, id)).to.equal('Sorry, this event just filled up.');
    await waitUntil(() => text(card(el, id).querySelector('.spots')) === 'Full', 'the seats shown are fresh');
    expect(field(el, id, 'name').value).to.equal('Jo');
    expect(await rsvpsOnServer(id)).to.have.length(1);
  });

  it('an event cancelled meanwhile (409): says RSVPs are closed, and marks it', async () => {
    const { el, id } = await formFor({});
    await fill(el, id, { name: 'Jo' });
    await cancelEvent(id);
    submit(el, id);
    await waitUntil(() => notice(el, id));
    expect(notice(el, id)).to.equal('RSVPs for this event are closed.');
    await waitUntil(() => text(card(el, id).querySelector('.badges')).includes('Cancelled'));
  });

  it('online: the join link appears for a confirmed RSVP, never for a waitlisted one', async () => {
    const onlineUrl = 'https://meet.example.org/alumni-check-in';
    const { el, id, tag } = await formFor({ onlineUrl, capacity: 1, waitlist: true, calendarTitle: 'Lunch call' });
    await fill(el, id, { name: 'First' });
    submit(el, id);
    const done = await confirmation(el, id);
    const join = [...done.querySelectorAll('a')].find((a) => text(a) === 'Join online')!;
    expect(join.href).to.equal(onlineUrl);
    expect(join.rel).to.equal('noopener noreferrer');

    const second = await loaded(html`<recovery-events api="/api" tags=${tag}></recovery-events>`);
    await openForm(second.el, id);
    await fill(second.el, id, { name: 'Second' });
    submit(second.el, id);
    const waitlisted = await confirmation(second.el, id);
    expect(text(waitlisted)).to.contain('waitlist');
    expect([...waitlisted.querySelectorAll('a')].some((a) => a.href === onlineUrl)).to.equal(false);
  });

  it('copies the manage link, or selects it to copy by hand where there is no clipboard (clipboard stubbed: headless has none)', async () => {
    const { el, id } = await formFor({});
    await fill(el, id, { name: 'Ana' });
    submit(el, id);
    const done = await confirmation(el, id);
    const input = done.querySelector<HTMLTextAreaElement>('.manage-link textarea')!;
    expect(input.value).to.match(new RegExp(`#rsvp=[A-Za-z0-9_-]{32,}$`));
    const status = () => text(done.querySelector('.manage-link [role="status"]'));
    await waitUntil(() => root(el).activeElement === done.querySelector('h4'), 'the confirmation has focus');
    const clipboard = navigator.clipboard;
    const copied: string[] = [];
    try {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
      button(done, 'Copy link')!.click();
      await waitUntil(() => status());
      expect(status()).to.equal('The link is selected: copy it with your device’s copy command.');
      expect([input.selectionStart, input.selectionEnd]).to.deep.equal([0, input.value.length]);
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: {
          writeText: (value: string) => {
            copied.push(value);
            return Promise.resolve();
          },
        },
      });
      button(done, 'Copy link')!.click();
      await waitUntil(() => status() === 'Link copied.');
      expect(copied).to.deep.equal([input.value]);
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
  });

  it('adds to calendar discreetly: an .ics file a real parser reads, and Google and Outlook links', async () => {
    const { el, id } = await formFor({ title: 'Relapse prevention alumni dinner', calendarTitle: 'Community dinner' });
    await fill(el, id, { name: 'Ana' });
    submit(el, id);
    const done = await confirmation(el, id);
    const ics = [...done.querySelectorAll('a')].find((a) => text(a) === 'Calendar file (.ics)')!;
    expect(ics.getAttribute('download')).to.equal('community-dinner.ics');
    const calendar = ICAL.Component.fromString(await (await fetch(ics.href)).text());
    const vevent = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(vevent.summary).to.equal('Community dinner');
    const links = [...done.querySelectorAll('a')].map((a) => a.href);
    expect(links.some((href) => href.startsWith('https://calendar.google.com/') && href.includes('Community+dinner'))).to.equal(true);
    expect(links.some((href) => href.startsWith('https://outlook.live.com/'))).to.equal(true);
    expect(links.join(' ')).not.to.contain('Relapse');
    expect(text(done)).to.contain('It will show in your calendar as “Community dinner”');
  });
});

describe('<recovery-events> with questions a hostile API might send', () => {
  it('a choice whose text has repeated spaces or a line break can be chosen and sent exactly', async () => {
    const option = 'Vegetarian  (no  fish)\nplease';
    const { el, id } = await formFor({ questions: [{ id: 'meal', label: 'Meal', kind: 'choice', required: true, options: ['Any', option] }] });
    await fill(el, id, { name: 'Robin', 'answers.meal': option });
    expect(field(el, id, 'answers.meal').value).to.equal(option);
    submit(el, id);
    await confirmation(el, id);
    expect((await rsvpsOnServer(id)).join('\n')).to.contain('Vegetarian  (no  fish)');
  });
});

describe('<recovery-events> inviting a friend', () => {
  it('shares a discreet invitation (calendar title, date, link; never who is going), else the link to copy', async () => {
    const { tag, ids } = await eventsTagged({ title: 'Relapse prevention alumni dinner', calendarTitle: 'Dinner with friends' }, { title: 'Game night' });
    const [dinner, games] = ids as [string, string];
    await rsvpAs(dinner, 'Priya');
    const { el } = await loaded(html`<recovery-events api="/api" tags=${tag}></recovery-events>`);
    // Headless Chromium shows no share sheet and grants no clipboard here: both are stubbed, then restored.
    const nav = navigator as Navigator & { share?: unknown };
    const [share, clipboard] = [nav.share, Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')];
    const sent: ShareData[] = [];
    try {
      Object.defineProperty(nav, 'share', { configurable: true, value: (data: ShareData) => Promise.resolve(void sent.push(data)) });
      const invite = button(card(el, dinner), 'Invite a friend')!;
      expect(invite.getAttribute('aria-label')).to.equal('Invite a friend: Relapse prevention alumni dinner');
      invite.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => sent.length === 1, 'shared');
      expect(sent[0]!.title).to.equal('Dinner with friends');
      expect(sent[0]!.url).to.equal(`${location.href.replace(/#.*$/, '')}#event=${dinner}`);
      expect(JSON.stringify(sent[0])).not.to.match(/Relapse|Priya/);
      button(card(el, games), 'Invite a friend')!.click();
      await waitUntil(() => sent.length === 2, 'shared');
      expect(sent[1]!.title, 'no calendar title: a neutral one').to.equal('Community event');

      Object.defineProperty(nav, 'share', { configurable: true, value: undefined });
      Object.defineProperty(nav, 'clipboard', { configurable: true, value: undefined });
      button(card(el, games), 'Invite a friend')!.click();
      await waitUntil(() => card(el, games).querySelector('.invite input'), 'the link to copy');
      expect(card(el, games).querySelector<HTMLInputElement>('.invite input')!.value).to.match(new RegExp(`#event=${games}$`));
      await expect(el).to.be.accessible();
    } finally {
      delete (nav as { share?: unknown }).share;
      delete (nav as { clipboard?: unknown }).clipboard;
      if (share !== undefined) Object.defineProperty(nav, 'share', { configurable: true, value: share });
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });

  it('an invitation to an event over several days ends with its dates, not a dangling comma', async () => {
    const day = 86_400_000;
    const start = new Date(Math.floor(Date.now() / day) * day + 10 * day + 14 * 3_600_000);
    const retreat = sampleEvent({ id: 'retreat', start: start.toISOString(), end: new Date(start.getTime() + 2 * day).toISOString() });
    const { el } = await loaded(html`<recovery-events .events=${[retreat]}></recovery-events>`);
    const nav = navigator as Navigator & { share?: unknown };
    const sent: ShareData[] = [];
    Object.defineProperty(nav, 'share', { configurable: true, value: (data: ShareData) => Promise.resolve(void sent.push(data)) });
    try {
      button(card(el, 'retreat'), 'Invite a friend')!.click();
      await waitUntil(() => sent.length === 1, 'shared');
      expect(sent[0]!.text).to.match(/^Community dinner: \S/);
      expect(sent[0]!.text).not.to.match(/,\s*$/);
    } finally {
      delete (nav as { share?: unknown }).share;
    }
  });

  it('an invitation link (#event=<id>) brings that event into view and focus', async () => {
    const { tag, ids } = await eventsTagged({ title: 'First' }, { title: 'Second' });
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}${location.search}#event=${ids[1]}`);
    try {
      const { el } = await loaded(html`<recovery-events api="/api" tags=${tag}></recovery-events>`);
      await waitUntil(() => root(el).activeElement === card(el, ids[1]!), 'the invited event takes focus');
    } finally {
      history.replaceState(null, '', before);
    }
  });
});

describe('<recovery-events> layout', () => {
  it('an open RSVP form covers no text, its heading included, on a 375 px phone, in light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const { tag, ids } = await eventsTagged({ title: 'Milestone dinner', contactFields: ['email'] });
      const wrapper = mount(html`<div style="width: 375px"><recovery-events theme=${theme} api="/api" tags=${tag}></recovery-events></div>`);
      const el = wrapper.querySelector('recovery-events') as RecoveryEvents;
      await oneEvent(el, 'recovery-load');
      await el.updateComplete;
      await openForm(el, ids[0]!);
      expectLaidOut(el, 375);
      submit(el, ids[0]!); // with the errors showing too
      await waitUntil(() => root(el).querySelector('.field-error'));
      expectLaidOut(el, 375);
    }
  });
});

describe('<recovery-events> when the network fails', () => {
  async function attempt(api: string, options: { timeout?: number } = {}) {
    const { tag, ids } = await eventsTagged({ contactFields: ['email'], maxGuests: 2 });
    const id = ids[0]!;
    const { el } = await loaded(html`<recovery-events api=${api} tags=${tag} timeout=${options.timeout ?? 10000}></recovery-events>`);
    await openForm(el, id);
    await fill(el, id, { name: 'Robin', email: 'robin@example.org', guests: '1' });
    submit(el, id);
    return { el, id };
  }

  async function expectFailedWithFormIntact(el: RecoveryEvents, id: string) {
    await waitUntil(() => notice(el, id).startsWith('Your RSVP may not have reached us'), 'the failure shows', { timeout: 8000 });
    expect(text(root(el).querySelector(`#rsvp-${id} .notice[role="alert"]`))).to.contain('Your RSVP may not have reached us');
    expect(field(el, id, 'name').value).to.equal('Robin');
    expect(field(el, id, 'email').value).to.equal('robin@example.org');
    expect(field(el, id, 'guests').value).to.equal('1');
    await expect(el).to.be.accessible();
  }

  const retry = (el: RecoveryEvents, id: string) => button(root(el).querySelector(`#rsvp-${id} .notice[role="alert"]`)!, 'Try again')!.click();

  it('a reply lost after the server committed: retry shows the same RSVP, and there is one', async () => {
    const { el, id } = await attempt('/faulty/droponce/api');
    await expectFailedWithFormIntact(el, id);
    expect(await rsvpsOnServer(id), 'the server did commit it').to.have.length(1);
    retry(el, id);
    expect(text(root(el).activeElement), 'focus moves to the send button as "Try again" goes').to.be.oneOf(['Send RSVP', 'Sending…']);
    const done = await confirmation(el, id);
    expect(text(done.querySelector('h4'))).to.equal('You’re on the list. See you there!');
    expect(await rsvpsOnServer(id)).to.have.length(1);
    // The manage link from the replayed answer opens the one RSVP.
    const link = done.querySelector<HTMLTextAreaElement>('.manage-link textarea')!.value;
    const token = /#rsvp=(.+)$/.exec(link)![1]!;
    const { rsvp } = (await (await fetch(apiUrl('/api', `/rsvps/${token}`), { cache: 'no-store' })).json()) as { rsvp: object };
    expect(rsvp).to.include({ name: 'Robin', guests: 1, status: 'confirmed' });
  });

  it('a reply slower than the timeout: the retry finds the first RSVP', async () => {
    const { el, id } = await attempt('/faulty/slowonce/api', { timeout: 600 });
    await expectFailedWithFormIntact(el, id);
    retry(el, id);
    await confirmation(el, id);
    expect(await rsvpsOnServer(id)).to.have.length(1);
  });

  it('a 503 and then success: one RSVP, made by the retry', async () => {
    const { el, id } = await attempt('/faulty/503once/api');
    await expectFailedWithFormIntact(el, id);
    expect(await rsvpsOnServer(id)).to.have.length(0);
    retry(el, id);
    await confirmation(el, id);
    expect(await rsvpsOnServer(id)).to.have.length(1);
  });

  it('rate limited (429): asks to wait as long as the server says, then sends', async () => {
    const { el, id } = await attempt('/faulty/429once/api');
    await waitUntil(() => notice(el, id));
    expect(notice(el, id)).to.equal('There were many tries in a short time. Please wait 1 second, then send again.');
    const send = root(el).querySelector<HTMLButtonElement>(`#rsvp-${id} button[type="submit"]`)!;
    expect(send.getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    send.click(); // too early: nothing is sent
    await waitUntil(() => send.getAttribute('aria-disabled') === 'false', 'sending is possible again', { timeout: 3000 });
    expect(await rsvpsOnServer(id)).to.have.length(0);
    send.click();
    await confirmation(el, id);
    expect(await rsvpsOnServer(id)).to.have.length(1);
  });

  it('edited after a lost reply: the first RSVP stands, and the visitor is told; never a second', async () => {
    const { el, id } = await attempt('/faulty/droponce/api');
    await expectFailedWithFormIntact(el, id);
    await fill(el, id, { guests: '2' });
    submit(el, id);
    const done = await confirmation(el, id);
    expect(text(done)).to.contain('We had already received your RSVP, so it was not sent twice.');
    const rows = await rsvpsOnServer(id);
    expect(rows).to.have.length(1);
    expect(rows[0]!.split(',')[4], 'as first sent').to.equal('1');
  });
  it('several lost sends with edits between: the retry finds the one the server holds; never a second', async () => {
    const { el, id } = await attempt('/faulty/503once/api'); // guests 1: refused before the server, nothing made
    await expectFailedWithFormIntact(el, id);
    const reconnected = async (api: string) => {
      el.api = api; // the list reloads; the form and its draft stay
      await el.updateComplete;
      await waitUntil(() => root(el).querySelector(`#rsvp-${id}`), 'the form is back');
      await el.updateComplete;
    };
    await reconnected('/faulty/droponce/api');
    await fill(el, id, { guests: '2' });
    submit(el, id); // made on the server, and the answer lost
    await el.updateComplete; // "sending": the first failure's notice is gone
    await waitUntil(() => notice(el, id).startsWith('Your RSVP may not have reached us'), 'the second loss shows', { timeout: 8000 });
    await reconnected('/api');
    await fill(el, id, { guests: '0' });
    submit(el, id);
    const done = await confirmation(el, id);
    expect(text(done)).to.contain('We had already received your RSVP, so it was not sent twice.');
    const rows = await rsvpsOnServer(id);
    expect(rows).to.have.length(1);
    expect(rows[0]!.split(',')[4], 'the one the server made').to.equal('2');
  });
});

describe('<recovery-events> managing an RSVP from its link', () => {
  const manageNotice = (view: Element) => [...view.querySelectorAll('.notice')].map(text).join(' ').trim();
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  async function myRsvp(overrides: Partial<EventInput> = {}) {
    const id = await createEvent({ maxGuests: 3, capacity: 10, ...overrides });
    const { data } = await sendJson<{ rsvp: { manageToken: string } }>(
      'POST',
      apiUrl('/api', `/events/${id}/rsvps`),
      { name: 'Ana', guests: 0, answers: [] },
      { idempotencyKey: newIdempotencyKey() },
    );
    return { id, token: data.rsvp.manageToken };
  }

  async function manageView(token: string) {
    history.replaceState(null, '', `${location.pathname}${location.search}#rsvp=${token}`);
    const wrapper = mount(html`<recovery-events api="/api" tags=${nextTag()}></recovery-events>`);
    const el = wrapper.querySelector('recovery-events') as RecoveryEvents;
    await waitUntil(() => root(el).querySelector('[part~="manage"] h3'), 'the RSVP shows', { timeout: 5000 });
    await el.updateComplete;
    return el;
  }

  it('shows the RSVP, changes guests and cancels, firing recovery-rsvp; accessible throughout', async () => {
    const { id, token } = await myRsvp({ title: 'Milestone dinner' });
    const el = await manageView(token);
    const view = root(el).querySelector('[part~="manage"]')!;
    expect(text(view.querySelector('h3'))).to.equal('Your RSVP: Milestone dinner');
    expect(text(view.querySelector('.rsvp-status'))).to.equal('You’re on the list. See you there!');
    await expect(el).to.be.accessible();

    const guests = view.querySelector<HTMLSelectElement>('#manage-guests')!;
    guests.value = '2';
    guests.dispatchEvent(new Event('change'));
    button(view, 'Save guests')!.click();
    await waitUntil(() => manageNotice(view) === 'Your change is saved.');
    expect((await rsvpsOnServer(id))[0]!.split(',')[4]).to.equal('2');

    const outcome = oneEvent(el, 'recovery-rsvp');
    button(view, 'Cancel my RSVP')!.click();
    await waitUntil(() => root(el).activeElement && text(root(el).activeElement) === 'Yes, cancel it', 'focus on the confirming button');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    expect(((await outcome) as RecoveryRsvpEvent).detail).to.deep.equal({ eventId: id, status: 'cancelled' });
    await waitUntil(() => root(el).activeElement === view.querySelector('.rsvp-status'), 'focus on the status, as the buttons go');
    expect(text(view.querySelector('.rsvp-status'))).to.equal('This RSVP is cancelled.');
    expect(button(view, 'Cancel my RSVP')).to.equal(undefined);
    expect((await rsvpsOnServer(id))[0]!.split(',')[0]).to.equal('cancelled');
  });

  it('more guests than seats left: says so, and nothing changes', async () => {
    const { id, token } = await myRsvp({ capacity: 2 });
    await rsvpAs(id, 'Other');
    const el = await manageView(token);
    const view = root(el).querySelector('[part~="manage"]')!;
    const guests = view.querySelector<HTMLSelectElement>('#manage-guests')!;
    guests.value = '1';
    guests.dispatchEvent(new Event('change'));
    button(view, 'Save guests')!.click();
    await waitUntil(() => manageNotice(view));
    expect(manageNotice(view)).to.equal('There are not enough spots for more guests.');
    expect((await rsvpsOnServer(id))[0]!.split(',')[4]).to.equal('0');
  });

  it('opened from its link far down a page: scrolls into view and takes focus, with nothing covered', async () => {
    const { token } = await myRsvp({ title: 'Milestone dinner' });
    history.replaceState(null, '', `${location.pathname}${location.search}#rsvp=${token}`);
    const wrapper = mount(html`<div style="height: 4000px">The rest of the center's page</div>
      <div style="width: 375px"><recovery-events api="/api" tags=${nextTag()}></recovery-events></div>`);
    const el = wrapper.querySelector('recovery-events') as RecoveryEvents;
    await waitUntil(() => root(el).activeElement?.tagName === 'H3', 'the heading takes focus', { timeout: 5000 });
    const heading = root(el).activeElement!;
    expect(text(heading)).to.equal('Your RSVP: Milestone dinner');
    const { top, bottom } = heading.getBoundingClientRect();
    expect(top, 'in view').to.be.at.least(0);
    expect(bottom, 'in view').to.be.at.most(innerHeight);
    expectLaidOut(el, 375);
  });

  it('goes back to the list, and the secret leaves the address bar', async () => {
    const { token } = await myRsvp();
    const el = await manageView(token);
    button(root(el), 'See all events')!.click();
    await waitUntil(() => root(el).querySelector('[part~="empty"], [part~="event"]'), 'the list shows');
    expect(location.hash).to.equal('');
    await waitUntil(() => root(el).activeElement === root(el).querySelector('.list'), 'focus goes to the list');
  });
});
