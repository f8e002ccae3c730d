/**
 * A fuzz test of the contract (issue 17). For every operation in the OpenAPI document, fast-check sends a bounded
 * number of requests built from the document's own schemas: mostly valid ones, and hostile ones (NUL and unpaired
 * surrogates, huge and negative numbers, deep nesting, wrong types, bodies that are not JSON, hostile ids, queries and
 * keys). Every answer must be one the document lists for that operation, never a 5xx, never a stack trace or SQL text,
 * and valid against the document's schema for it; every accepted write is read back (through the API, and from the
 * database where the API does not show it) and must equal what the contract accepted.
 *
 * Seeded, so CI sees the same requests every run. FUZZ_RUNS changes the number per operation; FUZZ_SEED the seed.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fc from 'fast-check';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type * as z from 'zod/mini';
import { buildOpenApiDocument } from '../../src/core/api/openapi.js';
import { operations, type Operation } from '../../src/core/api/contract.js';
import { SAFE_TEXT } from '../../src/core/api/common.js';
import { EventInputSchema, EventUpdateSchema, RsvpRequestSchema, RsvpUpdateSchema } from '../../src/core/api/events.js';
import { StorySubmissionSchema } from '../../src/core/api/stories.js';
import { StaffDecisionSchema, StaffStoryUpdateSchema } from '../../src/core/api/staff.js';
import { CelebrationInputSchema, MeetingInputSchema } from '../../src/core/api/staff-meetings.js';
import { AccountInputSchema, AccountUpdateSchema } from '../../src/core/api/accounts.js';
import { sha256 } from '../../demo/api/tokens.js';
import { createEvent, rsvp, startServer, STAFF, type TestServer } from './server.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_117);
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

type Schema = Record<string, any>;
const document = buildOpenApiDocument('test') as { components: { schemas: Record<string, Schema> } };
const components = document.components.schemas;
const resolve = (schema: Schema): Schema => (schema.$ref ? resolve(components[String(schema.$ref).split('/').pop()!]!) : schema);

// ---------------------------------------------------------------------------------------------------------------
// Values: valid ones from the document's JSON Schemas, and hostile ones.

/** Marks a value to be written into the JSON text as is (deep nesting, duplicate keys, `__proto__`). */
class Raw {
  constructor(readonly text: string) {}
}

const deepArray = (depth: number) => new Raw('['.repeat(depth) + ']'.repeat(depth));
const deepObject = (depth: number) => new Raw('{"a":'.repeat(depth) + '1' + '}'.repeat(depth));

const HOSTILE_STRINGS = [
  '\u0000', 'a\u0000b', '\uD800', 'x\uDFFFy', '\uDBFF\uDBFF', '\uDC00\uD800', '', ' ', '\t\n', '\u202Eevil', '\uFEFF',
  "'; drop table events; --", '${7*7}{{7*7}}', '<script>alert(1)</script>', '%00', '../../etc/passwd', 'null', '1e999',
  '0000-01-01T00:00:00Z', '-271821-04-20T00:00:00Z', '275760-09-13T00:00:00Z', '1899-12-31T23:59:59Z',
  '9999-12-31T23:59:59-23:59', '2026-02-30T00:00:00Z', '2026-01-01T00:00:00.1234567891Z', 'x'.repeat(5_000),
];
const HOSTILE_NUMBERS = [1e308, -1e308, -1, -0, 0.5, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, -(2 ** 63), 5e-324, 100_001, 1e21];

/** Any UTF-16 code units: NUL, controls and unpaired surrogates included. */
const anyCodeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 12 });

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: anyCodeUnits },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(true, false, null, {}, [], [null], { nested: { deeper: ['x'] } }, '1', 1) },
  { weight: 1, arbitrary: fc.constantFrom(deepArray(5_000), deepObject(2_000), new Raw('{"__proto__":{"polluted":true}}'), new Raw('"x".repeat')) },
  { weight: 1, arbitrary: fc.constant('x'.repeat(70_000)) }, // over the body limit: 413
);

/** Whole bodies that are not what any operation takes. */
const HOSTILE_BODIES = [
  '', ' ', 'null', '[]', '"text"', '1e999', '-1', '{', '{"a":1,', '\uFEFF{}', '{"a":1,"a":2}', '[[[[[[[[[[[[[[[[', '\u0000',
  '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}', '['.repeat(30_000) + ']'.repeat(30_000),
  `[${'1,'.repeat(20_000)}1]`, JSON.stringify({ x: 'y'.repeat(70_000) }),
];

