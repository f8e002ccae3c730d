import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/meetings/meetings.define.js';
import type { RecoveryLoadEvent } from '../../src/core/events.js';
import { mount } from '../support/mount.js';

// A page can start the feed before the element's code has even arrived (README, Performance):
//   <link rel="preload" href="FEED" as="fetch" crossorigin="anonymous">
// On a phone that saves the round trips of the page's scripts before the feed request. It only helps if the
// element's own request is the one the browser already made: same URL, and a request the preload matches
// (Chromium compares the credentials mode: crossorigin="anonymous" is "same-origin"). Otherwise the feed is
// downloaded twice, the second time after the scripts, and Chromium warns that the preload was not used.

describe('<recovery-meetings> and a feed the page preloads', () => {
  it('uses the preloaded response: one request for the feed, not two', async () => {
    const id = `preload-${Math.random()}`;
    const src = new URL(`/__misbehave/api/meetings?id=${id}`, location.href).href;
    const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href: src, crossOrigin: 'anonymous' });
    document.head.append(link);
    try {
      // The preload has arrived before the element asks, as it does when the page's scripts take a round trip.
      await waitUntil(() => performance.getEntriesByName(src).some((entry) => (entry as PerformanceResourceTiming).responseEnd > 0), 'the preload arrived');
      const loaded = oneEvent(document.body, 'recovery-load');
      mount(html`<recovery-meetings src=${src}></recovery-meetings>`);
      const { detail } = (await loaded) as RecoveryLoadEvent;
      expect(detail.total, 'the meetings of the feed').to.be.greaterThan(0);

      const seen = (await (await fetch(`/__misbehave/seen?id=${id}`)).json()) as { hits: number };
      expect(seen.hits, 'requests the server received for the feed').to.equal(1);
      expect(performance.getEntriesByName(src).length, 'fetches of the feed the page made (the preload, reused)').to.equal(1);
    } finally {
      link.remove();
    }
  });
});
