// The real reference center API inside web-test-runner's own server, for browser tests: a fresh in-memory
// PGlite per test run, seeded with the demo center, mounted at /api. And a fault injector in front of the same API at
// /faulty/<fault>/api/..., for what happens between a visitor's browser and the server:
//   drop     - the server commits the request, then the connection dies partway through the answer;
//   slow     - the answer comes after 3 seconds (past a short client timeout);
//   503once  - the first request with a given Idempotency-Key never reaches the API: 503;
//   429once  - the first request with a given Idempotency-Key is turned away by a rate limiter: 429, Retry-After: 1;
//   429      - every request is turned away so (for requests without a key, such as 'e-mail me my link');
//   droponce, slowonce - drop and slow, for the first request with a given Idempotency-Key only: the page's
//              reads pass, and the visitor's retry of the same intent gets through.
import { tsImport } from 'tsx/esm/api';

export const STAFF_TOKEN = 'browser-tests-staff-token';

/**
 * Staff accounts the browser tests sign in with (the staff console), one per role, plus one whose password an admin
 * set (it must be changed first). Hashed at a low cost so the tests run fast.
 */
export const STAFF_ACCOUNTS = {
  admin: { email: 'admin@tests.example', password: 'browser tests admin password', role: 'admin' },
  coordinator: { email: 'coordinator@tests.example', password: 'browser tests coordinator password', role: 'coordinator' },
  moderator: { email: 'moderator@tests.example', password: 'browser tests moderator password', role: 'moderator' },
  newcomer: { email: 'newcomer@tests.example', password: 'browser tests newcomer password', role: 'coordinator', mustChangePassword: true },
};

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return chunks.length ? Buffer.concat(chunks) : undefined;
}

async function send(ctx, response) {
  ctx.status = response.status;
  response.headers.forEach((value, name) => ctx.set(name, value));
  ctx.body = Buffer.from(await response.arrayBuffer());
}

async function startApi() {
  const { createApp } = await tsImport('../../demo/api/app.ts', import.meta.url);
  const { configFromEnv } = await tsImport('../../demo/api/config.ts', import.meta.url);
  const { migrate, openPglite } = await tsImport('../../demo/api/db.ts', import.meta.url);
  const { seedIfEmpty } = await tsImport('../../demo/api/seed.ts', import.meta.url);
  const { scryptHasher } = await tsImport('../../demo/api/passwords.ts', import.meta.url);
  const { createAccount } = await tsImport('../../demo/api/accounts.ts', import.meta.url);
  const db = await openPglite();
  await migrate(db);
  const hasher = scryptHasher(10);
  await seedIfEmpty(db, new Date(), { hasher }); // the demo center: this month's celebrations, and events (tests make their own, with tags of their own)
  for (const [name, { email, password, role, mustChangePassword = false }] of Object.entries(STAFF_ACCOUNTS)) {
    await createAccount(db, hasher, { email, password, role, displayName: `Test ${name}` }, { mustChangePassword });
  }
  // E-mail is offered to guests, and held in the outbox (no SMTP here), as in the demo.
  const base = configFromEnv({ EMAIL_UPDATES: 'on' });
  const config = { ...base, logLevel: 'silent', rateLimitWrites: 1_000_000, staffToken: STAFF_TOKEN };
  return { db, config, app: createApp({ db, config, version: 'browser-tests', hasher }) };
}

/**
 * A web-test-runner plugin (for `plugins`) that starts the API in `serverStart`, which web-test-runner awaits
 * before it launches any browser: no test waits for PGlite to start, migrate and seed, whichever file runs
 * first and however busy the machine is. Its `middleware` goes in the config's `middleware` list (plugins'
 * own koa middleware would come after the file server). Set CENTER_API_TIMING=1 to print how long the start took.
 */
export function centerApi() {
  let ready;
  const start = () => {
    if (!ready) {
      const started = performance.now();
      ready = startApi();
      if (process.env.CENTER_API_TIMING) {
        ready.then(() => console.log(`center API ready in ${Math.round(performance.now() - started)} ms`));
      }
    }
    return ready;
  };
  const failedOnce = new Set();
  return {
    name: 'center-api',
    async serverStart() {
      await start();
    },
    async serverStop() {
      if (ready) await (await ready).db.close();
    },
    middleware: async function centerApiMiddleware(ctx, next) {
      const match = /^\/(?:faulty\/(drop|slow|droponce|slowonce|503once|429once|429)\/)?api(\/.*)$/.exec(ctx.path);
      if (!match) return next();
      const { app: api, config } = await start(); // started already by serverStart; this only matters without the plugin
      config.mail.publicUrl ??= `${ctx.origin}/api`; // unsubscribe links in held messages point here
      const [, fault, path] = match;
      const key = ctx.get('Idempotency-Key');
      const firstTry = Boolean(key) && !failedOnce.has(`${fault}:${key}`);
      if (fault?.endsWith('once') && firstTry) failedOnce.add(`${fault}:${key}`);
      if (fault === '503once' && firstTry) {
        ctx.status = 503;
        ctx.body = { message: 'Service unavailable for a moment.' };
        return;
      }
      if (fault === '429' || (fault === '429once' && firstTry)) {
        ctx.status = 429;
        ctx.set('Retry-After', '1');
        ctx.body = { message: 'Too many requests.' };
        return;
      }
      const dropping = fault === 'drop' || (fault === 'droponce' && firstTry);
      const slowing = fault === 'slow' || (fault === 'slowonce' && firstTry);
      const body = ['GET', 'HEAD'].includes(ctx.method) ? undefined : await readBody(ctx.req);
      // The page's own origin, as on a real deployment where the console and the API share it (staff writes check it).
      const request = new Request(new URL(path + ctx.search, ctx.origin), {
        method: ctx.method,
        headers: ctx.headers,
        body,
      });
      const response = await api.fetch(request);
      if (dropping) {
        // Committed on the server; the connection dies partway through the answer. (Closing it before any
        // byte of the answer would not do: Chrome quietly resends a request whose reused connection closed.)
        const bytes = Buffer.from(await response.arrayBuffer());
        ctx.respond = false;
        ctx.res.writeHead(response.status, { 'Content-Type': 'application/json', 'Content-Length': bytes.length });
        ctx.res.write(bytes.subarray(0, bytes.length >> 1));
        setTimeout(() => ctx.res.destroy(), 50);
        return;
      }
      if (slowing) await new Promise((resolve) => setTimeout(resolve, 3000));
      await send(ctx, response);
    },
  };
}