function stringFor(schema: Schema): fc.Arbitrary<string> {
  const min = (schema.minLength as number | undefined) ?? 0;
  const max = (schema.maxLength as number | undefined) ?? 100;
  if (schema.format === 'date-time') {
    return fc.tuple(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }), fc.boolean())
      .map(([date, offset]) => (offset ? date.toISOString().replace('Z', '+00:00') : date.toISOString()));
  }
  if (schema.format === 'email') return fc.tuple(fc.stringMatching(/^[a-z0-9]{1,12}$/), fc.stringMatching(/^[a-z]{1,12}$/)).map(([a, b]) => `${a}@${b}.org`);
  if (schema.format === 'uri') return fc.stringMatching(/^[a-z0-9-]{1,20}$/).map((path) => `https://meet.example.org/${path}`);
  const patterns = [schema.pattern, ...((schema.allOf as Schema[] | undefined) ?? []).map((s) => s.pattern)]
    .filter((p): p is string => typeof p === 'string' && p !== SAFE_TEXT.source);
  if (patterns.length > 0) {
    const all = patterns.map((p) => new RegExp(p, 'u'));
    return fc.stringMatching(all[0]!).filter((s) => s.length >= min && s.length <= max && all.every((p) => p.test(s)));
  }
  return fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.min(max, min + 40) });
}

/** Values that the schema allows (mostly: a string of spaces still trims to nothing, and random text may hide a NUL). */
function valid(schema: Schema): fc.Arbitrary<unknown> {
  const s = resolve(schema);
  if ('const' in s) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...(s.enum as unknown[]));
  if (s.anyOf) return fc.oneof(...(s.anyOf as Schema[]).map(valid));
  switch (s.type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: Math.max(s.minimum ?? -1_000, -1e9), max: Math.min(s.maximum ?? 1_000, 1e9) });
    case 'number':
      return fc.double({ min: s.minimum ?? -1e6, max: s.maximum ?? 1e6, noNaN: true, noDefaultInfinity: true });
    case 'string':
      return stringFor(s);
    case 'array': {
      const items = fc.array(valid(s.items as Schema), { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 3, 3) });
      return s.minItems ? items : fc.oneof(fc.constant([]), items); // empty often: an RSVP's answers must fit the event
    }
    case 'object': {
      const properties = Object.fromEntries(Object.entries(s.properties as Record<string, Schema>).map(([key, value]) => [key, valid(value)]));
      return fc.record(properties, { requiredKeys: (s.required as string[] | undefined) ?? [] }).map((value) => ({ ...value }));
    }
    default:
      throw new Error(`no generator for ${JSON.stringify(s)}`);
  }
}

/** Every place in a JSON value: [] is the value itself. */
function placesIn(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  const here = [path];
  if (Array.isArray(value)) return here.concat(...value.map((item, i) => placesIn(item, [...path, i])));
  if (value && typeof value === 'object') return here.concat(...Object.entries(value).map(([key, item]) => placesIn(item, [...path, key])));
  return here;
}

/** `value` with the place at `path` replaced by `replacement` (or a new key added next to it). */
function mutate(value: unknown, path: Array<string | number>, replacement: unknown, addKey: boolean): unknown {
  if (path.length === 0) {
    if (addKey && value && typeof value === 'object' && !Array.isArray(value)) return { ...value, unexpected: replacement };
    return replacement;
  }
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((item, i) => (i === head ? mutate(item, rest, replacement, addKey) : item));
  const record = value as Record<string, unknown>;
  return { ...record, [head!]: mutate(record[head!], rest, replacement, addKey) };
}

/** JSON text, with Raw values written as they are. */
function toJson(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof Raw) {
      raws.push(item.text);
      return `\u0001raw${raws.length - 1}\u0001`;
    }
    return item;
  });
  return text.replace(/"\\u0001raw(\d+)\\u0001"/g, (_, i: string) => raws[Number(i)]!);
}

/** A body for a request schema: valid, valid with one place made hostile, or not a valid body at all. */
function bodyFor(schemaId: string): fc.Arbitrary<string> {
  const validBody = valid({ $ref: `#/components/schemas/${schemaId}` });
  return fc.oneof(
    { weight: 6, arbitrary: validBody.map((value) => JSON.stringify(value)) },
    {
      weight: 4,
      arbitrary: fc.tuple(validBody, fc.nat(), hostileValue, fc.boolean()).map(([value, pick, replacement, addKey]) => {
        const places = placesIn(value);
        return toJson(mutate(value, places[pick % places.length]!, replacement, addKey));
      }),
    },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_BODIES) },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Requests.

