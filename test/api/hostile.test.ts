/**
 * Hostile and malformed requests (issue 17): each is refused before it reaches SQL, with the status the contract
 * documents, and nothing is stored. Every case here answered 500, or stored something other than what was sent,
 * before the contract's shared rules (safe text, instants from 1900 to 9999, ids, tokens and cursors of their
 * documented shape) and the checks on Content-Type, Idempotency-Key and oversized bodies.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { createEvent, eventInput, rsvp, startServer, STAFF, type TestServer } from './server.js';

let server: TestServer;
let eventId: string;
let manageToken: string;
before(async () => {
  server = await startServer({ bodyLimitBytes: 4096 });
  eventId = await createEvent(server, { capacity: null, maxGuests: 5 });
  manageToken = (await rsvp(server, eventId)).body.rsvp.manageToken;
});
after(() => server.close());

const story = (overrides: Record<string, unknown> = {}) => ({
  displayNameMode: 'firstName',
  displayName: 'Robin',
  title: 'A story for the hostile tests',
  body: 'A year ago I could not imagine a sober weekend. Today I have a year of ordinary days.',
  consentPublish: true,
  consentShare: false,
  ...overrides,
});
const submit = (body: unknown, headers: Record<string, string> = {}) =>
  server.call('/stories', { method: 'POST', body, headers: { 'Idempotency-Key': randomUUID(), ...headers } });
const rowCount = async (table: string) => (await server.db.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n;

const NUL = 'a\u0000b';
const LONE_HIGH = 'a\uD800b';
const LONE_LOW = '\uDC00';

describe('text that a database cannot keep as sent', () => {
  const rsvpCases: Array<[string, Record<string, unknown>, string]> = [
    ['a NUL in the name', { name: NUL }, 'name'],
    ['an unpaired high surrogate in the name', { name: LONE_HIGH }, 'name'],
    ['an unpaired low surrogate in the name', { name: LONE_LOW }, 'name'],
    ['a NUL in an answer', { answers: [{ questionId: 'q', value: NUL }] }, 'answers.0.value'],
    ['a lone surrogate in an answer', { answers: [{ questionId: 'q', value: LONE_HIGH }] }, 'answers.0.value'],
    ['a NUL in a question id', { answers: [{ questionId: 'q\u0000', value: 'x' }] }, 'answers.0.questionId'],
  ];
  for (const [what, body, field] of rsvpCases) {
    it(`refuses an RSVP with ${what} (422 on ${field})`, async () => {
      const before = await rowCount('rsvps');
      const answer = await rsvp(server, eventId, body);
      assert.equal(answer.status, 422, JSON.stringify(answer.body));
      assert.equal(answer.body.errors[0].field, field);
      assert.equal(await rowCount('rsvps'), before);
    });
  }

  const eventCases: Array<[string, Record<string, unknown>, string]> = [
    ['a NUL in the title', { title: NUL }, 'title'],
    ['a lone surrogate in the description', { description: LONE_HIGH }, 'description'],
    ['a NUL in the venue name', { venue: { name: NUL, address: '', latitude: null, longitude: null } }, 'venue.name'],
    ['a lone surrogate in the venue address', { venue: { name: 'Hall', address: LONE_LOW, latitude: null, longitude: null } }, 'venue.address'],
    ['a lone surrogate in a question label', { questions: [{ id: 'q', label: LONE_HIGH, kind: 'text', required: false, options: [] }] }, 'questions.0.label'],
    ['a NUL in a choice', { questions: [{ id: 'q', label: 'Q', kind: 'choice', required: false, options: [NUL] }] }, 'questions.0.options.0'],
    ['a NUL in a tag', { tags: [NUL] }, 'tags.0'],
    ['a lone surrogate in a tag', { tags: [LONE_LOW] }, 'tags.0'],
    ['a NUL in the online link', { venue: null, onlineUrl: 'https://meet.example.org/\u0000' }, 'onlineUrl'],
    ['a lone surrogate in the online link', { venue: null, onlineUrl: 'https://meet.example.org/\uD800' }, 'onlineUrl'],
    ['a NUL in the calendar title', { calendarTitle: NUL }, 'calendarTitle'],
  ];
  for (const [what, overrides, field] of eventCases) {
    it(`refuses to create an event with ${what} (422 on ${field})`, async () => {
      const answer = await server.staff('/staff/events', { method: 'POST', body: eventInput(overrides) });
      assert.equal(answer.status, 422, JSON.stringify(answer.body));
      assert.equal(answer.body.errors[0].field, field);
    });
  }

  it('refuses the same in a change to an event', async () => {
    const answer = await server.staff(`/staff/events/${eventId}`, { method: 'PATCH', body: { title: LONE_HIGH } });
    assert.equal(answer.status, 422, JSON.stringify(answer.body));
    assert.equal(answer.body.errors[0].field, 'title');
  });

  const storyCases: Array<[string, Record<string, unknown>, string]> = [
    ['a NUL in the title', { title: NUL }, 'title'],
    ['a lone surrogate in the title', { title: LONE_HIGH }, 'title'],
    ['a lone surrogate in the body', { body: `${'x'.repeat(60)}${LONE_LOW}` }, 'body'],
    ['a NUL in the name', { displayName: NUL }, 'displayName'],
    ['a NUL in the content note', { contentWarning: NUL }, 'contentWarning'],
  ];
  for (const [what, overrides, field] of storyCases) {
    it(`refuses a story with ${what} (422 on ${field})`, async () => {
      const before = await rowCount('story_submissions');
      const answer = await submit(story(overrides));
      assert.equal(answer.status, 422, JSON.stringify(answer.body));
      assert.equal(answer.body.errors[0].field, field);
      assert.equal(await rowCount('story_submissions'), before);
    });
  }

  it('refuses a staff disclosure with a NUL', async () => {
    const sent = await submit(story());
    const answer = await server.staff(`/staff/submissions/${sent.body.submission.id}/approve`, { method: 'POST', body: { staffDisclosure: NUL } });
    assert.equal(answer.status, 422, JSON.stringify(answer.body));
    assert.equal(answer.body.errors[0].field, 'staffDisclosure');
  });

  it('keeps characters beyond the Basic Multilingual Plane exactly, as surrogate pairs', async () => {
    const title = 'Un año 🌅 𝒜 ✨';
    const sent = await submit(story({ title, displayName: 'Ana 🌻' }));
    assert.equal(sent.status, 202, JSON.stringify(sent.body));
    const approved = await server.staff(`/staff/submissions/${sent.body.submission.id}/approve`, { method: 'POST' });
    assert.equal(approved.body.title, title);
    assert.equal((await server.call(`/stories/${sent.body.submission.id}`)).body.story.displayName, 'Ana 🌻');
  });

  it('refuses a body that is not UTF-8 instead of storing replacement characters', async () => {
    const response = await fetch(`${server.url}/events/${eventId}/rsvps`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: Buffer.concat([Buffer.from('{"name":"A'), Buffer.from([0xff, 0xfe]), Buffer.from('","guests":0,"answers":[]}')]),
    });
    assert.equal(response.status, 422);
    assert.deepEqual(await response.json(), { errors: [{ field: 'body', message: 'The request body must be JSON.' }] });
  });
});

describe('ids, tokens and cursors that cannot exist', () => {
  const fakeToken = 'A'.repeat(43);
  const ids = ['%00', 'abc%00', `${'%00'.repeat(3)}`, '%ED%A0%80', 'a%0Ab', `${'x'.repeat(65)}`, '%E0%A4%A'];
  const routes: Array<[method: string, path: (id: string) => string, staff: boolean, token: boolean]> = [
    ['GET', (id) => `/events/${id}`, false, false],
    ['POST', (id) => `/events/${id}/rsvps`, false, false],
    ['GET', (id) => `/stories/${id}`, false, false],
    ['POST', (id) => `/staff/submissions/${id}/approve`, true, false],
    ['POST', (id) => `/staff/submissions/${id}/reject`, true, false],
    ['PATCH', (id) => `/staff/events/${id}`, true, false],
    ['POST', (id) => `/staff/events/${id}/cancel`, true, false],
    ['GET', (id) => `/staff/events/${id}/rsvps.csv`, true, false],
    ['GET', (id) => `/rsvps/${id}`, false, true],
    ['PATCH', (id) => `/rsvps/${id}`, false, true],
    ['DELETE', (id) => `/rsvps/${id}`, false, true],
    ['DELETE', (id) => `/stories/submissions/${id}`, false, true],
  ];
  for (const [method, path, staff, token] of routes) {
    it(`${method} ${path('{id}')} answers 404 for ids with NUL, broken escapes or the wrong shape`, async () => {
      for (const id of [...ids, ...(token ? [`${fakeToken}%00`, `%00${fakeToken}`] : [])]) {
        const answer = await server.call(path(id), {
          method,
          body: method === 'GET' || method === 'DELETE' ? undefined : token ? { guests: 1 } : {},
          headers: { 'Idempotency-Key': randomUUID(), ...(staff && { Authorization: `Bearer ${STAFF}` }) },
        });
        assert.equal(answer.status, 404, `${method} ${path(id)}: ${answer.status} ${JSON.stringify(answer.body)}`);
        assert.equal(typeof answer.body.message, 'string');
      }
    });
  }

  const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const cursors: Array<[string, string]> = [
    ['a NUL', '%00'],
    ['a NUL after a real cursor', `${cursor(['2026-01-01T00:00:00.000Z', 'abc'])}%00`],
    ['a cursor of ["1","x"] (a date PostgreSQL cannot read)', cursor(['1', 'x'])],
    ['a cursor with a NUL in its id', cursor(['2026-01-01T00:00:00.000Z', 'a\u0000'])],
    ['a cursor with a year out of range', cursor(['275760-09-13T00:00:00.000Z', 'abc'])],
    ['a cursor with year 0', cursor(['0000-01-01T00:00:00Z', 'abc'])],
    ['a cursor that is not a pair', cursor([1, 2, 3])],
    ['a cursor of 201 characters', 'A'.repeat(201)],
  ];
  for (const [what, value] of cursors) {
    it(`refuses ${what} with 422 on cursor`, async () => {
      const answer = await server.call(`/stories?cursor=${value}`);
      assert.equal(answer.status, 422, JSON.stringify(answer.body));
      assert.equal(answer.body.errors[0].field, 'cursor');
    });
  }

  for (const path of ['/events?tags=%00', '/events?tags=a%00b', '/stories?tags=%00', '/stories?tags=family,a%00']) {
    it(`refuses ${path} with 422 on tags`, async () => {
      const answer = await server.call(path);
      assert.equal(answer.status, 422, JSON.stringify(answer.body));
      assert.equal(answer.body.errors[0].field, 'tags');
    });
  }
});

describe('instants out of a sane range', () => {
  const queries = ['from=-271821-04-20T00:00:00Z', 'from=275760-09-13', 'from=0000-01-01T00:00:00Z', 'to=275760-09-13T00:00:00Z',
    'from=1899-12-31T23:59:59Z', 'to=%00', 'from=2026-01-01T00:00:00Z%00', 'from=1', 'from=2026-02-30'];
  for (const query of queries) {
    it(`GET /events?${query} answers 422`, async () => {
      const answer = await server.call(`/events?${query}`);
      assert.equal(answer.status, 422, JSON.stringify(answer.body));
      assert.equal(answer.body.errors[0].field, query.split('=')[0]);
    });
  }

  it('still takes an instant or a date within the range', async () => {
    for (const query of ['from=2026-01-01T00:00:00Z', 'from=2026-01-01', 'to=9999-12-31T23:59:59Z', 'from=1900-01-01T00:00:00%2B00:00']) {
      assert.equal((await server.call(`/events?${query}`)).status, 200, query);
    }
  });

  const starts: Array<[string, string]> = [
    ['year 0', '0000-01-01T00:00:00Z'],
    ['before 1900', '1899-12-31T23:59:59Z'],
    ['before 1900 in UTC, though not as written', '1900-01-01T00:30:00+01:00'],
    ['after 9999 in UTC, though not as written', '9999-12-31T23:30:00-01:00'],
    ['ten digits of fractional seconds', '2030-01-01T00:00:00.0000000001Z'],
  ];
  for (const [what, start] of starts) {
    it(`refuses an event starting at ${what} (422 on start)`, async () => {
      const answer = await server.staff('/staff/events', { method: 'POST', body: eventInput({ start, end: '9999-12-31T00:00:00Z' }) });
      assert.equal(answer.status, 422, JSON.stringify(answer.body));
      assert.equal(answer.body.errors[0].field, 'start');
    });
  }

  it('refuses celebrations of month 0000-01 (422 on month)', async () => {
    const answer = await server.call('/milestones/celebrations?month=0000-01');
    assert.equal(answer.status, 422, JSON.stringify(answer.body));
    assert.equal(answer.body.errors[0].field, 'month');
  });
});

describe('bodies that are not JSON, and keys that are two', () => {
  const types = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1', 'application/jsonp'];
  for (const type of types) {
    it(`refuses a body sent as ${type} with 415`, async () => {
      const before = await rowCount('rsvps');
      const answer = await server.call(`/events/${eventId}/rsvps`, {
        method: 'POST',
        body: { name: 'Alex', guests: 0, answers: [] },
        headers: { 'Content-Type': type, 'Idempotency-Key': randomUUID() },
      });
      assert.equal(answer.status, 415, JSON.stringify(answer.body));
      assert.match(answer.body.message, /application\/json/);
      assert.equal(await rowCount('rsvps'), before);
    });
  }

  it('refuses a body without a Content-Type with 415, on every endpoint that takes one', async () => {
    const bodyless = (path: string, method: string, staff = false) =>
      fetch(server.url + path, {
        method,
        body: new Blob(['{}']), // a Blob without a type sends no Content-Type
        headers: { 'Idempotency-Key': randomUUID(), ...(staff && { Authorization: `Bearer ${STAFF}` }) },
      });
    const sent = await submit(story());
    const cases: Array<[string, string, boolean]> = [
      [`/events/${eventId}/rsvps`, 'POST', false],
      [`/rsvps/${manageToken}`, 'PATCH', false],
      ['/stories', 'POST', false],
      ['/staff/events', 'POST', true],
      [`/staff/events/${eventId}`, 'PATCH', true],
      [`/staff/submissions/${sent.body.submission.id}/approve`, 'POST', true],
    ];
    for (const [path, method, staff] of cases) {
      const response = await bodyless(path, method, staff);
      assert.equal(response.status, 415, `${method} ${path}`);
    }
  });

  it('takes application/json with charset=utf-8, and +json types', async () => {
    for (const type of ['application/json; charset=utf-8', 'application/json;charset="UTF-8"', 'application/merge-patch+json']) {
      const answer = await server.call(`/rsvps/${manageToken}`, { method: 'PATCH', body: { guests: 1 }, headers: { 'Content-Type': type } });
      assert.equal(answer.status, 200, `${type}: ${JSON.stringify(answer.body)}`);
    }
  });

  it('still approves with no body at all', async () => {
    const sent = await submit(story());
    const answer = await server.staff(`/staff/submissions/${sent.body.submission.id}/approve`, { method: 'POST' });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
  });

  it('refuses two Idempotency-Key header lines (joined as "a, b") with 422, and creates nothing', async () => {
    const before = await rowCount('rsvps');
    const answer = await new Promise<{ status: number; body: any }>((resolve, reject) => {
      const request = http.request(`${server.url}/events/${eventId}/rsvps`, { method: 'POST' }, (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, body: JSON.parse(text) }));
      });
      request.on('error', reject);
      request.setHeader('Content-Type', 'application/json');
      request.setHeader('Idempotency-Key', [randomUUID(), randomUUID()]); // two header lines
      request.end(JSON.stringify({ name: 'Alex', guests: 0, answers: [] }));
    });
    assert.equal(answer.status, 422, JSON.stringify(answer.body));
    assert.equal(answer.body.errors[0].field, 'Idempotency-Key');
    assert.equal(await rowCount('rsvps'), before);
  });
});

describe('an oversized body', () => {
  /** One request on `agent`; the socket's own write errors (the server stops reading a refused body) are ignored. */
  function send(agent: http.Agent, path: string, method: string, body?: Buffer) {
    return new Promise<{ status: number; connection: string | undefined; body: string }>((resolve, reject) => {
      const request = http.request(server.url + path, { method, agent, headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() } }, (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, connection: response.headers.connection, body: text }));
      });
      request.on('error', reject);
      request.end(body);
    });
  }

  it('is answered 413 with Connection: close, and the next request on the same keep-alive agent works', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (const size of [5_000, 1_000_000, 1_000_000]) {
        const refused = await send(agent, `/events/${eventId}/rsvps`, 'POST', Buffer.alloc(size, ' '));
        assert.equal(refused.status, 413);
        assert.equal(refused.connection, 'close');
        assert.match(JSON.parse(refused.body).message, /larger than 4096 bytes/);
        const next = await send(agent, `/events/${eventId}`, 'GET');
        assert.equal(next.status, 200, `the request after a ${size}-byte body`);
        const write = await send(agent, `/rsvps/${manageToken}`, 'PATCH', Buffer.from('{"guests":2}'));
        assert.equal(write.status, 200, write.body);
      }
    } finally {
      agent.destroy();
    }
  });
});

