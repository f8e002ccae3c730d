// `npm run bench`: the meeting finder in headless Chromium on this machine, for the real sussexaa feed
// (123 meetings) and a generated 5,000-meeting feed, 25 runs each after 5 warm-up runs (medians and p90):
//   - normalize: normalizeMeetings on the parsed feed, against JSON.parse of the same text (baseline);
//   - first rows: from giving a new <recovery-meetings> the feed to its list on screen (recovery-load fires
//     after the render), against the same element given an empty feed (baseline);
//   - keystroke: a change of the search text until the list has re-rendered, against a keystroke on an
//     element with one meeting (baseline; an empty feed shows no search box, only that it is empty).
// And the other elements, 25 runs each after 5 warm-up runs:
//   - events: from giving a new <recovery-events> 20 or 500 events to its cards on screen, against no events;
//   - milestone: a new <recovery-milestone> on screen for 30 years on the monthly schedule (360 milestones
//     reached) and on the AA schedule, against a first day (no milestone reached).
// And BMLT: normalizeBmlt on the 2,000-meeting fixture (with its formats and service bodies) against
// normalizeMeetings on a generated Meeting Guide feed of 2,000 meetings; the bar is 1.5 times.
// Writes results/bench.json and results/bench.md; then runs scripts/bench-cold.mjs (results/bench-cold.*).
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from './browser.mjs';

const RUNS = 25;
const WARMUP = 5;

/** One module bundled for the page, as the size script measures it. */
async function bundled(entry) {
  const result = await build({ entryPoints: [entry], bundle: true, format: 'esm', minify: true, write: false, target: 'es2021', tsconfig: 'tsconfig.json' });
  return result.outputFiles[0].text;
}
const elementCode = await bundled('src/meetings/meetings.define.ts');
const normalizeCode = await bundled('src/meetings/details.ts'); // normalizeMeetings: a feed's meetings, details and all
const bmltCode = await bundled('src/meetings/bmlt/normalize.ts');
const eventsCode = await bundled('src/events/events.define.ts');
const milestoneCode = await bundled('src/milestone/milestone.define.ts');
const sussex = readFileSync('test/fixtures/meeting-guide/sussexaa.json', 'utf8');

/** A feed of `count` meetings made by varying the real ones: new slugs, days and times, same shapes. */
function generatedFeed(count) {
  const base = JSON.parse(sussex);
  return JSON.stringify(
    Array.from({ length: count }, (_, i) => {
      const m = base[i % base.length];
      return { ...m, slug: `${m.slug}-${i}`, day: i % 7, time: `${String(6 + (i % 16)).padStart(2, '0')}:${i % 2 ? '30' : '00'}` };
    }),
  );
}

