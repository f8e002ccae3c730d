/**
 * The staff console at `/staff/` on the API's own origin (so the session cookie, SameSite=Strict, goes with its
 * requests), under a strict Content-Security-Policy: scripts, styles and requests from this origin only, and Trusted
 * Types (Lit's policy alone may write HTML). Built with esbuild from src/ when first asked for (about 0.1 s), and
 * under `npm start` again at each load of the page, so edits show; `npm run build:staff` makes the same files.
 * A plain build each time rather than an incremental context: a live context keeps esbuild's process, and so the
 * server's, from ever exiting (the API tests hung on it).
 */
import { Hono } from 'hono';
import * as esbuild from 'esbuild';
import { STAFF_CSP, staffBuildOptions, staffPage, staffStyles } from '../../scripts/build-staff.mjs';

const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };

/**
 * Routes for `/staff/` and its assets; `api` is the API base the console calls (e.g. `/api`, or `/`);
 * `rebuildOnLoad` builds the console again at each load of its page (for `npm start`).
 */
export function staffConsole({ api, rebuildOnLoad = false }: { api: string; rebuildOnLoad?: boolean }): Hono {
  const app = new Hono();
  let files: Promise<Map<string, string>> | undefined;

  const build = () =>
    (files = esbuild
      .build({ ...staffBuildOptions('/staff-console'), write: false })
      .then(({ outputFiles = [] }) => new Map(outputFiles.map((file) => [file.path.replace(/^.*\/staff-console\//, ''), file.text])))
      .catch((error: unknown) => {
        files = undefined; // the next load tries again
        throw error;
      }));

  const secure = (headers: Record<string, string>) => ({
    'Content-Security-Policy': STAFF_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...headers,
  });

  app.get('/staff', (c) => c.redirect('/staff/', 301));
  app.get('/staff/', async (c) => {
    await (rebuildOnLoad || !files ? build() : files);
    return c.body(staffPage(api), 200, secure({ 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }));
  });
  app.get('/staff/assets/console.css', (c) => c.body(staffStyles(), 200, secure({ 'Content-Type': TYPES.css!, 'Cache-Control': 'no-cache' })));
  app.get('/staff/assets/*', async (c) => {
    const name = c.req.path.slice('/staff/assets/'.length);
    const body = /^[\w./-]+\.js$/.test(name) && !name.includes('..') ? (await (files ?? build())).get(name) : undefined;
    if (!body) return c.json({ message: 'There is nothing at this address.' }, 404);
    return c.body(body, 200, secure({ 'Content-Type': TYPES.js!, 'Cache-Control': 'no-cache' }));
  });
  return app;
}
