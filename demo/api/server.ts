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
import { DEMO_STAFF, seedIfEmpty } from './seed.js';
import { scryptHasher } from './passwords.js';
import { createAdmin } from './cli.js';
import { drainOnClose, withReadiness } from './lifecycle.js';
import { createMailer, type Mailer } from './mail/outbox.js';
import { startJobs } from './mail/jobs.js';

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
  if (config.seed && (await seedIfEmpty(db, new Date(), { hasher: scryptHasher(config.passwordCost) }))) {
    console.log('Seeded the empty database with the demo center.');
  }
  return db;
}

/**
 * How staff sign in, for the start-up message: the demo's accounts and their password when this is the demo
 * database (and the password still works), or how to create the first admin; and a word on STAFF_TOKEN when set.
 */
export async function describeStaffAccess(config: ServerConfig, db: Database): Promise<string[]> {
  const lines: string[] = [];
  const [demo] = await db.query<{ value: string }>(`select value from meta where key = 'demo_staff_password'`);
  const [admin] = await db.query<{ password_hash: string }>(
    `select password_hash from staff_accounts where email = $1 and not disabled`,
    [DEMO_STAFF[0].email],
  );
  const [{ n } = { n: 0 }] = await db.query<{ n: number }>('select count(*)::int as n from staff_accounts');
  if (demo && admin && (await scryptHasher().verify(admin.password_hash, demo.value))) {
    lines.push(`Demo staff sign-in: ${DEMO_STAFF[0].email} (admin), ${DEMO_STAFF[1].email}, ${DEMO_STAFF[2].email}`);
    lines.push(`  password for each (demo only): ${demo.value}`);
  } else if (n === 0) {
    lines.push('No staff accounts yet: create the first admin with `npm run api -- create-admin`.');
  }
  if (config.staffToken) {
    lines.push('STAFF_TOKEN is set: deprecated; it acts as an admin for scripts. Staff sign in with their own accounts.');
  }
  return lines;
}

/**
 * Starts the mail sender and the background jobs (reminders, digest, erasure) once the server listens, and says how
 * mail goes. `address` is where the API listens: the base of unsubscribe links unless PUBLIC_URL says otherwise.
 */
export function startMail(config: ServerConfig, db: Database, mailer: Mailer, address: string, log = console.log): () => void {
  config.mail.publicUrl ??= address;
  mailer.start();
  if (config.mail.smtpUrl) log(`E-mail: sent through SMTP_URL, from ${config.mail.from}.`);
  if (config.mail.smtpUrl && config.mail.publicUrl === address) {
    log(`E-mail: PUBLIC_URL is not set, so unsubscribe links point at ${address}, which guests may not reach. Set PUBLIC_URL.`);
  }
  else log('E-mail: not set up (no SMTP_URL); messages are kept in the outbox, which staff read in the console.');
  return startJobs(db, mailer, config.mail);
}

/** The longest a shutdown takes (SIGTERM or SIGINT) before the process exits anyway. */
const SHUTDOWN_LIMIT_MS = 10_000;

if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] === 'create-admin') {
  const config = configFromEnv();
  const db = await openDatabase(config);
  await migrate(db);
  try {
    await createAdmin(db, config);
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  } finally {
    await db.close();
  }
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const config = configFromEnv();
  const db = await prepareDatabase(config);
  const staffAccess = await describeStaffAccess(config, db);
  const mailer = createMailer({ db, config: config.mail });
  const app = createApp({ db, config, version, mailer });
  const server = createAdaptorServer({ fetch: withReadiness(app.fetch, { db, draining: () => drain.draining }), hostname: config.host }) as Server;
  const drain = drainOnClose(server);
  let stopJobs = () => {};
  server.listen(config.port, config.host, () => {
    const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host; // an IPv6 address, e.g. ::
    const address = `http://${host}:${(server.address() as AddressInfo).port}`;
    console.log(`recovery-widgets center API: ${address}/ (${where})`);
    for (const line of staffAccess) console.log(line);
    stopJobs = startMail(config, db, mailer, address);
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
    stopJobs();
    await mailer.stop();
    await db.close();
    console.log(answeredAll ? 'Stopped.' : 'Stopped; connections still open at the deadline were closed.');
    process.exit(answeredAll ? 0 : 1);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, (s) => void shutdown(s));
}
