import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/meetings/meetings.define.js';
import type { RecoveryMeetings } from '../../src/meetings/meetings.js';
import { mount } from '../support/mount.js';

const SUSSEX = '/test/fixtures/meeting-guide/sussexaa.json';
const listed = (el: RecoveryMeetings) => el.shadowRoot!.querySelectorAll('[part~="meeting"]').length;

describe('<recovery-meetings> first rows', () => {
  it('paints a screenful of rows first, reports the load, then shows the rest of the first page', async () => {
    const loaded = oneEvent(document.body, 'recovery-load');
    const el = mount(html`<recovery-meetings src=${SUSSEX}></recovery-meetings>`).querySelector<RecoveryMeetings>('recovery-meetings')!;
    await waitUntil(() => listed(el) > 0, 'the first rows', { interval: 2, timeout: 5000 });
    expect(listed(el), 'the first paint: 15 rows, not 100').to.equal(15);
    await loaded;
    expect(listed(el), 'recovery-load: the first rows are shown').to.equal(15);
    await waitUntil(() => listed(el) === 100, 'then the whole first page', { timeout: 2000 });
  });
});
