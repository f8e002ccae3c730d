import { expect } from '@open-wc/testing';
import { readDialIn } from '../../src/meetings/detail/dial-in.js';

describe('dial-in numbers as people read them', () => {
  // Strings as real feeds write them (the Sussex County feed and the demo center's).
  const cases: Array<[string, { number: string; id?: string; passcode?: string }]> = [
    ['+13025550114,,81234581#', { number: '+1 302-555-0114', id: '8123 4581' }],
    ['+16465588656,,976368599#,,#,19930#', { number: '+1 646-558-8656', id: '976 368 599', passcode: '19930' }],
    ['+13017158592,,3021641212#,,1#,379362#', { number: '+1 301-715-8592', id: '302 164 1212', passcode: '379362' }],
    ['13017158592,,83985035184#,,,,85642151#', { number: '+1 301-715-8592', id: '839 8503 5184', passcode: '85642151' }],
    ['(302) 555-0199', { number: '+1 302-555-0199' }],
    ['+442079460958;1234567890#', { number: '+442079460958', id: '123 456 7890' }],
    ['0301234567,,123456789#', { number: '0301234567', id: '123 456 789' }], // not North American: as written
  ];
  for (const [text, expected] of cases) {
    it(`reads ${text}`, () => {
      expect(readDialIn(text)).to.deep.equal(expected);
    });
  }
});
