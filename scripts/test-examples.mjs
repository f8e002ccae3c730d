// The example apps (examples/react, vue, svelte, html), tried as a web developer would: each installs the packed
// package (`npm pack`, a tarball as the registry would give it; not a link to this folder) and its own pinned
// dependencies from the registry into its own node_modules, type-checks, builds, and is loaded in headless Chromium
// against the real reference API (in memory, seeded with the demo center). In the browser each app must show the
// meetings it gave as a property, three events (its `limit` property), send a real RSVP through the element's form,
// get `recovery-rsvp` in its own handler (it shows "RSVP received: …"), and leave the console clean.
// Prints a result per app and ends with `N passed, N failed`. Assumes `npm run build` has run (builds the library and
// the CDN folder itself when dist/ lacks them).
//   node scripts/test-examples.mjs [--only=react,html] [--tarball=path/to/recovery-widgets.tgz] [--screenshots=folder]
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './browser.mjs';
import { startReferenceApi } from './reference-api.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const options = Object.fromEntries(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=')));

/** Each app: its folder, how it is type-checked (an npm script), what is served, and its pages. */
const EXAMPLES = [
  { name: 'react', check: 'check', serve: 'dist', pages: ['/'] },
  { name: 'vue', check: 'check', serve: 'dist', pages: ['/'] },
  { name: 'svelte', check: 'check', serve: 'dist', pages: ['/'] },
  // Plain HTML: no type-check and no bundler; `npm run build` copies the CDN folder. Its own server (serve.mjs)
  // serves the pages and the API under /api on one origin.
  { name: 'html', serve: '.', pages: ['/cdn.html', '/import-map.html'], ownServer: true },
].filter((example) => !options.only || options.only.split(',').includes(example.name));

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Runs a command; resolves with its output, rejects with the end of it. */
function run(command, args, { cwd = ROOT, env = {} } = {}) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done(output);
      else fail(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.trim().split('\n').slice(-30).join('\n')}`));
    });
  });
}

/** The package as a tarball in a temporary folder, as `npm install recovery-widgets` would fetch it. */
async function pack() {
  if (options.tarball) return resolve(options.tarball);
  if (!existsSync(join(ROOT, 'dist/index.js')) || !existsSync(join(ROOT, 'dist/cdn/recovery-widgets.js'))) {
    console.log('dist/ is incomplete: building the library and the CDN folder');
    await run('npm', ['run', 'build:lib']);
    await run('npm', ['run', 'build:cdn']);
  }
  const folder = mkdtempSync(join(tmpdir(), 'recovery-widgets-pack-'));
  const [{ filename }] = JSON.parse(await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', folder]));
  return join(folder, filename);
}

const startApi = (origin) => startReferenceApi(origin, 'examples');

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/** A static server for a built app (its folder set per app), as any web host serves a Vite build. */
function appServer() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://app').pathname);
    const file = resolve(server.root, '.' + (path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(server.root + sep)) return res.writeHead(404).end();
    try {
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
    } catch {
      res.writeHead(404).end('Not found');
    }
  });
  return server;
}

const listen = (server) => new Promise((ready) => server.listen(0, '127.0.0.1', () => ready(`http://127.0.0.1:${server.address().port}`)));

/**
 * One page in the browser, as a visitor uses it: the property-given meetings and three events show; an RSVP goes
 * through the first event's form to the API; the app's own handler shows what `recovery-rsvp` carried; the
 * console stays clean. Returns what went wrong (empty when nothing did).
 */
async function tryPage(browser, url, api, visitor, screenshot) {
  const problems = [];
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'America/New_York', viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(`console ${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  // A request that fails is a problem (a CORS refusal, a server that is not there). One cut off by the browser
  // (net::ERR_ABORTED) is noted instead: it is what a request superseded by a newer one looks like, and in about
  // one page in ten Chromium reported the RSVP's POST so although the page had its answer (the RSVP confirmed, the
  // handler called, one row on the server). What the visitor sees, the app's handler and the server's row decide.
  const opened = performance.now();
  const failures = [];
  page.on('requestfailed', (request) => {
    const at = Math.round(performance.now() - opened);
    failures.push(
      request.response().then(
        (response) => ({ what: `${request.method()} ${request.url()}`, error: request.failure()?.errorText, at, status: response?.status() }),
        () => ({ what: `${request.method()} ${request.url()}`, error: request.failure()?.errorText, at }),
      ),
    );
  });
  page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`));
  const step = async (what, action) => {
    try {
      return await action();
    } catch (error) {
      throw new Error(`${what}: ${error.message.split('\n')[0]}`);
    }
  };
  try {
    await page.goto(url);
    // Playwright's locators reach into open shadow roots, as a visitor's eyes do.
    await step('the meetings given as a property show', () => page.getByText('Harbor Light Evening Group').first().waitFor({ timeout: 15_000 }));
    await step('the online meeting given as a property shows', () => page.getByText('Sunrise Online Meeting').first().waitFor({ timeout: 5_000 }));
    const cards = page.locator('recovery-events [part~="event"]');
    await step('events load from the API', () => cards.first().waitFor({ timeout: 15_000 }));
    const shown = await cards.count();
    if (shown !== 3) problems.push(`limit = 3 (a property) showed ${shown} events`);

    // The first event open for RSVPs (a full one offers its waitlist instead), held by its id: its RSVP button
    // becomes "Close the form".
    const eventId = await cards.filter({ has: page.getByRole('button', { name: 'RSVP', exact: true }) }).first().getAttribute('data-event-id');
    const card = page.locator(`recovery-events [part~="event"][data-event-id="${eventId}"]`);
    await step('open the RSVP form', () => card.getByRole('button', { name: 'RSVP', exact: true }).click());
    await step('type a name', () => card.getByLabel('Your name').fill(visitor));
    const email = card.getByLabel('Email');
    if (await email.count()) await email.fill('alumni@example.org');
    await step('send the RSVP', () => card.getByRole('button', { name: 'Send RSVP' }).click());
    const received = page.getByText(/^RSVP received: /);
    await step('the app shows the recovery-rsvp it received', () => received.waitFor({ timeout: 15_000 }));
    const text = (await received.textContent())?.trim();
    if (text !== `RSVP received: confirmed (${eventId})`) problems.push(`the app shows "${text}", expected "RSVP received: confirmed (${eventId})"`);
    const rows = await api.db.query('select status from rsvps where event_id = $1 and name = $2', [eventId, visitor]);
    if (rows.length !== 1 || rows[0].status !== 'confirmed') problems.push(`the API holds ${JSON.stringify(rows)} for ${visitor} at ${eventId}`);
    await step('the element confirms', () => card.getByText('You’re on the list. See you there!').waitFor({ timeout: 5_000 }));
    await page.waitForTimeout(300); // anything the page logs after the RSVP
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
  } catch (error) {
    problems.push(error.message);
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: true }).catch(() => {});
  } finally {
    await context.close();
  }
  const notes = [];
  for (const { what, error, at, status } of await Promise.all(failures)) {
    const line = `request failed: ${what} (${error}) at ${at} ms${status ? `, after a ${status} answer` : ''}`;
    (error === 'net::ERR_ABORTED' ? notes : problems).push(line);
  }
  return { problems, notes };
}