const page = `<!doctype html><html lang="en"><meta charset="utf-8"><title>bench</title><script type="module">
import { normalizeMeetings } from '/normalize.js';
import { normalizeBmlt } from '/bmlt.js';
import '/meetings.js';
import '/events.js';
import '/milestone.js';
async function firstRows(meetings) {
  const el = document.createElement('recovery-meetings');
  el.setAttribute('time-zone', 'America/New_York');
  const t0 = performance.now();
  const loaded = new Promise((resolve) => el.addEventListener('recovery-load', resolve, { once: true }));
  el.meetings = meetings;
  document.body.append(el);
  await loaded;
  const ms = performance.now() - t0;
  el.remove();
  return ms;
}
async function keystrokes(meetings, runs) {
  const el = document.createElement('recovery-meetings');
  el.setAttribute('time-zone', 'America/New_York');
  const loaded = new Promise((resolve) => el.addEventListener('recovery-load', resolve, { once: true }));
  el.meetings = meetings;
  document.body.append(el);
  await loaded;
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
  el.remove();
  return samples;
}
window.measureElement = async (name, runs, warmup) => {
  const meetings = await (await fetch('/' + name)).json();
  for (let i = 0; i < warmup; i++) { await firstRows(meetings); await firstRows([]); }
  const rows = [], empty = [];
  for (let i = 0; i < runs; i++) { rows.push(await firstRows(meetings)); empty.push(await firstRows([])); }
  const typing = (await keystrokes(meetings, runs + warmup)).slice(warmup);
  const typingEmpty = (await keystrokes(meetings.slice(0, 1), runs + warmup)).slice(warmup);
  const sort = (a) => a.sort((x, y) => x - y);
  return { firstRows: sort(rows), firstRowsEmpty: sort(empty), keystroke: sort(typing), keystrokeEmpty: sort(typingEmpty) };
};
function time(fn, runs, warmup) {
  for (let i = 0; i < warmup; i++) fn();
  const samples = [];
  for (let i = 0; i < runs; i++) { const t0 = performance.now(); fn(); samples.push(performance.now() - t0); }
  return samples.sort((a, b) => a - b);
}
async function eventCards(events) {
  const el = document.createElement('recovery-events');
  const t0 = performance.now();
  const loaded = new Promise((resolve) => el.addEventListener('recovery-load', resolve, { once: true }));
  el.events = events;
  document.body.append(el);
  await loaded;
  const ms = performance.now() - t0;
  el.remove();
  return ms;
}
async function milestoneShown(attributes) {
  const el = document.createElement('recovery-milestone');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const t0 = performance.now();
  document.body.append(el);
  await el.updateComplete;
  const ms = performance.now() - t0;
  el.remove();
  return ms;
}
async function sample(fn, runs, warmup) {
  for (let i = 0; i < warmup; i++) await fn();
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await fn());
  return samples.sort((a, b) => a - b);
}
window.measureOthers = async (runs, warmup) => {
  const day = 86400000;
  const event = (i) => {
    const start = new Date(Date.now() + (i + 1) * day);
    return { id: 'e' + i, title: 'Alumni dinner ' + i, description: 'Bring a dish if you can, or just bring yourself.',
      start: start.toISOString(), end: new Date(start.getTime() + 7200000).toISOString(), timeZone: 'America/New_York',
      venue: { name: 'Community Hall', address: '210 Wharf Street', latitude: null, longitude: null }, online: false,
      capacity: 40, spotsLeft: i % 41, waitlist: true, maxGuests: 2, contactFields: ['email'], questions: [],
      substanceFree: true, calendarTitle: 'Community dinner', rsvpOpen: true, status: 'scheduled', tags: [] };
  };
  const few = Array.from({ length: 20 }, (_, i) => event(i));
  const many = Array.from({ length: 500 }, (_, i) => event(i));
  const today = new Date().toISOString().slice(0, 10);
  const thirtyYears = (Number(today.slice(0, 4)) - 30) + today.slice(4);
  return {
    'events: no events (baseline)': await sample(() => eventCards([]), runs, warmup),
    'events: 20 cards': await sample(() => eventCards(few), runs, warmup),
    'events: 500 cards': await sample(() => eventCards(many), runs, warmup),
    'milestone: day 1 (baseline)': await sample(() => milestoneShown({ since: today, 'time-zone': 'UTC' }), runs, warmup),
    'milestone: 30 years, AA': await sample(() => milestoneShown({ since: thirtyYears, 'time-zone': 'UTC' }), runs, warmup),
    'milestone: 30 years, monthly': await sample(() => milestoneShown({ since: thirtyYears, 'time-zone': 'UTC', schedule: 'monthly' }), runs, warmup),
  };
};
window.measureBmlt = async (runs, warmup) => {
  const get = async (name) => JSON.parse(await (await fetch('/' + name)).text());
  const [records, formats, bodies, feed] = await Promise.all(['bmlt-2000.json', 'bmlt-formats.json', 'bmlt-bodies.json', 'generated-2000.json'].map(get));
  return {
    records: records.length,
    kept: normalizeBmlt(records, formats, bodies, { lang: 'en' }).meetings.length,
    meetingGuide: time(() => normalizeMeetings(feed), runs, warmup),
    bmlt: time(() => normalizeBmlt(records, formats, bodies, { lang: 'en' }), runs, warmup),
  };
};
window.measure = async (name, runs, warmup) => {
  const text = await (await fetch('/' + name)).text();
  const parse = time(() => JSON.parse(text), runs, warmup);
  const parsed = JSON.parse(text);
  const normalize = time(() => normalizeMeetings(parsed), runs, warmup);
  return { bytes: text.length, records: parsed.length, kept: normalizeMeetings(parsed).meetings.length, parse, normalize };
};
</script>`;

