// The meeting finder cold, as a visitor gets it (called by `npm run bench`, or alone: `node scripts/bench-cold.mjs`).
// The CDN build (vite, as `npm run build:cdn`, into a temporary folder) is served over HTTP with gzip, and each run
// is a fresh browser context opening a page with one <recovery-meetings src="…">, for: the real sussexaa feed,
// a generated 2,000-meeting feed and a generated 20,000-meeting feed; and, as the baseline, the same page with an
// empty feed (what loading the code alone costs). Each measured unthrottled and with the CPU throttled 4×
// (CDP Emulation.setCPUThrottlingRate), RUNS runs, median and p90:
//   - first rows: navigation start → five rows painted (or, for the empty feed, its "no meetings" note:
//     recovery-load, then the next frame);
//   - main thread to first rows / to settled: CDP Performance TaskDuration (all main-thread tasks, parsing and
//     style included) at first rows, and once nothing has happened for a second;
//   - DOM nodes and JS heap after a forced GC (CDP Performance Nodes, JSHeapUsedSize), JS bytes (gzip, as sent)
//     and requests made before the first rows;
//   - for the 20,000-meeting feed, unthrottled: a keystroke in the search box to the updated list.
// Then the network rows: the empty and the 2,000-meeting feeds (and that feed with the page preloading it) over an
// emulated phone network (NETWORK below, CDP Network.emulateNetworkConditions), COLD_NET_RUNS runs (5), CPU 1× and
// 4×: first rows, when the feed request starts, and how many round trips come one after another before it (from
// resource timing: the HTML, then each file that could only be asked for once an earlier one had arrived).
// COLD_CASES=empty,generated-2000 (feed-name prefixes) runs only those feeds, in every table, and then prints the
// tables without writing the results files (a quick look; the results are the full set's); COLD_RUNS=0 skips
// the localhost tables.
// `--profile <feed>` instead writes a CPU profile of one cold unthrottled run to results/cold-<feed>.cpuprofile
// and prints the top functions by self time. Writes results/bench-cold.json and results/bench-cold.md.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from './browser.mjs';

const RUNS = Number(process.env.COLD_RUNS ?? 9);
const NET_RUNS = Number(process.env.COLD_NET_RUNS ?? 5);
const only = process.env.COLD_CASES?.split(',').map((prefix) => prefix.trim()).filter(Boolean);
// A feed's whole name (without .json) picks that feed alone (generated-2000 is not generated-20000).
const FEED_NAMES = ['empty', 'sussexaa', 'generated-2000', 'generated-20000'];
const wanted = (feed) =>
  !only || only.some((prefix) => (FEED_NAMES.includes(prefix) ? feed === `${prefix}.json` : feed.startsWith(prefix)));
/**
 * The emulated phone network: Lighthouse's "Slow 4G" (its mobileSlow4G: 150 ms round trip, 1.6 Mbit/s down,
 * 750 kbit/s up). CDP adds the latency to every request's response (not to TCP or TLS set-up, which it does not
 * emulate), so a real phone on such a network waits longer than this, not less.
 */
const NETWORK = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
const profileArg = process.argv.indexOf('--profile');
const profileFeed = profileArg > 0 ? process.argv[profileArg + 1] : undefined;

// The CDN build, as `npm run build:cdn` makes it, but out of dist/ (which other builds own).
const out = mkdtempSync(join(tmpdir(), 'cold-cdn-'));
execFileSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { stdio: 'inherit' });

const sussex = readFileSync('test/fixtures/meeting-guide/sussexaa.json', 'utf8');
/** A feed of `count` meetings made by varying the real ones (as bench.mjs does): new slugs, days and times. */
function generatedFeed(count) {
  const base = JSON.parse(sussex);
  return JSON.stringify(
    Array.from({ length: count }, (_, i) => {
      const m = base[i % base.length];
      return { ...m, slug: `${m.slug}-${i}`, day: i % 7, time: `${String(6 + (i % 16)).padStart(2, '0')}:${i % 2 ? '30' : '00'}` };
    }),
  );
}
const feeds = {
  'empty.json': '[]',
  'sussexaa.json': sussex,
  'generated-2000.json': generatedFeed(2000),
  'generated-20000.json': generatedFeed(20000),
};

