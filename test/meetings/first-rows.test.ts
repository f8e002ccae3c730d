import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/meetings/meetings.define.js';
import type { RecoveryMeetings } from '../../src/meetings/meetings.js';
import { normalizeMeetings } from '../../src/meetings/details.js';
import { mount } from '../support/mount.js';

const SUSSEX = '/test/fixtures/meeting-guide/sussexaa.json';
const rowsOf = (el: RecoveryMeetings) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="meeting"]')];
const listed = (el: RecoveryMeetings) => rowsOf(el).length;

describe('<recovery-meetings> first rows', () => {
  it('paints a screenful of rows first, reports the load, then shows the rest of the first page', async () => {
    const loaded = oneEvent(document.body, 'recovery-load');
    const el = mount(html`<recovery-meetings src=${SUSSEX}></recovery-meetings>`).querySelector<RecoveryMeetings>('recovery-meetings')!;
    await waitUntil(() => listed(el) > 0, 'the first rows', { interval: 2, timeout: 5000 });
    const firstPaint = listed(el);
    expect(firstPaint, 'the first paint: a screenful, not 100 rows').to.be.below(100);
    expect(rowsOf(el).at(-1)!.getBoundingClientRect().bottom, 'the first paint reaches past the bottom of the window').to.be.at.least(innerHeight);
    await loaded;
    expect(listed(el), 'recovery-load: the first rows are shown').to.equal(firstPaint);
    await waitUntil(() => listed(el) === 100, 'then the whole first page', { timeout: 2000 });
  });

  it('shows every row with its place and kind, the first paint too, and then the legend and search over all', async () => {
    const { meetings } = normalizeMeetings(await (await fetch(SUSSEX)).json());
    const bySlug = new Map(meetings.map((m) => [m.slug, m]));
    const el = mount(html`<recovery-meetings src=${SUSSEX}></recovery-meetings>`).querySelector<RecoveryMeetings>('recovery-meetings')!;
    const placesShown = () =>
      rowsOf(el).filter((row) => {
        const meeting = bySlug.get(row.dataset.slug!)!;
        const place = meeting.attendance === 'online' ? '' : (meeting.location ?? meeting.address ?? '');
        return row.textContent.includes(place) && row.querySelector('.kind')!.textContent.trim() !== '';
      }).length;
    await waitUntil(() => listed(el) > 0, 'the first rows', { interval: 2, timeout: 5000 });
    expect(listed(el), 'the first paint').to.be.below(100);
    expect(placesShown(), 'the first paint').to.equal(listed(el));
    const painted = new Set(rowsOf(el).map((row) => row.dataset.slug));
    await waitUntil(() => listed(el) === 100, 'the whole first page', { timeout: 2000 });
    expect(placesShown(), 'the whole first page').to.equal(100);

    const legend = el.shadowRoot!.querySelector('.legend')!.textContent;
    for (const code of new Set(meetings.flatMap((m) => m.types))) expect(legend, 'the print legend').to.include(`${code}:`);

    // A meeting found by its place only, from among those not in the first paint.
    const later = meetings.find((m) => !painted.has(m.slug) && m.location && !meetings.some((o) => o !== m && o.location === m.location))!;
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = `"${later.location!.toLowerCase()}"`;
    search.dispatchEvent(new Event('input'));
    await waitUntil(() => rowsOf(el).some((row) => row.dataset.slug === later.slug), `a search for "${later.location}"`, { timeout: 2000 });
  });
});