const files = {
  '/': ['text/html', page],
  '/normalize.js': ['text/javascript', normalizeCode],
  '/meetings.js': ['text/javascript', elementCode],
  '/events.js': ['text/javascript', eventsCode],
  '/milestone.js': ['text/javascript', milestoneCode],
  '/sussexaa.json': ['application/json', sussex],
  '/generated-5000.json': ['application/json', generatedFeed(5000)],
  '/bmlt.js': ['text/javascript', bmltCode],
  '/generated-2000.json': ['application/json', generatedFeed(2000)],
  '/bmlt-2000.json': ['application/json', readFileSync('test/fixtures/bmlt/search-2000.json', 'utf8')],
  '/bmlt-formats.json': ['application/json', readFileSync('test/fixtures/bmlt/formats-en.json', 'utf8')],
  '/bmlt-bodies.json': ['application/json', readFileSync('test/fixtures/bmlt/service-bodies.json', 'utf8')],
};
const server = createServer((req, res) => {
  const file = files[req.url];
  if (!file) return res.writeHead(req.url === '/favicon.ico' ? 204 : 404).end();
  res.writeHead(200, { 'Content-Type': file[0] }).end(file[1]);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
const version = browser.version();
const tab = await browser.newPage();
await tab.goto(`http://127.0.0.1:${server.address().port}/`);
await tab.waitForFunction(() => typeof window.measure === 'function' && customElements.get('recovery-meetings'));

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const ms = (n) => Math.round(n * 100) / 100;
const rows = [];
for (const name of ['sussexaa.json', 'generated-5000.json']) {
  const r = await tab.evaluate(([n, runs, warmup]) => window.measure(n, runs, warmup), [name, RUNS, WARMUP]);
  const e = await tab.evaluate(([n, runs, warmup]) => window.measureElement(n, runs, warmup), [name, RUNS, WARMUP]);
  for (const [step, samples] of [
    ['JSON.parse (baseline)', r.parse],
    ['normalizeMeetings', r.normalize],
    ['first rows, empty feed (baseline)', e.firstRowsEmpty],
    ['first rows', e.firstRows],
    ['keystroke, one meeting (baseline)', e.keystrokeEmpty],
    ['keystroke to updated list', e.keystroke],
  ]) {
    rows.push({ feed: name, records: r.records, kept: r.kept, kilobytes: Math.round(r.bytes / 1000), step, medianMs: ms(quantile(samples, 0.5)), p90Ms: ms(quantile(samples, 0.9)) });
  }
}
const bmlt = await tab.evaluate(([runs, warmup]) => window.measureBmlt(runs, warmup), [RUNS, WARMUP]);
const bmltRows = [
  ['normalizeMeetings, Meeting Guide feed (baseline)', bmlt.meetingGuide],
  ['normalizeBmlt, BMLT answer', bmlt.bmlt],
].map(([step, samples]) => ({ step, records: bmlt.records, medianMs: ms(quantile(samples, 0.5)), p90Ms: ms(quantile(samples, 0.9)) }));
const bmltRatio = Math.round((quantile(bmlt.bmlt, 0.5) / quantile(bmlt.meetingGuide, 0.5)) * 100) / 100;
const others = await tab.evaluate(([runs, warmup]) => window.measureOthers(runs, warmup), [RUNS, WARMUP]);
const otherRows = Object.entries(others).map(([step, samples]) => ({ step, medianMs: ms(quantile(samples, 0.5)), p90Ms: ms(quantile(samples, 0.9)) }));
await browser.close();
server.close();

const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, browser: `Chromium ${version} (headless)`, runs: RUNS, warmup: WARMUP, date: new Date().toISOString() };
mkdirSync('results', { recursive: true });
writeFileSync('results/bench.json', `${JSON.stringify({ machine, rows, bmlt: { rows: bmltRows, ratio: bmltRatio }, others: otherRows }, null, 2)}\n`);
const table = [
  '| feed | records | size | step | median | p90 |',
  '|---|---:|---:|---|---:|---:|',
  ...rows.map((r) => `| ${r.feed} | ${r.records} | ${r.kilobytes} kB | ${r.step} | ${r.medianMs} ms | ${r.p90Ms} ms |`),
].join('\n');
const bmltTable = [
  '| 2,000 meetings | median | p90 |',
  '|---|---:|---:|',
  ...bmltRows.map((r) => `| ${r.step} | ${r.medianMs} ms | ${r.p90Ms} ms |`),
  `| BMLT / Meeting Guide (bar: 1.5) | ${bmltRatio}× | |`,
].join('\n');
const otherTable = ['| element, case | median | p90 |', '|---|---:|---:|', ...otherRows.map((r) => `| ${r.step} | ${r.medianMs} ms | ${r.p90Ms} ms |`)].join('\n');
writeFileSync('results/bench.md', `# Benchmarks\n\nWritten by \`npm run bench\` (${machine.browser}, ${machine.cpus} cores, ${machine.cpu}; ${RUNS} runs after ${WARMUP} warm-up runs; each baseline is measured in the same run).\n\n## Meeting finder\n\nJSON.parse of the same text is the baseline for normalizing.\n\n${table}\n\n## BMLT\n\nThe same number of meetings from a BMLT server's JSON answer (formats and service bodies included) and from a Meeting Guide feed.\n\n${bmltTable}\n\n## Events and milestone\n\nFrom giving a new element its data to its first render on screen.\n\n${otherTable}\n`);
console.log(`${table}\n\n${bmltTable}\n\n${otherTable}\n\nWritten to results/bench.md and results/bench.json.`);

// The finder cold, as a visitor gets it (a fresh browser context per run, the CDN build over HTTP): results/bench-cold.*.
await import('./bench-cold.mjs');
