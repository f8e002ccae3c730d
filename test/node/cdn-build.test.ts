// The CDN build's network shape: a visitor's browser gets everything a first render needs from the one file it is
// told about, so the feed request follows it at once; the parts loaded on demand are chunks beside it, fetched only
// when needed, and they share the file's modules (one lit, one strings registry) instead of carrying copies. On a
// phone each file found only once another has arrived costs a round trip (150 ms or more) before the feed.
// Builds with `vite build` (vite.config.ts) into a temporary folder, and reads the output as a browser would.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'cdn-build-test-'));
const read = (path: string) => readFileSync(join(out, path), 'utf8');
/** Static imports (`import … from "x"`, `import "x"`, `export … from "x"`): what the browser must fetch before running a file. */
const staticImports = (code: string) => [...code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+)["']/g)].map((m) => m[1] ?? '');
/** Chunks imported with `import("./chunks/…")`: loaded when a visitor needs them. */
const dynamicImports = (code: string) => [...code.matchAll(/\bimport\(\s*[`"']([^`"']+)[`"']\s*\)/g)].map((m) => m[1] ?? '');

describe('the CDN build', () => {
  before(() => {
    execFileSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  it('needs no other file before it runs: the feed request can follow it at once', () => {
    assert.deepEqual(staticImports(read('recovery-widgets.js')), []);
  });

  it('keeps the on-demand parts (Spanish strings, the open meeting, refine, the RSVP form, BMLT, meeting details) as chunks', () => {
    const lazy = dynamicImports(read('recovery-widgets.js')).map((path) => path.replace(/^\.\/chunks\/|-[\w-]{8}\.js$/g, ''));
    for (const part of ['es', 'detail', 'refine', 'rsvp', 'bmlt', 'details']) assert.ok(lazy.includes(part), `${part} is not loaded on demand: ${lazy.join(', ')}`);
  });

  it('has the parts share its modules rather than copy them: they import the file itself', () => {
    const chunks = readdirSync(join(out, 'chunks')).filter((name) => name.endsWith('.js'));
    const importers = chunks.filter((name) => staticImports(read(`chunks/${name}`)).includes('../recovery-widgets.js'));
    assert.ok(importers.length >= 5, `only ${importers.length} chunks import the file`);
    // lit is in the file alone: a chunk with its own copy would define elements no page could style or update.
    for (const name of chunks) assert.doesNotMatch(read(`chunks/${name}`), /CSSResult is not constructable/, `${name} carries lit`);
  });

  it('loaded with a query or hash, first imports itself by its plain URL (the one its parts import), and says so', () => {
    const start = read('recovery-widgets.js').slice(0, 400);
    assert.match(start, /^if\(\/\[\?#\]\/\.test\(import\.meta\.url\)\)/);
    assert.match(start, /console\.warn\(.*await import\(/);
  });
});