const HOSTILE_PATH = ['%00', 'a%00', '%00%00%00', '%ED%A0%80', '%C0%AF', '%E0%A4%A', '%', '%25', '..', '.', '%2e%2e', 'a%2Fb',
  'x'.repeat(65), 'x'.repeat(3_000), '%27%3B%20drop%20table%20events%3B%20--', '%F0%9F%98%80', '%20', 'A'.repeat(43), 'null', '-1'];

const HOSTILE_QUERY = ['%00', 'a%00b', '%ED%A0%80', '-271821-04-20T00:00:00Z', '275760-09-13', '0000-01-01T00:00:00Z', '1e400', '-1',
  '0', 'NaN', 'Infinity', '99999999999999999999', '1.5', '0x10', '%20', ',,,', 'a,'.repeat(300), 'x'.repeat(3_000), '2026-13',
  '0000-01', '%5B%5D', 'true',
  ...[['1', 'x'], [null, null], {}, ['2026-01-01T00:00:00.000Z', 'x\u0000'], ['275760-09-13T00:00:00.000Z', 'abc'], [1, 2, 3]]
    .map((value) => Buffer.from(JSON.stringify(value)).toString('base64url')),
];

interface Request {
  method: string;
  path: string;
  headers: Record<string, string | string[]>;
  body?: string;
}

interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json: any;
}

interface Fixtures {
  eventIds: string[];
  rsvpIds: string[];
  celebrationIds: string[];
  meetingIds: string[];
  accountIds: string[];
  /** An admin's session cookie, for the operations only a signed-in account may call. */
  cookie: string;
  auditCursor: string;
  manageTokens: string[];
  storyIds: string[];
  submissionIds: string[];
  withdrawTokens: string[];
  cursor: string;
}

/** Ids and tokens that exist, made afresh for each operation (some operations cancel or withdraw them). */
async function makeFixtures(): Promise<Fixtures> {
  const open = await createEvent(server, { capacity: null, maxGuests: 20, contactFields: [], questions: [] });
  const small = await createEvent(server, { capacity: 2, waitlist: true, maxGuests: 1, contactFields: [] });
  const made = [(await rsvp(server, open, { guests: 2 })).body.rsvp, (await rsvp(server, small)).body.rsvp] as Array<{ id: string; manageToken: string }>;
  const manageTokens = made.map((r) => r.manageToken);
  const celebrationIds = [];
  const meetingIds = [];
  for (let i = 0; i < 2; i++) {
    celebrationIds.push((await server.staff('/staff/celebrations', { method: 'POST', body: { displayName: `Fixture ${i}`, span: { count: 1, unit: 'years' }, date: '2026-05-01' } })).body.celebration.id as string);
    meetingIds.push((await server.staff('/staff/meetings', { method: 'POST', body: { name: `Fixture ${i}`, day: i, time: '19:00', timezone: 'America/New_York', types: ['O'], attendance_option: 'online', conference_url: 'https://meet.example.org/x' } })).body.meeting.id as string);
  }
  const accountIds = [(await server.account('coordinator')).id, (await server.account('moderator')).id];
  const admin = await server.as('admin');
  const submissions = [];
  for (let i = 0; i < 3; i++) {
    const sent = await server.call('/stories', {
      method: 'POST',
      headers: { 'Idempotency-Key': `fixture-${Math.random()}` },
      body: { displayNameMode: 'firstName', displayName: 'Robin', title: `Fixture ${i}`, body: 'x'.repeat(60), consentPublish: true, consentShare: true },
    });
    submissions.push(sent.body.submission as { id: string; withdrawToken: string });
  }
  await server.staff(`/staff/submissions/${submissions[0]!.id}/approve`, { method: 'POST', body: { tags: ['family'] } });
  await server.staff(`/staff/submissions/${submissions[1]!.id}/approve`, { method: 'POST' });
  const cursor = (await server.call('/stories?limit=1')).body.nextCursor as string;
  return {
    eventIds: [open, small],
    rsvpIds: made.map((r) => r.id),
    celebrationIds,
    meetingIds,
    accountIds,
    cookie: admin.cookie,
    auditCursor: (await server.staff('/staff/audit?limit=1')).body.nextCursor as string,
    manageTokens,
    storyIds: [submissions[0]!.id, submissions[1]!.id],
    submissionIds: submissions.map((s) => s.id),
    withdrawTokens: submissions.map((s) => s.withdrawToken),
    cursor,
  };
}