const page = (feed, { preload = false } = {}) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cold</title>
<meta name="viewport" content="width=device-width">${preload ? `\n<link rel="preload" href="/feeds/${feed}" as="fetch" crossorigin="anonymous">` : ''}
<script>
  // Set before the element's code: when five rows (or, with no rows to show, the element's load or error) are on
  // screen, and what was fetched by then. Rows seen in a frame's callback are painted in that frame: the time is
  // taken in the first task after it.
  window.cold = new Promise((resolve) => {
    let event;
    const rows = () => document.querySelector('recovery-meetings')?.shadowRoot?.querySelectorAll('[part="meeting"]').length ?? 0;
    const done = () => setTimeout(() => {
      const firstRowsMs = performance.now();
      // The bench reads the main thread's work here, the page paused (its Debugger.paused handler): read later, it
      // would count what the element does next (the rest of the first page) as work before the first rows.
      debugger;
      const resources = performance.getEntriesByType('resource').filter((r) => r.startTime < firstRowsMs);
      // Round trips one after another before the feed request: the page is the first; a file is one more than the
      // latest of those that had arrived when it was asked for (what it could have been waiting for).
      const [navigation] = performance.getEntriesByType('navigation');
      const src = new URL(document.querySelector('recovery-meetings').getAttribute('src'), location.href).href;
      const feeds = resources.filter((r) => r.name === src);
      const feed = feeds[0];
      const depth = new Map([[navigation, 1]]);
      const depthOf = (entry) => {
        if (!depth.has(entry)) {
          const before = [navigation, ...resources].filter((r) => r !== entry && r.responseEnd > 0 && r.responseEnd <= entry.startTime);
          depth.set(entry, 1 + Math.max(...before.map(depthOf)));
        }
        return depth.get(entry);
      };
      resolve({
        ok: !event || event.type === 'recovery-load', firstRowsMs, detail: event?.detail, rows: rows(),
        requests: resources.length,
        jsBytes: resources.filter((r) => r.name.endsWith('.js')).reduce((sum, r) => sum + r.encodedBodySize, 0),
        feedStartMs: feed?.startTime,
        roundTripsBeforeFeed: feed && depthOf(feed) - 1,
        // The page and the files that had arrived when the feed was asked for (not those asked for in the same task).
        requestsBeforeFeed: feed && 1 + resources.filter((r) => r !== feed && r.responseEnd > 0 && r.responseEnd <= feed.startTime).length,
        feedRequests: feeds.length,
      });
    });
    const frame = () => (rows() >= 5 || event ? done() : requestAnimationFrame(frame));
    requestAnimationFrame(frame);
    const ended = (e) => (event ??= e);
    document.addEventListener('recovery-load', ended, { once: true });
    document.addEventListener('recovery-error', ended, { once: true });
  });
