/**
 * <recovery-events> and e-mail, against the real reference API (which offers e-mail and, with no SMTP set up,
 * keeps each message in its outbox, which these tests read through the staff API): the opt-in on the RSVP form,
 * and "Email me my link". Each test makes its own event, tag and address.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/events/events.define.js';
import type { RecoveryEvents } from '../../src/events/events.js';
import type { EventInput } from '../../src/core/api/events.js';
import type { MailMessage } from '../../src/core/api/mail.js';
import { apiUrl, getJson } from '../../src/core/http.js';
import { newIdempotencyKey, sendJson } from '../../src/core/send.js';
import { mountLoaded } from '../support/mount.js';
import { STAFF, createEvent } from '../support/events-api.js';

const root = (el: RecoveryEvents) => el.shadowRoot!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const form = (el: RecoveryEvents, id: string) => root(el).querySelector<HTMLFormElement>(`#rsvp-${id}`)!;
const control = (el: RecoveryEvents, scope: string, name: string) => root(el).querySelector<HTMLInputElement & HTMLSelectElement>(`${scope} [name="${name}"]`);
const focused = (el: RecoveryEvents) => root(el).activeElement as HTMLInputElement | null;
const notices = (el: RecoveryEvents, scope: string) => [...root(el).querySelectorAll(`${scope} .notice`)].map(text).join(' ').trim();
const nextTag = () => `t${Math.random().toString(36).slice(2, 10)}`;
const address = (who: string) => `${who}.${nextTag()}@example.org`;
const loaded = (template: ReturnType<typeof html>) => mountLoaded<RecoveryEvents>(template, 'recovery-events');
const page = () => location.href.replace(/#.*$/, '');

/** What the center's outbox holds for an address (e-mail is not set up in the tests: messages are held there). */
async function outboxTo(to: string): Promise<MailMessage[]> {
  const url = apiUrl('/api', '/staff/mail/messages', { read: `${Date.now()}-${Math.random()}` });
  const response = await fetch(url, { headers: STAFF, cache: 'no-store' });
  const { messages } = (await response.json()) as { messages: MailMessage[] };
  return messages.filter((message) => message.to === to);
}

async function eventOnPage(input: Partial<EventInput> = {}, lang = 'en') {
  const tag = nextTag();
  const id = await createEvent({ title: 'Game night', ...input, tags: [tag] });
  const { el } = await loaded(html`<recovery-events api="/api" tags=${tag} lang=${lang}></recovery-events>`);
  return { el, id, tag };
}

async function openForm(el: RecoveryEvents, id: string) {
  root(el).querySelector<HTMLButtonElement>(`[data-event-id="${id}"] .toggle`)!.click();
  await waitUntil(() => form(el, id), 'the RSVP form opens');
  await el.updateComplete;
}

