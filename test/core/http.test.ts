import { expect } from '@open-wc/testing';
import { rejection } from '../support/rejection.js';
import * as z from 'zod/mini';
import { apiUrl, getJson, retryAfterSeconds } from '../../src/core/http.js';
import { newIdempotencyKey, sendJson } from '../../src/core/send.js';
import {
  HttpStatusError,
  InvalidShapeError,
  NetworkError,
  NotJsonError,
  ResponseTooLargeError,
  TimeoutError,
  isAbortError,
} from '../../src/core/errors.js';
import { errorMessage } from '../../src/core/errors.js';
import { loadLanguage, translate } from '../../src/core/i18n/translate.js';

// Each test gets its own id, so the server's per-id counters never mix tests.
let counter = 0;
const uid = () => `${Date.now()}-${++counter}`;
const route = (path: string, params: Record<string, string | number> = {}) => {
  const url = new URL(`/__misbehave/${path}`, location.origin);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, String(v));
  return url.href;
};
const seen = async (id: string) =>
  (await (await fetch(route('seen', { id }))).json()) as { hits: number; keys: string[] };


describe('getJson against a misbehaving server', () => {
  before(() => loadLanguage('es'));

  it('returns the parsed body', async () => {
    expect(await getJson(route('json', { id: uid() }))).to.deep.equal({ ok: true, items: [1, 2, 3] });
  });

  it('gives up on a slow reply at the timeout, without retrying it', async () => {
    const id = uid();
    const started = performance.now();
    const error = await rejection(getJson(route('json', { id, delay: 3000 }), { timeoutMs: 300 }));
    expect(error).to.be.instanceOf(TimeoutError);
    expect((error as TimeoutError).kind).to.equal('timeout');
    expect(performance.now() - started).to.be.lessThan(2500);
    expect((await seen(id)).hits).to.equal(1);
  });

  it('retries a 500 and returns the 200 that follows', async () => {
    const id = uid();
    const body = await getJson(route('flaky', { id, fail: 1 }), { retryDelayMs: 10 });
    expect(body).to.deep.equal({ ok: true, attempt: 2 });
    expect((await seen(id)).hits).to.equal(2);
  });

  it('stops after its retries and reports the status with the server message', async () => {
    const id = uid();
    const error = (await rejection(
      getJson(route('flaky', { id, fail: 99, status: 503 }), { retries: 2, retryDelayMs: 10 }),
    )) as HttpStatusError;
    expect(error).to.be.instanceOf(HttpStatusError);
    expect(error.status).to.equal(503);
    expect(error.serverMessage).to.equal('The server had a moment.');
    expect((await seen(id)).hits).to.equal(3);
  });

  for (const code of [400, 404, 429]) {
    it(`does not retry a ${code}`, async () => {
      const id = uid();
      const error = await rejection(getJson(route('status', { id, code }), { retryDelayMs: 10 }));
      expect((error as HttpStatusError).status).to.equal(code);
      expect((await seen(id)).hits).to.equal(1);
    });
  }

  it('treats a truncated body as a network error, and retries it', async () => {
    const id = uid();
    const error = await rejection(getJson(route('truncated', { id }), { retries: 1, retryDelayMs: 10 }));
    expect(error).to.be.instanceOf(NetworkError);
    expect((await seen(id)).hits).to.equal(2);
  });

  it('reports an HTML page sent with 200 as not JSON', async () => {
    const error = await rejection(getJson(route('html', { id: uid() })));
    expect(error).to.be.instanceOf(NotJsonError);
    expect(errorMessage(error, (k, p) => translate('en', k, p))).to.equal(
      'The information we received could not be read.',
    );
  });

  it('reports an HTML error page by its status and never passes its markup on', async () => {
    const error = (await rejection(getJson(route('html', { id: uid(), code: 502 }), { retries: 0 }))) as HttpStatusError;
    expect(error).to.be.instanceOf(HttpStatusError);
    expect(error.status).to.equal(502);
    expect(error.serverMessage).to.equal(undefined);
    expect(errorMessage(error, (k, p) => translate('es', k, p))).to.equal(
      'El servidor tuvo un problema. Intente de nuevo en un momento.',
    );
  });

  it('checks the shape when given a schema', async () => {
    const schema = z.object({ ok: z.literal(true), items: z.array(z.string()) });
    const error = await rejection(getJson(route('json', { id: uid() }), { schema }));
    expect(error).to.be.instanceOf(InvalidShapeError);
    const fine = await getJson(route('json', { id: uid() }), { schema: z.object({ items: z.array(z.number()) }) });
    expect(fine.items).to.deep.equal([1, 2, 3]);
  });

  it('refuses a body over the size cap, declared or streamed', async () => {
    const declared = await rejection(getJson(route('big', { id: uid(), bytes: 200_000 }), { maxBytes: 50_000 }));
    expect(declared).to.be.instanceOf(ResponseTooLargeError);
    const streamed = await rejection(
      getJson(route('big', { id: uid(), bytes: 200_000, chunked: 1 }), { maxBytes: 50_000 }),
    );
    expect(streamed).to.be.instanceOf(ResponseTooLargeError);
    const fits = await getJson<unknown[]>(route('big', { id: uid(), bytes: 20_000 }), { maxBytes: 50_000 });
    expect(fits.length).to.be.greaterThan(100);
  });

  it('reads text whose characters are split between the chunks it arrives in', async () => {
    expect(await getJson(route('split-text', { id: uid() }))).to.deep.equal({ name: 'Reunión “Paso a paso” 🙂 — Tuesday', notes: 'ñ'.repeat(50) });
  });

  it('reports an unreachable server as a network error', async () => {
    const error = await rejection(getJson('http://127.0.0.1:1/feed.json', { retries: 0 }));
    expect(error).to.be.instanceOf(NetworkError);
  });

  it('cancels a superseded request with an AbortError, promptly', async () => {
    const controller = new AbortController();
    const started = performance.now();
    const pending = rejection(getJson(route('json', { id: uid(), delay: 3000 }), { signal: controller.signal }));
    setTimeout(() => controller.abort(), 50);
    const error = await pending;
    expect(isAbortError(error)).to.equal(true);
    expect(performance.now() - started).to.be.lessThan(1500);
  });

  it('cancels during the wait between retries', async () => {
    const controller = new AbortController();
    const id = uid();
    const pending = rejection(
      getJson(route('flaky', { id, fail: 99 }), { signal: controller.signal, retryDelayMs: 5000 }),
    );
    setTimeout(() => controller.abort(), 300);
    expect(isAbortError(await pending)).to.equal(true);
    expect((await seen(id)).hits).to.equal(1);
  });
});

