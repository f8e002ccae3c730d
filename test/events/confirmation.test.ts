/**
 * <recovery-events> after an RSVP: the confirmation (what was sent, the calendar, the private link), and the
 * manage view a private link opens (cancelled said once, RSVP again, a link that does not work). Against the
 * real reference API, each test with events of its own.
 */
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/events/events.define.js';
import type { RecoveryEvents } from '../../src/events/events.js';
import type { RecoveryRsvpEvent } from '../../src/core/submit-events.js';
import type { EventInput } from '../../src/core/api/events.js';
import { apiUrl } from '../../src/core/http.js';
import { newIdempotencyKey, sendJson } from '../../src/core/send.js';
import { mount, mountLoaded } from '../support/mount.js';
import { expectLaidOut } from '../support/layout.js';
import { createEvent, rsvpAs, rsvpsOnServer } from '../support/events-api.js';

const root = (el: RecoveryEvents) => el.shadowRoot!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const button = (scope: Element | ShadowRoot, name: string) =>
  [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === name);
const nextTag = () => `t${Math.random().toString(36).slice(2, 10)}`;

function setField(scope: Element | ShadowRoot, selector: string, value: string) {
  const control = scope.querySelector<HTMLInputElement & HTMLSelectElement>(selector)!;
  control.value = value;
  control.dispatchEvent(new Event(control.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
}

afterEach(() => {
  sessionStorage.clear();
  history.replaceState(null, '', location.pathname + location.search);
});

describe('<recovery-events> confirmation', () => {
  const questions: EventInput['questions'] = [
    { id: 'celebrating', kind: 'boolean', label: 'Celebrating a milestone?', options: [], required: true },
    { id: 'dish', kind: 'choice', label: 'What are you bringing?', options: ['Main', 'Dessert'], required: false },
    { id: 'diet', kind: 'text', label: 'Dietary needs', options: [], required: false },
  ];

  async function confirmed(width = 375) {
    const tag = nextTag();
    const id = await createEvent({ tags: [tag], contactFields: ['email'], maxGuests: 3, questions, title: 'Milestone dinner' });
    const wrapper = mount(html`<div style="width: ${width}px"></div>`);
    const loaded = oneEvent(wrapper, 'recovery-load');
    const el = document.createElement('recovery-events');
    el.setAttribute('api', '/api');
    el.setAttribute('tags', tag);
    wrapper.firstElementChild!.append(el);
    await loaded;
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>(`[data-event-id="${id}"] .toggle`)!.click();
    await waitUntil(() => root(el).querySelector(`#rsvp-${id}`), 'the form opens');
    await el.updateComplete;
    const form = root(el).querySelector(`#rsvp-${id}`)!;
    setField(form, '[name="name"]', ' Ana ');
    setField(form, '[name="email"]', 'ana@example.org');
    setField(form, '[name="guests"]', '2');
    const yes = form.querySelector<HTMLInputElement>('input[value="yes"]')!;
    yes.checked = true;
    yes.dispatchEvent(new Event('change', { bubbles: true }));
    setField(form, '[name="answers.dish"]', 'Dessert');
    await el.updateComplete;
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => root(el).querySelector('[part~="confirmation"]'), 'the confirmation', { timeout: 8000 });
    await el.updateComplete;
    return { el, id, done: root(el).querySelector<HTMLElement>('[part~="confirmation"]')! };
  }

  it('recaps what was sent: name, email, guests and the answers given (none left blank)', async () => {
    const { el, done } = await confirmed();
    const rows = [...done.querySelectorAll('.recap dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]);
    expect(rows).to.deep.equal([
      ['Name', 'Ana'],
      ['Email', 'ana@example.org'],
      ['Guests', '2'],
      ['Celebrating a milestone?', 'Yes'],
      ['What are you bringing?', 'Dessert'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('groups the calendar actions under one label, each a 44 px target', async () => {
    const { done } = await confirmed();
    const group = done.querySelector<HTMLElement>('[role="group"].calendar')!;
    expect(group, 'a group').to.exist;
    const label = group.getRootNode() instanceof ShadowRoot ? (group.getRootNode() as ShadowRoot).getElementById(group.getAttribute('aria-labelledby')!) : null;
    expect(text(label)).to.equal('Add to calendar');
    const links = [...group.querySelectorAll('a')];
    expect(links.map(text)).to.deep.equal(['Calendar file (.ics)', 'Google Calendar', 'Outlook.com']);
    for (const link of links) expect(link.getBoundingClientRect().height, text(link)).to.be.at.least(44);
  });

  it('shows the whole private link on a 375 px phone, wrapped, with a copy button; nothing covered', async () => {
    const { el, done } = await confirmed(375);
    const box = done.querySelector<HTMLTextAreaElement>('.manage-link textarea')!;
    expect(box.value).to.match(/#rsvp=[A-Za-z0-9_-]{32,}$/);
    expect(box.readOnly).to.equal(true);
    expect(box.scrollHeight, 'every line of the link shows').to.be.at.most(box.clientHeight + 1);
    expect(box.scrollWidth, 'no line is cut').to.be.at.most(box.clientWidth + 1);
    expect(box.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
    expect(button(done, 'Copy link')).to.exist;
    expectLaidOut(el, 375);
  });
});

describe('<recovery-events> managing an RSVP: cancelled, again, and links that do not work', () => {
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

  async function manageView(token: string, ready = '[part~="manage"] h3') {
    history.replaceState(null, '', `${location.pathname}${location.search}#rsvp=${token}`);
    const wrapper = mount(html`<recovery-events api="/api" tags=${nextTag()}></recovery-events>`);
    const el = wrapper.querySelector('recovery-events') as RecoveryEvents;
    await waitUntil(() => root(el).querySelector(ready), 'the manage view', { timeout: 5000 });
    await el.updateComplete;
    return { el, view: root(el).querySelector<HTMLElement>('[part~="manage"]')! };
  }

  async function cancel(el: RecoveryEvents, view: HTMLElement) {
    button(view, 'Cancel my RSVP')!.click();
    await waitUntil(() => button(view, 'Yes, cancel it'), 'asks to confirm');
    button(view, 'Yes, cancel it')!.click();
    await waitUntil(() => !button(view, 'Yes, cancel it'), 'cancelled');
    await el.updateComplete;
  }

  it('after cancelling, says it is cancelled once, and offers to RSVP again while seats allow', async () => {
    const { id, token } = await myRsvp({ title: 'Picnic', capacity: 1, waitlist: false });
    const { el, view } = await manageView(token);
    await cancel(el, view);
    expect(text(view).match(/cancelled/gi), text(view)).to.have.length(1);
    expect(text(view.querySelector('.rsvp-status'))).to.equal('This RSVP is cancelled.');
    await expect(el).to.be.accessible();

    button(view, 'RSVP again')!.click();
    await waitUntil(() => view.querySelector('form[part~="rsvp-form"]'), 'the form, in the manage view');
    const form = view.querySelector('form[part~="rsvp-form"]')!;
    await waitUntil(() => root(el).activeElement === form.querySelector('[name="name"]'), 'focus on the first field');
    expect(form.querySelector<HTMLInputElement>('[name="name"]')!.value, 'the name is filled in').to.equal('Ana');
    const outcome = oneEvent(el, 'recovery-rsvp');
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    expect(((await outcome) as RecoveryRsvpEvent).detail).to.deep.equal({ eventId: id, status: 'confirmed' });
    await waitUntil(() => view.querySelector('[part~="confirmation"]'), 'confirmed again');
    expect((await rsvpsOnServer(id)).map((row) => row.split(',')[0]).sort()).to.deep.equal(['cancelled', 'confirmed']);
  });

  it('a cancelled RSVP whose seat is taken since: no RSVP again', async () => {
    const { id, token } = await myRsvp({ capacity: 1, waitlist: false });
    const first = await manageView(token);
    await cancel(first.el, first.view);
    await rsvpAs(id, 'Other');
    first.el.remove();
    const { view } = await manageView(token, '[part~="manage"] .rsvp-status');
    expect(text(view.querySelector('.rsvp-status'))).to.equal('This RSVP is cancelled.');
    expect(button(view, 'RSVP again')).to.equal(undefined);
  });

  it('an RSVP to an event the center cancelled says so, once, with nothing to change', async () => {
    const { id, token } = await myRsvp({ title: 'Hike' });
    await sendJson('POST', apiUrl('/api', `/staff/events/${id}/cancel`), undefined, { headers: { Authorization: 'Bearer browser-tests-staff-token' } });
    const { view } = await manageView(token, '[part~="manage"] .rsvp-status');
    expect(text(view.querySelector('.rsvp-status'))).to.equal('This event is cancelled.');
    expect(text(view).match(/cancel/gi)).to.have.length(1);
    expect(view.querySelector('select, button.danger')).to.equal(null);
  });

  for (const [what, token] of [
    ['unknown to the server (404)', 'x'.repeat(43)],
    ['cut short, as some mail apps do', 'abc123'],
    ['with characters no token has', `${'y'.repeat(40)}%20<b>`],
  ] as const) {
    it(`a link ${what} says so plainly, with no Try again that cannot help`, async () => {
      history.replaceState(null, '', `${location.pathname}${location.search}#rsvp=${token}`);
      const wrapper = mount(html`<recovery-events api="/api" tags=${nextTag()}></recovery-events>`);
      const el = wrapper.querySelector('recovery-events') as RecoveryEvents;
      await waitUntil(() => root(el).querySelector('[part~="manage"] [part~="empty"]'), 'the message', { timeout: 5000 });
      const message = root(el).querySelector('[part~="manage"] [part~="empty"]')!;
      expect(text(message.querySelector('h3'))).to.equal('This RSVP link does not work');
      expect(text(message.querySelector('p'))).to.equal(
        'It may have been copied only in part, or the RSVP was removed, or the event has ended. Everything still open is in the list of events.',
      );
      expect(root(el).querySelector('[part~="retry"]')).to.equal(null);
      expect(button(root(el), 'Try again')).to.equal(undefined);
      expect(button(root(el), 'See all events')).to.exist;
      await waitUntil(() => root(el).activeElement === message.querySelector('h3'), 'it takes focus');
      await expect(el).to.be.accessible();
    });
  }

  it('a link whose RSVP cannot be read for now (a dropped connection) brings its Try again into view, focused', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#rsvp=${'z'.repeat(43)}`);
    const wrapper = mount(html`<recovery-events api="/faulty/drop/api" tags=${nextTag()}></recovery-events>`);
    const el = wrapper.querySelector('recovery-events') as RecoveryEvents;
    await waitUntil(() => root(el).querySelector('[part~="manage"] [part~="retry"]'), 'the error, with its retry', { timeout: 5000 });
    const retry = root(el).querySelector('[part~="manage"] [part~="retry"]');
    await waitUntil(() => root(el).activeElement === retry, 'the retry takes focus');
  });

  it('speaks Spanish: a link that does not work, and RSVP again', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#rsvp=abc`);
    const wrapper = mount(html`<recovery-events lang="es" api="/api" tags=${nextTag()}></recovery-events>`);
    const el = wrapper.querySelector('recovery-events') as RecoveryEvents;
    await waitUntil(() => text(root(el).querySelector('[part~="manage"] [part~="empty"] h3')) === 'Este enlace de confirmación no funciona', 'in Spanish', { timeout: 5000 });
  });
});

describe('<recovery-events> list', () => {
  async function listOf(count: number, width = 375, input: Partial<EventInput> = {}) {
    const tag = nextTag();
    const ids: string[] = [];
    for (let n = 0; n < count; n++) ids.push(await createEvent({ ...input, tags: [tag], title: `Event ${n + 1}` }));
    const { el } = await mountLoaded<RecoveryEvents>(
      html`<div style="width: ${width}px"><button id="before-list">The page before</button><recovery-events api="/api" tags=${tag}></recovery-events></div>`,
      'recovery-events',
    );
    return { el, ids };
  }
  const skip = (el: RecoveryEvents) => [...root(el).querySelectorAll('a')].find((a) => text(a) === 'Skip to the end of the list');

  it('a long list has a skip link, shown on focus (24 px or more), that takes focus past the last card', async () => {
    const { el } = await listOf(4);
    const link = skip(el)!;
    expect(link, 'the skip link').to.exist;
    expect(link.getBoundingClientRect().height, 'hidden until focused').to.be.at.most(1);
    // By keyboard, from what comes before on the page (keys also give the test's page the focus, which :focus needs).
    document.querySelector<HTMLButtonElement>('#before-list')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement, 'the first stop in the list').to.equal(link);
    const box = link.getBoundingClientRect();
    expect(box.height, 'a 24 px target').to.be.at.least(24);
    expect(box.width, 'a 24 px target').to.be.at.least(24);
    await sendKeys({ press: 'Enter' });
    const end = root(el).activeElement as HTMLElement;
    expect(end, 'focus moves').not.to.equal(link);
    const cards = [...root(el).querySelectorAll('[part~="event"]')];
    expect(cards.at(-1)!.compareDocumentPosition(end) & Node.DOCUMENT_POSITION_FOLLOWING, 'after the last card').to.be.greaterThan(0);
    expect(end.getBoundingClientRect().height, 'the end is visible where focus lands').to.be.at.least(24);
    expect(location.hash).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('a short list has none', async () => {
    const { el } = await listOf(3);
    expect(skip(el)).to.equal(undefined);
  });

  it('tells the shared loading view how tall one card is, so nothing jumps when the list arrives', async () => {
    // Cards like the demo center's: a venue with its address, and a description of two lines.
    const { el } = await listOf(2, 375, {
      venue: { name: 'Harbor Light Community Hall', address: '210 Wharf Street, Lewes, DE 19958', latitude: null, longitude: null },
      description: 'Cards, board games and coffee. Newcomers to the alumni group especially welcome.',
    });
    const rowHeight = getComputedStyle(root(el).querySelector('.root')!).getPropertyValue('--recovery-skeleton-row-height').trim();
    expect(rowHeight).to.match(/^\d+(\.\d+)?rem$/);
    const px = parseFloat(rowHeight) * parseFloat(getComputedStyle(document.documentElement).fontSize);
    const card = root(el).querySelector('[part~="event"]')!.getBoundingClientRect().height;
    expect(px / card, `${rowHeight} against a card ${card}px tall`).to.be.within(0.75, 1.3);
  });
});
