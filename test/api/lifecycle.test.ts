/**
 * Crash and shutdown: the real server (`npm run api`, demo/api/server.ts) as a child process on a database of its
 * own (a PGlite data directory, or a fresh database on TEST_DATABASE_URL), under a burst of RSVPs.
 *   - SIGKILL mid-burst, three times, restarting on the same data: every acknowledged RSVP is there exactly once,
 *     and its key still replays it; an RSVP sent but not acknowledged is there at most once.
 *   - SIGTERM mid-burst: every request that reached the server is answered (with `Connection: close`); others are
 *     refused, never reset; idle connections are closed gracefully; the server exits 0 within 10 s.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import http from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { createApp } from '../../demo/api/app.js';
import { migrate, openPglite, openPostgres, type Database } from '../../demo/api/db.js';
import { drainOnClose, withReadiness } from '../../demo/api/lifecycle.js';
import { startServer } from './server.js';
import { eventInput } from '../support/event-input.js';

const STAFF = 'lifecycle-staff-token-0123456789';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Where one server keeps its data across restarts: a PGlite directory, or a PostgreSQL database. */
interface Store {
  env: Record<string, string>;
  open(): Promise<Database>;
  dispose(): Promise<void>;
}

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function freshStore(): Promise<Store> {
  if (!process.env.TEST_DATABASE_URL) {
    const dir = mkdtempSync(join(tmpdir(), 'recovery-lifecycle-'));
    const dataDir = join(dir, 'pglite');
    return {
      env: { DATA_DIR: dataDir, DATABASE_URL: '' },
      open: () => openPglite(dataDir),
      dispose: () => rm(dir, { recursive: true, force: true }),
    };
  }
  const name = `recovery_test_${randomUUID().replace(/-/g, '')}`;
  await admin(`create database ${name}`);
  const url = new URL(process.env.TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.href },
    open: () => openPostgres(url.href),
    dispose: () => admin(`drop database ${name} with (force)`),
  };
}

interface Api {
  url: URL;
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

async function startApi(store: Store): Promise<Api> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'demo/api/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...store.env, PORT: '0', HOST: '127.0.0.1', STAFF_TOKEN: STAFF, LOG_LEVEL: 'silent', SEED: '0', RATE_LIMIT_WRITES: '1000000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = await new Promise<URL>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += String(chunk);
      const found = /center API: (http:\/\/\S+?)\//.exec(out);
      if (found) resolve(new URL(found[1]!));
    });
    void exited.then(({ code }) => reject(new Error(`the server exited (${code}) before listening: ${out}`)));
  });
  return { url, child, exited };
}

/** The exit, or a SIGKILL (and the exit it causes) when it has not come within `ms`. */
async function exitWithin(api: Api, ms: number) {
  const timer = setTimeout(() => api.child.kill('SIGKILL'), ms);
  try {
    return await api.exited;
  } finally {
    clearTimeout(timer);
  }
}

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: any } | { error: string };

/** One request over `agent`; a failure is its error code (ECONNREFUSED, ECONNRESET, ...), never a throw. */
function send(api: { url: URL }, agent: http.Agent, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve) => {
    let settled = false;
    const settle = (answer: Answer) => {
      if (!settled) resolve(answer);
      settled = true;
    };
    const request = http.request(
      {
        host: api.url.hostname,
        port: api.url.port,
        method,
        path,
        agent,
        headers: { ...(payload !== undefined && { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) }), ...headers },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('error', (error: NodeJS.ErrnoException) => settle({ error: error.code ?? error.message }));
        response.on('aborted', () => settle({ error: 'aborted mid-response' }));
        response.on('end', () => {
          let parsed: unknown = text;
          try {
            parsed = text ? JSON.parse(text) : undefined;
          } catch {
            // not JSON: keep the text
          }
          settle({ status: response.statusCode!, headers: response.headers, body: parsed });
        });
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => settle({ error: error.code ?? error.message }));
    request.end(payload);
  });
}

async function createEvent(api: Api): Promise<string> {
  const agent = new http.Agent();
  const answer = await send(api, agent, 'POST', '/staff/events', eventInput({ capacity: 100_000, maxGuests: 0 }), { Authorization: `Bearer ${STAFF}` });
  agent.destroy();
  if (!('status' in answer) || answer.status !== 201) throw new Error(`creating the event answered ${JSON.stringify(answer)}`);
  return answer.body.event.id;
}

