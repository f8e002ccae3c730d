/**
 * E-mail (issue 18), end to end: the real server writes to its outbox, its sender delivers through SMTP to a real SMTP
 * server in the test, and each message is parsed back with a real MIME parser (and its calendar file with ical.js).
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { configFromEnv, type MailConfig } from '../../demo/api/config.js';
import { eraseExpired, queueReminders, queueStoryDigest } from '../../demo/api/mail/jobs.js';
import { createEvent, rsvp, startServer, type TestServer } from './server.js';
import { startSmtp, type TestSmtp } from '../support/smtp.js';
import { sensitiveIn } from '../support/sensitive-terms.js';


const TITLE = 'Sober game night for recovery alumni';

let smtp: TestSmtp;
let server: TestServer;
let mail: MailConfig;

before(async () => {
  smtp = await startSmtp();
  mail = { ...configFromEnv({}).mail, smtpUrl: smtp.url, emailUpdates: true, pollMs: 100, leaseSeconds: 1, maxAttempts: 3 };
  server = await startServer({ mail }, { mail: true });
});
after(async () => {
  await server.close();
  await smtp.close();
});
beforeEach(() => {
  smtp.received.length = 0;
  smtp.refuse = () => undefined;
});

const page = () => `${server.url}/events-page`;
const optIn = (email: string, lang = 'en') => ({ email, emailMe: true, lang, page: page() });
const settle = () => new Promise((resolve) => setTimeout(resolve, 400)); // a few sender rounds
/** The mail server has a message as soon as it is accepted; the sender marks it sent just after. */
async function markedSent(recipient: string) {
  for (let i = 0; i < 50; i++) {
    const rows = await server.db.query<{ status: string }>('select status from mail_outbox where recipient = $1', [recipient]);
    if (rows.length > 0 && rows.every((r) => r.status === 'sent')) return;
    await settle();
  }
  throw new Error(`the message to ${recipient} was never marked sent`);
}
const manageToken = (text: string) => /#rsvp=([A-Za-z0-9_-]+)/.exec(text)?.[1];

describe('an RSVP with "e-mail me"', () => {
  it('sends nothing without the opt-in, even with an e-mail address', async () => {
    const event = await createEvent(server, { title: TITLE, contactFields: ['email'] });
    assert.equal((await rsvp(server, event, { email: 'quiet@example.org' })).status, 201);
    await server.mailer.sendDue();
    await settle();
    assert.equal(smtp.received.length, 0);
    assert.deepEqual(await server.db.query(`select id from mail_outbox where recipient = 'quiet@example.org'`), []);
  });

  it('sends one discreet confirmation with a working manage link and a calendar file', async () => {
    const event = await createEvent(server, { title: TITLE, onlineUrl: 'https://meet.example.org/j/42', venue: null });
    const answer = await rsvp(server, event, { name: 'Robin', ...optIn('robin@example.org') });
    assert.equal(answer.status, 201);
    const [message] = await smtp.waitFor(1);
    const { mail: parsed, to } = message!;
    assert.deepEqual(to, ['robin@example.org']);
    assert.match(parsed.subject!, /^Confirmed: Community event, \w{3}, \w{3} \d+$/);
    assert.deepEqual(sensitiveIn(`${parsed.subject} ${parsed.from?.text}`), []);
    assert.ok(!parsed.text!.includes(TITLE), 'the body does not name the real title either');
    assert.match(parsed.text!, /Hello Robin,/);
    assert.match(parsed.text!, /https:\/\/meet\.example\.org\/j\/42/, 'a confirmed guest of an online event gets the join link');
    assert.match(parsed.html as string, /<html lang="en">/);
    // The manage link is the one the page showed, and opens the RSVP.
    assert.equal(manageToken(parsed.text!), answer.body.rsvp.manageToken);
    assert.ok(parsed.text!.includes(`${page()}#rsvp=${answer.body.rsvp.manageToken}`));
    assert.equal((await server.call(`/rsvps/${manageToken(parsed.text!)}`)).status, 200);

    const ics = parsed.attachments.find((a) => a.filename === 'event.ics');
    assert.ok(ics, 'the calendar file is attached');
    const vevent = new ICAL.Event(ICAL.Component.fromString(ics.content.toString('utf8')).getFirstSubcomponent('vevent')!);
    assert.equal(vevent.summary, 'Community event');
    const { event: created } = (await server.staff(`/staff/events/${event}`)).body;
    const minute = (date: Date) => Math.floor(date.getTime() / 60_000); // calendar files keep whole minutes
    assert.equal(minute(vevent.startDate.toJSDate()), minute(new Date(created.start)));

    await settle();
    assert.equal(smtp.received.length, 1, 'exactly once');
  });

  it('retrying the same RSVP (same Idempotency-Key) sends no second message', async () => {
    const event = await createEvent(server);
    const key = crypto.randomUUID();
    await rsvp(server, event, optIn('twice@example.org'), key);
    const replay = await rsvp(server, event, optIn('twice@example.org'), key);
    assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
    await smtp.waitFor(1);
    await settle();
    assert.equal(smtp.received.length, 1);
  });

  it('writes in the language the guest used', async () => {
    const event = await createEvent(server, { calendarTitle: 'Cena de exalumnos' });
    await rsvp(server, event, { name: 'Ana', ...optIn('ana@example.org', 'es-MX') });
    const parsed = (await smtp.waitFor(1))[0]!.mail;
    assert.match(parsed.subject!, /^Confirmado: Cena de exalumnos, /);
    assert.match(parsed.text!, /Hola, Ana:/);
    assert.match(parsed.html as string, /<html lang="es">/);
  });

  it('refuses a page off the center’s sites, and an opt-in without an address', async () => {
    const event = await createEvent(server);
    const elsewhere = await rsvp(server, event, { email: 'x@example.org', emailMe: true, page: 'https://evil.example/phish' });
    assert.equal(elsewhere.status, 422);
    assert.equal(elsewhere.body.errors[0].field, 'page');
    const noAddress = await rsvp(server, event, { emailMe: true, page: page() });
    assert.equal(noAddress.status, 422);
    assert.equal(noAddress.body.errors[0].field, 'email');
  });
});

