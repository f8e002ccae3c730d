import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createEvent, rsvp, startServer, STAFF, type TestServer } from './server.js';

let server: TestServer;
before(async () => {
  server = await startServer({ corsOrigins: ['https://center.example.org'], bodyLimitBytes: 2048 });
});
after(() => server.close());

describe('staff endpoints', () => {
  const staffRoutes: Array<[string, string]> = [
    ['GET', '/staff/submissions'],
    ['POST', '/staff/events'],
    ['PATCH', '/staff/events/x'],
    ['POST', '/staff/events/x/cancel'],
    ['POST', '/staff/submissions/x/approve'],
    ['POST', '/staff/submissions/x/reject'],
    ['GET', '/staff/events/x/rsvps.csv'],
  ];
  for (const [method, path] of staffRoutes) {
    it(`${method} ${path} needs a staff session or the staff token`, async () => {
      const none = await server.call(path, { method, body: method === 'GET' ? undefined : {} });
      assert.equal(none.status, 401);
      const wrong = await server.call(path, {
        method,
        body: method === 'GET' ? undefined : {},
        headers: { Authorization: `Bearer ${STAFF}x` },
      });
      assert.equal(wrong.status, 401);
      assert.equal(wrong.headers.get('WWW-Authenticate'), 'Bearer');
    });
  }

  it('exports RSVPs as CSV, with spreadsheet formulas defused', async () => {
    const id = await createEvent(server, {
      contactFields: ['email'],
      questions: [{ id: 'diet', label: 'Dietary needs', kind: 'text', required: false, options: [] }],
    });
    await rsvp(server, id, { name: 'Ana, "the cook"', email: 'ana@example.org', answers: [{ questionId: 'diet', value: '=HYPERLINK("x")' }] });
    const csv = await server.staff(`/staff/events/${id}/rsvps.csv`);
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('Content-Type')!, /^text\/csv/);
    const [header, row] = (csv.body as string).trim().split('\r\n');
    assert.equal(header, 'status,name,email,phone,guests,rsvp_at,checked_in_at,Dietary needs');
    assert.ok(row!.startsWith('confirmed,"Ana, ""the cook""",ana@example.org,,0,'));
    assert.ok(row!.endsWith(`"'=HYPERLINK(""x"")"`));
    assert.match(row!, /,\d{4}-\d\d-\d\dT[^,]+,,"'=HYPERLINK/, 'not checked in: an empty checked_in_at');
  });

  it('creates, changes and cancels events', async () => {
    const id = await createEvent(server, { title: 'Created by staff' });
    const changed = await server.staff(`/staff/events/${id}`, { method: 'PATCH', body: { title: 'Renamed' } });
    assert.equal(changed.body.event.title, 'Renamed');
    const cancelled = await server.staff(`/staff/events/${id}/cancel`, { method: 'POST' });
    assert.equal(cancelled.body.event.status, 'cancelled');
    assert.equal(cancelled.body.event.rsvpOpen, false);
    const listed = (await server.call('/events')).body.events.find((e: { id: string }) => e.id === id);
    assert.equal(listed.status, 'cancelled', 'cancelled events stay listed, marked');
    const backwards = await server.staff(`/staff/events/${id}`, { method: 'PATCH', body: { end: '2000-01-01T00:00:00Z' } });
    assert.equal(backwards.status, 422);
    assert.equal(backwards.body.errors[0].field, 'end');
    assert.equal((await server.staff('/staff/events/nope/cancel', { method: 'POST' })).status, 404);
  });
});

describe('protection', () => {
  it('caps request bodies with 413', async () => {
    const id = await createEvent(server);
    const answer = await rsvp(server, id, { name: 'x'.repeat(5000) });
    assert.equal(answer.status, 413);
    assert.match(answer.body.message, /larger than 2048 bytes/);
  });

  it('limits writes per client with 429 and Retry-After, and reads stay open', async () => {
    const limited = await startServer({ rateLimitWrites: 3, rateLimitWindowSeconds: 60 });
    try {
      const id = await createEvent(limited);
      const answers = [];
      for (let i = 0; i < 5; i++) answers.push(await rsvp(limited, id));
      assert.deepEqual(answers.map((a) => a.status), [201, 201, 201, 429, 429]);
      const retryAfter = Number(answers[3]!.headers.get('Retry-After'));
      assert.ok(retryAfter > 0 && retryAfter <= 60);
      assert.match(answers[3]!.body.message, /Too many requests/);
      assert.equal((await limited.call('/events')).status, 200);
    } finally {
      await limited.close();
    }
  });

  it('answers CORS only for allowed origins', async () => {
    const allowed = await server.call('/events', { headers: { Origin: 'https://center.example.org' } });
    assert.equal(allowed.headers.get('Access-Control-Allow-Origin'), 'https://center.example.org');
    const other = await server.call('/events', { headers: { Origin: 'https://elsewhere.example.com' } });
    assert.equal(other.headers.get('Access-Control-Allow-Origin'), null);
    const preflight = await server.call('/events/x/rsvps', {
      method: 'OPTIONS',
      headers: { Origin: 'https://center.example.org', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'idempotency-key,content-type' },
    });
    assert.match(preflight.headers.get('Access-Control-Allow-Headers') ?? '', /Idempotency-Key/i);
  });

  it('answers malformed JSON with 422, and unknown paths with 404, as JSON', async () => {
    const id = await createEvent(server);
    const broken = await server.call(`/events/${id}/rsvps`, { method: 'POST', body: '{"name": ', headers: { 'Idempotency-Key': 'a-key-12345' } });
    assert.equal(broken.status, 422);
    assert.deepEqual(broken.body, { errors: [{ field: 'body', message: 'The request body must be JSON.' }] });
    const missing = await server.call('/nothing-here');
    assert.deepEqual([missing.status, missing.body], [404, { message: 'There is nothing at this address.' }]);
  });

  it('never puts a stack trace or SQL in a response', async () => {
    const broken = await startServer();
    try {
      const id = await createEvent(broken);
      await broken.db.query('drop table rsvps cascade'); // the database fails mid-request
      const answer = await rsvp(broken, id);
      assert.equal(answer.status, 500);
      assert.deepEqual(answer.body, { message: 'Something went wrong on our side. Please try again.' });
    } finally {
      await broken.close();
    }
  });

  it('never writes names, contacts, answers or tokens to its logs', async () => {
    const chatty = await startServer({ logLevel: 'info' });
    const lines: string[] = [];
    const original = console.log;
    console.log = (...args: unknown[]) => lines.push(args.join(' '));
    try {
      const id = await createEvent(chatty, { contactFields: ['email', 'phone'] });
      const made = await rsvp(chatty, id, { name: 'Quinn Private', email: 'quinn.private@example.org', phone: '302-555-0199' });
      await chatty.call(`/rsvps/${made.body.rsvp.manageToken}`);
      await chatty.call(`/rsvps/${made.body.rsvp.manageToken}`, { method: 'DELETE' });
    } finally {
      console.log = original;
      await chatty.close();
    }
    const log = lines.join('\n');
    assert.ok(lines.length >= 4, 'requests are logged');
    for (const secret of ['Quinn', 'quinn.private', '555-0199']) assert.ok(!log.includes(secret), `${secret} leaked`);
    assert.ok(log.includes('/rsvps/:token'));
    assert.ok(!/\/rsvps\/[A-Za-z0-9_-]{43}/.test(log), 'the manage token leaked');
  });
});
