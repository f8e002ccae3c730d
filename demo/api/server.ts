/**
 * `npm run api`: the reference center API on its own, configured by environment variables only
 * (see the README). Opens the database (PGlite in DATA_DIR, or DATABASE_URL), migrates, seeds an empty
 * database once, and serves.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { configFromEnv, type ServerConfig } from './config.js';
import { migrate, openPglite, openPostgres, type Database } from './db.js';
import { seedIfEmpty } from './seed.js';

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

if (import.meta.url === `file://${process.argv[1]}`) {
  const config = configFromEnv();
  const db = await prepareDatabase(config);
  const app = createApp({ db, config, version });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
    console.log(`recovery-widgets center API: http://${config.host}:${info.port}/ (${where})`);
    console.log(describeStaffToken(config));
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => server.close(() => void db.close().then(() => process.exit(0))));
  }
}
