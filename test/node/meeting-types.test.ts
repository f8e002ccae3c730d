import { it } from 'node:test';
import assert from 'node:assert/strict';
import { typeNames } from '../../scripts/generate-meeting-types.mjs';
import { names as english } from '../../src/meetings/meeting-types.en.js';
import { names as spanish } from '../../src/meetings/meeting-types.es.js';

it('the generated meeting type names are exactly those of @code4recovery/spec (run `npm run generate:types`)', () => {
  const fromPackage = typeNames();
  assert.deepEqual(english, fromPackage.en);
  assert.deepEqual(spanish, fromPackage.es);
  assert.equal(Object.keys(english).length, 87);
});
