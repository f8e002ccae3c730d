/**
 * E-mail in the staff console, against the real reference API (test/support/center-api.mjs), which has no SMTP server:
 * every message is held in the outbox for staff to read. Guests RSVP through the public API with "e-mail me" and a
 * page on this test page's origin (the server accepts only its own sites' pages); each test uses addresses of its own.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { apiUrl } from '../../src/core/http.js';
import { sendJson } from '../../src/core/send.js';
import type { MailMessage, MailSettings } from '../../src/core/api/mail.js';
import type { StaffEvent } from '../../src/core/api/staff-events.js';
import type { RecoveryStaff } from '../../src/staff/staff.js';
import { createEvent, STAFF } from '../support/events-api.js';
import { $, $$, button, consoleAs, go, heading, link, root, said, text, tick, type } from './support.js';

const unique = () => Math.random().toString(36).slice(2, 8);

/** A guest's RSVP through the public API, as the events element sends it. */
async function rsvp(eventId: string, body: { name: string; email: string; emailMe?: boolean; lang?: string }) {
  const page = `${location.origin}/events/`;
  await sendJson('POST', apiUrl('/api', `/events/${eventId}/rsvps`), { guests: 0, answers: [], page, ...body }, { idempotencyKey: crypto.randomUUID() });
}

async function serverSettings(): Promise<MailSettings> {
  return (await fetch('/api/staff/mail', { headers: STAFF, cache: 'no-store' })).json() as Promise<MailSettings>;
}

async function serverEvent(id: string): Promise<StaffEvent> {
  return ((await (await fetch(`/api/staff/events/${id}`, { headers: STAFF, cache: 'no-store' })).json()) as { event: StaffEvent }).event;
}

const card = (el: RecoveryStaff, to: string) => $$(el, '.message').find((c) => text(c).includes(`To ${to}`) || text(c).includes(`Para ${to}`));

