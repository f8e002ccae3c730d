// `npm run bench:api`: throughput and latency of the reference center API on loopback, with autocannon.
// The server runs in its own process (as `npm run api` does) on a fresh, seeded embedded database; this
// process only generates load. Scenarios at 10 and 100 concurrent connections:
//   GET /health (baseline: the framework and the network, no database), GET /events, and POST an RSVP with a
//   fresh Idempotency-Key per request, all to one event (the worst case: every RSVP locks the same event row).
// Prints a table and writes results/api-bench.json and results/api-bench.md. `--duration N` (seconds, default 10).
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const duration = Number(process.argv[process.argv.indexOf('--duration') + 1]) || 10;
const staffToken = randomUUID();

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});
const dataDir = mkdtempSync(join(tmpdir(), 'recovery-bench-'));
const server = spawn(process.execPath, ['--import', 'tsx', 'demo/api/server.ts'], {
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: join(dataDir, 'db'), STAFF_TOKEN: staffToken,
    RATE_LIMIT_WRITES: '100000000', LOG_LEVEL: 'silent', DATABASE_URL: '' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => String(chunk).includes('center API:') && resolve());
  server.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
});
const base = `http://127.0.0.1:${port}`;

// One event with room for every RSVP the run can make, so each request does the full work of a confirmation.
const start = new Date(Date.now() + 7 * 86_400_000);
const created = await fetch(`${base}/staff/events`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${staffToken}` },
  body: JSON.stringify({ title: 'Benchmark dinner', description: '', start: start.toISOString(), end: new Date(start.getTime() + 7_200_000).toISOString(),
    timeZone: 'America/New_York', venue: null, onlineUrl: null, capacity: 100000, waitlist: true, maxGuests: 2, contactFields: ['email'],
    questions: [], substanceFree: true, calendarTitle: null, rsvpOpen: true, tags: [] }),
}).then((r) => r.json());
const eventId = created.event.id;
const rsvpBody = JSON.stringify({ name: 'Bench Mark', email: 'bench@example.org', guests: 1, answers: [] });

const scenarios = [
  { name: 'GET /health (baseline)', path: '/health' },
  { name: 'GET /events', path: '/events' },
  {
    name: 'POST /events/{id}/rsvps',
    path: `/events/${eventId}/rsvps`,
    method: 'POST',
    setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'Idempotency-Key': randomUUID() } }),
  },
];

const rows = [];
for (const scenario of scenarios) {
  for (const connections of [10, 100]) {
    const result = await autocannon({
      url: base,
      connections,
      duration,
      requests: [{
        method: scenario.method ?? 'GET',
        path: scenario.path,
        ...(scenario.method === 'POST' && { body: rsvpBody, headers: { 'Content-Type': 'application/json' } }),
        ...(scenario.setupRequest && { setupRequest: scenario.setupRequest }),
      }],
    });
    const row = {
      scenario: scenario.name,
      connections,
      requestsPerSecond: Math.round(result.requests.average),
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      requests: result.requests.total,
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
    };
    rows.push(row);
    console.log(`${row.scenario} @${connections}: ${row.requestsPerSecond} req/s, p50 ${row.latencyMs.p50} ms, p90 ${row.latencyMs.p90} ms, p99 ${row.latencyMs.p99} ms, non-2xx ${row.non2xx}, errors ${row.errors}`);
  }
}

const [{ n: confirmed }] = await fetch(`${base}/events/${eventId}`).then((r) => r.json()).then((b) => [{ n: b.event.capacity - b.event.spotsLeft }]);
server.kill('SIGTERM');
rmSync(dataDir, { recursive: true, force: true });

const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, database: 'PGlite (embedded)', durationSeconds: duration, date: new Date().toISOString() };
mkdirSync('results', { recursive: true });
writeFileSync('results/api-bench.json', `${JSON.stringify({ machine, seatsTakenByRsvps: confirmed, rows }, null, 2)}\n`);
const table = [
  '| scenario | connections | req/s | p50 ms | p90 ms | p99 ms | non-2xx | errors |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map((r) => `| ${r.scenario} | ${r.connections} | ${r.requestsPerSecond} | ${r.latencyMs.p50} | ${r.latencyMs.p90} | ${r.latencyMs.p99} | ${r.non2xx} | ${r.errors} |`),
].join('\n');
writeFileSync('results/api-bench.md', `# Center API benchmark\n\nWritten by \`npm run bench:api\` (autocannon, ${duration} s per row, loopback; ${machine.cpus} cores, ${machine.cpu}, Node ${machine.node}, ${machine.database}). Latencies are autocannon's percentiles; the /health row is the baseline measured in the same run.\n\n${table}\n`);
const readme = existsSync('README.md') ? readFileSync('README.md', 'utf8') : '';
const marked = /<!-- api-bench:start -->[\s\S]*<!-- api-bench:end -->/;
if (marked.test(readme)) writeFileSync('README.md', readme.replace(marked, `<!-- api-bench:start -->\n${table}\n<!-- api-bench:end -->`));
console.log(`\n${table}\n\nWritten to results/api-bench.md and results/api-bench.json (and the table in README.md).`);
