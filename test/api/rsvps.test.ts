import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createEvent, rsvp, startServer, type TestServer } from './server.js';

let server: TestServer;
before(async () => {
  server = await startServer();
});
after(() => server.close());

const statusesOf = async (eventId: string) => {
  const rows = await server.db.query<{ status: string; guests: number; name: string }>(
    'select status, guests, name from rsvps where event_id = $1 order by seq',
    [eventId],
  );
  return rows;
};

describe('RSVP capacity under concurrency', () => {
  it('200 concurrent RSVPs for 10 seats: exactly 10 confirmed, the rest waitlisted, never 11', async () => {
    const id = await createEvent(server, { capacity: 10, waitlist: true });
    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => rsvp(server, id, { name: `Person ${i}` })));
    assert.deepEqual([...new Set(answers.map((a) => a.status))], [201]);
    const confirmed = answers.filter((a) => a.body.rsvp.status === 'confirmed').length;
    assert.equal(confirmed, 10);
    assert.equal(answers.filter((a) => a.body.rsvp.status === 'waitlisted').length, 190);
    const rows = await statusesOf(id);
    assert.equal(rows.filter((r) => r.status === 'confirmed').length, 10);
    const event = await server.call(`/events/${id}`);
    assert.equal(event.body.event.spotsLeft, 0);
  });

  it('200 concurrent RSVPs with guests for 10 seats and no waitlist: seats never exceeded, the rest refused with 409', async () => {
    const id = await createEvent(server, { capacity: 10, waitlist: false, maxGuests: 2 });
    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => rsvp(server, id, { guests: i % 3 })));
    const taken = (await statusesOf(id)).filter((r) => r.status === 'confirmed').reduce((sum, r) => sum + 1 + r.guests, 0);
    assert.ok(taken <= 10, `${taken} seats taken of 10`);
    assert.ok(taken >= 8, 'the seats are actually used');
    const refused = answers.filter((a) => a.status === 409);
    assert.equal(refused.length + answers.filter((a) => a.status === 201).length, 200);
    assert.equal(refused[0]!.body.message, 'This event is full.');
  });
});

describe('idempotency', () => {
  it('the same key sent 20 times in parallel creates one RSVP, and every answer is the same', async () => {
    const id = await createEvent(server);
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 20 }, () => rsvp(server, id, { name: 'Jordan' }, key)));
    assert.deepEqual([...new Set(answers.map((a) => a.status))], [201]);
    assert.equal(new Set(answers.map((a) => a.body.rsvp.id)).size, 1);
    assert.equal(new Set(answers.map((a) => a.body.rsvp.manageToken)).size, 1);
    assert.equal(answers.filter((a) => a.headers.get('Idempotent-Replayed') === 'true').length, 19);
    assert.equal((await statusesOf(id)).length, 1);
  });

  it('one key sent at once to five events makes one RSVP; the others are refused with 422 (20 trials)', async () => {
    const events = await Promise.all(Array.from({ length: 5 }, () => createEvent(server)));
    for (let trial = 0; trial < 20; trial++) {
      const key = randomUUID();
      const answers = await Promise.all(events.map((id) => rsvp(server, id, { name: `Trial ${trial}` }, key)));
      assert.deepEqual(answers.map((a) => a.status).sort(), [201, 422, 422, 422, 422], `trial ${trial}: ${JSON.stringify(answers.map((a) => a.body))}`);
      for (const refused of answers.filter((a) => a.status === 422)) assert.equal(refused.body.errors[0].field, 'Idempotency-Key');
      const made = await server.db.query('select id from rsvps where name = $1', [`Trial ${trial}`]);
      assert.equal(made.length, 1);
    }
  });

  it('a replay returns a manage token that works, though only its hash is stored', async () => {
    const id = await createEvent(server);
    const key = randomUUID();
    await rsvp(server, id, { name: 'Robin' }, key);
    const replay = await rsvp(server, id, { name: 'Robin' }, key);
    const detail = await server.call(`/rsvps/${replay.body.rsvp.manageToken}`);
    assert.equal(detail.status, 200);
    assert.equal(detail.body.rsvp.name, 'Robin');
    const stored = JSON.stringify(await server.db.query('select * from rsvps'));
    const keys = JSON.stringify(await server.db.query('select * from idempotency_keys'));
    assert.ok(!stored.includes(replay.body.rsvp.manageToken) && !keys.includes(replay.body.rsvp.manageToken));
    assert.ok(!keys.includes(key), 'the raw idempotency key is not stored');
  });

  it('the same key with a different body is refused with 422', async () => {
    const id = await createEvent(server);
    const key = randomUUID();
    assert.equal((await rsvp(server, id, { name: 'Sam' }, key)).status, 201);
    const other = await rsvp(server, id, { name: 'Sam', guests: 1 }, key);
    assert.equal(other.status, 422);
    assert.equal(other.body.errors[0].field, 'Idempotency-Key');
    assert.equal((await statusesOf(id)).length, 1);
  });

  it('a missing Idempotency-Key is a 422, and nothing is created', async () => {
    const id = await createEvent(server);
    const answer = await server.call(`/events/${id}/rsvps`, { method: 'POST', body: { name: 'Kim', guests: 0, answers: [] } });
    assert.equal(answer.status, 422);
    assert.equal(answer.body.errors[0].field, 'Idempotency-Key');
    assert.equal((await statusesOf(id)).length, 0);
  });

  it('manage tokens carry 256 random bits', async () => {
    const id = await createEvent(server);
    const tokens = await Promise.all(Array.from({ length: 5 }, () => rsvp(server, id)));
    for (const { body } of tokens) {
      assert.match(body.rsvp.manageToken, /^[A-Za-z0-9_-]{43}$/);
      assert.equal(Buffer.from(body.rsvp.manageToken, 'base64url').length, 32);
    }
  });
});