/** Where the valid values of a path parameter come from. */
function pathValues(op: Operation, name: string, fixtures: Fixtures): string[] {
  if (name === 'rsvpId') return fixtures.rsvpIds;
  if (op.path.startsWith('/staff/celebrations/')) return fixtures.celebrationIds;
  if (op.path.startsWith('/staff/meetings/')) return fixtures.meetingIds;
  if (op.path.startsWith('/staff/accounts/')) return fixtures.accountIds;
  if (op.path.startsWith('/rsvps/')) return fixtures.manageTokens;
  if (op.path.startsWith('/stories/submissions/')) return fixtures.withdrawTokens;
  if (op.path.startsWith('/stories/')) return fixtures.storyIds;
  if (op.path.startsWith('/staff/submissions/')) return fixtures.submissionIds;
  return fixtures.eventIds;
}

function queryValue(name: string, op: Operation, fixtures: Fixtures): fc.Arbitrary<string> {
  const schema = op.parameters!.find((p) => p.name === name)!.schema as Schema;
  switch (name) {
    case 'from':
    case 'to':
      return fc.oneof(stringFor({ format: 'date-time' }).map(encodeURIComponent), fc.constantFrom('2026-01-01', '1900-01-01', '9999-12-31'));
    case 'limit':
      return fc.integer({ min: schema.minimum as number, max: schema.maximum as number }).map(String);
    case 'tags':
      return fc.array(stringFor(op.path === '/stories' ? resolve({ $ref: '#/components/schemas/StoryTag' }) : { minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 4 })
        .map((tags) => tags.map((t) => encodeURIComponent(t.replace(/,/g, ''))).join(','));
    case 'cursor':
      return fc.constant(op.path === '/staff/audit' ? fixtures.auditCursor : fixtures.cursor);
    case 'month':
      return fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
    case 'status':
    case 'when':
    case 'action':
    case 'recordType':
      return fc.constantFrom(...(schema.enum as string[]));
    case 'actor':
      return fc.constantFrom(...fixtures.accountIds);
    default:
      throw new Error(`no generator for the query parameter ${name}`);
  }
}

const usedKeys: string[] = ['a-key-used-by-nobody-yet'];

/** A `.` or `..` segment (also written %2e) names another address, which the server resolves as URLs do. */
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?=\/|\?|$)/i;

