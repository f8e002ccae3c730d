/**
 * Every staff route × every kind of caller → the status it gets (issue 12). Each cell signs in afresh and works on
 * records of its own, so a cell that changes something (cancels, disables, changes a password) cannot change the
 * next one's answer. The table must name every staff operation of the contract.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { operations } from '../../src/core/api/contract.js';
import type { Role } from '../../src/core/api/accounts.js';
import { createEvent, eventInput, rsvp, startServer, type StaffClient, type TestServer } from './server.js';

let server: TestServer;
before(async () => {
  server = await startServer();
});
after(() => server.close());

interface Request {
  method: string;
  path: string;
  body?: unknown;
}
type Prepare = (caller: { password: string }) => Request | Promise<Request>;

const celebration = { displayName: 'Kim', span: { count: 2, unit: 'years' }, date: '2026-06-15' };
const meeting = { name: 'Noon Step Study', day: 2, time: '12:00', end_time: '13:00', timezone: 'America/New_York', types: ['O', 'ST'],
  attendance_option: 'online', conference_url: 'https://meet.example.org/noon' };

async function submission(publish = false): Promise<string> {
  const sent = await server.call('/stories', {
    method: 'POST',
    headers: { 'Idempotency-Key': randomUUID() },
    body: { displayNameMode: 'firstName', displayName: 'Robin', title: 'A story', body: 'x'.repeat(60), consentPublish: true, consentShare: false },
  });
  const id = sent.body.submission.id as string;
  if (publish) await server.staff(`/staff/submissions/${id}/approve`, { method: 'POST' });
  return id;
}
const newCelebration = async () => (await server.staff('/staff/celebrations', { method: 'POST', body: celebration })).body.celebration.id as string;
const newMeeting = async () => (await server.staff('/staff/meetings', { method: 'POST', body: meeting })).body.meeting.id as string;
const confirmed = async () => {
  const event = await createEvent(server);
  return { event, rsvp: (await rsvp(server, event)).body.rsvp.id as string };
};

const heldMessage = async () => {
  const id = `m${randomUUID().replace(/-/g, '')}`;
  await server.db.query(
    `insert into mail_outbox (id, idempotency_key, kind, recipient, lang, subject, body_text, status)
     values ($1, $1, 'manage-link', 'guest@example.org', 'en', 'Your link', 'Hello', 'held')`,
    [id],
  );
  return id;
};

// operationId → how to call it, and the status for [admin, coordinator, moderator].
const TABLE: Record<string, [Prepare, [number, number, number]]> = {
  listSubmissions: [() => ({ method: 'GET', path: '/staff/submissions' }), [200, 403, 200]],
  approveSubmission: [async () => ({ method: 'POST', path: `/staff/submissions/${await submission()}/approve`, body: { tags: ['family'] } }), [200, 403, 200]],
  rejectSubmission: [async () => ({ method: 'POST', path: `/staff/submissions/${await submission()}/reject`, body: { reason: 'Names a third person.' } }), [204, 403, 204]],
  updateStory: [async () => ({ method: 'PATCH', path: `/staff/submissions/${await submission(true)}`, body: { featured: true } }), [200, 403, 200]],
  unpublishStory: [async () => ({ method: 'POST', path: `/staff/submissions/${await submission(true)}/unpublish` }), [200, 403, 200]],
  listStaffEvents: [() => ({ method: 'GET', path: '/staff/events?when=past' }), [200, 200, 403]],
  createEvent: [() => ({ method: 'POST', path: '/staff/events', body: eventInput() }), [201, 201, 403]],
  getStaffEvent: [async () => ({ method: 'GET', path: `/staff/events/${await createEvent(server)}` }), [200, 200, 403]],
  updateEvent: [async () => ({ method: 'PATCH', path: `/staff/events/${await createEvent(server)}`, body: { capacity: 50 } }), [200, 200, 403]],
  cancelEvent: [async () => ({ method: 'POST', path: `/staff/events/${await createEvent(server)}/cancel` }), [200, 200, 403]],
  listAttendees: [async () => ({ method: 'GET', path: `/staff/events/${(await confirmed()).event}/attendees` }), [200, 200, 403]],
  checkIn: [async () => {
    const { event, rsvp: id } = await confirmed();
    return { method: 'POST', path: `/staff/events/${event}/attendees/${id}/check-in` };
  }, [200, 200, 403]],
  undoCheckIn: [async () => {
    const { event, rsvp: id } = await confirmed();
    return { method: 'DELETE', path: `/staff/events/${event}/attendees/${id}/check-in` };
  }, [200, 200, 403]],
  exportRsvps: [async () => ({ method: 'GET', path: `/staff/events/${(await confirmed()).event}/rsvps.csv` }), [200, 200, 403]],
  listStaffCelebrations: [() => ({ method: 'GET', path: '/staff/celebrations?month=2026-06' }), [200, 200, 403]],
  createCelebration: [() => ({ method: 'POST', path: '/staff/celebrations', body: celebration }), [201, 201, 403]],
  updateCelebration: [async () => ({ method: 'PUT', path: `/staff/celebrations/${await newCelebration()}`, body: { ...celebration, displayName: 'K.' } }), [200, 200, 403]],
  deleteCelebration: [async () => ({ method: 'DELETE', path: `/staff/celebrations/${await newCelebration()}` }), [204, 204, 403]],
  listStaffMeetings: [() => ({ method: 'GET', path: '/staff/meetings' }), [200, 200, 403]],
  createMeeting: [() => ({ method: 'POST', path: '/staff/meetings', body: meeting }), [201, 201, 403]],
  updateMeeting: [async () => ({ method: 'PUT', path: `/staff/meetings/${await newMeeting()}`, body: { ...meeting, name: 'Noon Steps' } }), [200, 200, 403]],
  deleteMeeting: [async () => ({ method: 'DELETE', path: `/staff/meetings/${await newMeeting()}` }), [204, 204, 403]],
  getMailSettings: [() => ({ method: 'GET', path: '/staff/mail' }), [200, 200, 403]],
  listMailMessages: [() => ({ method: 'GET', path: '/staff/mail/messages?status=held' }), [200, 200, 403]],
  // Without SMTP a message is held, never dead: retrying it is refused (409) to those who may retry.
  retryMailMessage: [async () => ({ method: 'POST', path: `/staff/mail/messages/${await heldMessage()}/retry` }), [409, 409, 403]],
  getSession: [() => ({ method: 'GET', path: '/staff/session' }), [200, 200, 200]],
  changePassword: [({ password }) => ({ method: 'POST', path: '/staff/session/password', body: { currentPassword: password, newPassword: 'another long password' } }), [200, 200, 200]],
  listAccounts: [() => ({ method: 'GET', path: '/staff/accounts' }), [200, 403, 403]],
  createAccount: [() => ({ method: 'POST', path: '/staff/accounts', body: { email: `new-${randomUUID()}@center.example`, displayName: 'New', role: 'moderator', password: 'a first password set' } }), [201, 403, 403]],
  updateAccount: [async () => ({ method: 'PATCH', path: `/staff/accounts/${(await server.account('moderator')).id}`, body: { role: 'coordinator' } }), [200, 403, 403]],
  resetPassword: [async () => ({ method: 'POST', path: `/staff/accounts/${(await server.account('moderator')).id}/password`, body: { password: 'a password set again' } }), [200, 403, 403]],
  listAudit: [() => ({ method: 'GET', path: '/staff/audit?limit=5' }), [200, 403, 403]],
};

const ROLES: Role[] = ['admin', 'coordinator', 'moderator'];

describe('every staff route × caller → status', () => {
  it('the table names every staff operation of the contract', () => {
    const staffOps = operations.filter((op) => op.staff).map((op) => op.operationId).sort();
    assert.deepEqual(Object.keys(TABLE).sort(), staffOps);
  });

  for (const [operationId, [prepare, statuses]] of Object.entries(TABLE)) {
    const op = operations.find((o) => o.operationId === operationId)!;
    it(`${op.method.toUpperCase()} ${op.path}`, async () => {
      const got: Record<string, number> = {};
      const want: Record<string, number> = {};
      const send = async (caller: StaffClient | undefined, request: Request) =>
        (caller
          ? await caller.call(request.path, { method: request.method, body: request.body })
          : await server.call(request.path, { method: request.method, body: request.body, headers: { Origin: server.url } })
        ).status;

      for (const [i, role] of ROLES.entries()) {
        const caller = await server.as(role);
        got[role] = await send(caller, await prepare(caller));
        want[role] = statuses[i]!;
      }
      got.none = await send(undefined, await prepare({ password: 'x' }));
      want.none = 401;

      const disabled = await server.as('admin'); // the most powerful role, disabled while signed in
      await server.db.query('update staff_accounts set disabled = true where id = $1', [disabled.accountId]);
      got.disabled = await send(disabled, await prepare(disabled));
      want.disabled = 401;

      const { email, password } = await server.account('admin', { mustChangePassword: true });
      const newcomer = await server.signIn(email, password);
      got['must change password'] = await send(newcomer, await prepare(newcomer));
      want['must change password'] = op.staff === 'signed-in' ? 200 : 403;

      assert.deepEqual(got, want);
    });
  }
});
