import { it } from 'node:test';
import assert from 'node:assert/strict';
import { typeNames } from '../../scripts/generate-meeting-types.mjs';
import { meetingTypeNames } from '../../src/meetings/meeting-types.js';

it('the generated meeting type names are exactly those of @code4recovery/spec (run `npm run generate:types`)', () => {
  const fromPackage = typeNames();
  assert.deepEqual(meetingTypeNames, fromPackage);
  assert.equal(Object.keys(fromPackage.en).length, 87);
  assert.equal(Object.keys(fromPackage.es).length, 87);
});