async function type(el: RecoveryEvents, field: HTMLInputElement, value: string) {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

afterEach(() => {
  sessionStorage.clear();
  history.replaceState(null, '', location.pathname + location.search);
});

describe('<recovery-events>: "Email me about this RSVP"', () => {
  it('is offered unticked where the center can email, and unticked nothing is emailed, even with an address given', async () => {
    const { el, id } = await eventOnPage({ contactFields: ['email'], maxGuests: 0 });
    await openForm(el, id);
    const box = control(el, `#rsvp-${id}`, 'emailMe')!;
    expect(box.checked).to.equal(false);
    expect(text(box.closest('label'))).to.equal('Email me about this RSVP');
    expect(text(root(el).getElementById(box.getAttribute('aria-describedby')!))).to.equal(
      'A confirmation with your link to change or cancel, a reminder before the event, and word if anything changes. Subject lines never say what the event is.',
    );
    await expect(el).to.be.accessible();
    // Ticked, the event's own email field is the one used: no second one.
    box.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll(`#rsvp-${id} [name="email"]`)).to.have.length(1);
    box.click();
    await el.updateComplete;
    const to = address('quiet');
    await type(el, control(el, `#rsvp-${id}`, 'name')!, 'Ana');
    await type(el, control(el, `#rsvp-${id}`, 'email')!, to);
    form(el, id).requestSubmit();
    await waitUntil(() => root(el).querySelector('[part~="confirmation"]'), 'the confirmation shows', { timeout: 8000 });
    expect(text(root(el).querySelector('[part~="confirmation"]'))).not.to.contain('We sent the details');
    // A message is written in the RSVP's own transaction (the outbox): had one been asked for, it would be there now.
    expect(await outboxTo(to)).to.deep.equal([]);
  });

  it('is not offered, nor is "Lost the link", where the center cannot email', async () => {
    const tag = nextTag();
    const id = await createEvent({ title: 'Walk', contactFields: ['email'], tags: [tag] });
    const { event } = await getJson<{ event: Record<string, unknown> }>(apiUrl('/api', `/events/${id}`));
    expect(event.emailUpdates, 'the test API offers email').to.equal(true);
    const { el } = await loaded(html`<recovery-events api="/api" .events=${[{ ...event, emailUpdates: false }]}></recovery-events>`);
    await openForm(el, id);
    expect(control(el, `#rsvp-${id}`, 'emailMe')).to.equal(null);
    expect(text(root(el).querySelector('.lost'))).to.equal('');
  });

  it('ticked from the keyboard, asks for an email, required; the confirmation says where it went; one message, with a link back here', async () => {
    const { el, id } = await eventOnPage({ maxGuests: 0, contactFields: [] });
    await openForm(el, id);
    expect(control(el, `#rsvp-${id}`, 'email'), 'no email field until asked').to.equal(null);
    await waitUntil(() => focused(el)?.name === 'name', 'focus in the form');
    await sendKeys({ type: 'Ana' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.name).to.equal('emailMe');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.name, 'the email field follows the tick').to.equal('email');
    expect(focused(el)?.required).to.equal(true);
    expect(text(focused(el)?.closest('.field')?.querySelector('label'))).to.equal('Email (Required)');
    // Sent empty: the email is what is missing.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.getAttribute('aria-invalid') === 'true', 'focus on the email field, marked');
    expect(focused(el)?.name).to.equal('email');
    expect(notices(el, `#rsvp-${id}`)).to.equal('Please check 1 field.');
    await expect(el).to.be.accessible();

    const to = address('ana');
    await sendKeys({ type: to });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('[part~="confirmation"]'), 'the confirmation shows', { timeout: 8000 });
    const said = root(el).querySelector('[part~="confirmation"] p[role="status"]');
    expect(text(said)).to.equal(`We sent the details to ${to}. They can take a few minutes to arrive.`);
    await expect(el).to.be.accessible();
    await waitUntil(async () => (await outboxTo(to)).length > 0, 'the confirmation is in the outbox', { timeout: 5000 });
    const messages = await outboxTo(to);
    expect(messages.map((m) => [m.kind, m.lang])).to.deep.equal([['rsvp-confirmed', 'en']]);
    expect(messages[0]!.text).to.contain(`${page()}#rsvp=`);
  });

  it('a send that got no answer keeps the tick and the address; Try again makes one RSVP and one message', async () => {
    const tag = nextTag();
    const id = await createEvent({ title: 'Potluck', maxGuests: 0, contactFields: [], tags: [tag] });
    const { el } = await loaded(html`<recovery-events api="/faulty/droponce/api" tags=${tag}></recovery-events>`);
    await openForm(el, id);
    const to = address('kai');
    await type(el, control(el, `#rsvp-${id}`, 'name')!, 'Kai');
    const box = control(el, `#rsvp-${id}`, 'emailMe')!;
    box.click();
    await el.updateComplete;
    await type(el, control(el, `#rsvp-${id}`, 'email')!, to);
    form(el, id).requestSubmit();
    await waitUntil(() => notices(el, `#rsvp-${id}`).includes('may not have reached us'), 'the lost reply is said', { timeout: 8000 });
    expect(control(el, `#rsvp-${id}`, 'emailMe')!.checked).to.equal(true);
    expect(control(el, `#rsvp-${id}`, 'email')!.value).to.equal(to);
    [...root(el).querySelectorAll<HTMLButtonElement>(`#rsvp-${id} .notice button`)].find((b) => text(b) === 'Try again')!.click();
    await waitUntil(() => root(el).querySelector('[part~="confirmation"]'), 'the confirmation shows', { timeout: 8000 });
    expect(text(root(el).querySelector('[part~="confirmation"] p[role="status"]'))).to.contain(to);
    await waitUntil(async () => (await outboxTo(to)).length > 0, 'the confirmation is in the outbox', { timeout: 5000 });
    expect((await outboxTo(to)).map((m) => m.kind)).to.deep.equal(['rsvp-confirmed']);
  });

  it('in Spanish: the opt-in, its hint and the confirmation, and the message in Spanish', async () => {
    const { el, id } = await eventOnPage({ maxGuests: 0, contactFields: [] }, 'es');
    await openForm(el, id);
    const box = control(el, `#rsvp-${id}`, 'emailMe')!;
    await waitUntil(() => text(box.closest('label')) === 'Enviarme correos sobre esta confirmación', 'Spanish strings');
    expect(text(root(el).getElementById(box.getAttribute('aria-describedby')!))).to.contain('El asunto de los correos nunca dice de qué trata el evento');
    box.click();
    await el.updateComplete;
    const to = address('lucia');
    await type(el, control(el, `#rsvp-${id}`, 'name')!, 'Lucía');
    await type(el, control(el, `#rsvp-${id}`, 'email')!, to);
    form(el, id).requestSubmit();
    await waitUntil(() => root(el).querySelector('[part~="confirmation"] p[role="status"]'), 'the confirmation shows', { timeout: 8000 });
    expect(text(root(el).querySelector('[part~="confirmation"] p[role="status"]'))).to.equal(
      `Enviamos los detalles a ${to}. Pueden tardar unos minutos en llegar.`,
    );
    await expect(el).to.be.accessible();
    await waitUntil(async () => (await outboxTo(to)).length > 0, 'the confirmation is in the outbox', { timeout: 5000 });
    expect((await outboxTo(to))[0]!.lang).to.equal('es');
  });
});