interface Sent {
  key: string;
  name: string;
  answer?: Answer;
}

/**
 * `workers` clients, each on its own keep-alive connection, sending RSVPs back to back (each with a new key and
 * name) until one fails.
 */
function burst(api: Api, eventId: string, { workers, tag }: { workers: number; tag: string }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: workers });
  const sent: Sent[] = [];
  let stopAt = Infinity;
  const acknowledged = () => sent.filter((s) => s.answer && 'status' in s.answer && s.answer.status === 201);
  const loops = Array.from({ length: workers }, async (_, worker) => {
    for (let i = 0; Date.now() < stopAt; i += 1) {
      const entry: Sent = { key: randomUUID(), name: `${tag} ${worker}-${i}` };
      sent.push(entry);
      entry.answer = await send(api, agent, 'POST', `/events/${eventId}/rsvps`, { name: entry.name, guests: 0, answers: [] }, { 'Idempotency-Key': entry.key });
      if ('error' in entry.answer) return;
    }
  });
  return {
    sent,
    acknowledged,
    /** Sends nothing new after `ms` from now (a server that never stops serving would keep the burst going). */
    stopAfter: (ms: number) => (stopAt = Date.now() + ms),
    async until(count: number) {
      while (acknowledged().length < count) await new Promise((resolve) => setTimeout(resolve, 5));
    },
    done: Promise.all(loops).then(() => agent.destroy()),
  };
}

const rsvpsByName = async (db: Database, eventId: string) =>
  new Map((await db.query<{ name: string; n: number | string }>('select name, count(*) as n from rsvps where event_id = $1 group by name', [eventId]))
    .map((r) => [r.name, Number(r.n)]));

describe('crash and shutdown of the real server', { timeout: 180_000 }, () => {
  let store: Store;
  before(async () => {
    store = await freshStore();
  });
  after(() => store.dispose());

  it('SIGKILL mid-burst, three times: every acknowledged RSVP is there exactly once after a restart', async () => {
    let api = await startApi(store);
    const eventId = await createEvent(api);
    const all: Sent[] = [];
    for (let round = 1; round <= 3; round += 1) {
      const load = burst(api, eventId, { workers: 16, tag: `Kill ${round}` });
      await load.until(30 + 10 * round);
      api.child.kill('SIGKILL');
      await load.done;
      assert.equal((await api.exited).signal, 'SIGKILL');
      all.push(...load.sent);
      api = await startApi(store);
    }

    const acknowledged = all.filter((s) => s.answer && 'status' in s.answer && s.answer.status === 201);
    assert.ok(acknowledged.length >= 120, `${acknowledged.length} acknowledged`);
    // Each acknowledged key replays the RSVP it created, and creates nothing new.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
    const replays = await Promise.all(
      acknowledged.map((s) => send(api, agent, 'POST', `/events/${eventId}/rsvps`, { name: s.name, guests: 0, answers: [] }, { 'Idempotency-Key': s.key })),
    );
    agent.destroy();
    replays.forEach((replay, i) => {
      const original = acknowledged[i]!.answer as { body: any };
      assert.ok('status' in replay && replay.status === 201, JSON.stringify(replay));
      assert.equal(replay.headers['idempotent-replayed'], 'true');
      assert.equal(replay.body.rsvp.id, original.body.rsvp.id);
    });
    api.child.kill('SIGTERM');
    assert.equal((await exitWithin(api, 15_000)).code, 0);

    const db = await store.open();
    try {
      const counts = await rsvpsByName(db, eventId);
      for (const s of acknowledged) assert.equal(counts.get(s.name), 1, `${s.name} acknowledged, stored ${counts.get(s.name) ?? 0} times`);
      for (const s of all) assert.ok((counts.get(s.name) ?? 0) <= 1, `${s.name} stored twice`);
      const [keys] = await db.query<{ n: number | string }>(`select count(*) as n from idempotency_keys where scope = $1`, [`rsvp:${eventId}`]);
      assert.equal(Number(keys!.n), [...counts.values()].reduce((a, b) => a + b, 0), 'one idempotency key per RSVP');
    } finally {
      await db.close();
    }
  });

  it('SIGTERM mid-burst: what reached the server is answered, the rest refused, and it exits 0 within 10 s', async () => {
    const api = await startApi(store);
    const eventId = await createEvent(api);
    // A client that connected and sent nothing.
    const idle = connect(Number(api.url.port), api.url.hostname);
    const idleClosed = new Promise<string>((resolve) => {
      idle.on('end', () => resolve('end'));
      idle.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    });
    const probeAgent = new http.Agent();
    const ready = await send(api, probeAgent, 'GET', '/ready');
    assert.ok('status' in ready && ready.status === 200, JSON.stringify(ready));

    const load = burst(api, eventId, { workers: 24, tag: 'Term' });
    await load.until(60);
    const signalled = Date.now();
    api.child.kill('SIGTERM');
    load.stopAfter(12_000);
    await load.done;
    const { code } = await exitWithin(api, 15_000);
    const took = Date.now() - signalled;

    const failures = load.sent.filter((s) => s.answer && 'error' in s.answer);
    const cut = failures.filter((s) => (s.answer as { error: string }).error !== 'ECONNREFUSED');
    assert.deepEqual(cut.map((s) => s.answer), [], 'requests cut instead of answered or refused');
    const answeredWithClose = load.sent.filter((s) => s.answer && 'status' in s.answer && s.answer.headers.connection === 'close');
    assert.ok(answeredWithClose.length > 0, 'requests under way when the signal came are answered with Connection: close');
    assert.equal(await idleClosed, 'end', 'an idle connection is closed, not reset');
    assert.equal(code, 0);
    assert.ok(took < 10_000, `stopped in ${took} ms`);

    const db = await store.open();
    try {
      const counts = await rsvpsByName(db, eventId);
      for (const s of load.acknowledged()) assert.equal(counts.get(s.name), 1, `${s.name} acknowledged, stored ${counts.get(s.name) ?? 0} times`);
      for (const s of load.sent) if (!s.answer || 'error' in s.answer) assert.equal(counts.get(s.name), undefined, `${s.name} refused yet stored`);
    } finally {
      await db.close();
    }
  });
});