async function tryExample(example, { tarball, browser, api, app, appOrigin }) {
  const cwd = join(ROOT, 'examples', example.name);
  const timings = [];
  const timed = async (what, action) => {
    const started = performance.now();
    try {
      return await action();
    } finally {
      timings.push(`${what} ${seconds(started)}`);
    }
  };
  const results = [];
  const label = (path) => (example.pages.length > 1 ? `${example.name} ${path}` : example.name);
  try {
    // Pinned, so that a release of React or Vite changes nothing here until someone moves the pin.
    const manifest = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
    const ranges = Object.entries({ ...manifest.dependencies, ...manifest.devDependencies }).filter(([, version]) => !/^\d+\.\d+\.\d+$/.test(version));
    if (ranges.length > 0) throw new Error(`package.json pins no exact version for ${ranges.map(([name, version]) => `${name}@${version}`).join(', ')}`);
    // Its own dependencies (pinned, from its package-lock.json when it has one) and the packed package, from the
    // registry or the npm cache: nothing from the root's node_modules.
    await timed('install', () => run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-save', tarball], { cwd }));
    const installed = join(cwd, 'node_modules/recovery-widgets');
    if (lstatSync(installed).isSymbolicLink()) throw new Error('recovery-widgets was installed as a link, not from the tarball');
    if (example.check) await timed('type-check', () => run('npm', ['run', example.check], { cwd }));
    await timed('build', () => run('npm', ['run', 'build'], { cwd, env: { VITE_RECOVERY_API: api.url } }));
    let origin = appOrigin;
    let own;
    if (example.ownServer) {
      const { createSite } = await import(join(cwd, 'serve.mjs'));
      own = createSite({ root: cwd, api: api.url });
      origin = await listen(own);
    } else {
      app.root = resolve(cwd, example.serve);
    }
    try {
      for (const path of example.pages) {
        const screenshot = options.screenshots && join(resolve(options.screenshots), `${label(path).replace(/\W+/g, '-')}.png`);
        const { problems, notes } = await timed(`browser ${path}`, () => tryPage(browser, origin + path, api, `Alex (${label(path)})`, screenshot));
        results.push({ name: label(path), problems, notes });
      }
    } finally {
      if (own) await new Promise((closed) => own.close(closed));
    }
  } catch (error) {
    for (const path of example.pages) {
      if (!results.some((r) => r.name === label(path))) results.push({ name: label(path), problems: [error.message] });
    }
  }
  return { results, timings };
}

const started = performance.now();
let passed = 0;
let failed = 0;
const tarball = await pack();
console.log(`packed ${tarball}`);
const app = appServer();
const appOrigin = await listen(app);
const api = await startApi(appOrigin);
const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
try {
  // One at a time: installs and builds are heavy, and the machine is shared.
  for (const example of EXAMPLES) {
    const { results, timings } = await tryExample(example, { tarball, browser, api, app, appOrigin });
    for (const { name, problems, notes = [] } of results) {
      if (problems.length === 0) {
        passed += 1;
        console.log(`✔ example ${name}${notes.map((note) => `\n    note: ${note}`).join('')}`);
      } else {
        failed += 1;
        console.log(`✘ example ${name}\n${problems.map((p) => `    ${p.replace(/\n/g, '\n    ')}`).join('\n')}`);
      }
    }
    console.log(`  (${example.name}: ${timings.join(', ')})`);
  }
} finally {
  await browser.close();
  await api.close();
  await new Promise((closed) => app.close(closed));
  if (!options.tarball) rmSync(resolve(tarball, '..'), { recursive: true, force: true });
}
console.log(`example apps took ${seconds(started)}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
