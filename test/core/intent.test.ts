import { expect } from '@open-wc/testing';
import { sendFailure } from '../../src/core/intent.js';
import { HttpStatusError, NetworkError, TimeoutError } from '../../src/core/errors.js';

describe('sendFailure: what a failed send means for a form', () => {
  const url = 'https://center.example/api/stories';

  it('reads 422 as the fields, 429 as a wait, other 4xx as refused', () => {
    const fields = [{ field: 'title', message: 'Too long.' }];
    expect(sendFailure(new HttpStatusError(url, 422, undefined, fields))).to.deep.equal({ kind: 'fields', fields });
    expect(sendFailure(new HttpStatusError(url, 429, undefined, [], 7))).to.deep.equal({ kind: 'wait', seconds: 7 });
    expect(sendFailure(new HttpStatusError(url, 429, undefined))).to.deep.equal({ kind: 'wait', seconds: 30 });
    expect(sendFailure(new HttpStatusError(url, 404, undefined))).to.deep.equal({ kind: 'refused', status: 404 });
  });

  it('reads no answer, a timeout or a 5xx as unknown: it may have arrived, so the retry keeps the key', () => {
    for (const error of [new NetworkError('lost', url), new TimeoutError(url, 10_000), new HttpStatusError(url, 503, undefined), new Error('?')]) {
      expect(sendFailure(error)).to.deep.equal({ kind: 'unknown' });
    }
  });
});