describe('readiness and draining, in process', () => {
  it('/ready is 200, then 503 with Connection: close on a connection already open once shutdown begins', async () => {
    const base = await startServer();
    const app = createApp({ db: base.db, config: base.config, version: 'test' });
    const server = createAdaptorServer({ fetch: withReadiness(app.fetch, { db: base.db, draining: () => drain.draining }) }) as Server;
    const drain = drainOnClose(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const api = { url: new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`) };
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const before = await send(api, agent, 'GET', '/ready');
      assert.ok('status' in before && before.status === 200 && before.headers.connection === 'keep-alive', JSON.stringify(before));
      const closed = drain.close({ deadlineMs: 5000 });
      const during = await send(api, agent, 'GET', '/ready');
      assert.ok('status' in during && during.status === 503 && during.headers.connection === 'close', JSON.stringify(during));
      assert.deepEqual(await send(api, agent, 'GET', '/health'), { error: 'ECONNREFUSED' });
      assert.equal(await closed, true);
    } finally {
      agent.destroy();
      await base.close();
    }
  });
});

// PostgreSQL only: registered in the PostgreSQL run (TEST_DATABASE_URL, as CI does), and absent, not skipped, in
// the embedded one, where several instances cannot share one database.
if (process.env.TEST_DATABASE_URL) describe('several instances on one PostgreSQL', () => {

  it('instances starting together on a fresh database migrate it once, and all start', async () => {
    const store = await freshStore();
    const instances = await Promise.all([store.open(), store.open(), store.open()]);
    try {
      const results = await Promise.allSettled(instances.map((db) => migrate(db)));
      assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'fulfilled', 'fulfilled']);
      const applied = results.flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
      const [row] = await instances[0].query<{ n: string }>('select count(*) as n from schema_migrations');
      assert.equal(applied.length, Number(row!.n));
      assert.equal(new Set(applied).size, applied.length);
    } finally {
      for (const db of instances) await db.close();
      await store.dispose();
    }
  });

  it('an idle connection the database ends is replaced, and the process goes on', async () => {
    const store = await freshStore();
    const url = new URL(store.env.DATABASE_URL!);
    const name = `lifecycle-${randomUUID()}`;
    url.searchParams.set('application_name', name);
    const db = await openPostgres(url.href);
    try {
      await db.query('select 1');
      await admin(`select pg_terminate_backend(pid) from pg_stat_activity where application_name = '${name}'`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.deepEqual(await db.query('select 1 as one'), [{ one: 1 }]);
    } finally {
      await db.close();
      await store.dispose();
    }
  });
});