function requestFor(op: Operation, fixtures: Fixtures): fc.Arbitrary<Request> {
  // Under /staff/ a dot segment leads to the console's page (/staff/), which is not an operation of the API.
  const hostilePath = op.path.startsWith('/staff/') ? HOSTILE_PATH.filter((p) => !DOT_SEGMENT.test(`/${p}`)) : HOSTILE_PATH;
  const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path');
  const queryParams = (op.parameters ?? []).filter((p) => p.in === 'query');
  const takesKey = (op.parameters ?? []).some((p) => p.name === 'Idempotency-Key');

  const path = fc
    .tuple(...pathParams.map((param) => fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...pathValues(op, param.name, fixtures)) }, { weight: 2, arbitrary: fc.constantFrom(...hostilePath) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).map(encodeURIComponent) })))
    .map((values) => pathParams.reduce((p, param, i) => p.replace(`{${param.name}}`, values[i]!), op.path));

  const query = fc
    .tuple(...queryParams.map((param) => fc.option(fc.oneof({ weight: 3, arbitrary: queryValue(param.name, op, fixtures) }, { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_QUERY) }), { nil: undefined })), fc.boolean())
    .map(([...values]) => {
      const repeat = values.pop() as boolean; // sometimes a parameter twice
      const parts = queryParams.flatMap((param, i) => (values[i] === undefined ? [] : [`${param.name}=${values[i] as string}`]));
      if (repeat && parts.length > 0) parts.push(parts[0]!);
      return parts.length > 0 ? `?${parts.join('&')}` : '';
    });

  const key = fc.oneof(
    { weight: 8, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: fc.nat().map((i) => ({ reuse: i })) },
    { weight: 2, arbitrary: fc.constantFrom<string | string[] | undefined>(undefined, 'short', 'k'.repeat(201), 'a-key-1234, another-key', ['first-key-123', 'second-key-456'], '  spaced-out-key  ', 'key\twith\ttabs') },
  );
  const contentType = fc.oneof(
    { weight: 12, arbitrary: fc.constant<string | undefined>('application/json') },
    { weight: 1, arbitrary: fc.constantFrom<string | undefined>(undefined, 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=utf-16', 'application/problem+json') },
  );
  // Staff credentials: an admin's session cookie from the API's own origin, or the deprecated token; now and then
  // none, a wrong one, a forged cookie, or the cookie sent from another origin (or with none).
  const session = { Cookie: fixtures.cookie, Origin: server.url };
  const auth = fc.oneof(
    { weight: op.staff === 'signed-in' ? 0 : 6, arbitrary: fc.constant<Record<string, string>>({ Authorization: `Bearer ${STAFF}` }) },
    { weight: 6, arbitrary: fc.constant<Record<string, string>>(session) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<Record<string, string>>({}, { Authorization: 'Bearer wrong' }, { Authorization: `Basic ${STAFF}` },
        { Authorization: `Bearer ${STAFF}x` }, { ...session, Origin: 'https://elsewhere.example' }, { Cookie: fixtures.cookie },
        { Cookie: 'rw_staff_session=forged', Origin: server.url }, { ...session, Origin: 'null' }),
    },
  );
  // Signing in and out need no credentials, but the console's own origin.
  const origin = fc.oneof(
    { weight: 8, arbitrary: fc.constant<Record<string, string>>({ Origin: server.url }) },
    { weight: 1, arbitrary: fc.constantFrom<Record<string, string>>({}, { Origin: 'https://elsewhere.example' }, session) },
  );
  const body = op.requestBody ? fc.option(bodyFor(op.requestBody), { nil: undefined, freq: 20 }) : fc.constant(undefined);

  const credentials = op.staff ? auth : op.path.startsWith('/staff/') ? origin : fc.constant({});
  return fc.tuple(path, query, takesKey ? key : fc.constant(undefined), contentType, credentials, body).map(
    ([p, q, k, type, credential, text]) => {
      const headers: Record<string, string | string[]> = { ...credential };
      const chosenKey = k && typeof k === 'object' && 'reuse' in k ? usedKeys[k.reuse % usedKeys.length]! : k;
      if (chosenKey !== undefined) headers['Idempotency-Key'] = chosenKey;
      if (text !== undefined && type) headers['Content-Type'] = type;
      return { method: op.method.toUpperCase(), path: p + q, headers, body: text };
    },
  );
}

let agent: http.Agent;

function send(request: Request): Promise<Response> {
  return new Promise((resolveResponse, reject) => {
    const body = request.body === undefined ? undefined : Buffer.from(request.body, 'utf8');
    // The path goes out as generated: a URL would resolve `%2e%2e` and `..` before the server saw them.
    const { hostname, port } = new URL(server.url);
    const outgoing = http.request(
      { hostname, port, path: request.path, method: request.method, agent, headers: { ...request.headers, ...(body && { 'Content-Length': String(body.length) }) } },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = /json/.test(incoming.headers['content-type'] ?? '') ? JSON.parse(text) : undefined;
          } catch {
            json = undefined;
          }
          resolveResponse({ status: incoming.statusCode!, headers: incoming.headers, text, json });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// What every answer must be.

/** Signs of an internal error escaping: stack frames, file paths, database messages, SQL. */
const LEAKS = [/\n\s+at \S/, /node:internal/, /\/demo\/api\//, /\.(?:ts|js|mjs):\d+/, /syntax error at or near/i, /violates \w* ?\w* ?constraint/i,
  /invalid input syntax/i, /invalid byte sequence/i, /duplicate key value/i, /relation "\w+"/i, /\bSQLSTATE\b/, /\bselect\b.{0,80}\bfrom\b/is,
  /\binsert into\b/i, /\b(?:TypeError|RangeError|ReferenceError)\b/, /\bPGlite\b/i, /\bpg_\w+/];

let ajv: InstanceType<typeof Ajv2020>;
const validators = new Map<string, ValidateFunction>();
const validatorFor = (schemaId: string) => {
  let validate = validators.get(schemaId);
  if (!validate) validators.set(schemaId, (validate = ajv.compile({ $ref: `openapi#/components/schemas/${schemaId}` })));
  return validate;
};

function checkAnswer(op: Operation, request: Request, response: Response): void {
  const where = `${request.method} ${request.path.slice(0, 200)} -> ${response.status} ${response.text.slice(0, 300)}`;
  assert.ok(response.status < 500, `a ${response.status}: ${where}`);
  for (const leak of LEAKS) assert.ok(!leak.test(response.text) || leak.test(request.body ?? ''), `${leak} in the answer: ${where}`);
  if (DOT_SEGMENT.test(request.path)) return; // another address: this operation's answers do not apply
  const documented = op.responses[String(response.status)];
  assert.ok(documented, `${response.status} is not documented for ${op.operationId}: ${where}`);
  if (documented.schema) {
    assert.match(response.headers['content-type'] ?? '', /^application\/json/, where);
    const validate = validatorFor(documented.schema);
    assert.ok(validate(response.json), `not a valid ${documented.schema}: ${JSON.stringify(validate.errors?.slice(0, 3))} ${where}`);
  } else if (documented.contentType) {
    assert.ok(response.headers['content-type']?.startsWith(documented.contentType), where);
  } else {
    assert.equal(response.text, '', where);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// What an accepted write must have stored.

const normal = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
const sameInstant = (a: string, b: string, what: string) =>
  assert.ok(Math.abs(Date.parse(a) - Date.parse(b)) < 1, `${what}: ${a} read back as ${b}`);

function accepted<T>(schema: z.ZodMiniType<T>, request: Request, fallback?: unknown): T {
  const text = request.body?.replace(/^\uFEFF/, ''); // a byte order mark is allowed, and ignored (RFC 8259)
  const body: unknown = text === undefined || text.trim() === '' ? fallback : JSON.parse(text);
  const parsed = schema.safeParse(body);
  assert.ok(parsed.success, `accepted a body the contract refuses: ${request.body?.slice(0, 300)}`);
  return parsed.data;
}

function assertEventHas(event: Record<string, any>, input: Record<string, unknown>) {
  for (const [field, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (field === 'onlineUrl') assert.equal(event.online, value !== null, 'online');
    else if (field === 'start' || field === 'end') sameInstant(value as string, event[field] as string, field);
    else if (field === 'rsvpOpen') assert.ok(value === true || event.rsvpOpen === false, 'rsvpOpen');
    else assert.deepEqual(normal(event[field]), normal(value), field);
  }
}

/** Earlier 2xx answers by Idempotency-Key: the same key with the same request must answer the same. */
const answersByKey = new Map<string, { request: string; answer: unknown }>();

function sameKeySameAnswer(request: Request, sent: unknown, answer: unknown) {
  const key = request.headers['Idempotency-Key'] as string;
  const earlier = answersByKey.get(key.trim());
  if (earlier) {
    assert.equal(JSON.stringify(sent), earlier.request, 'a key reused for another request was accepted');
    assert.deepEqual(answer, earlier.answer, 'the same key and request answered differently');
  } else {
    answersByKey.set(key.trim(), { request: JSON.stringify(sent), answer });
  }
}

async function checkStored(op: Operation, request: Request, response: Response): Promise<'checked' | 'none'> {
  const key = request.headers['Idempotency-Key'];
  if (typeof key === 'string' && response.status < 300) usedKeys.push(key);
  if (response.status >= 300) return 'none';
  const pathId = (index: number) => decodeURIComponent(request.path.split('?')[0]!.split('/')[index]!);
  switch (op.operationId) {
    case 'createEvent':
    case 'updateEvent': {
      const input = accepted(op.operationId === 'createEvent' ? EventInputSchema : EventUpdateSchema, request);
      const event = response.json.event as Record<string, any>;
      assertEventHas(event, input);
      if (input.onlineUrl !== undefined) assert.equal(event.onlineUrl, input.onlineUrl, 'onlineUrl');
      const visible = { ...event };
      delete visible.onlineUrl; // private: visitors never see it
      delete visible.reminderHours; // staff's setting
      delete visible.seats;
      assert.deepEqual((await server.call(`/events/${event.id}`)).body.event, visible, 'read back by id');
      assert.deepEqual((await server.staff(`/staff/events/${event.id}`)).body.event, event, 'read back by staff');
      return 'checked';
    }
    case 'cancelEvent': {
      assert.equal(response.json.event.status, 'cancelled');
      assert.deepEqual((await server.staff(`/staff/events/${response.json.event.id}`)).body.event, response.json.event);
      return 'checked';
    }
    case 'checkIn':
    case 'undoCheckIn': {
      const { attendee } = response.json as { attendee: { id: string; checkedInAt: string | null } };
      assert.equal(attendee.checkedInAt === null, op.operationId === 'undoCheckIn');
      const listed = (await server.staff(`/staff/events/${pathId(3)}/attendees`)).body.attendees.find((a: { id: string }) => a.id === attendee.id);
      assert.deepEqual(listed, attendee, 'read back in the attendee list');
      return 'checked';
    }
    case 'createCelebration':
    case 'updateCelebration': {
      const input = accepted(CelebrationInputSchema, request);
      const { celebration } = response.json as { celebration: Record<string, unknown> & { id: string } };
      assert.deepEqual(celebration, { ...input, id: celebration.id });
      const month = (await server.staff(`/staff/celebrations?month=${input.date.slice(0, 7)}`)).body.celebrations;
      assert.deepEqual(month.find((c: { id: string }) => c.id === celebration.id), celebration, 'read back');
      return 'checked';
    }
    case 'deleteCelebration':
    case 'deleteMeeting': {
      const table = op.operationId === 'deleteMeeting' ? 'meetings where position' : 'celebrations where id';
      assert.deepEqual(await server.db.query(`select 1 from ${table} = $1`, [Number(pathId(3))]), []);
      return 'checked';
    }
    case 'createMeeting':
    case 'updateMeeting': {
      const input = accepted(MeetingInputSchema, request);
      const { meeting } = response.json as { meeting: Record<string, any> };
      const { id, ...feed } = meeting;
      assert.equal(feed.name, input.name);
      assert.deepEqual(feed.types, [...new Set(input.types)]);
      assert.equal(feed.attendance_option, input.attendance_option);
      const served = (await server.call('/meetings')).body.find((m: { slug: string }) => m.slug === feed.slug);
      assert.deepEqual(served, feed, 'served by GET /meetings');
      assert.ok((await server.staff('/staff/meetings')).body.meetings.some((m: { id: string }) => m.id === id));
      return 'checked';
    }
    case 'createAccount':
    case 'updateAccount':
    case 'resetPassword': {
      const { account } = response.json as { account: Record<string, any> };
      if (op.operationId === 'createAccount') {
        const input = accepted(AccountInputSchema, request);
        assert.deepEqual([account.email, account.displayName, account.role], [input.email.toLowerCase(), input.displayName, input.role]);
      } else if (op.operationId === 'updateAccount') {
        const input = accepted(AccountUpdateSchema, request);
        for (const [field, value] of Object.entries(input)) if (value !== undefined) assert.equal(account[field], value, field);
      } else {
        assert.equal(account.mustChangePassword, true);
      }
      const listed = (await server.staff('/staff/accounts')).body.accounts.find((a: { id: string }) => a.id === account.id);
      assert.deepEqual(listed, account, 'read back');
      assert.ok(!JSON.stringify(listed).includes('scrypt'), 'never the hash');
      return 'checked';
    }
    case 'updateStory':
    case 'unpublishStory': {
      const { submission } = response.json as { submission: Record<string, any> };
      if (op.operationId === 'updateStory') {
        const input = accepted(StaffStoryUpdateSchema, request);
        if (input.tags) assert.deepEqual(submission.tags, [...new Set(input.tags)]);
        if (input.featured !== undefined) assert.equal(submission.featured, input.featured);
        if (input.body !== undefined) assert.equal(submission.body, input.body);
        const story = (await server.call(`/stories/${submission.id}`)).body.story;
        assert.deepEqual([story.title, story.body, story.tags, story.featured], [submission.title, submission.body, submission.tags, submission.featured]);
      } else {
        assert.equal(submission.status, 'unpublished');
        assert.equal((await server.call(`/stories/${submission.id}`)).status, 404);
      }
      return 'checked';
    }
    case 'createRsvp': {
      const input = accepted(RsvpRequestSchema, request);
      const made = response.json.rsvp as { id: string; manageToken: string; status: string };
      sameKeySameAnswer(request, [pathId(2), input], { id: made.id, manageToken: made.manageToken });
      const [row] = await server.db.query<Record<string, unknown>>('select name, email, phone, guests, answers from rsvps where id = $1', [made.id]);
      assert.deepEqual(normal(row), normal({ name: input.name, email: input.email ?? null, phone: input.phone ?? null, guests: input.guests, answers: input.answers }));
      const detail = (await server.call(`/rsvps/${made.manageToken}`)).body.rsvp;
      assert.deepEqual([detail.id, detail.eventId, detail.name, detail.guests], [made.id, pathId(2), input.name, input.guests]);
      return 'checked';
    }
    case 'updateRsvp': {
      const input = accepted(RsvpUpdateSchema, request);
      assert.equal(response.json.rsvp.guests, input.guests);
      assert.deepEqual((await server.call(`/rsvps/${pathId(2)}`)).body, response.json, 'read back by token');
      return 'checked';
    }
    case 'cancelRsvp': {
      assert.equal((await server.call(`/rsvps/${pathId(2)}`)).body.rsvp.status, 'cancelled');
      return 'checked';
    }
    case 'submitStory': {
      const input = accepted(StorySubmissionSchema, request);
      const { id, withdrawToken } = response.json.submission as { id: string; withdrawToken: string };
      const [row] = await server.db.query<Record<string, unknown>>(
        `select display_name, title, body, content_warning, recovery_years, email, consent_share, status, withdraw_token_hash, lang
           from story_submissions where id = $1`,
        [id],
      );
      if (input.website) {
        assert.equal(row, undefined, 'a filled honeypot is not kept');
        return 'checked';
      }
      const replay = answersByKey.has((request.headers['Idempotency-Key'] as string).trim());
      sameKeySameAnswer(request, input, response.json);
      assert.ok(row && (replay || row.status === 'pending'), `stored, pending: ${JSON.stringify(row)}`);
      assert.deepEqual(normal({ ...row, status: undefined }), normal({
        display_name: input.displayNameMode === 'anonymous' ? 'Anonymous' : input.displayName,
        title: input.title,
        body: input.body,
        content_warning: input.contentWarning || null,
        recovery_years: input.recoveryYears ?? null,
        email: input.email || null,
        consent_share: input.consentShare,
        withdraw_token_hash: sha256(withdrawToken),
        lang: input.lang ?? null,
      }));
      return 'checked';
    }
    case 'approveSubmission': {
      const input = accepted(StaffDecisionSchema, request, {});
      const story = response.json as Record<string, any>;
      assert.equal(story.staffDisclosure, input.staffDisclosure ?? null);
      if (input.title !== undefined) assert.equal(story.title, input.title);
      if (input.body !== undefined) assert.equal(story.body, input.body);
      if (input.featured !== undefined) assert.equal(story.featured, input.featured);
      if (input.tags) assert.deepEqual(story.tags, [...new Set(input.tags)]);
      if (input.lang !== undefined) assert.equal(story.lang, input.lang);
      assert.deepEqual((await server.call(`/stories/${story.id}`)).body.story, story, 'read back by id');
      return 'checked';
    }
    case 'rejectSubmission':
    case 'withdrawStory': {
      const [row] = op.operationId === 'rejectSubmission'
        ? await server.db.query<{ status: string }>('select status from story_submissions where id = $1', [pathId(3)])
        : await server.db.query<{ status: string }>('select status from story_submissions where withdraw_token_hash = $1', [sha256(pathId(3))]);
      assert.equal(row?.status, op.operationId === 'rejectSubmission' ? 'rejected' : 'withdrawn');
      return 'checked';
    }
    default:
      return 'none';
  }
}

// ---------------------------------------------------------------------------------------------------------------

let server: TestServer;
before(async () => {
  // Sign-in throttling would turn the fixtures' own sign-ins away after the sign-in operation's fuzzing: off here.
  server = await startServer({ signInFreeFailuresPerAccount: 1_000_000, signInFreeFailuresPerClient: 1_000_000 });
  agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormats as unknown as (a: unknown) => void)(ajv);
  ajv.addSchema({ $id: 'openapi', components: document.components });
});
after(async () => {
  agent.destroy();
  await server.close();
});

describe(`fuzz: ${RUNS} requests for each of the ${operations.length} operations (seed ${SEED})`, () => {
  for (const [index, op] of operations.entries()) {
    it(`${op.method.toUpperCase()} ${op.path} (${op.operationId})`, async (t) => {
      const fixtures = await makeFixtures();
      const statuses = new Map<number, number>();
      let readBack = 0;
      await fc.assert(
        fc.asyncProperty(requestFor(op, fixtures), async (request) => {
          const audited = async () => Number((await server.db.query<{ n: number }>('select count(*)::int as n from audit_log'))[0]!.n);
          const before = op.staff && op.method !== 'get' ? await audited() : 0;
          const response = await send(request);
          if (op.staff && op.method !== 'get' && response.status < 300) {
            assert.ok((await audited()) > before, `an accepted staff write is in the audit log: ${request.method} ${request.path}`);
          }
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          checkAnswer(op, request, response);
          if ((await checkStored(op, request, response)) === 'checked') readBack++;
        }),
        { seed: SEED + index, numRuns: RUNS, endOnFailure: true },
      );
      const summary = [...statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(' ');
      t.diagnostic(`${summary}; ${readBack} writes read back`);
      if (op.method !== 'get' && RUNS >= 50) assert.ok(readBack > 0 || !/create|submit|update|approve/.test(op.operationId), 'some writes were accepted');
    });
  }
});
