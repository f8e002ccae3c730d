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
import { eventInput } from '../support/event-input.js';
import type { EventInput } from '../../src/core/api/events.js';

export const STAFF = 'test-staff-token-0123456789';

export interface TestServer {
  url: string;
  db: Database;
  config: ServerConfig;
  /** fetch against the server, JSON in and out. */
  call(path: string, init?: { method?: string; body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; body: any; headers: Headers }>;
  staff(path: string, init?: { method?: string; body?: unknown }): Promise<{ status: number; body: any; headers: Headers }>;
  close(): Promise<void>;
}

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function freshDatabase(): Promise<{ db: Database; dispose: () => Promise<void> }> {
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
    dispose: async () => {
      await db.close();
      await adminQuery(`drop database ${name}`);
    },
  };
}

export async function startServer(overrides: Partial<ServerConfig> = {}, { seed = false } = {}): Promise<TestServer> {
  const { db, dispose } = await freshDatabase();
  await migrate(db);
  if (seed) await seedIfEmpty(db);
  const config: ServerConfig = {
    ...configFromEnv({}),
    logLevel: 'silent',
    rateLimitWrites: 1_000_000,
    staffToken: STAFF,
    staffTokenGenerated: false,
    ...overrides,
  };
  const server = serve({ fetch: createApp({ db, config, version: 'test' }).fetch, port: 0, hostname: '127.0.0.1' }) as Server;
  if (!server.listening) await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

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
  return {
    url,
    db,
    config,
    call,
    staff: (path, init = {}) => call(path, { ...init, headers: { Authorization: `Bearer ${STAFF}` } }),
    async close() {
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