describe('the staff side', () => {
  const signIn = (body: unknown, headers: Record<string, string> = {}) =>
    server.call('/staff/session', { method: 'POST', body, headers: { Origin: server.url, ...headers } });

  it('refuses sign-ins it cannot read with 422, never 500, and keeps no session', async () => {
    const cases: unknown[] = [
      { email: 'a\u0000b@center.example', password: 'x' },
      { email: 'a@center.example', password: 'a\uD800b' },
      { email: 'a@center.example', password: 'x'.repeat(201) },
      { email: 'x'.repeat(255), password: 'x' },
      { email: '', password: '' },
      { email: ['a@center.example'], password: 'x' },
      { email: 'a@center.example' },
      [],
    ];
    for (const body of cases) {
      const answer = await signIn(body);
      assert.equal(answer.status, 422, JSON.stringify(body).slice(0, 80));
    }
    assert.equal((await signIn('{"email":', {})).status, 422);
    assert.equal(await rowCount('staff_sessions'), 0);
  });

  it('treats hostile session cookies as no session (401), never 500', async () => {
    const cookies = [
      `rw_staff_session=${'A'.repeat(4000)}`,
      'rw_staff_session=%00%00',
      'rw_staff_session=%E0%A4%A',
      'rw_staff_session="quoted"',
      'rw_staff_session=a; rw_staff_session=b',
      `rw_staff_session=${"'; drop table staff_sessions; --"}`,
      'rw_staff_session=',
    ];
    for (const cookie of cookies) {
      const answer = await server.call('/staff/events', { headers: { Cookie: cookie } });
      assert.equal(answer.status, 401, cookie.slice(0, 60));
    }
  });

  it('answers hostile ids on the new staff routes with 404, and hostile queries with 422', async () => {
    const ids = ['%00', '%ED%A0%80', 'x'.repeat(65), '..', '-1', '0', '99999999999', "1'%20or%201=1"];
    for (const id of ids) {
      for (const [method, path] of [
        ['PUT', `/staff/celebrations/${id}`],
        ['DELETE', `/staff/meetings/${id}`],
        ['PATCH', `/staff/accounts/${id}`],
        ['POST', `/staff/events/${eventId}/attendees/${id}/check-in`],
        ['GET', `/staff/events/${id}/attendees`],
      ] as const) {
        const body = method === 'PUT' ? { displayName: 'Kim', span: { count: 1, unit: 'years' }, date: '2026-01-01' } : method === 'PATCH' ? {} : undefined;
        const answer = await server.staff(path, { method, body });
        assert.equal(answer.status, 404, `${method} ${path}: ${JSON.stringify(answer.body)}`);
      }
    }
    for (const query of ['cursor=%00', 'cursor=x', 'limit=0', 'limit=201', 'from=9999-99-99', 'actor=%00', 'recordType=%ED%A0%80']) {
      assert.equal((await server.staff(`/staff/audit?${query}`)).status, 422, query);
    }
  });
});
