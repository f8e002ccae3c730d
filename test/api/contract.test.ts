import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { buildOpenApiDocument } from '../../src/core/api/openapi.js';
import { operations } from '../../src/core/api/contract.js';
import { MeetingListSchema } from '../../src/core/api/meetings.js';
import { names } from '../../src/meetings/meeting-types.en.js';
import { configFromEnv } from '../../demo/api/config.js';
import { prepareDatabase } from '../../demo/api/server.js';
import { createEvent, rsvp, startServer, type TestServer } from './server.js';

const document = buildOpenApiDocument('test') as {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>;
  components: { schemas: Record<string, unknown> };
};

let server: TestServer;
let ajv: InstanceType<typeof Ajv2020>;
before(async () => {
  server = await startServer({}, { seed: true });
  ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormats as unknown as (a: unknown) => void)(ajv);
  ajv.addSchema({ $id: 'openapi', components: document.components });
});
after(() => server.close());

/** Validates a real response body against what the document says that operation answers. */
function assertMatchesDocument(path: string, method: string, status: number, body: unknown) {
  const schema = document.paths[path]?.[method]?.responses[String(status)]?.content?.['application/json']?.schema as { $ref: string };
  assert.ok(schema, `the document describes ${method.toUpperCase()} ${path} ${status}`);
  const validate = ajv.compile({ $ref: `openapi${schema.$ref}` });
  assert.ok(validate(body), `${method.toUpperCase()} ${path} ${status}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
}

describe('the OpenAPI document', () => {
  it('validates as OpenAPI 3.1', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    assert.equal(validator.version, '3.1');
    assert.deepEqual(result.errors, undefined);
    assert.equal(result.valid, true);
  });

  it('is what the server serves at /openapi.json', async () => {
    const served = await server.call('/openapi.json');
    assert.deepEqual(served.body, document);
  });

  it('bounds every string and array it describes', () => {
    const unbounded: string[] = [];
    const walk = (node: unknown, where: string) => {
      if (!node || typeof node !== 'object') return;
      const schema = node as Record<string, unknown>;
      const types = ([] as unknown[]).concat(schema.type ?? []);
      if (types.includes('string') && schema.maxLength === undefined && schema.enum === undefined && schema.const === undefined && schema.format !== 'date-time' && schema.format !== 'date' && schema.pattern === undefined) {
        unbounded.push(where);
      }
      if (types.includes('array') && schema.maxItems === undefined) unbounded.push(where);
      for (const [key, value] of Object.entries(schema)) walk(value, `${where}.${key}`);
    };
    walk(document.components.schemas, 'components');
    assert.deepEqual(unbounded, []);
  });

  it('lets no string into a request body that a database cannot keep as sent (NUL, unpaired surrogates)', () => {
    const unsafe: string[] = [];
    const seen = new Set<unknown>();
    const walk = (node: unknown, where: string) => {
      if (!node || typeof node !== 'object' || seen.has(node)) return;
      seen.add(node);
      const schema = node as Record<string, unknown>;
      if (typeof schema.$ref === 'string') {
        const name = schema.$ref.split('/').pop()!;
        return walk(document.components.schemas[name], name);
      }
      if (schema.type === 'string' && schema.enum === undefined && schema.const === undefined && schema.format === undefined) {
        const patterns = [schema.pattern, ...((schema.allOf as Array<{ pattern?: string }> | undefined) ?? []).map((s) => s.pattern)]
          .filter((p): p is string => typeof p === 'string')
          .map((p) => new RegExp(p, 'u'));
        for (const bad of ['a\u0000b', 'a\uD800b', '\uDC00']) {
          if (!patterns.some((p) => !p.test(bad))) unsafe.push(`${where} takes ${JSON.stringify(bad)}`);
        }
      }
      for (const [key, value] of Object.entries(schema)) walk(value, `${where}.${key}`);
    };
    for (const op of operations) if (op.requestBody) walk({ $ref: `#/components/schemas/${op.requestBody}` }, op.requestBody);
    assert.deepEqual(unsafe, []);
  });

  it('matches what the server answers, endpoint by endpoint', async () => {
    const events = await server.call('/events');
    assertMatchesDocument('/events', 'get', 200, events.body);
    const eventId = events.body.events.find((e: { rsvpOpen: boolean; questions: unknown[] }) => e.rsvpOpen && e.questions.length === 0).id;
    assertMatchesDocument('/events/{id}', 'get', 200, (await server.call(`/events/${eventId}`)).body);
    assertMatchesDocument('/meetings', 'get', 200, (await server.call('/meetings')).body);
    const stories = await server.call('/stories?tags=spanish,family&limit=3');
    assertMatchesDocument('/stories', 'get', 200, stories.body);
    assertMatchesDocument('/stories', 'get', 422, (await server.call('/stories?tags=Not-A-Tag')).body);
    assertMatchesDocument('/stories/{id}', 'get', 200, (await server.call(`/stories/${stories.body.stories[0].id}`)).body);
    assertMatchesDocument('/stories/{id}', 'get', 404, (await server.call('/stories/no-such-story')).body);
    assertMatchesDocument('/milestones/celebrations', 'get', 200, (await server.call('/milestones/celebrations')).body);
    assertMatchesDocument('/staff/submissions', 'get', 200, (await server.staff('/staff/submissions')).body);

    const created = await rsvp(server, eventId, { email: 'a@example.org', phone: '302-555-0100' });
    assertMatchesDocument('/events/{id}/rsvps', 'post', 201, created.body);
    assertMatchesDocument('/rsvps/{token}', 'get', 200, (await server.call(`/rsvps/${created.body.rsvp.manageToken}`)).body);
    const invalidRsvp = await rsvp(server, eventId, { name: '' });
    assertMatchesDocument('/events/{id}/rsvps', 'post', 422, invalidRsvp.body);
    assertMatchesDocument('/events/{id}', 'get', 404, (await server.call('/events/nope')).body);

    const full = await createEvent(server, { capacity: 1, waitlist: false });
    await rsvp(server, full);
    assertMatchesDocument('/events/{id}/rsvps', 'post', 409, (await rsvp(server, full)).body);

    const story = await server.call('/stories', {
      method: 'POST',
      headers: { 'Idempotency-Key': 'contract-test-key' },
      body: { displayNameMode: 'anonymous', title: 'A title', body: 'x'.repeat(60), consentPublish: true, consentShare: false },
    });
    assertMatchesDocument('/stories', 'post', 202, story.body);
    const approve = `/staff/submissions/${story.body.submission.id}/approve`;
    assertMatchesDocument('/staff/submissions/{id}/approve', 'post', 422, (await server.staff(approve, { method: 'POST', body: { tags: ['Bad Tag'] } })).body);
    assertMatchesDocument('/staff/submissions/{id}/approve', 'post', 200, (await server.staff(approve, { method: 'POST', body: { tags: ['first-year'] } })).body);
    assertMatchesDocument('/staff/submissions', 'get', 200, (await server.staff('/staff/submissions?status=published')).body);
  });
});

