// Loads dist/cdn/recovery-widgets.js with a plain <script type="module"> in a bare HTML page, in headless
// Chromium, and checks that every element registers and upgrades (decorated properties read attributes),
// that the chunks it loads on demand arrive (the Spanish strings, the RSVP form), with no error in the page. Then
// the same with the file loaded as `recovery-widgets.js?v=2`: its chunks import it by its plain URL, and the parts
// must still reach the elements on the page. Run after `npm run build`.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from './browser.mjs';
import { BUILT } from './elements.mjs';

const page = (query) => `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>CDN check</title>
<script type="module" src="/recovery-widgets.js${query}"></script></head>
<body><recovery-provider api="/api" lang="es" time-zone="America/Bogota" theme="dark"><p>Hola</p>
<recovery-events></recovery-events></recovery-provider></body></html>`;

const server = createServer(async (req, res) => {
  if (req.url === '/' || req.url === '/?query') return res.writeHead(200, { 'Content-Type': 'text/html' }).end(page(req.url === '/' ? '' : '?v=2'));
  const path = normalize((req.url ?? '/').replace(/\?.*/, ''));
  if (path.endsWith('.js') && !path.includes('..')) {
    const js = await readFile(join('dist/cdn', path)).catch(() => undefined);
    if (js) return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(js);
  }
  if (req.url === '/favicon.ico') return res.writeHead(204).end();
  // The events element reads the provider's API as soon as it connects, before the check gives it events.
  if (req.url?.startsWith('/api/events')) return res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"events":[]}');
  res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

/** Every element the CDN file registers: each built element of the registry (scripts/elements.mjs). */
const TAGS = BUILT.map((element) => element.tag);

const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
try {
  // The plain URL, then with a query string (a cache-busting `?v=2`), each in a fresh page.
  for (const [path, how] of [['', 'by its plain URL'], ['?query', 'as recovery-widgets.js?v=2']]) {
    const errors = [];
    const tab = await browser.newPage();
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    tab.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
    await tab.goto(`${url}${path}`);
    const result = await tab.evaluate(async (tags) => {
      // A tag the file does not register fails the check (listed below) instead of waiting forever.
      const registered = Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
      await Promise.race([registered, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      const provider = document.querySelector('recovery-provider');
      await provider.updateComplete;
      // An event, to load the chunks an element fetches on demand: the Spanish strings and the RSVP form.
      const events = document.querySelector('recovery-events');
      const start = new Date(Date.now() + 86_400_000);
      events.events = [{ id: 'cdn', title: 'Cena', start: start.toISOString(), end: new Date(start.getTime() + 3_600_000).toISOString(),
        timeZone: 'America/Bogota', status: 'scheduled', rsvpOpen: true }];
      const until = async (find) => {
        for (let i = 0; i < 100 && !find(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
        return find();
      };
      const toggle = await until(() => events.shadowRoot?.querySelector('.toggle'));
      const toggleText = toggle?.textContent.trim();
      toggle?.click();
      const nameLabel = await until(() => events.shadowRoot?.querySelector('label[for="rsvp-cdn-name"]'));
      return {
        defined: tags.filter((tag) => customElements.get(tag)),
        timeZone: provider.timeZone,
        theme: provider.theme,
        slot: Boolean(provider.shadowRoot?.querySelector('slot')),
        lazy: [toggleText, nameLabel?.textContent.replace(/\s+/g, ' ').trim()],
      };
    }, TAGS);
    const ok =
      result.defined.length === TAGS.length && result.timeZone === 'America/Bogota' && result.theme === 'dark' && result.slot &&
      result.lazy[0] === 'Confirmar asistencia' && result.lazy[1] === 'Su nombre (Obligatorio)';
    if (!ok || errors.length > 0) {
      console.error(`CDN bundle check failed, the file loaded ${how}:`, JSON.stringify({ result, errors }));
      process.exitCode = 1;
    } else {
      console.log(`CDN bundle check passed, the file loaded ${how}: ${result.defined.join(', ')} registered and upgraded in a bare page; Spanish and the RSVP form loaded on demand.`);
    }
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
