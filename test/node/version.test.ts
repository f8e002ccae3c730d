// The version the elements report (`static version`, and in the warning when two copies meet on a page) is
// the package's: src/core/version.ts is written from package.json by scripts/write-version.mjs.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { VERSION } from '../../src/core/version.js';
import { RecoveryMeetings, RecoveryProvider } from '../../src/index.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

it("src/core/version.ts is package.json's version (run node scripts/write-version.mjs)", () => {
  assert.equal(VERSION, pkg.version);
});

it('the elements and the provider carry it as `static version`', () => {
  assert.equal(RecoveryMeetings.version, pkg.version);
  assert.equal(RecoveryProvider.version, pkg.version);
});
