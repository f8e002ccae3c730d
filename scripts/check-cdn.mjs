// Loads dist/cdn/recovery-widgets.js with a plain <script type="module"> in a bare HTML page, in headless
// Chromium, and checks that every element registers and upgrades (decorated properties read attributes),
// with no error in the page. Run after `npm run build`.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from './browser.mjs';

const page = `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>CDN check</title>
<script type="module" src="/recovery-widgets.js"></script></head>
<body><recovery-provider lang="es" time-zone="America/Bogota" theme="dark"><p>Hola</p></recovery-provider></body></html>`;

const server = createServer(async (req, res) => {
  if (req.url === '/') return res.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
  if (req.url === '/recovery-widgets.js') {
    const js = await readFile('dist/cdn/recovery-widgets.js');
    return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(js);
  }
  if (req.url === '/favicon.ico') return res.writeHead(204).end();
  res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

/** Every element the CDN file registers. */
const TAGS = ['recovery-provider', 'recovery-meetings', 'recovery-events'];

const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
const errors = [];
try {
  const tab = await browser.newPage();
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await tab.goto(url);
  const result = await tab.evaluate(async (tags) => {
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    const provider = document.querySelector('recovery-provider');
    await provider.updateComplete;
    return {
      defined: tags.filter((tag) => customElements.get(tag)),
      timeZone: provider.timeZone,
      theme: provider.theme,
      slot: Boolean(provider.shadowRoot?.querySelector('slot')),
    };
  }, TAGS);
  const ok =
    result.defined.length === TAGS.length && result.timeZone === 'America/Bogota' && result.theme === 'dark' && result.slot;
  if (!ok || errors.length > 0) {
    console.error('CDN bundle check failed:', JSON.stringify({ result, errors }));
    process.exitCode = 1;
  } else {
    console.log(`CDN bundle check passed: ${result.defined.join(', ')} registered and upgraded in a bare page.`);
  }
} finally {
  await browser.close();
  server.close();
}
