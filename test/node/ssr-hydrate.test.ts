// Hydration, in Chromium: a page whose elements were rendered on the server (declarative shadow DOM, from
// @lit-labs/ssr) is shown before any script runs, and once the elements are defined (with Lit's hydrate
// support loaded first) they take over the DOM that is there: the same nodes stay, nothing shows
// "Loading…" in between, nothing is fetched again, and the console has no hydration error.
// The page gives the elements their data the way a plain page would: it sets the properties from JSON in
// the page before it imports the define module (properties set before the definition are kept).
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../../src/define.js';
import { findChrome, CHROME_ARGS } from '../../scripts/browser.mjs';
import { ssrEvents, ssrMeetings, ssrStories } from '../ssr/data.js';
import { loadMeetingTypeNames } from '../../src/index.js';

const since = new Date(Date.now() - 400 * 86_400_000).toISOString().slice(0, 10);
const data = { meetings: ssrMeetings, events: ssrEvents(), stories: ssrStories };

let server: Server;
let browser: Browser;
let origin: string;
const requests: string[] = [];

before(async () => {
  await loadMeetingTypeNames(); // as a server does, so the types are named as the browser will name them
  const body = await collectResult(
    render(html`<recovery-provider api="/api">
      <recovery-meetings .meetings=${data.meetings}></recovery-meetings>
      <recovery-events .events=${data.events}></recovery-events>
      <recovery-stories .stories=${data.stories}></recovery-stories>
      <recovery-milestone since=${since} time-zone="UTC"></recovery-milestone>
    </recovery-provider>`),
  );
  // The client: Lit's hydrate support, and the elements. The support must run before LitElement's module:
  // its own entry, loaded first (in one bundle, LitElement's shared chunk would run before it).
  const client = await build({
    entryPoints: { hydrate: '@lit-labs/ssr-client/lit-element-hydrate-support.js', index: 'src/define.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: '/client',
    platform: 'browser',
    tsconfig: 'tsconfig.json',
    write: false,
    logLevel: 'silent',
  });
  const files = new Map(client.outputFiles.map((file) => [file.path, file.text]));
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hydration</title></head><body>
<main>${body}</main>
<script type="application/json" id="data">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>
<script>
  // Before hydration: remember a node of each element's server-rendered shadow DOM, and watch for a loading view.
  window.seen = { loading: false };
  window.kept = [...document.querySelectorAll('recovery-meetings, recovery-events, recovery-stories, recovery-milestone')]
    .map((el) => ({ el, node: el.shadowRoot && el.shadowRoot.querySelector('[part~="base"]') }));
  window.serverText = window.kept.map(({ node }) => node.textContent.replace(/\\s+/g, ' ').trim());
  const watch = () => {
    if (window.kept.some(({ el }) => el.shadowRoot && el.shadowRoot.querySelector('[part~="loading"]'))) window.seen.loading = true;
    if (!window.seen.done) requestAnimationFrame(watch);
  };
  watch();
</script>
<script type="module">
  const given = JSON.parse(document.getElementById('data').textContent);
  for (const name of ['meetings', 'events', 'stories']) document.querySelector('recovery-' + name)[name] = given[name];
  await import('/client/hydrate.js');
  await import('/client/index.js');
  const elements = window.kept.map(({ el }) => el);
  await Promise.all(elements.map((el) => customElements.whenDefined(el.localName)));
  await Promise.all(elements.map((el) => el.updateComplete));
  await new Promise((resolve) => setTimeout(resolve, 300));
  window.seen.done = true;
</script></body></html>`;
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    if (request.url === '/favicon.ico') return void response.writeHead(204).end();
    const file = request.url === '/' ? page : files.get(request.url ?? '');
    if (file === undefined) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': request.url === '/' ? 'text/html' : 'text/javascript' }).end(file);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

it('hydrates the server-rendered elements in place: same nodes, no loading view, no fetch, clean console', async () => {
  // The visitor in the server's time zone: times are the visitor's own, which a server cannot know.
  const page = await browser.newPage({ timezoneId: Intl.DateTimeFormat().resolvedOptions().timeZone });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${origin}/`);
  // Before any script: the content is there, from the declarative shadow roots.
  await page.waitForFunction(() => (window as unknown as { seen: { done?: boolean } }).seen.done === true, undefined, { timeout: 20_000 });
  const result = await page.evaluate(() => {
    const { kept, seen } = window as unknown as { kept: { el: HTMLElement & { hasUpdated: boolean }; node: Element | null }[]; seen: { loading: boolean } };
    return {
      loadingSeen: seen.loading,
      hydrated: kept.map(({ el, node }) => ({ tag: el.localName, updated: el.hasUpdated, sameNode: !!node && node === el.shadowRoot?.querySelector('[part~="base"]') })),
      text: kept.map(({ el }) => el.shadowRoot?.querySelector('[part~="base"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
      serverText: (window as unknown as { serverText: string[] }).serverText,
    };
  });
  assert.deepEqual(problems, [], `no hydration error or warning in the console (requests: ${requests.join(' ')})`);
  assert.equal(result.loadingSeen, false, 'no loading view between the server render and hydration');
  for (const element of result.hydrated) {
    assert.ok(element.updated, `${element.tag} hydrated`);
    assert.ok(element.sameNode, `${element.tag} kept the server-rendered DOM`);
  }
  // Not a word changed: what the server sent is what the visitor keeps reading.
  assert.deepEqual(result.text, result.serverText);
  assert.match(result.text[0]!, /Morning Light/);
  assert.match(result.text[0]!, /In person · Open/);
  assert.match(result.text[1]!, /Alumni dinner/);
  assert.match(result.text[2]!, /A year of Tuesdays/);
  assert.match(result.text[3]!, /\b400\b/);
  assert.deepEqual(requests.filter((url) => url.startsWith('/api')), [], 'nothing fetched from the API');

  // Hydrated means working: the meeting search filters the list the server rendered.
  await page.locator('recovery-meetings input[type="search"]').fill('Noon');
  await page.waitForFunction(() => {
    const shown = document.querySelector('recovery-meetings')?.shadowRoot?.textContent ?? '';
    return shown.includes('Step Study at Noon') && !shown.includes('Morning Light');
  });
  await page.close();
});