describe('sendJson', () => {
  it('sends the Idempotency-Key, is not retried automatically, and the caller retries with the same key', async () => {
    const id = uid();
    const key = newIdempotencyKey();
    const url = route('flaky', { id, fail: 1, status: 503 });
    const first = await rejection(sendJson('POST', url, { guests: 1 }, { idempotencyKey: key }));
    expect((first as HttpStatusError).status).to.equal(503);
    expect((await seen(id)).hits).to.equal(1);
    const second = await sendJson('POST', url, { guests: 1 }, { idempotencyKey: key });
    expect(second.status).to.equal(201);
    expect((await seen(id)).keys).to.deep.equal([key, key]);
  });

  it('passes field errors of a 422 on', async () => {
    const error = (await rejection(sendJson('POST', route('status', { id: uid(), code: 422 }), {}))) as HttpStatusError;
    expect(error.fieldErrors).to.deep.equal([{ field: 'name', message: 'Please enter a name.' }]);
  });

  it('reads Retry-After of a 429 into the message', async () => {
    const error = (await rejection(sendJson('POST', route('status', { id: uid(), code: 429 }), {}))) as HttpStatusError;
    expect(error.retryAfterSeconds).to.equal(7);
    expect(errorMessage(error, (k, p) => translate('en', k, p))).to.equal(
      'There were too many tries. Please wait 7 seconds and try again.',
    );
  });
});

describe('helpers', () => {
  it('makes unique version-4 idempotency keys', () => {
    const keys = new Set(Array.from({ length: 500 }, newIdempotencyKey));
    expect(keys.size).to.equal(500);
    for (const key of keys) expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('joins the api base and a path', () => {
    expect(apiUrl('https://center.example/api', '/events')).to.equal('https://center.example/api/events');
    expect(apiUrl('https://center.example/api/', 'events', { from: '2026-01-01', to: undefined })).to.equal(
      'https://center.example/api/events?from=2026-01-01',
    );
    expect(apiUrl('/api', '/stories')).to.equal(`${location.origin}/api/stories`);
    expect(() => apiUrl('javascript:alert(1)//', '/events')).to.throw(TypeError);
  });

  it('reads Retry-After as seconds or as a date', () => {
    const now = Date.parse('2026-11-22T10:00:00Z');
    expect(retryAfterSeconds('120', now)).to.equal(120);
    expect(retryAfterSeconds('Sun, 22 Nov 2026 10:00:30 GMT', now)).to.equal(30);
    expect(retryAfterSeconds('soon', now)).to.equal(undefined);
    expect(retryAfterSeconds(null, now)).to.equal(undefined);
  });
});
