// The reference center API for the end-to-end scripts (example apps, WordPress): in memory, seeded with the demo
// center, on a loopback port, answering CORS for the one site under test.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Starts it; `origin` is the site allowed to call it (CORS_ORIGINS), `version` what it reports. */
export async function startReferenceApi(origin, version) {
  const load = (path) => tsImport(join(ROOT, path), import.meta.url);
  const { createApp } = await load('demo/api/app.ts');
  const { configFromEnv } = await load('demo/api/config.ts');
  const { migrate, openPglite } = await load('demo/api/db.ts');
  const { seedIfEmpty } = await load('demo/api/seed.ts');
  const { scryptHasher } = await load('demo/api/passwords.ts');
  const { serve } = await import('@hono/node-server');
  const db = await openPglite();
  await migrate(db);
  await seedIfEmpty(db, new Date(), { hasher: scryptHasher(10) });
  const config = { ...configFromEnv({ CORS_ORIGINS: origin, LOG_LEVEL: 'silent', SEED: '0' }), rateLimitWrites: 1_000_000 };
  const server = serve({ fetch: createApp({ db, config, version }).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((ready) => (server.listening ? ready() : server.once('listening', ready)));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    db,
    async close() {
      server.closeAllConnections?.();
      await new Promise((closed) => server.close(closed));
      await db.close();
    },
  };
}
