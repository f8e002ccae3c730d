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
