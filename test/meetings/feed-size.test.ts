import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/meetings/meetings.define.js';
import type { RecoveryMeetings } from '../../src/meetings/meetings.js';
import type { RecoveryErrorEvent, RecoveryLoadEvent } from '../../src/core/events.js';
import { mount } from '../support/mount.js';

const root = (el: RecoveryMeetings) => el.shadowRoot!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
// A JSON array of about `bytes` bytes, streamed without Content-Length (test/support/misbehaving-server.mjs).
const big = (bytes: number) => `/__misbehave/big?bytes=${bytes}&chunked=1&id=size-${bytes}-${Math.random()}`;

describe('<recovery-meetings> feed size', () => {
  it('reads a feed over the old 8 MiB cap (regional feeds of 20,000 meetings are 15-18 MB)', async () => {
    const done = oneEvent(document.body, 'recovery-load');
    mount(html`<recovery-meetings src=${big(9_000_000)}></recovery-meetings>`);
    const { detail } = (await done) as RecoveryLoadEvent;
    expect(detail.skipped, 'every record of the generated array read (and, as strings, left out)').to.be.greaterThan(100_000);
  });

  it('says a feed is over the size it accepts, and offers no retry that cannot help (English, Spanish)', async () => {
    for (const [lang, words] of [
      ['en', 'This information is larger than this page accepts (1 MB at most), so it cannot be shown here.'],
      ['es', 'Esta información supera lo que esta página acepta (1 MB como máximo), así que no se puede mostrar aquí.'],
    ]) {
      const errored = oneEvent(document.body, 'recovery-error');
      const wrapper = mount(html`<recovery-meetings lang=${lang} max-bytes="1048576" src=${big(1_500_000)}></recovery-meetings>`);
      expect(((await errored) as RecoveryErrorEvent).detail.message).to.equal(words);
      const el = wrapper.querySelector('recovery-meetings')!;
      await waitUntil(() => text(root(el).querySelector('[part~="error"]')) === words, `the error shown (${lang})`);
      expect(root(el).querySelector('[part~="retry"]'), 'no retry button').to.equal(null);
      await expect(el).to.be.accessible();
    }
  });

  it('names a small limit in kB, with the number written for the language (not "0 MB")', async () => {
    for (const [lang, maxBytes, limit] of [
      ['en', 50_000, '(50 kB at most)'],
      ['es', 50_000, '(50 kB como máximo)'],
      ['es', 2_500, '(2,5 kB como máximo)'],
      ['en', 1_572_864, '(1.5 MB at most)'],
      ['es', 1_572_864, '(1,5 MB como máximo)'],
    ] as const) {
      const errored = oneEvent(document.body, 'recovery-error');
      const wrapper = mount(html`<recovery-meetings lang=${lang} max-bytes=${maxBytes} src=${big(maxBytes + 60_000)}></recovery-meetings>`);
      await errored;
      const el = wrapper.querySelector('recovery-meetings')!;
      const shown = () => root(el).querySelector('[role="alert"][part~="error"]');
      await waitUntil(shown, `the error shown (${lang}, ${maxBytes} bytes)`);
      expect(text(shown()), `${lang}, ${maxBytes} bytes`).to.include(limit);
      expect(root(el).querySelector('[part~="retry"]'), 'no retry button').to.equal(null);
      wrapper.remove();
    }
  });

  it('max-bytes is a setting: raised, the same feed loads', async () => {
    const src = big(1_500_000);
    const errored = oneEvent(document.body, 'recovery-error');
    const wrapper = mount(html`<recovery-meetings max-bytes="1048576" src=${src}></recovery-meetings>`);
    await errored;
    const el = wrapper.querySelector<RecoveryMeetings>('recovery-meetings')!;
    const done = oneEvent(document.body, 'recovery-load');
    el.maxBytes = 2 * 1048576;
    await done;
    await el.updateComplete;
    expect(root(el).querySelector('[part~="error"]')).to.equal(null);
  });

  it('other failures keep their retry', async () => {
    const errored = oneEvent(document.body, 'recovery-error');
    const wrapper = mount(html`<recovery-meetings src=${'/__misbehave/html?code=404&id=size-404'}></recovery-meetings>`);
    await errored;
    const el = wrapper.querySelector<RecoveryMeetings>('recovery-meetings')!;
    await waitUntil(() => root(el).querySelector('[part~="retry"]'), 'a retry');
  });
});
