import { expect } from '@open-wc/testing';
import { perObject } from '../../src/core/per-object.js';

describe('perObject', () => {
  it('derives once per object, again for another, and keeps an undefined result', () => {
    const calls: unknown[] = [];
    const count = perObject((list: number[]) => (calls.push(list), list.length || undefined));
    const [a, b, empty] = [[1, 2], [3], []];
    expect([count(a), count(a), count(b), count(empty), count(empty)]).to.deep.equal([2, 2, 1, undefined, undefined]);
    expect(calls).to.deep.equal([a, b, empty]);
  });
});
