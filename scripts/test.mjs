// `npm test`: every test, then one closing line `N passed, N failed, N skipped` for all of them.
//   1. the elements and the shared core: web-test-runner in headless Chromium (test/**/*.test.ts but test/api);
//   2. node's test runner: the center API against the real server on an ephemeral port, with a fresh
//      embedded database per suite (test/api/*.test.ts), and other Node-side checks (test/node/*.test.ts).
// Arguments are passed to web-test-runner (e.g. `npm test -- --watch` is not supported; use `npx wtr --watch`).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function run(command, args) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const totals = { passed: 0, failed: 0, skipped: 0 };

// The element contract reads the parts each element documents from custom-elements.json: make it fresh.
console.log('\n== custom-elements.json (cem analyze)\n');
const analyzed = await run(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet']);
if (analyzed.code !== 0) totals.failed += 1;

console.log('\n== Browser tests (web-test-runner, Chromium)\n');
const browser = await run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js']);
const browserCounts = browser.output.match(/^(\d+) passed, (\d+) failed, (\d+) skipped\s*$/m);
if (browserCounts) {
  totals.passed += Number(browserCounts[1]);
  totals.failed += Number(browserCounts[2]);
  totals.skipped += Number(browserCounts[3]);
}
if (browser.code !== 0 && (!browserCounts || Number(browserCounts[2]) === 0)) totals.failed += 1; // it did not run

console.log('\n== Center API and Node tests (node:test; the API on the real server and embedded PostgreSQL)\n');
const tapDir = mkdtempSync(join(tmpdir(), 'recovery-tests-'));
const tapFile = join(tapDir, 'api.tap');
const apiFiles = ['test/api', 'test/node'].flatMap((dir) =>
  readdirSync(dir).filter((f) => f.endsWith('.test.ts')).map((f) => join(dir, f)),
);
const api = await run(process.execPath, [
  '--import', 'tsx', '--test',
  '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=tap', `--test-reporter-destination=${tapFile}`,
  ...apiFiles,
]);
const tap = readFileSync(tapFile, 'utf8');
const tapCount = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
totals.passed += tapCount('pass');
totals.failed += tapCount('fail') + tapCount('cancelled');
totals.skipped += tapCount('skipped') + tapCount('todo');
if (api.code !== 0 && tapCount('fail') + tapCount('cancelled') === 0) totals.failed += 1;
rmSync(tapDir, { recursive: true, force: true });

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
