import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { keepValid } from '../../src/core/validate.js';
import { InvalidShapeError } from '../../src/core/errors.js';

const record = z.object({ id: z.string(), name: z.string().check(z.maxLength(20)) });

describe('keepValid', () => {
  it('keeps the valid records in order and counts the invalid ones', () => {
    const input = [
      { id: '1', name: 'First' },
      { id: 2, name: 'id is a number' },
      { id: '3', name: 'Third', extra: 'ignored' },
      null,
      'a string',
      { id: '6', name: 'x'.repeat(21) },
      { id: '7', name: 'Seventh' },
    ];
    const { records, skipped } = keepValid(input, record);
    expect(records.map((r) => r.id)).to.deep.equal(['1', '3', '7']);
    expect(skipped).to.equal(4);
  });

  it('returns an empty list for an empty array', () => {
    expect(keepValid([], record)).to.deep.equal({ records: [], skipped: 0 });
  });

  for (const notAList of [{ meetings: [] }, 'text', null, 12]) {
    it(`rejects ${JSON.stringify(notAList)} as an unusable response, not as bad records`, () => {
      expect(() => keepValid(notAList, record, 'feed.json')).to.throw(InvalidShapeError);
    });
  }
});
