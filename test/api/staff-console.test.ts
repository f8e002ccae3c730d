/**
 * What the staff console does (issue 12): moderation with redaction, events with attendees and check-in,
 * celebrations and meetings kept by hand and served publicly, staff accounts, and the audit log of all of it,
 * which names records and fields but never holds the personal data itself.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createEvent, eventInput, rsvp, startServer, type StaffClient, type TestServer } from './server.js';

let server: TestServer;
let admin: StaffClient;
let coordinator: StaffClient;
let moderator: StaffClient;
before(async () => {
  server = await startServer();
  admin = await server.as('admin');
  coordinator = await server.as('coordinator');
  moderator = await server.as('moderator');
});
after(() => server.close());

const AUTHOR_TEXT = 'I met Dana Whitfield at the Lewes clinic on Route 9 and she changed my life. '.repeat(2).trim();

async function submit(body = AUTHOR_TEXT, title = 'Dana and me'): Promise<{ id: string; withdrawToken: string }> {
  const sent = await server.call('/stories', {
    method: 'POST',
    headers: { 'Idempotency-Key': randomUUID() },
    body: { displayNameMode: 'firstName', displayName: 'Robin', title, body, consentPublish: true, consentShare: true, email: 'robin@example.org' },
  });
  return sent.body.submission;
}

describe('moderation', () => {
  it('lists the queue oldest first, with the text, content warning, byline and consents', async () => {
    const first = await submit(AUTHOR_TEXT, 'First in');
    server.advance(1000);
    const second = await submit(AUTHOR_TEXT, 'Second in');
    const queue = (await moderator.call('/staff/submissions')).body.submissions as Array<Record<string, any>>;
    const ids = queue.map((s) => s.id);
    assert.ok(ids.indexOf(first.id) < ids.indexOf(second.id), 'oldest first');
    const item = queue.find((s) => s.id === first.id)!;
    assert.deepEqual(
      [item.displayName, item.body, item.contentWarning, item.consentPublish, item.consentShare, item.email, item.originalBody],
      ['Robin', AUTHOR_TEXT, null, true, true, 'robin@example.org', null],
    );
  });

  it('publishes a redacted text, keeps the author’s original for staff only, and never shows it publicly', async () => {
    const { id } = await submit();
    const redacted = 'I met D. at a clinic nearby and she changed my life.';
    const approved = await moderator.call(`/staff/submissions/${id}/approve`, {
      method: 'POST',
      body: { body: redacted, title: 'D. and me', staffDisclosure: 'Names removed by staff.', tags: ['community'] },
    });
    assert.equal(approved.status, 200);
    assert.equal(approved.body.body, redacted);
    const published = (await server.call(`/stories/${id}`)).body.story;
    assert.deepEqual([published.title, published.body, published.staffDisclosure], ['D. and me', redacted, 'Names removed by staff.']);
    assert.ok(!JSON.stringify((await server.call('/stories?limit=50')).body).includes('Whitfield'), 'the original is nowhere public');

    const staffView = (await moderator.call('/staff/submissions?status=published')).body.submissions.find((s: { id: string }) => s.id === id);
    assert.deepEqual([staffView.originalTitle, staffView.originalBody, staffView.body], ['Dana and me', AUTHOR_TEXT, redacted]);

    // A further redaction keeps the author's original, not the first redaction.
    const again = await moderator.call(`/staff/submissions/${id}`, { method: 'PATCH', body: { body: 'I met someone who changed my life.' } });
    assert.equal(again.body.submission.originalBody, AUTHOR_TEXT);
  });

  it('rejects with an internal reason, unpublishes and republishes, features, and never republishes a withdrawn story', async () => {
    const rejected = await submit();
    assert.equal((await moderator.call(`/staff/submissions/${rejected.id}/reject`, { method: 'POST', body: { reason: 'Names a third person.' } })).status, 204);
    const listed = (await moderator.call('/staff/submissions?status=rejected')).body.submissions.find((s: { id: string }) => s.id === rejected.id);
    assert.equal(listed.rejectReason, 'Names a third person.');

    const story = await submit(AUTHOR_TEXT, 'To take down');
    await moderator.call(`/staff/submissions/${story.id}/approve`, { method: 'POST' });
    const down = await moderator.call(`/staff/submissions/${story.id}/unpublish`, { method: 'POST' });
    assert.equal(down.body.submission.status, 'unpublished');
    assert.equal((await server.call(`/stories/${story.id}`)).status, 404);
    assert.equal((await moderator.call(`/staff/submissions/${story.id}/unpublish`, { method: 'POST' })).status, 409, 'not published');
    assert.equal((await moderator.call(`/staff/submissions/${story.id}/approve`, { method: 'POST' })).status, 200, 'approved again');

    const pinned = await moderator.call(`/staff/submissions/${story.id}`, { method: 'PATCH', body: { featured: true } });
    assert.equal(pinned.body.submission.featured, true);
    const page = (await server.call('/stories?limit=2')).body;
    assert.equal(page.stories[0].id, story.id, 'featured first');
    assert.equal(page.stories[0].featured, true);
    const all: string[] = [];
    for (let cursor: string | null = ''; cursor !== null; ) {
      const next = (await server.call(`/stories?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).body as { stories: Array<{ id: string }>; nextCursor: string | null };
      all.push(...next.stories.map((s) => s.id));
      cursor = next.nextCursor;
    }
    assert.equal(new Set(all).size, all.length, 'each story once across pages');
    assert.ok(all.includes(story.id));

    await server.call(`/stories/submissions/${story.withdrawToken}`, { method: 'DELETE' });
    // Erased at once: staff find nothing of it in any list.
    for (const status of ['withdrawn', 'published', 'pending']) {
      const listed = (await moderator.call(`/staff/submissions?status=${status}`)).body.submissions.map((s: { id: string }) => s.id);
      assert.ok(!listed.includes(story.id), `not listed as ${status}`);
    }
    for (const [method, path] of [['POST', 'approve'], ['POST', 'reject'], ['POST', 'unpublish']] as const) {
      assert.equal((await moderator.call(`/staff/submissions/${story.id}/${path}`, { method })).status, 409, path);
    }
    assert.equal((await moderator.call(`/staff/submissions/${story.id}`, { method: 'PATCH', body: { featured: true } })).status, 409);
  });
});

describe('events', () => {
  it('lists upcoming, past and cancelled events with every field and the seats at a glance', async () => {
    const upcoming = await createEvent(server, { capacity: 3, waitlist: true, maxGuests: 1, onlineUrl: 'https://meet.example.org/private' });
    const past = await createEvent(server, { start: '2020-01-01T18:00:00Z', end: '2020-01-01T20:00:00Z' });
    const cancelled = await createEvent(server);
    await coordinator.call(`/staff/events/${cancelled}/cancel`, { method: 'POST' });
    await rsvp(server, upcoming, { guests: 1 });
    await rsvp(server, upcoming, { guests: 1 }); // 2 seats left after the first: 1 + 1 does not fit in 1, waitlisted
    const list = async (when: string) => ((await coordinator.call(`/staff/events?when=${when}`)).body.events as Array<{ id: string }>).map((e) => e.id);
    assert.ok((await list('upcoming')).includes(upcoming) && !(await list('upcoming')).includes(cancelled));
    assert.ok((await list('past')).includes(past));
    assert.ok((await list('cancelled')).includes(cancelled));
    const event = (await coordinator.call(`/staff/events/${upcoming}`)).body.event;
    assert.equal(event.onlineUrl, 'https://meet.example.org/private', 'the private link, for staff');
    assert.deepEqual(event.seats, { capacity: 3, confirmed: 2, waitlisted: 2, checkedIn: 0 });
    assert.equal((await coordinator.call('/staff/events?when=soon')).status, 422);
  });

  it('shows the attendee list with contacts and answers, checks in and undoes it, and the CSV says when', async () => {
    const id = await createEvent(server, { capacity: 2, waitlist: true, maxGuests: 1, contactFields: ['email'],
      questions: [{ id: 'diet', label: 'Dietary needs', kind: 'text', required: false, options: [] }] });
    const first = (await rsvp(server, id, { name: 'Avery Stone', email: 'avery@example.org', guests: 1, answers: [{ questionId: 'diet', value: 'None' }] })).body.rsvp;
    const second = (await rsvp(server, id, { name: 'Blake Moss', email: 'blake@example.org' })).body.rsvp;
    const { attendees } = (await coordinator.call(`/staff/events/${id}/attendees`)).body;
    assert.deepEqual(
      attendees.map((a: Record<string, unknown>) => [a.name, a.email, a.status, a.guests, a.waitlistPosition, a.checkedInAt]),
      [['Avery Stone', 'avery@example.org', 'confirmed', 1, null, null], ['Blake Moss', 'blake@example.org', 'waitlisted', 0, 1, null]],
    );
    assert.deepEqual(attendees[0].answers, [{ questionId: 'diet', value: 'None' }]);

    const checked = await coordinator.call(`/staff/events/${id}/attendees/${first.id}/check-in`, { method: 'POST' });
    assert.equal(checked.status, 200);
    assert.ok(checked.body.attendee.checkedInAt);
    assert.deepEqual(checked.body.seats, { capacity: 2, confirmed: 2, waitlisted: 1, checkedIn: 2 });
    server.advance(60_000);
    const again = await coordinator.call(`/staff/events/${id}/attendees/${first.id}/check-in`, { method: 'POST' });
    assert.equal(again.body.attendee.checkedInAt, checked.body.attendee.checkedInAt, 'checking in again changes nothing');
    const waitlisted = await coordinator.call(`/staff/events/${id}/attendees/${second.id}/check-in`, { method: 'POST' });
    assert.equal(waitlisted.status, 409);
    const csv = (await coordinator.call(`/staff/events/${id}/rsvps.csv`)).body as string;
    assert.ok(csv.split('\r\n')[1]!.includes(`,${checked.body.attendee.checkedInAt},`), 'the CSV has the check-in time');

    const undone = await coordinator.call(`/staff/events/${id}/attendees/${first.id}/check-in`, { method: 'DELETE' });
    assert.equal(undone.body.attendee.checkedInAt, null);
    assert.equal(undone.body.seats.checkedIn, 0);
    const other = await createEvent(server);
    assert.equal((await coordinator.call(`/staff/events/${other}/attendees/${first.id}/check-in`, { method: 'POST' })).status, 404, 'not this event’s RSVP');
  });
});

describe('celebrations and meetings', () => {
  it('adds, changes and removes celebrations, which the public list shows without ids', async () => {
    const made = await coordinator.call('/staff/celebrations', { method: 'POST', body: { displayName: 'Toni R.', span: { count: 3, unit: 'years' }, date: '2031-02-14' } });
    assert.equal(made.status, 201);
    const { id } = made.body.celebration;
    const publicList = async () => (await server.call('/milestones/celebrations?month=2031-02')).body.celebrations;
    assert.deepEqual(await publicList(), [{ displayName: 'Toni R.', span: { count: 3, unit: 'years' }, date: '2031-02-14' }]);
    const changed = await coordinator.call(`/staff/celebrations/${id}`, { method: 'PUT', body: { displayName: 'Toni', span: { count: 36, unit: 'months' }, date: '2031-02-15' } });
    assert.deepEqual(changed.body.celebration, { id, displayName: 'Toni', span: { count: 36, unit: 'months' }, date: '2031-02-15' });
    assert.deepEqual((await coordinator.call('/staff/celebrations?month=2031-02')).body.celebrations, [changed.body.celebration]);
    assert.equal((await coordinator.call(`/staff/celebrations/${id}`, { method: 'DELETE' })).status, 204);
    assert.deepEqual(await publicList(), []);
    assert.equal((await coordinator.call(`/staff/celebrations/${id}`, { method: 'DELETE' })).status, 404);
    const bad = await coordinator.call('/staff/celebrations', { method: 'POST', body: { displayName: 'X', span: { count: 0, unit: 'years' }, date: '2031-02-30' } });
    assert.equal(bad.status, 422);
  });

  it('adds, changes and removes meetings, which GET /meetings serves', async () => {
    const input = { name: 'Lunchtime Big Book', day: 3, time: '12:00', end_time: '13:00', timezone: 'America/New_York', types: ['O', 'B', 'B'],
      attendance_option: 'hybrid', formatted_address: '210 Wharf Street, Lewes, DE 19958, USA', location: 'Harbor Light Community Hall',
      conference_url: 'https://meet.example.org/lunch', notes: '', region: 'Lewes' };
    const made = await coordinator.call('/staff/meetings', { method: 'POST', body: input });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    const { id, slug } = made.body.meeting;
    assert.equal(slug, 'lunchtime-big-book-wed-1200');
    const served = async () => ((await server.call('/meetings')).body as Array<Record<string, unknown>>).find((m) => m.slug === slug);
    const feed = await served();
    assert.deepEqual([feed?.name, feed?.types, feed?.attendance_option, feed?.conference_url, 'notes' in feed!], ['Lunchtime Big Book', ['O', 'B'], 'hybrid', 'https://meet.example.org/lunch', false]);

    const changed = await coordinator.call(`/staff/meetings/${id}`, { method: 'PUT', body: { ...input, day: 4, attendance_option: 'in_person', conference_url: '' } });
    assert.equal(changed.body.meeting.slug, slug, 'the slug stays');
    assert.deepEqual([(await served())?.day, (await served())?.conference_url], [4, undefined]);
    const twin = await coordinator.call('/staff/meetings', { method: 'POST', body: input });
    assert.equal(twin.body.meeting.slug, `${slug}-2`, 'a slug of its own');

    const refusals: Array<[Record<string, unknown>, string]> = [
      [{ ...input, attendance_option: 'in_person', formatted_address: '' }, 'formatted_address'],
      [{ ...input, attendance_option: 'online', conference_url: '', conference_phone: '' }, 'conference_url'],
      [{ ...input, types: ['BB'] }, 'types.0'],
      [{ ...input, time: '25:00' }, 'time'],
    ];
    for (const [body, field] of refusals) {
      const answer = await coordinator.call('/staff/meetings', { method: 'POST', body });
      assert.equal(answer.status, 422);
      assert.equal(answer.body.errors[0].field, field);
    }
    assert.equal((await coordinator.call(`/staff/meetings/${id}`, { method: 'DELETE' })).status, 204);
    assert.equal(await served(), undefined);
  });
});

describe('accounts', () => {
  it('creates an account with a first password to change, lists it, changes its role, and refuses a second with the e-mail', async () => {
    const made = await admin.call('/staff/accounts', { method: 'POST', body: { email: 'Casey@Center.example', displayName: 'Casey', role: 'moderator', password: 'a first password set' } });
    assert.equal(made.status, 201);
    assert.deepEqual([made.body.account.email, made.body.account.mustChangePassword, made.body.account.disabled], ['casey@center.example', true, false]);
    const again = await admin.call('/staff/accounts', { method: 'POST', body: { email: 'casey@center.example', displayName: 'C', role: 'admin', password: 'another first password' } });
    assert.equal(again.status, 409);
    const listed = (await admin.call('/staff/accounts')).body.accounts as Array<Record<string, unknown>>;
    assert.ok(listed.some((a) => a.id === made.body.account.id));
    assert.ok(!JSON.stringify(listed).includes('scrypt'), 'never a hash');
    const promoted = await admin.call(`/staff/accounts/${made.body.account.id}`, { method: 'PATCH', body: { role: 'coordinator' } });
    assert.equal(promoted.body.account.role, 'coordinator');
    const casey = await server.signIn('casey@center.example', 'a first password set');
    assert.deepEqual((await casey.call('/staff/session')).body.areas, ['events', 'celebrations', 'meetings', 'mail']);
  });
});

describe('the audit log', () => {
  it('records every staff write and attendee-list read: who, what, which record, when; never the personal data', async () => {
    const fresh = await startServer();
    try {
      const boss = await fresh.as('admin');
      const coord = await fresh.as('coordinator');
      const mod = await fresh.as('moderator');
      const eventId = (await coord.call('/staff/events', { method: 'POST', body: eventInput({ capacity: 10 }) })).body.event.id;
      const rsvpId = (await rsvp(fresh, eventId, { name: 'Secret Person', email: 'secret.person@example.org' })).body.rsvp.id;
      await coord.call(`/staff/events/${eventId}`, { method: 'PATCH', body: { capacity: 12, title: 'Renamed' } });
      await coord.call(`/staff/events/${eventId}/attendees`);
      await coord.call(`/staff/events/${eventId}/attendees/${rsvpId}/check-in`, { method: 'POST' });
      await coord.call(`/staff/events/${eventId}/rsvps.csv`);
      const celebrationId = (await coord.call('/staff/celebrations', { method: 'POST', body: { displayName: 'Private Name', span: { count: 1, unit: 'years' }, date: '2031-03-01' } })).body.celebration.id;
      const sent = await fresh.call('/stories', { method: 'POST', headers: { 'Idempotency-Key': randomUUID() },
        body: { displayNameMode: 'firstName', displayName: 'Robin', title: 'Title', body: 'Private story text. '.repeat(4), consentPublish: true, consentShare: false } });
      await mod.call(`/staff/submissions/${sent.body.submission.id}/approve`, { method: 'POST', body: { body: 'Redacted story text. '.repeat(4) } });
      const accountId = (await boss.call('/staff/accounts', { method: 'POST', body: { email: 'hidden@center.example', displayName: 'Hidden', role: 'moderator', password: 'the secret password' } })).body.account.id;
      await fresh.staff(`/staff/celebrations/${celebrationId}`, { method: 'DELETE' });

      const all = (await boss.call('/staff/audit?limit=200')).body.entries as Array<Record<string, any>>;
      const has = (action: string, recordId: string, actor: StaffClient | null) =>
        assert.ok(all.some((e) => e.action === action && e.recordId === recordId && (actor ? e.actor?.id === actor.accountId && e.via === 'session' : e.actor === null && e.via === 'token')), `${action} ${recordId}`);
      has('event.create', eventId, coord);
      has('event.update', eventId, coord);
      has('event.attendees-read', eventId, coord);
      has('rsvp.check-in', rsvpId, coord);
      has('event.rsvps-export', eventId, coord);
      has('celebration.create', celebrationId, coord);
      has('story.approve', sent.body.submission.id, mod);
      has('account.create', accountId, boss);
      has('celebration.delete', celebrationId, null);
      has('session.sign-in', coord.accountId, coord);
      assert.deepEqual(all.find((e) => e.action === 'event.update')!.fields.sort(), ['capacity', 'title']);
      assert.ok(all.every((e, i) => i === 0 || e.at <= all[i - 1]!.at), 'newest first');

      const rows = JSON.stringify(await fresh.db.query('select * from audit_log'));
      for (const secret of ['Secret Person', 'secret.person@example.org', 'Private Name', 'Private story', 'Redacted story', 'hidden@center.example', 'the secret password', 'Renamed']) {
        assert.ok(!rows.includes(secret), `the log holds no "${secret}"`);
      }

      const byActor = (await boss.call(`/staff/audit?actor=${mod.accountId}`)).body.entries as Array<{ actor: { id: string } }>;
      assert.ok(byActor.length >= 2 && byActor.every((e) => e.actor.id === mod.accountId));
      const byAction = (await boss.call('/staff/audit?action=rsvp.check-in')).body.entries as Array<{ action: string }>;
      assert.deepEqual(byAction.map((e) => e.action), ['rsvp.check-in']);
      const byType = (await boss.call('/staff/audit?recordType=celebration')).body.entries as Array<{ recordType: string }>;
      assert.equal(byType.length, 2);
      assert.deepEqual((await boss.call('/staff/audit?to=2000-01-01')).body.entries, []);
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
      assert.deepEqual((await boss.call(`/staff/audit?from=${encodeURIComponent(tomorrow)}`)).body.entries, []);
      assert.equal((await boss.call('/staff/audit?action=event.delete')).status, 422);

      const paged: string[] = [];
      for (let cursor: string | null = ''; cursor !== null; ) {
        const page = (await boss.call(`/staff/audit?limit=3${cursor ? `&cursor=${cursor}` : ''}`)).body as { entries: Array<{ id: string }>; nextCursor: string | null };
        assert.ok(page.entries.length <= 3);
        paged.push(...page.entries.map((e) => e.id));
        cursor = page.nextCursor;
      }
      const everything = (await boss.call('/staff/audit?limit=200')).body.entries.map((e: { id: string }) => e.id);
      assert.deepEqual(paged, everything, 'the pages together are the whole log, once each');
    } finally {
      await fresh.close();
    }
  });
});
