/**
 * `npm run api`: the reference center API on its own, configured by environment variables only
 * (see the README). Opens the database (PGlite in DATA_DIR, or DATABASE_URL), migrates, seeds an empty
 * database once, and serves.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { createApp } from './app.js';
import { configFromEnv, type ServerConfig } from './config.js';
import { migrate, openPglite, openPostgres, type Database } from './db.js';
import { seedIfEmpty } from './seed.js';
import { drainOnClose, withReadiness } from './lifecycle.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

export async function openDatabase(config: ServerConfig): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl);
  mkdirSync(config.dataDir, { recursive: true });
  return openPglite(config.dataDir);
}

/** Database ready, migrated and seeded: what both `npm run api` and `npm start` need. */
export async function prepareDatabase(config: ServerConfig): Promise<Database> {
  const db = await openDatabase(config);
  await migrate(db);
  if (config.seed && (await seedIfEmpty(db))) console.log('Seeded the empty database with the demo center.');
  return db;
}

export function describeStaffToken(config: ServerConfig): string {
  return config.staffTokenGenerated
    ? `Staff token for this run (set STAFF_TOKEN to choose one): ${config.staffToken}`
    : 'Staff token: from STAFF_TOKEN.';
}

/** The longest a shutdown takes (SIGTERM or SIGINT) before the process exits anyway. */
const SHUTDOWN_LIMIT_MS = 10_000;

if (import.meta.url === `file://${process.argv[1]}`) {
  const config = configFromEnv();
  const db = await prepareDatabase(config);
  const app = createApp({ db, config, version });
  const server = createAdaptorServer({ fetch: withReadiness(app.fetch, { db, draining: () => drain.draining }), hostname: config.host }) as Server;
  const drain = drainOnClose(server);
  server.listen(config.port, config.host, () => {
    const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
    console.log(`recovery-widgets center API: http://${config.host}:${(server.address() as AddressInfo).port}/ (${where})`);
    console.log(describeStaffToken(config));
  });

  // On SIGTERM (or Ctrl+C): stop accepting, answer what was received, let transactions finish, close the
  // database, and exit within SHUTDOWN_LIMIT_MS whatever happens. The same signal again exits at once.
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing the requests received, then stopping.`);
    setTimeout(() => {
      console.error(`Still stopping after ${SHUTDOWN_LIMIT_MS / 1000} s: exiting now.`);
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS).unref();
    const answeredAll = await drain.close({ deadlineMs: SHUTDOWN_LIMIT_MS - 2000 });
    await db.close();
    console.log(answeredAll ? 'Stopped.' : 'Stopped; connections still open at the deadline were closed.');
    process.exit(answeredAll ? 0 : 1);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, (s) => void shutdown(s));
}