</script>
<script type="module" src="/cdn/recovery-widgets.js"></script>
</head><body><recovery-meetings src="/feeds/${feed}" time-zone="America/New_York"></recovery-meetings></body></html>`;

const types = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html', '.map': 'application/json' };
const gz = new Map();
function serveBody(res, req, type, body) {
  if (!/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) return res.writeHead(200, { 'Content-Type': type }).end(body);
  let zipped = gz.get(body);
  if (!zipped) gz.set(body, (zipped = gzipSync(body)));
  res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Content-Length': zipped.length }).end(zipped);
}
const cdnFiles = new Map();
for (const dir of ['', 'chunks']) {
  for (const name of readdirSync(join(out, dir))) {
    const path = join(out, dir, name);
    if (statSync(path).isFile()) cdnFiles.set(`/cdn/${dir ? `${dir}/` : ''}${name}`, readFileSync(path));
  }
}
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname.startsWith('/page/')) return serveBody(res, req, 'text/html', page(url.pathname.slice(6)));
  if (url.pathname.startsWith('/page-preload/')) return serveBody(res, req, 'text/html', page(url.pathname.slice(14), { preload: true }));
  if (url.pathname.startsWith('/feeds/') && feeds[url.pathname.slice(7)] !== undefined) {
    return serveBody(res, req, 'application/json', feeds[url.pathname.slice(7)]);
  }
  const file = cdnFiles.get(url.pathname);
  if (file) return serveBody(res, req, types[extname(url.pathname)] ?? 'application/octet-stream', file);
  res.writeHead(url.pathname === '/favicon.ico' ? 204 : 404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
const version = browser.version();

const metricsOf = async (cdp) => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));

/** One cold run: a fresh context and page. */
async function coldRun(feed, { throttle = 1, keystrokes = 0, profile = false, network, preload = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  const warnings = [];
  tab.on('console', (message) => /preload/i.test(message.text()) && warnings.push(message.text()));
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  // Main-thread work at the first rows: read while the page is paused at the `debugger` statement there.
  await cdp.send('Debugger.enable');
  const atFirst = new Promise((resolve) =>
    cdp.once('Debugger.paused', async () => {
      const metrics = await metricsOf(cdp);
      if (profile) metrics.profile = (await cdp.send('Profiler.stop')).profile; // a profile to the first rows, too
      await cdp.send('Debugger.resume');
      resolve(metrics);
    }),
  );
  await tab.goto(`${origin}/${preload ? 'page-preload' : 'page'}/${feed}`, { waitUntil: 'commit' });
  const first = await tab.evaluate(() => window.cold);
  const { TaskDuration, profile: cpu } = await atFirst;
  const result = { ...first, taskToFirstMs: TaskDuration * 1000, profile: cpu };
  if (network) {
    // Over the network only the way to the first rows is measured; a preload the page made but the element did
    // not use shows as a second request for the feed, and Chromium warns about it within seconds of the load.
    await context.close();
    return { ...result, preloadWarnings: warnings };
  }
  // Settled: a second with nothing new to do (the rest of the list, late chunks, type names).
  await tab.waitForTimeout(1000 * Math.max(1, throttle / 2));
  await cdp.send('HeapProfiler.collectGarbage');
  const settled = await metricsOf(cdp);
  Object.assign(result, { taskToSettledMs: settled.TaskDuration * 1000, nodes: settled.Nodes, heapMB: settled.JSHeapUsedSize / 1048576 });
  if (keystrokes && first.ok) {
    result.keystrokes = await tab.evaluate(async (runs) => {
      const el = document.querySelector('recovery-meetings');
      const input = el.shadowRoot.querySelector('input[type="search"]');
      const words = ['b', 'bo', 'boo', 'book', 'boo', 'bo', 'b', '', 'o', 'op', 'ope', 'open', 'ope', 'op', 'o', ''];
      const samples = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        input.value = words[i % words.length];
        input.dispatchEvent(new Event('input'));
        await el.updateComplete;
        samples.push(performance.now() - t0);
      }
      return samples;
    }, keystrokes);
  }
  await context.close();
  return result;
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const round = (n, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

if (profileFeed) {
  await coldRun(profileFeed); // the browser's own first start is not the element's cost
  const { profile } = await coldRun(profileFeed, { profile: true });
  mkdirSync('results', { recursive: true });
  const path = `results/cold-${profileFeed.replace(/\.json$/, '')}.cpuprofile`;
  writeFileSync(path, JSON.stringify(profile));
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const interval = (profile.endTime - profile.startTime) / profile.samples.length / 1000;
  for (const id of profile.samples) {
    const { callFrame: f } = byId.get(id);
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + interval);
  }
  const top = [...self].filter(([k]) => !/^\((idle|program)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 15);
  console.log(`CPU profile of one cold run (${profileFeed}) to first rows: ${path}\n`);
  for (const [name, msSelf] of top) console.log(`${round(msSelf).toString().padStart(8)} ms  ${name}`);
  await browser.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
  process.exit(0);
}

const cases = [
  ['empty.json', 'empty feed (baseline)'],
  ['sussexaa.json', 'sussexaa (123 meetings, 139 kB)'],
  ['generated-2000.json', 'generated, 2,000 meetings (1.8 MB)'],
  ['generated-20000.json', 'generated, 20,000 meetings (17.7 MB)'],
].filter(([feed]) => wanted(feed) && RUNS > 0); // COLD_RUNS=0: the network rows alone
await coldRun('empty.json'); // the browser's own first start
const rows = [];
let keystroke;
for (const throttle of [1, 4]) {
  // Round-robin, case after case in each round: a burst of load on this shared machine falls on every case alike.
  const runsOf = new Map(cases.map(([feed]) => [feed, []]));
  const countOf = (feed) => (feed === 'generated-20000.json' && throttle !== 1 ? Math.max(3, Math.ceil(RUNS / 3)) : RUNS); // 20,000 at 4× is slow
  for (let i = 0; i < RUNS; i++) {
    for (const [feed] of cases) {
      if (i < countOf(feed)) runsOf.get(feed).push(await coldRun(feed, { throttle, keystrokes: feed === 'generated-20000.json' && throttle === 1 ? 16 : 0 }));
    }
  }
  for (const [feed, label] of cases) {
    const runs = runsOf.get(feed);
    const big = feed === 'generated-20000.json';
    const n = runs.length;
    const pick = (key) => runs.map((r) => r[key]);
    const ok = runs.every((r) => r.ok);
    const row = {
      feed, label, throttle, runs: n, ok, bytes: Buffer.byteLength(feeds[feed]),
      error: ok ? undefined : runs.find((r) => !r.ok)?.detail?.message,
      rowsShown: runs[0].rows, requests: runs[0].requests, jsKB: round(runs[0].jsBytes / 1000),
    };
    for (const key of ['firstRowsMs', 'taskToFirstMs', 'taskToSettledMs', 'nodes', 'heapMB']) {
      row[key] = { median: round(quantile(pick(key), 0.5)), p90: round(quantile(pick(key), 0.9)) };
    }
    if (big && throttle === 1 && ok) {
      const samples = runs.flatMap((r) => r.keystrokes.slice(4)); // the first few warm the filter's code paths
      keystroke = { median: round(quantile(samples, 0.5)), p90: round(quantile(samples, 0.9)), samples: samples.length };
    }
    rows.push(row);
    console.log(`${label}, ${throttle}×: first rows ${row.firstRowsMs.median} ms (p90 ${row.firstRowsMs.p90}), main thread ${row.taskToFirstMs.median} ms${ok ? '' : `, FAILED: ${row.error}`}`);
  }
}

// Over the emulated phone network: what the round trips before the feed cost.
const networkCases = [
  ['empty.json', 'empty feed (baseline)', false],
  ['generated-2000.json', '2,000 meetings', false],
  ['generated-2000.json', '2,000 meetings, page preloads the feed', true],
].filter(([feed]) => wanted(feed) && NET_RUNS > 0);
const networkRows = [];
for (const throttle of [1, 4]) {
  const runsOf = networkCases.map(() => []);
  for (let i = 0; i < NET_RUNS; i++) {
    for (const [index, [feed, , preload]] of networkCases.entries()) {
      runsOf[index].push(await coldRun(feed, { throttle, network: NETWORK, preload }));
    }
  }
  for (const [index, [feed, label, preload]] of networkCases.entries()) {
    const runs = runsOf[index];
    const pick = (key) => runs.map((r) => r[key]);
    const ok = runs.every((r) => r.ok);
    const row = {
      feed, label, preload, throttle, runs: runs.length, ok,
      error: ok ? undefined : runs.find((r) => !r.ok)?.detail?.message,
      requests: runs[0].requests, jsKB: round(runs[0].jsBytes / 1000),
      // The same in every run (the build and the page decide them); the largest seen, if not.
      roundTripsBeforeFeed: Math.max(...pick('roundTripsBeforeFeed')),
      requestsBeforeFeed: Math.max(...pick('requestsBeforeFeed')),
      feedRequests: Math.max(...pick('feedRequests')),
      preloadWarnings: [...new Set(runs.flatMap((r) => r.preloadWarnings))],
    };
    for (const key of ['firstRowsMs', 'feedStartMs', 'taskToFirstMs']) {
      row[key] = { median: round(quantile(pick(key), 0.5)), p90: round(quantile(pick(key), 0.9)) };
    }
    networkRows.push(row);
    console.log(`network, ${label}, ${throttle}×: first rows ${row.firstRowsMs.median} ms (p90 ${row.firstRowsMs.p90}), feed asked for at ${row.feedStartMs.median} ms after ${row.roundTripsBeforeFeed} round trips${row.feedRequests > 1 ? `, FEED FETCHED ${row.feedRequests}×` : ''}${ok ? '' : `, FAILED: ${row.error}`}`);
  }
}
await browser.close();
server.close();
rmSync(out, { recursive: true, force: true });

const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, browser: `Chromium ${version} (headless)`, runs: RUNS, networkRuns: NET_RUNS, network: NETWORK, date: new Date().toISOString() };
const baseline = (throttle) => rows.find((r) => r.feed === 'empty.json' && r.throttle === throttle);
const times = (r, throttle) => (baseline(throttle) ? `${round(r.firstRowsMs.median / baseline(throttle).firstRowsMs.median, 2)}×` : '');
const table = (throttle) => [
  `| feed (${throttle}× CPU) | first rows, median | p90 | × baseline | main thread to first rows | to settled | DOM nodes | heap after GC | JS (gzip) | requests | rows at first paint |`,
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.filter((r) => r.throttle === throttle).map((r) =>
    r.ok
      ? `| ${r.label} | ${r.firstRowsMs.median} ms | ${r.firstRowsMs.p90} ms | ${times(r, throttle)} | ${r.taskToFirstMs.median} ms | ${r.taskToSettledMs.median} ms | ${r.nodes.median} | ${r.heapMB.median} MB | ${r.jsKB} kB | ${r.requests} | ${r.rowsShown} |`
      : `| ${r.label} | refused: ${r.error} | | | | | | | | | |`,
  ),
].join('\n');
const networkBaseline = (throttle) => networkRows.find((r) => r.feed === 'empty.json' && r.throttle === throttle);
const networkTable = [
  '| over Slow 4G | CPU | first rows, median | p90 | × baseline | feed asked for at (median) | round trips before the feed request | requests arrived before it | feed requests | main thread to first rows |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...networkRows.map((r) => {
    const base = networkBaseline(r.throttle);
    const feedStart = r.feed === 'empty.json' ? `${r.feedStartMs.median} ms (empty)` : `${r.feedStartMs.median} ms`;
    return r.ok
      ? `| ${r.label} | ${r.throttle}× | ${r.firstRowsMs.median} ms | ${r.firstRowsMs.p90} ms | ${base ? `${round(r.firstRowsMs.median / base.firstRowsMs.median, 2)}×` : ''} | ${feedStart} | ${r.roundTripsBeforeFeed} | ${r.requestsBeforeFeed} | ${r.feedRequests}${r.feedRequests > 1 ? ' (preload not used)' : ''} | ${r.taskToFirstMs.median} ms |`
      : `| ${r.label} | ${r.throttle}× | refused: ${r.error} | | | | | | | |`;
  }),
].join('\n');
const two = rows.find((r) => r.feed === 'generated-2000.json' && r.throttle === 1);
const twoSlow = rows.find((r) => r.feed === 'generated-2000.json' && r.throttle === 4);
const targets = [
  two && baseline(1) && `| 2,000 meetings: first rows ≤ 2× the empty feed | ${round(two.firstRowsMs.median / baseline(1).firstRowsMs.median, 2)}× |`,
  two && baseline(1) && `| 2,000 meetings: main thread to first rows ≤ 100 ms | ${two.taskToFirstMs.median} ms (the empty feed: ${baseline(1).taskToFirstMs.median} ms; ${round(two.taskToFirstMs.median / baseline(1).taskToFirstMs.median, 2)}× it) |`,
  twoSlow && `| 2,000 meetings at 4× CPU: first rows ≤ 1 s | ${twoSlow.firstRowsMs.median} ms |`,
  (!only || wanted('generated-20000.json')) && `| 20,000 meetings: a keystroke ≤ 50 ms (median) | ${keystroke ? `${keystroke.median} ms (p90 ${keystroke.p90})` : 'not loaded'} |`,
].filter(Boolean).join('\n');
const networkNote = `Over an emulated phone network (CDP \`Network.emulateNetworkConditions\`: Lighthouse's "Slow 4G", ${NETWORK.latency} ms added to each response, ${NETWORK.downloadThroughput * 8 / 1e6} Mbit/s down, ${NETWORK.uploadThroughput * 8 / 1000} kbit/s up; it does not emulate TCP or TLS set-up, so a real phone waits longer), ${NET_RUNS} runs per row, round-robin. Round trips before the feed request: one after another, from resource timing (the page is the first; a file counts one more than the latest file that had arrived when it was asked for). "Feed requests" 1 means a preload the page made was the element's own request; 2, that it was fetched twice. On localhost each round trip costs nothing; here each costs at least ${NETWORK.latency} ms, and the feed request cannot start before they are done.`;
const twoNet = networkRows.find((r) => r.feed === 'generated-2000.json' && !r.preload && r.throttle === 1);
const twoPre = networkRows.find((r) => r.feed === 'generated-2000.json' && r.preload && r.throttle === 1);
const networkReading =
  twoNet && twoPre
    ? `What it shows: with 2,000 meetings (CPU 1×) the element asks for the feed ${twoNet.feedStartMs.median} ms after navigation, once ${twoNet.roundTripsBeforeFeed} round trips one after another are done (the page${twoNet.roundTripsBeforeFeed === 2 ? ', then the one script' : ', the script, then the chunks it imports'}), and the first rows come at ${twoNet.firstRowsMs.median} ms, most of it the feed's download. A page that preloads the feed has it asked for at ${twoPre.feedStartMs.median} ms, after its own HTML alone; ${twoPre.feedRequests === 1 ? `the element uses that response (one request for the feed), and the first rows come at ${twoPre.firstRowsMs.median} ms` : `but the element does not use that response and fetches the feed again (${twoPre.feedRequests} requests; Chromium: "${(twoPre.preloadWarnings[0] ?? 'preload not used').replaceAll(origin, '')}"), so the first rows come later, at ${twoPre.firstRowsMs.median} ms`}.`
    : '';
const md = `# Cold start

Written by \`node scripts/bench-cold.mjs\` (part of \`npm run bench\`; ${machine.browser}, ${machine.cpus} cores, ${machine.cpu}). Each run is a fresh browser context opening a page with one \`<recovery-meetings src>\`; the CDN build and the feed are served over HTTP with gzip. ${RUNS} runs per row (the 20,000-meeting feed at 4×: ${Math.max(3, Math.ceil(RUNS / 3))}). Runs go round-robin (each round runs every feed once), so a burst of load on this shared machine falls on all alike. First rows: navigation start to five rows painted (for the empty feed, its note that nothing is listed). Main thread: every task on the page's main thread (CDP TaskDuration), parsing the page and reading Intl's zone data included, so the empty feed is the baseline; to first rows, it is read with the page paused at them (a \`debugger\` statement), so what the element does next is not counted. Settled: after a second with nothing to do, then a forced GC for the DOM nodes and the heap.

${table(1)}

${table(4)}

| target | measured |
|---|---:|
${targets}

## Over a phone network

${networkNote}

${networkTable}

${networkReading}
`;
if (only || RUNS === 0) {
  console.log(`\n${md}\n(A subset, so the results files are left as they are.)`);
} else {
  mkdirSync('results', { recursive: true });
  writeFileSync('results/bench-cold.json', `${JSON.stringify({ machine, rows, keystroke20000: keystroke, network: networkRows }, null, 2)}\n`);
  writeFileSync('results/bench-cold.md', md);
  console.log(`\n${md}\nWritten to results/bench-cold.md and results/bench-cold.json.`);
}
