/**
 * The staff console as the reference server serves it (demo/api/staff-console.ts): its page at /staff/ on the API's
 * own origin, under a strict Content-Security-Policy with Trusted Types, its scripts from that origin, and nothing
 * of the API's own `/staff/*` guard loosened by it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type TestServer } from './server.js';

let server: TestServer;
before(async () => {
  server = await startServer();
});
after(() => server.close());

const get = (path: string) => fetch(`${server.url}${path}`, { redirect: 'manual' });

describe('the staff console page', () => {
  it('is served at /staff/ with a strict policy: scripts, styles and requests from this origin only, Trusted Types', async () => {
    const response = await get('/staff/');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('Content-Type') ?? '', /^text\/html/);
    const csp = response.headers.get('Content-Security-Policy') ?? '';
    for (const directive of ["default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "frame-ancestors 'none'", "require-trusted-types-for 'script'", 'trusted-types lit-html']) {
      assert.ok(csp.split('; ').includes(directive), `${directive} in ${csp}`);
    }
    assert.equal(response.headers.get('Cache-Control'), 'no-store');
    const page = await response.text();
    assert.match(page, /<recovery-staff api="\/"><\/recovery-staff>/);
    assert.doesNotMatch(page, /<script(?![^>]*\bsrc=)/, 'no inline script');
    assert.doesNotMatch(page, /\sstyle=|<style/, 'no inline style');
  });

  it('serves the console script and its chunks under the same policy, and nothing else under /staff/assets/', async () => {
    const page = await (await get('/staff/')).text();
    const script = /<script type="module" src="\.\/(assets\/console\.js)"><\/script>/.exec(page)?.[1];
    assert.ok(script);
    const response = await get(`/staff/${script}`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('Content-Type') ?? '', /^text\/javascript/);
    assert.match(response.headers.get('Content-Security-Policy') ?? '', /require-trusted-types-for 'script'/);
    const code = await response.text();
    const chunk = /["']\.\/(chunks\/[\w-]+\.js)["']/.exec(code)?.[1];
    assert.ok(chunk, 'the console imports its parts as chunks');
    assert.equal((await get(`/staff/assets/${chunk}`)).status, 200);
    assert.equal((await get('/staff/assets/console.css')).status, 200);
    for (const path of ['/staff/assets/nothing.js', '/staff/assets/..%2F..%2Fpackage.json', '/staff/assets/console.ts']) {
      assert.equal((await get(path)).status, 404, path);
    }
  });

  it('redirects /staff to /staff/, and leaves the API’s staff endpoints guarded', async () => {
    const redirect = await get('/staff');
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.get('Location'), '/staff/');
    assert.equal((await get('/staff/session')).status, 401);
    assert.equal((await get('/staff/submissions')).status, 401);
  });
});