describe('waitlist', () => {
  it('a full event with a waitlist takes the party onto it, and reports the position', async () => {
    const id = await createEvent(server, { capacity: 2 });
    await rsvp(server, id, { guests: 1 });
    const waiting = await rsvp(server, id);
    assert.equal(waiting.body.rsvp.status, 'waitlisted');
    const detail = await server.call(`/rsvps/${waiting.body.rsvp.manageToken}`);
    assert.equal(detail.body.rsvp.waitlistPosition, 1);
  });

  it('cancelling moves up the first waitlisted parties that fit; party size counts', async () => {
    const id = await createEvent(server, { capacity: 4 });
    const a = await rsvp(server, id, { name: 'A', guests: 1 }); // 2 seats
    await rsvp(server, id, { name: 'B', guests: 1 }); // 2 seats: full
    await rsvp(server, id, { name: 'C', guests: 2 }); // waits (3 seats)
    await rsvp(server, id, { name: 'D' }); // waits (1 seat)
    await rsvp(server, id, { name: 'E' }); // waits (1 seat)
    const cancelled = await server.call(`/rsvps/${a.body.rsvp.manageToken}`, { method: 'DELETE' });
    assert.equal(cancelled.status, 204);
    // Two seats free: C (3) does not fit; D and E (1 each) do, in arrival order.
    assert.deepEqual(
      (await statusesOf(id)).map((r) => `${r.name}:${r.status}`),
      ['A:cancelled', 'B:confirmed', 'C:waitlisted', 'D:confirmed', 'E:confirmed'],
    );
    const again = await server.call(`/rsvps/${a.body.rsvp.manageToken}`, { method: 'DELETE' });
    assert.equal(again.status, 204, 'cancelling twice is fine');
  });

  it('fewer guests free seats for the waitlist; more guests than seats left is refused', async () => {
    const id = await createEvent(server, { capacity: 4 });
    const a = await rsvp(server, id, { name: 'A', guests: 3 });
    await rsvp(server, id, { name: 'B' });
    const tooMany = await server.call(`/rsvps/${a.body.rsvp.manageToken}`, { method: 'PATCH', body: { guests: 3 } });
    assert.equal(tooMany.status, 200, 'the same count is fine');
    const fewer = await server.call(`/rsvps/${a.body.rsvp.manageToken}`, { method: 'PATCH', body: { guests: 2 } });
    assert.equal(fewer.status, 200);
    assert.deepEqual((await statusesOf(id)).map((r) => r.status), ['confirmed', 'confirmed']);
    const more = await server.call(`/rsvps/${a.body.rsvp.manageToken}`, { method: 'PATCH', body: { guests: 3 } });
    assert.equal(more.status, 409);
    assert.equal(more.body.message, 'There are no seats left for more guests.');
  });

  it('staff adding capacity moves waitlisted parties up', async () => {
    const id = await createEvent(server, { capacity: 1 });
    await rsvp(server, id);
    await rsvp(server, id);
    const changed = await server.staff(`/staff/events/${id}`, { method: 'PATCH', body: { capacity: 2 } });
    assert.equal(changed.status, 200);
    assert.deepEqual((await statusesOf(id)).map((r) => r.status), ['confirmed', 'confirmed']);
    assert.equal(changed.body.event.spotsLeft, 0);
  });
});

