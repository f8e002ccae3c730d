// The embedded database in a thread of its own. PGlite runs SQL synchronously (PostgreSQL compiled to WASM): on
// the HTTP thread every query would stop the server from accepting connections and reading requests. db.ts talks
// to this worker in small messages, each answered by one with the same id:
//   { id, op: 'query', sql, params, tx? }  ->  { id, rows }      (inside transaction `tx` when given)
//   { id, op: 'query', sql, params, begin: true }  ->  { id, tx, rows }
//                      (begins a transaction and runs its first query: one message less per transaction; the
//                       transaction stays open until commit or rollback, or is rolled back if that query fails)
//   { id, op: 'commit' | 'rollback', tx }  ->  { id }
//   { id, op: 'close' }                    ->  { id }
// and any failure as { id, error: { message, name, code, ... } }. PGlite has one connection: a query outside a
// transaction waits until the open one ends, as it does on the HTTP thread. Plain JavaScript, so the worker starts
// the same way however the server was started (tsx, node, the test runner).
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';

const db = workerData?.dataDir ? new PGlite(workerData.dataDir) : new PGlite();
/** Open transactions by id: the PGlite transaction and how to end it. */
const open = new Map();
let nextTx = 1;
const ROLLBACK = Symbol('rollback');

/** What of a PostgreSQL error crosses to the HTTP thread (structured clone keeps only an Error's message). */
function describe(error) {
  if (!(error instanceof Error)) return { message: String(error), name: 'Error' };
  const fields = { message: error.message, name: error.name };
  for (const [key, value] of Object.entries(error)) {
    if (typeof value === 'string' || typeof value === 'number') fields[key] = value;
  }
  return fields;
}

function begin() {
  return new Promise((started, failed) => {
    const id = nextTx++;
    const entry = {};
    entry.done = db.transaction(
      (tx) =>
        new Promise((commit, rollback) => {
          entry.tx = tx;
          entry.end = (ok) => (ok ? commit() : rollback(ROLLBACK));
          open.set(id, entry);
          started(id);
        }),
    );
    // Failing before it began fails `begin`; once begun, commit or rollback awaits the end (and `failed` does nothing).
    entry.done.catch(failed);
  });
}

async function finish(id, ok) {
  const entry = open.get(id);
  if (!entry) throw new Error(`No open transaction ${id}.`);
  open.delete(id);
  entry.end(ok);
  try {
    await entry.done;
  } catch (error) {
    if (error !== ROLLBACK) throw error;
  }
}

async function handle(message) {
  switch (message.op) {
    case 'query': {
      if (message.begin) {
        const tx = await begin();
        try {
          return { tx, rows: (await open.get(tx).tx.query(message.sql, message.params)).rows };
        } catch (error) {
          await finish(tx, false).catch(() => {});
          throw error;
        }
      }
      const target = message.tx === undefined ? db : open.get(message.tx)?.tx;
      if (!target) throw new Error(`No open transaction ${message.tx}.`);
      return { rows: (await target.query(message.sql, message.params)).rows };
    }
    case 'commit':
      await finish(message.tx, true);
      return {};
    case 'rollback':
      await finish(message.tx, false);
      return {};
    case 'close':
      for (const id of [...open.keys()]) await finish(id, false).catch(() => {});
      await db.close();
      return {};
    default:
      throw new Error(`Unknown operation ${String(message.op)}.`);
  }
}

parentPort.on('message', (message) => {
  handle(message).then(
    (answer) => parentPort.postMessage({ id: message.id, ...answer }),
    (error) => parentPort.postMessage({ id: message.id, error: describe(error) }),
  );
});

db.waitReady.then(
  () => parentPort.postMessage({ ready: true }),
  (error) => parentPort.postMessage({ ready: false, error: describe(error) }),
);