describe('<recovery-events>: "Email me my link"', () => {
  const lost = (el: RecoveryEvents) => [...root(el).querySelectorAll<HTMLButtonElement>('.lost button')].find((b) => text(b) === 'Lost the link to your RSVP?');
  const linkForm = (el: RecoveryEvents) => root(el).querySelector<HTMLFormElement>('#link-form');
  const answer = (el: RecoveryEvents) => notices(el, '#link-form');

  async function openLinkForm(el: RecoveryEvents) {
    lost(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => linkForm(el) && root(el).activeElement?.closest('#link-form'), 'the form opens, focus in it');
    await el.updateComplete;
  }

  async function ask(el: RecoveryEvents, email: string) {
    const field = control(el, '#link-form', 'email')!;
    field.focus();
    field.select();
    await sendKeys({ type: email });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => answer(el) !== '', 'an answer', { timeout: 8000 });
  }

  /** An RSVP that asked for email, made straight through the API. */
  async function rsvpWithEmail(id: string, email: string) {
    await sendJson('POST', apiUrl('/api', `/events/${id}/rsvps`), { name: 'Sam', email, guests: 0, answers: [], emailMe: true, lang: 'en', page: page() }, {
      idempotencyKey: newIdempotencyKey(),
    });
  }

  it('answers the same for an address with an RSVP and one without; only the first gets a link, back to this page', async () => {
    const { el, id, tag } = await eventOnPage({ maxGuests: 0 });
    const known = address('sam');
    await rsvpWithEmail(id, known);
    expect(lost(el)!.getAttribute('aria-expanded')).to.equal('false');
    await openLinkForm(el);
    expect(lost(el)!.getAttribute('aria-expanded')).to.equal('true');
    // One event: named, not chosen; focus goes to the address.
    expect(control(el, '#link-form', 'event')).to.equal(null);
    expect(text(linkForm(el))).to.contain('Event: Game night');
    expect(focused(el)?.name).to.equal('email');
    await expect(el).to.be.accessible();

    await ask(el, known);
    const sentence = 'If that address has an RSVP for that event, we sent it a new link. It can take a few minutes.';
    expect(answer(el)).to.equal(sentence);
    expect(root(el).querySelector('#link-form .notice[role="status"]')!.textContent).to.equal(sentence);
    await expect(el).to.be.accessible();

    const unknown = address('nobody');
    await ask(el, unknown);
    expect(answer(el), 'the same answer').to.equal(sentence);
    expect(control(el, '#link-form', 'email')!.value, 'the address stays').to.equal(unknown);

    await waitUntil(async () => (await outboxTo(known)).some((m) => m.kind === 'manage-link'), 'the link is in the outbox', { timeout: 5000 });
    const link = (await outboxTo(known)).find((m) => m.kind === 'manage-link')!;
    expect(link.text).to.contain(`${page()}#rsvp=`);
    expect(await outboxTo(unknown)).to.deep.equal([]);

    // The e-mailed link, opened: this page shows the RSVP, ready to change or cancel.
    const url = new URL(/https?:\/\/\S+#rsvp=[A-Za-z0-9_-]+/.exec(link.text!)![0]);
    history.replaceState(null, '', `${location.pathname}${location.search}${url.hash}`);
    const { el: opened } = await loaded(html`<recovery-events api="/api" tags=${tag}></recovery-events>`);
    await waitUntil(() => root(opened).querySelector('[part~="manage"] .rsvp-status'), 'the RSVP opens from the e-mailed link', { timeout: 5000 });
    expect(text(root(opened).querySelector('[part~="manage"]'))).to.contain('Game night');
  });

  it('with several events, asks which one; checks the form before sending', async () => {
    const tag = nextTag();
    const first = await createEvent({ title: 'Game night', tags: [tag] });
    await createEvent({ title: 'Beach cleanup', tags: [tag], start: new Date(Date.now() + 48 * 3_600_000).toISOString(), end: new Date(Date.now() + 50 * 3_600_000).toISOString() });
    const { el } = await loaded(html`<recovery-events api="/api" tags=${tag}></recovery-events>`);
    await openLinkForm(el);
    const select = control(el, '#link-form', 'event')!;
    expect(focused(el)).to.equal(select);
    expect([...select.options].map((o) => o.text)).to.deep.equal(['Choose the event…', 'Game night', 'Beach cleanup']);
    linkForm(el)!.requestSubmit();
    await waitUntil(() => focused(el)?.getAttribute('aria-invalid') === 'true', 'focus on the first field with a problem');
    expect(focused(el)).to.equal(select);
    const errors = [...root(el).querySelectorAll('#link-form .field-error')].map(text);
    expect(errors).to.deep.equal(['Please choose the event.', 'Please enter an email address, such as name@example.org.']);
    await expect(el).to.be.accessible();
    select.value = first;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await ask(el, address('ana'));
    expect(answer(el)).to.contain('If that address has an RSVP for that event');
  });

  it('an address the server refuses is marked beside the field, and focused', async () => {
    const { el } = await eventOnPage({ maxGuests: 0 });
    await openLinkForm(el);
    const field = control(el, '#link-form', 'email')!;
    await sendKeys({ type: 'ana@example..org' }); // looks like an address here; the server's check is stricter
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => field.getAttribute('aria-invalid') === 'true', 'the field is marked', { timeout: 5000 });
    expect(focused(el)).to.equal(field);
    expect(text(root(el).getElementById(field.getAttribute('aria-describedby')!))).to.equal('Please enter an email address, such as name@example.org.');
    expect(answer(el)).to.equal('');
  });

  it('says how long to wait when the server asks for it, then lets the visitor send again', async () => {
    const { event, el } = await givenOnFaulty('429');
    expect(event).to.have.property('emailUpdates', true);
    await openLinkForm(el);
    await ask(el, address('ana'));
    expect(answer(el)).to.equal('There were many tries in a short time. Please wait 1 second, then try again.');
    expect(root(el).querySelector('#link-form button[type="submit"]')!.getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    await waitUntil(() => answer(el) === '', 'the wait is over', { timeout: 3000 });
    expect(root(el).querySelector('#link-form button[type="submit"]')!.getAttribute('aria-disabled')).to.equal('false');
  });

  it('after a lost reply keeps what was typed and offers Try again, which gets the same answer', async () => {
    const { el } = await givenOnFaulty('drop');
    await openLinkForm(el);
    const to = address('kai');
    await ask(el, to);
    expect(text(root(el).querySelector('#link-form .notice[role="alert"] p'))).to.equal('Your request may not have reached us. Everything you typed is still here.');
    expect(control(el, '#link-form', 'email')!.value).to.equal(to);
    await expect(el).to.be.accessible();
    el.api = '/api'; // the connection is back
    [...root(el).querySelectorAll<HTMLButtonElement>('#link-form .notice button')].find((b) => text(b) === 'Try again')!.click();
    await waitUntil(() => answer(el).startsWith('If that address'), 'the answer', { timeout: 8000 });
  });

  it('is offered under a manage link that no longer works, and not under one that does', async () => {
    const { id, tag } = await eventOnPage({ maxGuests: 0 });
    history.replaceState(null, '', `${location.pathname}${location.search}#rsvp=${'x'.repeat(40)}`);
    const { el } = await loaded(html`<recovery-events api="/api" tags=${tag}></recovery-events>`);
    await waitUntil(() => root(el).querySelector('[part~="manage"] .gone'), 'the link is said not to work', { timeout: 5000 });
    await waitUntil(() => lost(el), 'the way to a new link');
    await openLinkForm(el);
    expect(text(linkForm(el))).to.contain('Game night');
    await expect(el).to.be.accessible();

    const { data } = await sendJson<{ rsvp: { manageToken: string } }>('POST', apiUrl('/api', `/events/${id}/rsvps`), { name: 'Sam', guests: 0, answers: [] }, {
      idempotencyKey: newIdempotencyKey(),
    });
    history.replaceState(null, '', `${location.pathname}${location.search}#rsvp=${data.rsvp.manageToken}`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitUntil(() => root(el).querySelector('[part~="manage"] .rsvp-status'), 'the RSVP shows', { timeout: 5000 });
    expect(lost(el)).to.equal(undefined);
  });

  it('in Spanish', async () => {
    const { el } = await eventOnPage({ maxGuests: 0 }, 'es');
    await waitUntil(() => text(root(el).querySelector('.lost button')) === '¿Perdió el enlace de su confirmación?', 'Spanish strings');
    root(el).querySelector<HTMLButtonElement>('.lost button')!.click();
    await waitUntil(() => text(root(el).querySelector('#link-heading')) === 'Enviarme mi enlace por correo', 'Spanish strings');
    await ask(el, address('lucia'));
    expect(answer(el)).to.equal('Si esa dirección tiene una confirmación para ese evento, le enviamos un enlace nuevo. Puede tardar unos minutos.');
    await expect(el).to.be.accessible();
  });

  /** An event read from the API, given to an element whose requests go through a fault. */
  async function givenOnFaulty(fault: string) {
    const id = await createEvent({ title: 'Game night', tags: [nextTag()] });
    const { event } = await getJson<{ event: Record<string, unknown> }>(apiUrl('/api', `/events/${id}`));
    const { el } = await loaded(html`<recovery-events api="/faulty/${fault}/api" .events=${[event]}></recovery-events>`);
    return { event, el };
  }
});
