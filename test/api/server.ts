/**
 * Starts the real reference server on an ephemeral loopback port with a fresh in-memory PGlite, or, when
 * TEST_DATABASE_URL names a PostgreSQL server, a fresh database created there (and dropped afterwards).
 */
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp } from '../../demo/api/app.js';
import { configFromEnv, type ServerConfig } from '../../demo/api/config.js';
import { migrate, openPglite, openPostgres, type Database } from '../../demo/api/db.js';
import { seedIfEmpty } from '../../demo/api/seed.js';
import { scryptHasher, type PasswordHasher } from '../../demo/api/passwords.js';
import { createAccount as createStaffAccount } from '../../demo/api/accounts.js';
import type { Role } from '../../src/core/api/accounts.js';
import { eventInput } from '../support/event-input.js';
import type { EventInput } from '../../src/core/api/events.js';
import { createMailer, type Mailer } from '../../demo/api/mail/outbox.js';

export const STAFF = 'test-staff-token-0123456789';

type Answer = { status: number; body: any; headers: Headers };
type Init = { method?: string; body?: unknown; headers?: Record<string, string> };

/** A browser signed in as one staff account: sends its session cookie, and its Origin (the API's own) on every request. */
export interface StaffClient {
  email: string;
  password: string;
  accountId: string;
  cookie: string;
  call(path: string, init?: Init): Promise<Answer>;
}

export interface TestServer {
  url: string;
  db: Database;
  config: ServerConfig;
  /** fetch against the server, JSON in and out. */
  call(path: string, init?: { method?: string; body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; body: any; headers: Headers }>;
  /** With the deprecated STAFF_TOKEN. */
  staff(path: string, init?: { method?: string; body?: unknown }): Promise<{ status: number; body: any; headers: Headers }>;
  /** The server's clock is the real time moved on by `advance`: sessions expire without anyone sleeping. */
  advance(ms: number): void;
  /** How many password hashes and verifications the server computed. */
  hashing: { hash: number; verify: number };
  /** Creates an account straight in the database (a password to change first only when asked). */
  account(role: Role, options?: { email?: string; password?: string; mustChangePassword?: boolean; displayName?: string }): Promise<{ id: string; email: string; password: string }>;
  /** The outbox and its sender (started only when `startServer` was asked for mail). */
  mailer: Mailer;
  /** Signs in through the API and returns the signed-in browser; throws unless it worked. */
  signIn(email: string, password: string): Promise<StaffClient>;
  /** A new account of this role, signed in. */
  as(role: Role): Promise<StaffClient>;
  close(): Promise<void>;
}

/** A cheap scrypt cost for tests (the real one is 2^17), counting its calls. */
function countingHasher(): { hasher: PasswordHasher; hashing: { hash: number; verify: number } } {
  const inner = scryptHasher(10);
  const hashing = { hash: 0, verify: 0 };
  return {
    hashing,
    hasher: {
      hash: (password) => (hashing.hash++, inner.hash(password)),
      verify: (stored, password) => (hashing.verify++, inner.verify(stored, password)),
      get dummy() {
        return inner.dummy;
      },
    },
  };
}

let accounts = 0;

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function freshDatabase(): Promise<{ db: Database; url?: string; dispose: () => Promise<void> }> {
  if (!process.env.TEST_DATABASE_URL) {
    const db = await openPglite();
    return { db, dispose: () => db.close() };
  }
  const name = `recovery_test_${randomUUID().replace(/-/g, '')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(process.env.TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.href);
  return {
    db,
    url: url.href,
    dispose: async () => {
      await db.close();
      await adminQuery(`drop database ${name}`);
    },
  };
}

/**
 * `mail`: start the outbox's sender (it sends through `config.mail.smtpUrl`), with unsubscribe links pointing at this
 * server. Without it messages wait in the outbox (or are held, without SMTP).
 */
export async function startServer(overrides: Partial<ServerConfig> = {}, { seed = false, mail = false } = {}): Promise<TestServer> {
  const { db, dispose } = await freshDatabase();
  await migrate(db);
  const { hasher, hashing } = countingHasher();
  if (seed) await seedIfEmpty(db, new Date(), { hasher });
  const config: ServerConfig = {
    ...configFromEnv({}),
    logLevel: 'silent',
    rateLimitWrites: 1_000_000,
    staffToken: STAFF,
    ...overrides,
  };
  let offset = 0;
  const now = () => new Date(Date.now() + offset);
  const mailer = createMailer({ db, config: config.mail, now });
  const server = serve({ fetch: createApp({ db, config, version: 'test', now, hasher, mailer }).fetch, port: 0, hostname: '127.0.0.1' }) as Server;
  if (!server.listening) await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  if (mail) {
    config.mail.publicUrl ??= url;
    mailer.start();
  }

  const call: TestServer['call'] = async (path, { method = 'GET', body, headers = {} } = {}) => {
    const response = await fetch(url + path, {
      method,
      headers: { ...(body !== undefined && { 'Content-Type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON (CSV, or an error page): keep the text
    }
    return { status: response.status, body: parsed, headers: response.headers };
  };
  const signIn = async (email: string, password: string): Promise<StaffClient> => {
    const answer = await call('/staff/session', { method: 'POST', body: { email, password }, headers: { Origin: url } });
    if (answer.status !== 200) throw new Error(`signing in answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    const cookie = answer.headers.getSetCookie().find((c) => c.startsWith('rw_staff_session='))!.split(';')[0]!;
    return {
      email,
      password,
      accountId: answer.body.account.id,
      cookie,
      call: (path, init = {}) => call(path, { ...init, headers: { Cookie: cookie, Origin: url, ...init.headers } }),
    };
  };
  const account: TestServer['account'] = async (role, options = {}) => {
    accounts += 1;
    const email = options.email ?? `${role}-${accounts}@center.example`;
    const password = options.password ?? `correct horse ${accounts} battery`;
    const row = await createStaffAccount(db, hasher, { email, displayName: options.displayName ?? `${role} ${accounts}`, role, password }, {
      mustChangePassword: options.mustChangePassword ?? false,
      now: now(),
    });
    return { id: row.id, email, password };
  };
  return {
    url,
    db,
    config,
    call,
    staff: (path, init = {}) => call(path, { ...init, headers: { Authorization: `Bearer ${STAFF}` } }),
    advance: (ms) => {
      offset += ms;
    },
    hashing,
    mailer,
    account,
    signIn,
    async as(role) {
      const { email, password } = await account(role);
      return signIn(email, password);
    },
    async close() {
      await mailer.stop();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await dispose();
    },
  };
}

export { eventInput };

export async function createEvent(server: TestServer, overrides: Partial<EventInput> = {}): Promise<string> {
  const { status, body } = await server.staff('/staff/events', { method: 'POST', body: eventInput(overrides) });
  if (status !== 201) throw new Error(`creating the event answered ${status}: ${JSON.stringify(body)}`);
  return body.event.id;
}

export function rsvp(server: TestServer, eventId: string, body: Record<string, unknown> = {}, key: string = randomUUID()) {
  return server.call(`/events/${eventId}/rsvps`, {
    method: 'POST',
    body: { name: 'Alex', guests: 0, answers: [], ...body },
    headers: { 'Idempotency-Key': key },
  });
}