describe('staff console: e-mail', () => {
  it('says e-mail is not set up and how to set it up, with the counts and the data policy from the server', async () => {
    const settings = await serverSettings();
    expect(settings.delivery).to.equal('outbox');
    const el = await consoleAs('coordinator', '#/mail');
    expect(heading(el)).to.equal('E-mail');
    expect(link(el, 'E-mail')!.getAttribute('aria-current')).to.equal('page');
    expect(text($(el, '#not-set-up-heading'))).to.equal('E-mail is not set up: these messages would have been sent');
    expect($$(el, '.not-set-up code').map(text)).to.deep.equal(['SMTP_URL', 'MAIL_FROM']);
    expect($$(el, '.mail-counts dt').map(text)).to.deep.equal(['Held, not sent', 'Waiting to be sent', 'Sent', 'Failed']);
    expect(text($(el, '.policy'))).to.contain(
      `RSVP contact details (name, e-mail, phone, answers) are erased ${settings.retention.rsvpDays} days after the event ends; only counts remain.`,
    );
    expect(text($(el, '.policy'))).to.contain(`Withdrawn stories are erased at once; declined ones after ${settings.retention.rejectedStoryDays} days.`);
    expect(text($(el, '.policy'))).to.contain(`Messages are deleted after ${settings.retention.mailDays} days.`);
    expect(text($(el, 'dl.facts'))).to.contain(settings.from);
    await expect(el).to.be.accessible();
  });

  it('is not there for a moderator', async () => {
    const el = await consoleAs('moderator', '#/mail');
    expect(link(el, 'E-mail')).to.equal(undefined);
    expect(text($(el, '.callout'))).to.equal('Your role does not allow this. Ask an admin if you need it.');
    expect($(el, '.message, .mail-counts')).to.equal(null);
  });

  it('holds the confirmation of an RSVP that asked for e-mail, and shows its words as text, never as HTML', async () => {
    const id = await createEvent({ contactFields: ['email'], calendarTitle: `Picnic ${unique()}` });
    const asked = `asked-${unique()}@example.org`;
    const quiet = `quiet-${unique()}@example.org`;
    await rsvp(id, { name: 'Ana <img src=x onerror="window.hacked=1">', email: asked, emailMe: true });
    await rsvp(id, { name: 'Bo', email: quiet }); // did not tick "e-mail me": no message

    const el = await consoleAs('coordinator', '#/mail/held');
    expect(link(el, 'Held')!.getAttribute('aria-current')).to.equal('page');
    const message = card(el, asked)!;
    expect(message, 'the held confirmation').to.exist;
    expect(card(el, quiet)).to.equal(undefined);
    expect(text(message.querySelector('.badge'))).to.equal('Held, not sent');
    expect(text(message)).to.contain('RSVP confirmed');
    expect(text(message.querySelector('h4'))).to.match(/^Confirmed: Picnic \w+, /);
    // Other tests may hold messages meanwhile: the tile counts ours, and no more than the server has by now.
    const held = Number(text($$(el, '.mail-counts dd')[0]));
    expect(held).to.be.at.least(1);
    expect((await serverSettings()).counts.held).to.be.at.least(held);

    const summary = message.querySelector<HTMLElement>('summary')!;
    expect(text(summary)).to.equal('Read the message');
    summary.click();
    await waitUntil(() => message.querySelector('details')!.open, 'the message opens');
    const words = message.querySelector<HTMLElement>('.mail-text')!;
    expect(words.textContent).to.contain('Hello Ana <img src=x onerror="window.hacked=1">,');
    expect(words.textContent).to.match(new RegExp(`${location.origin}/events/#rsvp=[A-Za-z0-9_-]+`));
    expect(words.querySelector('img')).to.equal(null);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
    expect(getComputedStyle(words).whiteSpace).to.equal('pre-wrap'); // the message's lines as written
    await expect(el).to.be.accessible();

    // Nothing is sent without SMTP: the Sent filter is empty, All has the message.
    link(el, 'Sent')!.click();
    await waitUntil(() => text($(el, '.muted[role="status"]')) === 'No messages here.', 'no sent messages');
    link(el, 'All')!.click();
    await waitUntil(() => card(el, asked), 'all messages');
  });

  it('sends a failed message again, and says so when the server refuses (409: e-mail is not set up)', async () => {
    // The reference server cannot make a message fail without an SMTP server, so the list this test reads first shows
    // one held message as failed; "Send again" then goes to the real server, which answers 409 for it.
    const id = await createEvent({ contactFields: ['email'] });
    const to = `retry-${unique()}@example.org`;
    await rsvp(id, { name: 'Cam', email: to, emailMe: true });
    const realFetch = window.fetch;
    const posts: string[] = [];
    let stale = true;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (init?.method === 'POST') posts.push(new URL(url, location.href).pathname);
      const response = await realFetch(input, init);
      if (!stale || (!url.includes('/staff/mail/messages?') && !url.endsWith('/staff/mail/messages'))) return response;
      const body = (await response.json()) as { messages: MailMessage[] };
      const failed = body.messages.map((m) => (m.to === to ? { ...m, status: 'dead', attempts: 8, lastError: '550 5.1.1 User unknown' } : m));
      return new Response(JSON.stringify({ messages: failed }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    };
    try {
      const el = await consoleAs('admin', '#/mail');
      const message = card(el, to)!;
      expect(text(message.querySelector('.badge'))).to.equal('Failed');
      expect(text(message)).to.contain('8 attempts');
      expect(text(message.querySelector('.last-error'))).to.equal('Last error: 550 5.1.1 User unknown');
      const subject = text(message.querySelector('h4'));
      const again = button(el, `Send again: ${subject}`, message)!;
      expect(text(again)).to.equal('Send again');
      await expect(el).to.be.accessible();

      stale = false;
      posts.length = 0; // signing in was one
      again.focus();
      again.click();
      await waitUntil(() => said(el).includes('This message was not sent again'), 'the answer is said');
      expect(posts).to.deep.equal([`/api/staff/mail/messages/${message.dataset.id}/retry`]);
      expect(text($(el, '.notice.error'))).to.equal(
        'This message was not sent again: it has not failed (someone may have sent it again already), or e-mail is not set up. The list is up to date now.',
      );
      // The list as the server has it: the message is held, so nothing to send again, and the focus keeps its place.
      await waitUntil(() => text(card(el, to)?.querySelector('.badge')) === 'Held, not sent', 'the list reloaded');
      expect(card(el, to)!.querySelector('button.retry')).to.equal(null);
      await waitUntil(() => root(el).activeElement?.id === 'messages-heading', 'focus on the list');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('speaks Spanish: the console, and a guest’s message in the language they used', async () => {
    const id = await createEvent({ contactFields: ['email'] });
    const to = `es-${unique()}@example.org`;
    await rsvp(id, { name: 'Lucía', email: to, emailMe: true, lang: 'es' });
    const el = await consoleAs('coordinator', '#/mail');
    el.lang = 'es';
    await waitUntil(() => heading(el) === 'Correo electrónico', 'in Spanish');
    expect(link(el, 'Correo electrónico')!.getAttribute('aria-current')).to.equal('page');
    expect(text($(el, '#not-set-up-heading'))).to.equal('El correo electrónico no está configurado: estos mensajes se habrían enviado');
    expect(text($(el, '.policy'))).to.contain('se borran 30 días después de que termina el evento; solo quedan los totales.');
    const message = card(el, to)!;
    expect(text(message)).to.contain('Inscripción confirmada');
    expect(text(message.querySelector('.badge'))).to.equal('Retenido, sin enviar');
    expect(message.querySelector('h4')!.lang).to.equal('es');
    expect(text(message.querySelector('h4'))).to.match(/^Confirmado: Evento comunitario, /); // discreet: no real title
    message.querySelector<HTMLElement>('summary')!.click();
    await waitUntil(() => message.querySelector('details')!.open, 'open');
    expect(text(message.querySelector('.mail-text'))).to.contain('Hola, Lucía:');
    await expect(el).to.be.accessible();
  });
});

describe('staff console: the reminder e-mail of an event', () => {
  const field = (el: RecoveryStaff, name: string) => $<HTMLInputElement>(el, `#event-${name}`);

  it('is a day before by default, changes, turns off, and reads back as saved', async () => {
    const id = await createEvent({ title: `Reminders ${unique()}`, venue: { name: 'Hall', address: '1 Main St', latitude: null, longitude: null } });
    expect((await serverEvent(id)).reminderHours).to.equal(24); // left out when created: the default

    const el = await consoleAs('coordinator', `#/events/${id}`);
    expect(text($(el, '.reminder-setting'))).to.equal('Reminder e-mail: 24 hours before');
    await go(el, `#/events/${id}/edit`);
    await waitUntil(() => field(el, 'title'), 'the form');
    // The heading had the focus while the event loaded; it keeps it when the form takes the loading view's place.
    expect(root(el).activeElement?.id).to.equal('view-heading');
    expect(heading(el)).to.match(/^Edit: Reminders/);
    expect($<HTMLInputElement>(el, 'input[name="reminder"]')!.checked).to.equal(true);
    expect(field(el, 'reminderHours')!.value).to.equal('24');
    await expect(el).to.be.accessible();

    type(field(el, 'reminderHours'), '337');
    button(el, 'Save the event')!.click();
    await waitUntil(() => text($(el, '#event-reminderHours-error')) === 'Enter 336 or less.', 'too many hours');
    expect(root(el).activeElement?.id).to.equal('event-reminderHours');

    type(field(el, 'reminderHours'), '2');
    button(el, 'Save the event')!.click();
    await waitUntil(() => text($(el, '.reminder-setting')) === 'Reminder e-mail: 2 hours before', 'saved, and shown on the event’s page');
    expect((await serverEvent(id)).reminderHours).to.equal(2);

    await go(el, `#/events/${id}/edit`);
    expect(field(el, 'reminderHours')!.value).to.equal('2');
    tick($(el, 'input[name="reminder"]'), false);
    await el.updateComplete;
    expect(field(el, 'reminderHours')).to.equal(null);
    button(el, 'Save the event')!.click();
    await waitUntil(() => text($(el, '.reminder-setting')) === 'Reminder e-mail: none', 'no reminder');
    expect((await serverEvent(id)).reminderHours).to.equal(null);

    await go(el, `#/events/${id}/edit`);
    expect($<HTMLInputElement>(el, 'input[name="reminder"]')!.checked).to.equal(false);
  });
});
