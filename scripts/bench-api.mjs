// `npm run bench:api`: throughput, latency and timeouts of the reference center API on loopback, with autocannon,
// on the embedded database (PGlite) and on a PostgreSQL server side by side. PostgreSQL is used when
// TEST_DATABASE_URL names one, or when scripts/postgres-for-tests.sh can provide one; otherwise its rows are skipped.
// The server runs in its own process (as `npm run api` does) on a fresh database; this process only generates load.
// Scenarios, each at 10, 100 and 300 concurrent connections:
//   GET /health (baseline: the framework and the network, no database); GET /events;
//   POST an RSVP to one event (the worst case: every RSVP locks the same event row);
//   POST an RSVP to one of 50 events at random (a center with many events open).
// Each RSVP row starts on fresh events with room for every RSVP, so each request does the full work of a
// confirmation; a request unanswered after 10 s counts as a timeout (autocannon's default).
// Prints a table and writes results/api-bench.json, results/api-bench.md and the table in README.md.
// Options: `--duration N` (seconds per row, default 10), `--databases pglite,postgres`, `--connections 10,100,300`,
// `--scenarios health,events,rsvp-one,rsvp-many`, `--no-write` (print only).
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1];
};
const duration = Number(option('duration', 10)) || 10;
const wanted = option('databases', 'pglite,postgres').split(',');
const connectionLevels = option('connections', '10,100,300').split(',').map(Number);
const scenarioNames = option('scenarios', 'health,events,rsvp-one,rsvp-many').split(',');
const write = !process.argv.includes('--no-write');
const staffToken = randomUUID();
const MANY = 50;

