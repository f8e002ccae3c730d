/**
 * The HTTP client's privacy promise, checked where it matters, at the server: its requests carry no cookies
 * and no referrer. The echo route is on the test page's own origin, where a plain fetch sends both (credentials
 * 'same-origin' and the default referrer policy), so only the client's own options can keep them out.
 */
import { expect } from '@open-wc/testing';
import { getJson } from '../../src/core/http.js';
import { sendJson } from '../../src/core/send.js';

interface Echo {
  method: string;
  cookie: string | null;
  referer: string | null;
}

const COOKIE = `privacy-test-${Date.now()}=visitor`;
const echoUrl = () => new URL(`/__misbehave/echo-headers?id=privacy-${crypto.randomUUID()}`, location.origin).href;

describe('HTTP client privacy: no cookies, no referrer', () => {
  before(() => {
    document.cookie = `${COOKIE}; path=/; SameSite=Strict`;
  });
  after(() => {
    document.cookie = `${COOKIE.split('=')[0]}=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT`;
  });

  it('a plain same-origin fetch does send the cookie and the referrer (so the checks below can fail)', async () => {
    const echo = (await (await fetch(echoUrl(), { method: 'POST', body: '{}' })).json()) as Echo;
    expect(echo.cookie).to.include(COOKIE);
    expect(echo.referer).to.equal(location.href);
  });

  it('getJson sends neither', async () => {
    const echo = await getJson<Echo>(echoUrl());
    expect(echo.method).to.equal('GET');
    expect(echo.cookie).to.equal(null);
    expect(echo.referer).to.equal(null);
  });

  for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
    it(`sendJson ${method} sends neither`, async () => {
      const { data: echo } = await sendJson<Echo>(method, echoUrl(), { name: 'Robin' }, { idempotencyKey: crypto.randomUUID() });
      expect(echo.method).to.equal(method);
      expect(echo.cookie).to.equal(null);
      expect(echo.referer).to.equal(null);
    });
  }
});