describe('the waitlist, changes and cancellation', () => {
  it('tells a waitlisted guest their place, then that a seat opened', async () => {
    const event = await createEvent(server, { capacity: 1, waitlist: true });
    const first = await rsvp(server, event, { name: 'First' });
    await rsvp(server, event, { name: 'Kai', ...optIn('kai@example.org') });
    const [waitlisted] = await smtp.waitFor(1);
    assert.match(waitlisted!.mail.subject!, /^On the waitlist: /);
    assert.match(waitlisted!.mail.text!, /number 1 on the waitlist/);
    assert.equal(waitlisted!.mail.attachments.length, 0, 'no calendar file before there is a seat');

    await server.call(`/rsvps/${first.body.rsvp.manageToken}`, { method: 'DELETE' });
    const [, promoted] = await smtp.waitFor(2);
    assert.match(promoted!.mail.subject!, /^A seat opened: /);
    const token = manageToken(promoted!.mail.text!)!;
    assert.equal((await server.call(`/rsvps/${token}`)).body.rsvp.status, 'confirmed', 'its link opens the RSVP, now confirmed');
  });

  it('tells guests of a new time once, and of a cancellation with a cancelled calendar entry', async () => {
    const event = await createEvent(server);
    await rsvp(server, event, optIn('moved@example.org'));
    await smtp.waitFor(1);
    const later = new Date(Date.now() + 48 * 3_600_000);
    await server.staff(`/staff/events/${event}`, { method: 'PATCH', body: { start: later.toISOString(), end: new Date(later.getTime() + 7_200_000).toISOString() } });
    await server.staff(`/staff/events/${event}`, { method: 'PATCH', body: { capacity: 40 } }); // not a change guests hear of
    const [, changed] = await smtp.waitFor(2);
    assert.match(changed!.mail.subject!, /^Changed: Community event, now /);
    // Back to the first time is news as well (its message must not be mistaken for the first change's).
    const first = (await server.staff(`/staff/events/${event}`)).body.event;
    await server.staff(`/staff/events/${event}`, { method: 'PATCH', body: { start: new Date(Date.now() + 24 * 3_600_000).toISOString() } });
    await server.staff(`/staff/events/${event}`, { method: 'PATCH', body: { start: first.start } });
    await smtp.waitFor(4);
    smtp.received.splice(2, 2); // the two changes back and forth, both told

    await server.staff(`/staff/events/${event}/cancel`, { method: 'POST' });
    const [, , cancelled] = await smtp.waitFor(3);
    assert.match(cancelled!.mail.subject!, /^Cancelled: /);
    assert.ok(!manageToken(cancelled!.mail.text!), 'nothing left to manage');
    const ics = cancelled!.mail.attachments.find((a) => a.filename === 'event.ics')!;
    assert.equal(ICAL.Component.fromString(ics.content.toString('utf8')).getFirstSubcomponent('vevent')!.getFirstPropertyValue('status'), 'CANCELLED');
    await settle();
    assert.equal(smtp.received.length, 3);
  });
});