function postgresUrl() {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
  try {
    return execFileSync('bash', ['scripts/postgres-for-tests.sh'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

async function admin(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Starts `demo/api/server.ts` as `npm run api` does, on a fresh database; resolves with its URL and a stop(). */
async function startServer(database, adminUrl) {
  const env = { ...process.env, PORT: '0', HOST: '127.0.0.1', STAFF_TOKEN: staffToken, RATE_LIMIT_WRITES: '100000000', LOG_LEVEL: 'silent', SEED: '0' };
  let dispose;
  if (database === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'recovery-bench-'));
    Object.assign(env, { DATA_DIR: join(dir, 'db'), DATABASE_URL: '' });
    dispose = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const name = `recovery_bench_${randomUUID().replace(/-/g, '')}`;
    await admin(adminUrl, `create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.href;
    dispose = () => admin(adminUrl, `drop database ${name}`);
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'demo/api/server.ts'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const base = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const found = out.match(/center API: (http:\/\/[^/\s]+)\//);
      if (found) resolve(found[1]);
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
  return {
    base,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      await dispose();
    },
  };
}

async function createEvent(base) {
  const start = new Date(Date.now() + 7 * 86_400_000);
  const response = await fetch(`${base}/staff/events`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${staffToken}` },
    body: JSON.stringify({ title: 'Benchmark dinner', description: '', start: start.toISOString(), end: new Date(start.getTime() + 7_200_000).toISOString(),
      timeZone: 'America/New_York', venue: null, onlineUrl: null, capacity: 100_000, waitlist: true, maxGuests: 2, contactFields: ['email'],
      questions: [], substanceFree: true, calendarTitle: null, rsvpOpen: true, tags: [] }),
  });
  if (response.status !== 201) throw new Error(`creating an event answered ${response.status}`);
  return (await response.json()).event.id;
}

const rsvpBody = JSON.stringify({ name: 'Bench Mark', email: 'bench@example.org', guests: 0, answers: [] });
const withKey = (request, path) => ({ ...request, path, headers: { ...request.headers, 'Idempotency-Key': randomUUID() } });

/** Each scenario: a name and, given the server, the autocannon request plus what to check afterwards. */
const SCENARIOS = {
  health: { name: 'GET /health (baseline)', prepare: async () => ({ request: { method: 'GET', path: '/health' } }) },
  events: { name: 'GET /events', prepare: async () => ({ request: { method: 'GET', path: '/events' } }) },
  'rsvp-one': {
    name: 'POST an RSVP, one event',
    prepare: async (base) => {
      const ids = [await createEvent(base)];
      return { ids, request: rsvpRequest(ids) };
    },
  },
  'rsvp-many': {
    name: `POST an RSVP, ${MANY} events`,
    prepare: async (base) => {
      const ids = [];
      for (let i = 0; i < MANY; i += 1) ids.push(await createEvent(base));
      return { ids, request: rsvpRequest(ids) };
    },
  },
};

function rsvpRequest(ids) {
  return {
    method: 'POST',
    body: rsvpBody,
    headers: { 'Content-Type': 'application/json' },
    setupRequest: (request) => withKey(request, `/events/${ids[Math.floor(Math.random() * ids.length)]}/rsvps`),
  };
}

/** Seats taken on the events (one per confirmed RSVP), counted from the outside. */
async function seatsTaken(base, ids) {
  let taken = 0;
  for (const id of ids) {
    const { event } = await fetch(`${base}/events/${id}`).then((r) => r.json());
    taken += event.capacity - event.spotsLeft;
  }
  return taken;
}

const databases = [];
if (wanted.includes('pglite')) databases.push({ database: 'pglite', label: 'PGlite' });
if (wanted.includes('postgres')) {
  const url = postgresUrl();
  if (url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query('show server_version');
    await client.end();
    databases.push({ database: 'postgres', label: 'PostgreSQL', adminUrl: url, version: rows[0].server_version });
  } else {
    console.log('No PostgreSQL (set TEST_DATABASE_URL, or let scripts/postgres-for-tests.sh start one): PostgreSQL rows skipped.');
  }
}

const rows = [];
for (const { database, label, adminUrl } of databases) {
  const server = await startServer(database, adminUrl);
  try {
    for (const key of scenarioNames) {
      const scenario = SCENARIOS[key];
      if (!scenario) throw new Error(`unknown scenario ${key}`);
      for (const connections of connectionLevels) {
        const { ids, request } = await scenario.prepare(server.base);
        const result = await autocannon({ url: server.base, connections, duration, timeout: 10, requests: [request] });
        const created = result['2xx'];
        const row = {
          database: label,
          scenario: scenario.name,
          connections,
          requestsPerSecond: Math.round(result.requests.average),
          latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
          responses: result['2xx'] + result.non2xx,
          non2xx: result.non2xx,
          timeouts: result.timeouts,
          errors: result.errors - result.timeouts,
          ...(ids && { seatsTaken: await seatsTaken(server.base, ids), rsvpsCreated: created }),
        };
        rows.push(row);
        console.log(`${label} · ${row.scenario} @${connections}: ${row.requestsPerSecond} req/s, p50 ${row.latencyMs.p50} ms, p99 ${row.latencyMs.p99} ms, max ${row.latencyMs.max} ms, non-2xx ${row.non2xx}, timeouts ${row.timeouts}, errors ${row.errors}${ids ? `, seats ${row.seatsTaken} for ${created} RSVPs` : ''}`);
      }
    }
  } finally {
    await server.stop();
  }
}

const table = [
  '| database | scenario | connections | req/s | p50 ms | p99 ms | max ms | non-2xx | timeouts | errors |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map((r) => `| ${r.database} | ${r.scenario} | ${r.connections} | ${r.requestsPerSecond} | ${r.latencyMs.p50} | ${r.latencyMs.p99} | ${r.latencyMs.max} | ${r.non2xx} | ${r.timeouts} | ${r.errors} |`),
].join('\n');
console.log(`\n${table}`);

if (write) {
  const postgres = databases.find((d) => d.database === 'postgres');
  const machine = {
    cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, durationSeconds: duration, date: new Date().toISOString(),
    databases: databases.map((d) => (d.version ? `${d.label} ${d.version}` : `${d.label} (embedded, in a worker thread)`)),
  };
  mkdirSync('results', { recursive: true });
  writeFileSync('results/api-bench.json', `${JSON.stringify({ machine, rows }, null, 2)}\n`);
  writeFileSync('results/api-bench.md', `# Center API benchmark

Written by \`npm run bench:api\` (autocannon, ${duration} s per row, loopback, load generator and server on the same
${machine.cpus} cores, ${machine.cpu}, Node ${machine.node}; ${machine.databases.join(' and ')}${postgres ? ' on the same machine' : ''}). Latencies
are autocannon's percentiles; a timeout is a request unanswered after 10 s. Every RSVP row starts on fresh events with
room for every RSVP; the seats taken were checked against the RSVPs answered 201 (results/api-bench.json).

${table}
`);
  const readme = existsSync('README.md') ? readFileSync('README.md', 'utf8') : '';
  const marked = /<!-- api-bench:start -->[\s\S]*<!-- api-bench:end -->/;
  if (marked.test(readme)) writeFileSync('README.md', readme.replace(marked, `<!-- api-bench:start -->\n${table}\n<!-- api-bench:end -->`));
  console.log('\nWritten to results/api-bench.md and results/api-bench.json (and the table in README.md).');
}
// Each RSVP answered 201 holds a seat; a request unanswered when the run stopped (at most one per connection), or
// answered too late, may hold one too. Beyond that, a seat would be counted twice.
const wrong = rows.filter((r) => r.seatsTaken !== undefined &&
  (r.seatsTaken < r.rsvpsCreated || r.seatsTaken > r.rsvpsCreated + r.timeouts + r.errors + r.connections));
if (wrong.length > 0) {
  console.error(`Seats taken do not match the RSVPs answered in: ${wrong.map((r) => `${r.database} ${r.scenario} @${r.connections}`).join(', ')}`);
  process.exit(1);
}
