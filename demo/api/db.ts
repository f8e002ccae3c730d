/**
 * One small database interface over two engines: PGlite (PostgreSQL compiled to WASM, embedded, the default)
 * and a PostgreSQL server (when DATABASE_URL is set). Same SQL, same migrations.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import pg from 'pg';

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Database extends Queryable {
  /** Runs `work` in one transaction; rolls back if it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  readonly engine: 'pglite' | 'postgres';
}

/**
 * PGlite in `dataDir` (persisted), or in memory when `dataDir` is undefined, in a worker thread
 * (pglite-worker.mjs): PGlite runs SQL synchronously, and on the HTTP thread each query would hold up accepting
 * connections and reading requests (under 300 clients, requests waited up to 10 s before a handler saw them).
 */
export async function openPglite(dataDir?: string): Promise<Database> {
  const worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), { workerData: { dataDir } });
  const pending = new Map<number, { resolve: (answer: WorkerAnswer) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let stopped: Error | undefined;
  let transactions = 0;
  let closed: Promise<void> | undefined;

  const stop = (error: Error) => {
    stopped ??= error;
    for (const { reject } of pending.values()) reject(stopped);
    pending.clear();
  };
  worker.on('error', (error) => stop(Object.assign(new Error('The embedded database stopped.'), { cause: error })));
  worker.on('exit', () => stop(new Error('The embedded database is closed.')));

  try {
    await new Promise<void>((resolve, reject) => {
      worker.once('message', (message: { ready: boolean; error?: WorkerError }) =>
        message.ready ? resolve() : reject(databaseError(message.error!)),
      );
      worker.once('error', reject);
      worker.once('exit', () => reject(new Error('The embedded database did not start.')));
    });
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  worker.on('message', (message: WorkerAnswer) => {
    const request = pending.get(message.id);
    if (!request) return;
    pending.delete(message.id);
    if (pending.size === 0) worker.unref();
    if (message.error) request.reject(databaseError(message.error));
    else request.resolve(message);
  });
  worker.unref(); // an idle database does not keep the process alive; a pending request does

  const call = (message: WorkerRequest) =>
    new Promise<WorkerAnswer>((resolve, reject) => {
      if (stopped) return reject(stopped);
      const id = nextId++;
      worker.postMessage({ ...message, id }); // throws, rejecting, if a parameter cannot be copied to the worker
      pending.set(id, { resolve, reject });
      if (pending.size === 1) worker.ref();
    });
  const query = async (sql: string, params?: unknown[], tx?: number) => (await call({ op: 'query', sql, params, tx })).rows as never[];

  return {
    engine: 'pglite',
    query: (sql, params) => query(sql, params),
    async transaction(work) {
      // The transaction begins with its first query, in the same message (see pglite-worker.mjs).
      let tx: number | undefined;
      let begun: Promise<unknown> | undefined;
      const inTransaction = async (sql: string, params?: unknown[]) => {
        if (!begun) {
          const first = call({ op: 'query', sql, params, begin: true });
          begun = first.then((answer) => (tx = answer.tx), () => undefined);
          return (await first).rows as never[];
        }
        await begun;
        if (tx === undefined) throw new Error('The transaction did not begin: its first query failed.');
        return query(sql, params, tx);
      };
      transactions += 1;
      try {
        const result = await work({ query: inTransaction });
        if (tx !== undefined) await call({ op: 'commit', tx });
        return result;
      } catch (error) {
        if (tx !== undefined) await call({ op: 'rollback', tx }).catch(() => {}); // already ended if the commit failed
        throw error;
      } finally {
        transactions -= 1;
      }
    },
    /** Lets the queries and transactions under way finish, then closes the database and ends the worker. */
    close() {
      closed ??= (async () => {
        while (!stopped && (pending.size > 0 || transactions > 0)) await new Promise((resolve) => setTimeout(resolve, 5));
        if (!stopped) await call({ op: 'close' });
        await worker.terminate();
      })();
      return closed;
    },
  };
}

type WorkerRequest =
  | { op: 'query'; sql: string; params?: unknown[]; tx?: number; begin?: true }
  | { op: 'close' }
  | { op: 'commit' | 'rollback'; tx: number };
interface WorkerError {
  message: string;
  name: string;
  [field: string]: string | number;
}
interface WorkerAnswer {
  id: number;
  rows?: unknown[];
  tx?: number;
  error?: WorkerError;
}

/** A PostgreSQL error from the worker, with its fields (`code`, `constraint`, ...) as `pg` gives them. */
function databaseError({ message, name, ...fields }: WorkerError): Error {
  return Object.assign(new Error(message), fields, { name });
}

export async function openPostgres(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle connection the server ends (a restart, a failover, idle_session_timeout) is replaced on next use;
  // without a listener its error would end the process.
  pool.on('error', (error: Error & { code?: string }) =>
    console.error(JSON.stringify({ time: new Date().toISOString(), level: 'error', error: 'idle database connection lost', code: error.code })),
  );
  await pool.query('select 1');
  return {
    engine: 'postgres',
    async query(sql, params) {
      return (await pool.query(sql, params)).rows as never[];
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work({ query: async (sql, params) => (await client.query(sql, params)).rows as never[] });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

const MIGRATIONS = new URL('./migrations/', import.meta.url);

/** Any constant: the key of the lock under which migrations run. */
const MIGRATION_LOCK = 7_294_001;

/**
 * Applies the migrations not yet applied, in file-name order, each in its own transaction. Each transaction first
 * takes a lock, so several instances starting at once on one PostgreSQL migrate one after the other (without it,
 * all but one failed to start on a fresh database).
 */
export async function migrate(db: Database): Promise<string[]> {
  await db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query('create table if not exists schema_migrations (version text primary key, applied_at timestamptz not null default now())');
  });
  const files = readdirSync(MIGRATIONS).filter((f) => f.endsWith('.sql')).sort();
  const done: string[] = [];
  for (const file of files) {
    const sql = readFileSync(new URL(file, MIGRATIONS), 'utf8');
    const applied = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      if ((await tx.query('select 1 from schema_migrations where version = $1', [file])).length > 0) return false;
      for (const statement of splitStatements(sql)) await tx.query(statement);
      await tx.query('insert into schema_migrations (version) values ($1)', [file]);
      return true;
    });
    if (applied) done.push(file);
  }
  return done;
}

/** Our migrations are plain statements separated by semicolons at line ends (no functions or DO blocks). */
function splitStatements(sql: string): string[] {
  return sql
    .replace(/--.*$/gm, '')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}
