// `npm run visual`: what the elements look like, guarded. Screenshots a set of Storybook stories (from the
// static build, `npm run build-storybook`) at 375 px in light and 1280 px in dark, in Debian's Chromium, and
// compares each with its committed baseline in test/visual/ (a pixel differs when a channel moves by more
// than 24 of 255; at most 0.2 % of pixels may differ, for anti-aliasing). Time, zone, locale and motion are
// pinned so a screenshot depends only on the code. `--update` writes new baselines: look at every one of them
// before committing it. Differences are written to .visual-diff/ (not committed) to look at.
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, existsSync, writeFileSync, rmSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from './browser.mjs';

const STATIC = process.env.STORYBOOK_STATIC ?? 'storybook-static';
const BASELINES = 'test/visual';
const DIFFS = '.visual-diff';
const update = process.argv.includes('--update');

/** Three stories per element: the first screen a visitor sees, the busiest state, and one the design pass changed. */
const STORIES = [
  'elements-meetings--loaded',
  'elements-meetings--open-meeting',
  'elements-meetings--near-me',
  'elements-events--list',
  'elements-events--form-with-errors',
  'elements-events--confirmed',
  'elements-milestone--counting',
  'elements-milestone--personal-entry',
  'elements-milestone--sharing',
  'elements-stories--cards',
  'elements-stories--form-with-errors',
  'elements-stories--loading',
];
const CONFIGS = [
  { name: '375-light', width: 375, scheme: 'light' },
  { name: '1280-dark', width: 1280, scheme: 'dark' },
];
/** A Tuesday afternoon in New York: stories that count from "now" draw the same dates every run. */
const NOW = new Date('2026-12-01T19:00:00Z');

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  const file = join(STATIC, path.endsWith('/') ? `${path}index.html` : path);
  if (path.includes('..') || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
if (!existsSync(join(STATIC, 'iframe.html'))) {
  console.error(`No Storybook build in ${STATIC}: run npm run build-storybook first.`);
  process.exit(1);
}
// A fixed port: the page's address is on screen in some stories (the RSVP's private link), so it must not
// change from run to run.
const PORT = 6107;
await new Promise((resolve, reject) => server.once('error', reject).listen(PORT, '127.0.0.1', resolve)).catch((error) => {
  console.error(`The visual check needs port ${PORT} (${error.code}): stop what is using it.`);
  process.exit(1);
});
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
rmSync(DIFFS, { recursive: true, force: true });
mkdirSync(BASELINES, { recursive: true });

/** Pixels that differ, counted in the browser itself: no image library needed. */
async function compare(page, actual, expected) {
  return page.evaluate(
    async ([a, b]) => {
      const load = (data) =>
        new Promise((resolve, reject) => {
          const image = new Image();
          image.onload = () => resolve(image);
          image.onerror = reject;
          image.src = `data:image/png;base64,${data}`;
        });
      const [one, two] = await Promise.all([load(a), load(b)]);
      if (one.width !== two.width || one.height !== two.height) return { sizeDiffers: `${one.width}x${one.height} vs ${two.width}x${two.height}` };
      const pixels = (image) => {
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height).data;
      };
      const [p, q] = [pixels(one), pixels(two)];
      let differ = 0;
      for (let i = 0; i < p.length; i += 4) {
        if (Math.abs(p[i] - q[i]) > 24 || Math.abs(p[i + 1] - q[i + 1]) > 24 || Math.abs(p[i + 2] - q[i + 2]) > 24) differ++;
      }
      return { ratio: differ / (p.length / 4) };
    },
    [actual.toString('base64'), expected.toString('base64')],
  );
}

const failures = [];
for (const config of CONFIGS) {
  const context = await browser.newContext({
    viewport: { width: config.width, height: 900 },
    colorScheme: config.scheme,
    reducedMotion: 'reduce',
    locale: 'en-US',
    timezoneId: 'America/New_York',
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  for (const id of STORIES) {
    const name = `${id}--${config.name}`;
    await page.goto(`${origin}/iframe.html?id=${id}&viewMode=story&globals=theme:${config.scheme}`);
    // The story has rendered and played when its element stops changing; animations are off (reduced motion).
    await page.waitForSelector('#storybook-root > *', { state: 'attached' });
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(1500);
    // The first 1600 px: what a visitor sees first, and small enough to keep in the repository.
    const box = await page.locator('#storybook-root').boundingBox();
    const shot = await page.screenshot({
      clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 1600) },
      fullPage: true,
      animations: 'disabled',
      caret: 'hide',
    });
    const baseline = join(BASELINES, `${name}.png`);
    if (update || !existsSync(baseline)) {
      writeFileSync(baseline, shot);
      console.log(`wrote ${baseline}`);
      continue;
    }
    const result = await compare(page, shot, readFileSync(baseline));
    const ok = result.ratio !== undefined && result.ratio <= 0.002;
    console.log(`${ok ? 'same' : 'DIFFERS'}  ${name}  ${result.sizeDiffers ?? `${(result.ratio * 100).toFixed(3)} % of pixels`}`);
    if (!ok) {
      mkdirSync(DIFFS, { recursive: true });
      writeFileSync(join(DIFFS, `${name}.png`), shot);
      failures.push(name);
    }
  }
  await context.close();
}
await browser.close();
server.close();
if (failures.length) {
  console.error(`\n${failures.length} screenshots differ from their baselines (see ${DIFFS}/). If the change is meant, look at each new`);
  console.error('screenshot, then run `npm run visual -- --update` and commit the baselines you have looked at.');
  process.exit(1);
}
console.log(`\n${STORIES.length * CONFIGS.length} screenshots match their baselines.`);
