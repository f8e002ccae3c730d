/**
 * The reference center API on Hono (web-standard Request/Response, so it also runs on serverless platforms).
 * Every route validates with the contract's zod schemas; answers are `{ errors }` (422) or `{ message }`.
 */
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { bodyLimit } from 'hono/body-limit';
import { getConnInfo } from '@hono/node-server/conninfo';
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { EventInputSchema, EventUpdateSchema, RsvpRequestSchema, RsvpUpdateSchema } from '../../src/core/api/events.js';
import { StorySubmissionSchema, StoryTagSchema } from '../../src/core/api/stories.js';
import { StaffDecisionSchema, SubmissionStatusSchema } from '../../src/core/api/staff.js';
import { buildOpenApiDocument } from '../../src/core/api/openapi.js';
import type { ServerConfig } from './config.js';
import type { Database } from './db.js';
import * as events from './events.js';
import * as stories from './stories.js';
import { Problem, invalid } from './problems.js';
import { RateLimiter } from './rate-limit.js';
import { dateParam, idParam, idempotencyKey, intParam, jsonBody, parseWith, tagsParam, tokenParam } from './request.js';
import { sameSecret } from './tokens.js';

z.config(en()); // readable field messages in 422 answers

export interface AppOptions {
  db: Database;
  config: ServerConfig;
  /** Where the API is mounted, e.g. `/api` inside the demo site; '' when it is the whole server. */
  basePath?: string;
  version?: string;
}

/** Paths with secrets in them are logged without the secret. */
const redact = (path: string) =>
  path.replace(/\/rsvps\/[^/]+/, '/rsvps/:token').replace(/\/stories\/submissions\/[^/]+/, '/stories/submissions/:token');