describe('RSVP rules', () => {
  it('refuses a full event without a waitlist, a cancelled event, and a closed or past one with 409', async () => {
    const full = await createEvent(server, { capacity: 1, waitlist: false });
    await rsvp(server, full);
    assert.deepEqual((await rsvp(server, full)).body, { message: 'This event is full.' });
    const cancelled = await createEvent(server);
    await server.staff(`/staff/events/${cancelled}/cancel`, { method: 'POST' });
    assert.deepEqual((await rsvp(server, cancelled)).body, { message: 'This event was cancelled.' });
    const closed = await createEvent(server, { rsvpOpen: false });
    assert.equal((await rsvp(server, closed)).status, 409);
    const started = await createEvent(server, { start: new Date(Date.now() - 3_600_000).toISOString() });
    assert.deepEqual((await rsvp(server, started)).body, { message: 'RSVPs are closed for this event.' });
  });

  it('answers 404 for an unknown event or token', async () => {
    assert.equal((await rsvp(server, 'no-such-event')).status, 404);
    assert.equal((await server.call('/rsvps/not-a-real-token-at-all-000000000000000')).status, 404);
    assert.equal((await server.call('/events/no-such-event')).status, 404);
  });

  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['an empty name', { name: '   ' }, 'name'],
    ['more guests than allowed', { guests: 4 }, 'guests'],
    ['a missing required email', { email: undefined }, 'email'],
    ['an invalid email', { email: 'not-an-email' }, 'email'],
    ['a missing required answer', { answers: [] }, 'answers.diet'],
    ['a choice not offered', { answers: [{ questionId: 'diet', value: 'Steak only' }] }, 'answers.diet'],
    ['an answer to no question', { answers: [{ questionId: 'diet', value: 'Vegan' }, { questionId: 'nope', value: 'x' }] }, 'answers.nope'],
  ];
  for (const [what, body, field] of cases) {
    it(`answers 422 naming the field for ${what}`, async () => {
      const id = await createEvent(server, {
        maxGuests: 3,
        contactFields: ['email'],
        questions: [{ id: 'diet', label: 'Dinner choice', kind: 'choice', required: true, options: ['Vegan', 'Fish'] }],
      });
      const answer = await rsvp(server, id, { email: 'a@example.org', answers: [{ questionId: 'diet', value: 'Vegan' }], ...body });
      assert.equal(answer.status, 422, JSON.stringify(answer.body));
      assert.equal(answer.body.errors[0].field, field);
      assert.ok(answer.body.errors[0].message.length > 3);
    });
  }

  it('gives the join link only to confirmed RSVPs of online events', async () => {
    const id = await createEvent(server, { venue: null, onlineUrl: 'https://meet.example.org/room', capacity: 1 });
    const event = await server.call(`/events/${id}`);
    assert.equal(event.body.event.online, true);
    assert.ok(!JSON.stringify(event.body).includes('meet.example.org'), 'the public event hides the link');
    const confirmed = await rsvp(server, id);
    assert.equal(confirmed.body.rsvp.joinUrl, 'https://meet.example.org/room');
    const waitlisted = await rsvp(server, id);
    assert.equal(waitlisted.body.rsvp.status, 'waitlisted');
    assert.equal(waitlisted.body.rsvp.joinUrl, undefined);
  });
});