describe('reminders', () => {
  it('come once, at the event’s reminder time, with the join link and a one-click unsubscribe', async () => {
    const start = new Date(Date.now() + 30 * 3_600_000);
    const event = await createEvent(server, {
      start: start.toISOString(),
      end: new Date(start.getTime() + 7_200_000).toISOString(),
      reminderHours: 24,
      venue: null,
      onlineUrl: 'https://meet.example.org/j/7',
    });
    await rsvp(server, event, optIn('remind@example.org'));
    await smtp.waitFor(1); // the confirmation
    assert.equal(await queueReminders(server.db, server.mailer, new Date()), 0, 'not yet: the event is 30 hours away');
    const inWindow = new Date(Date.now() + 7 * 3_600_000);
    assert.equal(await queueReminders(server.db, server.mailer, inWindow), 1);
    assert.equal(await queueReminders(server.db, server.mailer, inWindow), 0, 'never twice');
    const [, reminder] = await smtp.waitFor(2);
    assert.match(reminder!.mail.subject!, /^Reminder: Community event, /);
    assert.match(reminder!.mail.text!, /https:\/\/meet\.example\.org\/j\/7/);
    const header = (name: string) => reminder!.mail.headerLines.find((h) => h.key === name)?.line.replace(/\r?\n\s+/g, ' ');
    assert.equal(header('list-unsubscribe-post'), 'List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const unsubscribe = /<([^>]+)>/.exec(header('list-unsubscribe')!)![1]!;
    assert.ok(unsubscribe.startsWith(`${server.url}/mail/unsubscribe/`));

    const opened = await fetch(unsubscribe); // a mail scanner opening the link changes nothing
    assert.match(await opened.text(), /<button type="submit">Stop reminders<\/button>/);
    const [before] = await server.db.query<{ reminders: boolean }>(`select reminders from rsvps where email = 'remind@example.org'`);
    assert.equal(before!.reminders, true);
    const oneClick = await fetch(unsubscribe, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    assert.equal(oneClick.status, 200);
    const [afterwards] = await server.db.query<{ reminders: boolean }>(`select reminders from rsvps where email = 'remind@example.org'`);
    assert.equal(afterwards!.reminders, false);
  });

  it('skip guests who opted out, and those who RSVP’d inside the reminder time', async () => {
    const start = new Date(Date.now() + 10 * 3_600_000);
    const event = await createEvent(server, { start: start.toISOString(), end: new Date(start.getTime() + 3_600_000).toISOString(), reminderHours: 24 });
    await rsvp(server, event, optIn('late@example.org'));
    await rsvp(server, event, { email: 'never@example.org' });
    assert.equal(await queueReminders(server.db, server.mailer, new Date()), 0);
    await smtp.waitFor(1); // late@'s confirmation: it has everything a reminder would say
    await settle();
    assert.deepEqual(smtp.received.map((m) => m.mail.subject!.split(':')[0]), ['Confirmed']);
  });
});

describe('"e-mail me my link"', () => {
  const ask = (event: string, email: string) =>
    server.call(`/events/${event}/manage-link`, { method: 'POST', body: { email, lang: 'en', page: page() } });

  it('answers the same whether or not the address has an RSVP, and sends a fresh working link only to a guest', async () => {
    const event = await createEvent(server);
    const original = await rsvp(server, event, { email: 'Lost@Example.org' });
    const known = await ask(event, 'lost@example.org');
    const unknown = await ask(event, 'stranger@example.org');
    assert.equal(known.status, 202);
    assert.deepEqual([unknown.status, unknown.body], [known.status, known.body]);
    const [message] = await smtp.waitFor(1);
    assert.deepEqual(message!.to.map((a) => a.toLowerCase()), ['lost@example.org'], 'to the address as the guest gave it');
    assert.match(message!.mail.subject!, /^Your link: Community event, /);
    const token = manageToken(message!.mail.text!)!;
    assert.notEqual(token, original.body.rsvp.manageToken);
    assert.equal((await server.call(`/rsvps/${token}`)).status, 200, 'the new link works');
    assert.equal((await server.call(`/rsvps/${original.body.rsvp.manageToken}`)).status, 200, 'and the old one still does');
    await settle();
    assert.equal(smtp.received.length, 1, 'nothing for the stranger');
  });

  it('sends at most three an hour per address and event, with the same answer', async () => {
    const event = await createEvent(server);
    await rsvp(server, event, { email: 'often@example.org' });
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push((await ask(event, 'often@example.org')).status);
    assert.deepEqual(answers, [202, 202, 202, 202, 202]);
    await smtp.waitFor(3);
    await settle();
    assert.equal(smtp.received.length, 3);
  });
});

describe('failures', () => {
  it('a permanent refusal makes the message dead, which staff see and can send again', async () => {
    smtp.refuse = (address) => (address === 'bounce@example.org' ? 550 : undefined);
    const event = await createEvent(server);
    await rsvp(server, event, optIn('bounce@example.org'));
    let dead: Array<{ id: string; lastError: string; attempts: number }> = [];
    for (let i = 0; i < 50 && dead.length === 0; i++) {
      await settle();
      dead = (await server.staff('/staff/mail/messages?status=dead')).body.messages;
    }
    assert.equal(dead.length, 1);
    assert.equal(dead[0]!.attempts, 1, 'a 5xx is not retried by itself');
    assert.match(dead[0]!.lastError, /550/);

    smtp.refuse = () => undefined;
    const retried = await server.staff(`/staff/mail/messages/${dead[0]!.id}/retry`, { method: 'POST' });
    assert.equal(retried.status, 200);
    const [delivered] = await smtp.waitFor(1);
    assert.deepEqual(delivered!.to, ['bounce@example.org']);
    await markedSent('bounce@example.org');
    const sent = (await server.staff('/staff/mail/messages?status=sent')).body.messages.find((m: { id: string }) => m.id === dead[0]!.id);
    assert.equal(sent.text, null, 'once sent, the text (with its private link) is gone');
  });

  it('a passing refusal is retried later, with back-off', async () => {
    smtp.refuse = (address) => (address === 'busy@example.org' ? 451 : undefined);
    const event = await createEvent(server);
    await rsvp(server, event, optIn('busy@example.org'));
    let row: { status: string; attempts: number; next_attempt_at: Date } | undefined;
    for (let i = 0; i < 50 && !(row && row.attempts >= 1 && row.status === 'pending'); i++) {
      await settle();
      [row] = await server.db.query(`select status, attempts, next_attempt_at from mail_outbox where recipient = 'busy@example.org'`);
    }
    assert.equal(row!.status, 'pending');
    assert.ok(row!.next_attempt_at.getTime() > Date.now() + 15_000, 'the next attempt waits (about 30 s after the first failure)');
    await server.db.query(`delete from mail_outbox where recipient = 'busy@example.org'`); // or it would arrive during a later test
  });
});

describe('stories', () => {
  it('tell the author once when their story is published', async () => {
    const sent = await server.call('/stories', {
      method: 'POST',
      headers: { 'Idempotency-Key': crypto.randomUUID() },
      body: { displayNameMode: 'firstName', displayName: 'Sam', title: 'Walking again', body: 'x'.repeat(80), consentPublish: true, consentShare: false, email: 'sam@example.org', lang: 'es' },
    });
    const id = sent.body.submission.id;
    await server.staff(`/staff/submissions/${id}/approve`, { method: 'POST' });
    await server.staff(`/staff/submissions/${id}/unpublish`, { method: 'POST' });
    await server.staff(`/staff/submissions/${id}/approve`, { method: 'POST' });
    const [message] = await smtp.waitFor(1);
    assert.equal(message!.mail.subject, 'Su historia está en nuestro sitio');
    // The author's address is for those who moderate stories: a coordinator's outbox leaves it out.
    const coordinator = await server.as('coordinator');
    const admin = await server.as('admin');
    const inOutbox = async (caller: typeof admin) =>
      ((await caller.call('/staff/mail/messages')).body.messages as Array<{ to: string }>).some((m) => m.to === 'sam@example.org');
    assert.deepEqual([await inOutbox(coordinator), await inOutbox(admin)], [false, true]);
    await settle();
    assert.equal(smtp.received.length, 1);
  });
});

describe('the staff digest', () => {
  it('tells moderators and admins once a day how many stories arrived, and nothing of them', async () => {
    const moderator = await server.account('moderator', { email: 'moderator-digest@center.example' });
    await server.account('coordinator', { email: 'coordinator-digest@center.example' });
    const later = new Date(Date.now() + 2 * 86_400_000);
    await queueStoryDigest(server.db, server.mailer, later); // whatever came before this test
    await settle();
    smtp.received.length = 0;
    for (const title of ['First one', 'Second one']) {
      await server.call('/stories', {
        method: 'POST',
        headers: { 'Idempotency-Key': crypto.randomUUID() },
        body: { displayNameMode: 'firstName', displayName: 'Pat', title, body: 'z'.repeat(80), consentPublish: true, consentShare: false },
      });
    }
    const nextDay = new Date(later.getTime() + 86_400_000);
    assert.ok((await queueStoryDigest(server.db, server.mailer, nextDay)) > 0);
    await queueStoryDigest(server.db, server.mailer, nextDay); // again the same day: nothing new
    await settle();
    const toModerator = smtp.received.filter((m) => m.to.includes(moderator.email));
    assert.equal(toModerator.length, 1);
    assert.equal(toModerator[0]!.mail.subject, '2 new submissions to review');
    assert.ok(!toModerator[0]!.mail.text!.includes('First one'), 'no title, no text');
    assert.ok(!smtp.received.some((m) => m.to.includes('coordinator-digest@center.example')), 'coordinators do not moderate');
  });
});

describe('data that expires', () => {
  it('erases RSVP contact data 30 days after the event ends, keeping the counts', async () => {
    const event = await createEvent(server, { questions: [{ id: 'diet', label: 'Diet', kind: 'text', required: false, options: [] }] });
    const made = await rsvp(server, event, { name: 'Lee', email: 'lee@example.org', guests: 2, answers: [{ questionId: 'diet', value: 'none' }] });
    const ends = new Date((await server.staff(`/staff/events/${event}`)).body.event.end);
    const day = 86_400_000;

    await eraseExpired(server.db, mail, new Date(ends.getTime() + 29 * day));
    assert.equal((await server.call(`/rsvps/${made.body.rsvp.manageToken}`)).status, 200, 'kept for 29 days');

    await eraseExpired(server.db, mail, new Date(ends.getTime() + 31 * day));
    assert.equal((await server.call(`/rsvps/${made.body.rsvp.manageToken}`)).status, 404, 'the link no longer opens anything');
    const { attendees, event: after } = (await server.staff(`/staff/events/${event}/attendees`)).body;
    assert.deepEqual(attendees.map((a: { name: string; email: string | null; answers: unknown[]; guests: number }) => [a.name, a.email, a.answers, a.guests]), [['', null, [], 2]]);
    assert.equal(after.seats.confirmed, 3, 'the count stays');
  });

  it('erases a withdrawn story at once, and still answers its withdraw link', async () => {
    const sent = await server.call('/stories', {
      method: 'POST',
      headers: { 'Idempotency-Key': crypto.randomUUID() },
      body: { displayNameMode: 'firstName', displayName: 'Jo', title: 'Mine to take back', body: 'y'.repeat(80), consentPublish: true, consentShare: false, email: 'jo@example.org' },
    });
    const token = sent.body.submission.withdrawToken;
    assert.equal((await server.call(`/stories/submissions/${token}`, { method: 'DELETE' })).status, 204);
    const [row] = await server.db.query<{ title: string; body: string; email: string | null; display_name: string }>(
      'select title, body, email, display_name from story_submissions where id = $1',
      [sent.body.submission.id],
    );
    assert.deepEqual(row, { title: '', body: '', email: null, display_name: '' });
    assert.equal((await server.call(`/stories/submissions/${token}`, { method: 'DELETE' })).status, 204);
  });

  it('deletes messages after their days', async () => {
    const event = await createEvent(server);
    await rsvp(server, event, optIn('old@example.org'));
    await smtp.waitFor(1);
    const count = async () => (await server.db.query(`select id from mail_outbox where recipient = 'old@example.org'`)).length;
    assert.equal(await count(), 1);
    await markedSent('old@example.org'); // a message still being sent is never deleted
    await eraseExpired(server.db, mail, new Date(Date.now() + 8 * 86_400_000));
    assert.equal(await count(), 0);
  });
});