export function createApp({ db, config, basePath = '', version = '0.0.0' }: AppOptions) {
  const app = new Hono().basePath(basePath || '/');
  const writes = new RateLimiter(config.rateLimitWrites, config.rateLimitWindowSeconds * 1000);
  const log = (line: Record<string, unknown>) => {
    if (config.logLevel === 'info' || (config.logLevel === 'error' && line.level === 'error')) {
      console.log(JSON.stringify({ time: new Date().toISOString(), ...line }));
    }
  };

  // Method, path (secrets removed), status and time; never bodies, names or contacts.
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    log({ level: 'info', method: c.req.method, path: redact(c.req.path), status: c.res.status, ms: Math.round(performance.now() - started) });
  });

  app.use(
    '*',
    cors({
      origin: (origin) => (config.corsOrigins.includes(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
      allowHeaders: ['Content-Type', 'Idempotency-Key', 'Authorization'],
      exposeHeaders: ['Retry-After', 'Idempotent-Replayed'],
      maxAge: 600,
    }),
  );

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    if (c.req.method !== 'GET' || /\/(rsvps|staff)\//.test(c.req.path)) c.header('Cache-Control', 'no-store');
  });

  app.use(
    '*',
    bodyLimit({
      maxSize: config.bodyLimitBytes,
      // The rest of the body is not read, so the connection cannot carry another request: say so, or the client's
      // next request on it fails.
      onError: (c) => {
        c.header('Connection', 'close');
        return c.json({ message: `The request body is larger than ${config.bodyLimitBytes} bytes.` }, 413);
      },
    }),
  );

  // Writes are limited per client. Staff are trusted and not counted.
  app.use('*', async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'OPTIONS' || c.req.path.includes('/staff/')) return next();
    const forwarded = config.trustProxy ? c.req.header('X-Forwarded-For')?.split(',')[0]?.trim() : undefined;
    let client = forwarded;
    if (!client) {
      try {
        client = getConnInfo(c as Context).remote.address;
      } catch {
        client = 'unknown'; // not on Node (e.g. a serverless runtime): one shared bucket
      }
    }
    const wait = writes.take(client ?? 'unknown');
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return c.json({ message: `Too many requests. Please wait ${wait} seconds.` }, 429);
    }
    return next();
  });

  app.use('/staff/*', async (c, next) => {
    const header = c.req.header('Authorization') ?? '';
    const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
    if (!given || !sameSecret(given, config.staffToken)) {
      c.header('WWW-Authenticate', 'Bearer');
      return c.json({ message: 'A valid staff token is required.' }, 401);
    }
    return next();
  });

  app.get('/openapi.json', (c) => c.json(buildOpenApiDocument(version)));
  app.get('/health', (c) => c.json({ ok: true }));

  app.get('/meetings', async (c) => c.json(await stories.listMeetings(db)));

  app.get('/events', async (c) => {
    const tags = tagsParam(c.req.query('tags'), { max: 20, message: 'At most 20 tags of up to 40 characters.' });
    const list = await events.listEvents(db, {
      from: dateParam(c.req.query('from'), 'from'),
      to: dateParam(c.req.query('to'), 'to'),
      limit: intParam(c.req.query('limit'), 'limit', 1, 500, 100),
      tags,
    });
    return c.json({ events: list });
  });

  const eventId = (c: Context) => idParam(c, 'id', 'This event');
  const manageToken = (c: Context) => tokenParam(c, 'token', 'This RSVP');
  const submissionId = (c: Context) => idParam(c, 'id', 'This submission');

  app.get('/events/:id', async (c) => c.json({ event: await events.getEvent(db, eventId(c)) }));

  app.post('/events/:id/rsvps', async (c) => {
    const id = eventId(c);
    const key = idempotencyKey(c);
    const request = await jsonBody(c, RsvpRequestSchema);
    const { replayed, ...rsvp } = await events.createRsvp(db, id, request, key);
    if (replayed) c.header('Idempotent-Replayed', 'true');
    return c.json({ rsvp }, 201);
  });

  app.get('/rsvps/:token', async (c) => c.json(await events.rsvpDetail(db, manageToken(c))));

  app.patch('/rsvps/:token', async (c) => {
    const token = manageToken(c);
    const { guests } = await jsonBody(c, RsvpUpdateSchema);
    return c.json(await events.updateGuests(db, token, guests));
  });

  app.delete('/rsvps/:token', async (c) => {
    await events.cancelRsvp(db, manageToken(c));
    return c.body(null, 204);
  });

  app.get('/stories', async (c) => {
    const tags = tagsParam(c.req.query('tags'), {
      max: 10,
      tag: StoryTagSchema,
      message: 'At most 10 tags, separated by commas; each is lowercase letters, digits and hyphens, up to 40 characters.',
    });
    const limit = intParam(c.req.query('limit'), 'limit', 1, 50, 10);
    return c.json(await stories.listStories(db, { cursor: c.req.query('cursor') || undefined, limit, tags }));
  });

  app.get('/stories/:id', async (c) => c.json({ story: await stories.getStory(db, idParam(c, 'id', 'This story')) }));

  app.post('/stories', async (c) => {
    const key = idempotencyKey(c);
    const submission = await jsonBody(c, StorySubmissionSchema);
    const accepted = await stories.submitStory(db, submission, key);
    return c.json({ submission: { id: accepted.id, status: 'pending', withdrawToken: accepted.withdrawToken } }, 202);
  });

  app.delete('/stories/submissions/:token', async (c) => {
    await stories.withdrawStory(db, tokenParam(c, 'token', 'This story'));
    return c.body(null, 204);
  });

  app.get('/milestones/celebrations', async (c) => {
    const month = c.req.query('month') || new Date().toISOString().slice(0, 7);
    if (!/^(19|[2-9]\d)\d\d-(0[1-9]|1[0-2])$/.test(month)) throw invalid('month', 'Must be a month from 1900 to 9999, written YYYY-MM.');
    return c.json(await stories.listCelebrations(db, month));
  });

  app.get('/staff/submissions', async (c) => {
    const status = parseWith(SubmissionStatusSchema, c.req.query('status') || 'pending');
    return c.json(await stories.listSubmissions(db, status));
  });

  app.post('/staff/submissions/:id/approve', async (c) => {
    const id = submissionId(c);
    const decision = await jsonBody(c, StaffDecisionSchema, {});
    return c.json(await stories.approveSubmission(db, id, decision));
  });

  app.post('/staff/submissions/:id/reject', async (c) => {
    await stories.rejectSubmission(db, submissionId(c));
    return c.body(null, 204);
  });

  app.post('/staff/events', async (c) => c.json({ event: await events.createEvent(db, await jsonBody(c, EventInputSchema)) }, 201));

  app.patch('/staff/events/:id', async (c) => {
    const id = eventId(c);
    return c.json({ event: await events.updateEvent(db, id, await jsonBody(c, EventUpdateSchema)) });
  });

  app.post('/staff/events/:id/cancel', async (c) => c.json({ event: await events.cancelEvent(db, eventId(c)) }));

  app.get('/staff/events/:id/rsvps.csv', async (c) => {
    const id = eventId(c);
    const csv = await events.rsvpsCsv(db, id);
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="rsvps-${id}.csv"`,
    });
  });

  app.notFound((c) => c.json({ message: 'There is nothing at this address.' }, 404));

  // Known problems go out as they are; anything else is a 500 with no stack, SQL or data in it, and is
  // logged by kind only (database errors can quote the values they failed on).
  app.onError((error, c) => {
    if (error instanceof Problem) return c.json(error.body, error.status);
    log({ level: 'error', method: c.req.method, path: redact(c.req.path), error: error.name, code: (error as { code?: string }).code });
    return c.json({ message: 'Something went wrong on our side. Please try again.' }, 500);
  });

  return app;
}