describe('the seed', () => {
  it('has the demo center: events over eight weeks with a full one, an online one, a dinner and a cancelled one', async () => {
    const { events } = (await server.call('/events')).body as { events: Array<Record<string, any>> };
    assert.ok(events.length >= 8);
    const weeks = (Date.parse(events.at(-1)!.start) - Date.now()) / (7 * 86_400_000);
    assert.ok(weeks > 5 && weeks <= 8, `the last event is ${weeks.toFixed(1)} weeks out`);
    assert.ok(events.some((e) => e.spotsLeft === 0 && e.waitlist), 'one full with a waitlist');
    assert.ok(events.some((e) => e.online && !e.venue), 'one online');
    assert.ok(events.some((e) => e.substanceFree && /dinner/i.test(e.title)), 'a substance-free dinner');
    assert.ok(events.some((e) => e.status === 'cancelled'), 'one cancelled');
  });

  it('has about forty valid Meeting Guide meetings across days and attendance modes', async () => {
    const meetings = (await server.call('/meetings')).body;
    assert.ok(MeetingListSchema.safeParse(meetings).success);
    assert.ok(meetings.length >= 40);
    assert.deepEqual(new Set(meetings.map((m: { day: number }) => m.day)).size, 7);
    assert.deepEqual(
      [...new Set(meetings.map((m: { attendance_option: string }) => m.attendance_option))].sort(),
      ['hybrid', 'in_person', 'online'],
    );
  });

  it('has meetings whose names agree with their day, time and types, every type from the spec', async () => {
    const meetings = (await server.call('/meetings')).body as Array<{ name: string; day: number; time: string; types: string[] }>;
    assert.equal(meetings.length, 41);
    const codes = Object.keys(names);
    assert.deepEqual(meetings.flatMap((m) => m.types.filter((t) => !codes.includes(t)).map((t) => `${m.name}: ${t}`)), []);
    const hour = (m: { time: string }) => Number(m.time.slice(0, 2));
    const rules: Array<[RegExp, (m: (typeof meetings)[number]) => boolean, string]> = [
      [/Lunch/, (m) => hour(m) >= 11 && hour(m) < 14, 'at midday'],
      [/Sunrise|Breakfast|Morning/, (m) => hour(m) < 11, 'in the morning'],
      [/Night|Candlelight/, (m) => hour(m) >= 18, 'in the evening'],
      [/Sunday/, (m) => m.day === 0, 'on Sunday'],
      [/Saturday/, (m) => m.day === 6, 'on Saturday'],
      [/Tuesday/, (m) => m.day === 2, 'on Tuesday'],
      [/Women/, (m) => m.types.includes('W'), 'tagged W'],
      [/Men/, (m) => m.types.includes('M'), 'tagged M'],
      [/Young People/, (m) => m.types.includes('Y'), 'tagged Y'],
      [/Big Book|Back to Basics/, (m) => m.types.includes('B'), 'tagged B'],
      [/Step Study/, (m) => m.types.includes('ST'), 'tagged ST'],
      [/Meditation/, (m) => m.types.includes('MED'), 'tagged MED'],
    ];
    const wrong = meetings.flatMap((m) => rules.filter(([name, holds]) => name.test(m.name) && !holds(m)).map(([, , what]) => `${m.name} ${m.day} ${m.time}: not ${what}`));
    assert.deepEqual(wrong, []);
    assert.deepEqual(meetings.filter((m) => m.types.includes('W') && !/Women/.test(m.name)).map((m) => m.name), [], 'only women’s meetings tagged W');
  });

  it('has meetings staff can save as they are', async () => {
    const { meetings } = (await server.staff('/staff/meetings')).body as { meetings: Array<Record<string, unknown> & { id: string }> };
    for (const { id, ...fields } of meetings) {
      delete fields.slug; // the server's
      const saved = await server.staff(`/staff/meetings/${id}`, { method: 'PUT', body: fields });
      assert.equal(saved.status, 200, `${String(fields.name)}: ${JSON.stringify(saved.body)}`);
    }
  });

  it('has a pending submission and celebrations this month', async () => {
    const pending = (await server.staff('/staff/submissions')).body.submissions as Array<{ title: string }>;
    assert.ok(pending.some((s) => s.title === 'What the alumni calls mean to me'));
    assert.ok((await server.call('/milestones/celebrations')).body.celebrations.length >= 5);
    assert.equal((await server.call('/milestones/celebrations?month=2026-13')).status, 422);
  });

  it('a fresh start seeds an empty database once, and a restart keeps the data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recovery-api-'));
    const config = { ...configFromEnv({}), dataDir: join(dir, 'db') };
    const log = console.log;
    console.log = () => {};
    try {
      const countEvents = async (db: Awaited<ReturnType<typeof prepareDatabase>>) => {
        const [row] = await db.query<{ n: number }>('select count(*)::int as n from events');
        assert.ok(row, 'count(*) answers one row');
        return row.n;
      };
      const first = await prepareDatabase(config);
      const events = await countEvents(first);
      await first.query(`update events set title = 'Changed by staff' where id = 'yoga'`);
      await first.close();
      const second = await prepareDatabase(config);
      const again = await countEvents(second);
      const [yoga] = await second.query<{ title: string }>(`select title from events where id = 'yoga'`);
      await second.close();
      assert.ok(events >= 8);
      assert.equal(again, events, 'not seeded twice');
      assert.equal(yoga?.title, 'Changed by staff', 'data persisted in the data directory');
    } finally {
      console.log = log;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
