// `npm start`: the demo center site and the reference center API in one process. Vite serves the page
// (the elements load from src/, rebuilt on save) and the API answers under /api on the same origin, on the
// embedded database in DATA_DIR (seeded on the first start). PORT and HOST change where it listens
// (default localhost:5173); the API's other settings are the environment variables of `npm run api`.
import { readFileSync } from 'node:fs';
import { getRequestListener } from '@hono/node-server';
import { createServer } from 'vite';
import { createApp } from './api/app.ts';
import { configFromEnv } from './api/config.ts';
import { describeStaffAccess, prepareDatabase, startMail } from './api/server.ts';
import { createMailer } from './api/mail/outbox.ts';
import { withReadiness } from './api/lifecycle.ts';
import { staffConsole } from './api/staff-console.ts';

const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? 'localhost';
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// The demo offers e-mail to guests even without SMTP: messages wait in the outbox, where staff read them.
const apiConfig = configFromEnv({ EMAIL_UPDATES: 'on', ...process.env });
const db = await prepareDatabase(apiConfig);
const mailer = createMailer({ db, config: apiConfig.mail });
const app = createApp({ db, config: apiConfig, basePath: '/api', version, mailer });
const api = getRequestListener(withReadiness(app.fetch, { db, basePath: '/api' }));
const staffPages = getRequestListener(staffConsole({ api: '/api', rebuildOnLoad: true }).fetch);

const server = await createServer({
  root: new URL('..', import.meta.url).pathname,
  appType: 'mpa',
  server: { port, host, strictPort: false },
  plugins: [
    {
      name: 'demo-site-and-api',
      configureServer(dev) {
        dev.middlewares.use((req, res, next) => {
          if (req.url === '/') return res.writeHead(302, { Location: '/demo/' }).end();
          if (req.url === '/api' || req.url?.startsWith('/api/')) return api(req, res);
          if (req.url === '/staff' || req.url?.startsWith('/staff/')) return staffPages(req, res);
          next();
        });
      },
    },
  ],
});
await server.listen();
const base = server.resolvedUrls?.local[0] ?? `http://${host}:${server.config.server.port}/`;
console.log(`\n  recovery-widgets demo: ${base}demo/`);
console.log(`  center API:            ${base}api/ (events, meetings, stories, openapi.json)`);
console.log(`  staff console:         ${base}staff/`);
for (const line of await describeStaffAccess(apiConfig, db)) console.log(`  ${line}`);
const stopJobs = startMail(apiConfig, db, mailer, `${base}api`, (line) => console.log(`  ${line}`));
console.log('  (Ctrl+C to stop)\n');

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await server.close();
    stopJobs();
    await mailer.stop();
    await db.close();
    process.exit(0);
  });
}
