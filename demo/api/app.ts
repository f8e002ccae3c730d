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
import { RsvpRequestSchema, RsvpUpdateSchema } from '../../src/core/api/events.js';
import { StorySubmissionSchema, StoryTagSchema } from '../../src/core/api/stories.js';
import { buildOpenApiDocument } from '../../src/core/api/openapi.js';
import type { ServerConfig } from './config.js';
import type { Database } from './db.js';
import * as events from './events.js';
import * as stories from './stories.js';
import { Problem } from './problems.js';
import { RateLimiter } from './rate-limit.js';
import { dateParam, idParam, idempotencyKey, intParam, jsonBody, tagsParam, tokenParam } from './request.js';
import { scryptHasher, type PasswordHasher } from './passwords.js';
import { guardStaff, type StaffDeps } from './staff-auth.js';
import { accountRoutes } from './account-routes.js';
import { monthQuery, staffRoutes } from './staff-routes.js';
import { staffConsole } from './staff-console.js';
import { createMailer, type Mailer } from './mail/outbox.js';
import { pageAllowed } from './mail/rsvp-mail.js';
import { mailRoutes } from './mail-routes.js';
import { invalid } from './problems.js';
import type { Event } from '../../src/core/api/events.js';

z.config(en()); // readable field messages in 422 answers

export interface AppOptions {
  db: Database;
  config: ServerConfig;
  /** Where the API is mounted, e.g. `/api` inside the demo site; '' when it is the whole server. */
  basePath?: string;
  version?: string;
  /** The time, for sessions and sign-in throttling: tests move it on instead of sleeping. */
  now?: () => Date;
  /** Password hashing (tests count its calls); scrypt at `config.passwordCost` by default. */
  hasher?: PasswordHasher;
  /**
   * The outbox and its sender; by default one for `config.mail` that is not started (messages wait in the outbox, or
   * are held when there is no SMTP). The server starts its sender.
   */
  mailer?: Mailer;
}

/** Paths with secrets in them are logged without the secret. */
const redact = (path: string) =>
  path
    .replace(/\/rsvps\/[^/]+/, '/rsvps/:token')
    .replace(/\/stories\/submissions\/[^/]+/, '/stories/submissions/:token')
    .replace(/\/mail\/unsubscribe\/[^/]+/, '/mail/unsubscribe/:token');

export function createApp({ db, config, basePath = '', version = '0.0.0', now = () => new Date(), hasher, mailer }: AppOptions) {
  const app = new Hono().basePath(basePath || '/');
  const mail = mailer ?? createMailer({ db, config: config.mail, now });
  const staff: StaffDeps = {
    mail,
    db,
    config,
    hasher: hasher ?? scryptHasher(config.passwordCost),
    now,
    times: { idleMs: config.sessionIdleMinutes * 60_000, maxMs: config.sessionMaxHours * 3_600_000 },
    basePath: basePath === '/' ? '' : basePath,
  };
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

  // The public endpoints answer the center's sites (CORS_ORIGINS); the staff endpoints only the listed staff origins,
  // with credentials (the session cookie). The staff console on the API's own origin needs no CORS at all.
  const publicCors = cors({
    origin: (origin) => (config.corsOrigins.includes(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Idempotency-Key', 'Authorization'],
    exposeHeaders: ['Retry-After', 'Idempotent-Replayed'],
    maxAge: 600,
  });
  const staffCors = cors({
    origin: (origin) => (config.staffOrigins.includes(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Authorization'],
    exposeHeaders: ['Retry-After', 'Content-Disposition'],
    credentials: true,
    maxAge: 600,
  });
  type CorsContext = Parameters<typeof staffCors>[0];
  app.use('*', (c, next) => (c.req.path.includes('/staff/') ? staffCors(c as CorsContext, next) : publicCors(c as CorsContext, next)));

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

  // The staff console's page (demo/api/staff-console.ts) when the API is the whole origin; it needs no session itself.
  if (!staff.basePath) app.route('/', staffConsole({ api: '/' }));
  guardStaff(app, staff);

  app.get('/openapi.json', (c) => c.json(buildOpenApiDocument(version)));
  app.get('/health', (c) => c.json({ ok: true }));

  app.get('/meetings', async (c) => c.json(await stories.listMeetings(db)));

  // Events say whether the center e-mails guests about their RSVPs: the form offers it (unticked) only then.
  const offerEmail = <T extends Event>(event: T): T => (config.mail.emailUpdates ? { ...event, emailUpdates: true } : event);

  app.get('/events', async (c) => {
    const tags = tagsParam(c.req.query('tags'), { max: 20, message: 'At most 20 tags of up to 40 characters.' });
    const list = await events.listEvents(db, {
      from: dateParam(c.req.query('from'), 'from'),
      to: dateParam(c.req.query('to'), 'to'),
      limit: intParam(c.req.query('limit'), 'limit', 1, 500, 100),
      tags,
    });
    return c.json({ events: list.map(offerEmail) });
  });

  const eventId = (c: Context) => idParam(c, 'id', 'This event');
  const manageToken = (c: Context) => tokenParam(c, 'token', 'This RSVP');

  app.get('/events/:id', async (c) => c.json({ event: offerEmail(await events.getEvent(db, eventId(c))) }));

  app.post('/events/:id/rsvps', async (c) => {
    const id = eventId(c);
    const key = idempotencyKey(c);
    const request = await jsonBody(c, RsvpRequestSchema);
    if (request.emailMe && !config.mail.emailUpdates) throw invalid('emailMe', 'This center does not send e-mail about RSVPs.');
    if (request.emailMe && request.page && !pageAllowed(request.page, config, c.req.url)) {
      throw invalid('page', "Must be a page on one of the center's sites.");
    }
    const { replayed, ...rsvp } = await events.createRsvp(db, id, request, key, mail);
    if (replayed) c.header('Idempotent-Replayed', 'true');
    return c.json({ rsvp }, 201);
  });

  app.get('/rsvps/:token', async (c) => {
    const detail = await events.rsvpDetail(db, manageToken(c));
    return c.json({ ...detail, event: offerEmail(detail.event) });
  });

  app.patch('/rsvps/:token', async (c) => {
    const token = manageToken(c);
    const { guests } = await jsonBody(c, RsvpUpdateSchema);
    const detail = await events.updateGuests(db, token, guests, mail);
    return c.json({ ...detail, event: offerEmail(detail.event) });
  });

  app.delete('/rsvps/:token', async (c) => {
    await events.cancelRsvp(db, manageToken(c), mail);
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

  app.get('/milestones/celebrations', async (c) => c.json(await stories.listCelebrations(db, monthQuery(c, new Date()))));

  accountRoutes(app, staff);
  staffRoutes(app, staff);
  mailRoutes(app, { db, config, mailer: mail, staff });

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
