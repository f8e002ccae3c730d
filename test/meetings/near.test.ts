import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/meetings/meetings.define.js';
import type { RecoveryMeetings } from '../../src/meetings/meetings.js';
import { mountLoaded } from '../support/mount.js';

const SUSSEX = '/test/fixtures/meeting-guide/sussexaa.json';
const TIMES = '/test/fixtures/meeting-guide/times.json';
const root = (el: RecoveryMeetings) => el.shadowRoot!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const total = (el: RecoveryMeetings) => Number(text(root(el).querySelector('.count')).split(' ')[0]);
const nearMe = (el: RecoveryMeetings) => root(el).querySelector<HTMLButtonElement>('button.near-me')!;
/** Whatever button asks for meetings near the visitor. */
const askNear = (el: RecoveryMeetings) => [...root(el).querySelectorAll('button')].find((b) => /near me/i.test(text(b)))!.click();
const loaded = (template: ReturnType<typeof html>) => mountLoaded<RecoveryMeetings>(template, 'recovery-meetings');
/** The distance a row shows, in miles; undefined when it shows none. */
const miles = (row: Element) => {
  const match = /([\d.]+) mi away/.exec(text(row.querySelector('.meta')));
  return match ? Number(match[1]) : undefined;
};

// Geolocation is a device service that headless Chromium cannot provide: it is replaced for these tests, and only it.
function fakePosition(answer: (ok: PositionCallback, fail: PositionErrorCallback) => void) {
  let asked = 0;
  Object.defineProperty(navigator, 'geolocation', {
    configurable: true,
    value: { getCurrentPosition: (ok: PositionCallback, fail: PositionErrorCallback) => (asked++, answer(ok, fail)) },
  });
  return { asked: () => asked };
}
afterEach(() => delete (navigator as unknown as Record<string, unknown>).geolocation);

const LEWES = { latitude: 38.7745, longitude: -75.1393 };

describe('<recovery-meetings> near me', () => {
  it('asks only on request, then lists each day nearest first and keeps every online meeting, apart', async () => {
    const position = fakePosition((ok) => ok({ coords: LEWES } as GeolocationPosition));
    const { el } = await loaded(html`<recovery-meetings src=${SUSSEX} time-zone="America/New_York"></recovery-meetings>`);
    const all = total(el);
    expect(position.asked()).to.equal(0);
    askNear(el);
    await waitUntil(() => root(el).querySelector('[part~="meeting"] .meta')?.textContent?.includes('mi away'), 'distances shown');
    await el.updateComplete;
    expect(position.asked()).to.equal(1);
    expect(text(root(el).querySelector('.finder'))).to.contain('Your location stays on this device');

    let online = 0;
    for (const day of root(el).querySelectorAll('section:has(h3.day)')) {
      const [placed, ...rest] = day.querySelectorAll('ul.meetings');
      const distances = [...placed!.querySelectorAll('[part~="meeting"]')].map(miles).filter((d) => d !== undefined);
      expect(distances, `nearest first on ${text(day.querySelector('h3'))}`).to.deep.equal([...distances].sort((a, b) => a - b));
      if (rest.length) {
        expect(text(day.querySelector('h4'))).to.equal('Online');
        online += rest[0]!.querySelectorAll('[part~="meeting"]').length;
      }
    }
    expect(online, 'online meetings listed, under their own heading').to.be.above(0);
    expect(total(el), 'no meeting dropped for having no place').to.equal(all);
    expect(text(nearMe(el))).to.equal('Stop using my location');
    await expect(el).to.be.accessible();
  });

  it('a distance limit narrows the places, not the online meetings', async () => {
    fakePosition((ok) => ok({ coords: LEWES } as GeolocationPosition));
    const { el } = await loaded(html`<recovery-meetings src=${SUSSEX} time-zone="America/New_York"></recovery-meetings>`);
    nearMe(el).click();
    await waitUntil(() => root(el).querySelector('.near-bar select'));
    // Every row on the page, so that what "Show more" holds back does not count.
    root(el).querySelector<HTMLButtonElement>('.finder > button.secondary')?.click();
    await el.updateComplete;
    const onlineRows = () => root(el).querySelectorAll('h4.online + ul [part~="meeting"]').length;
    const before = { all: total(el), online: onlineRows() };
    const within = root(el).querySelector<HTMLSelectElement>('.near-bar select')!;
    within.value = '5';
    within.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(total(el)).to.be.within(before.online + 1, before.all - 1);
    expect(onlineRows()).to.equal(before.online);
    for (const row of root(el).querySelectorAll('ul:first-of-type [part~="meeting"]')) {
      const distance = miles(row);
      if (distance !== undefined) expect(distance).to.be.at.most(5);
    }
  });

  it('stops using the position with one visible action, back to time order, focus kept', async () => {
    fakePosition((ok) => ok({ coords: LEWES } as GeolocationPosition));
    const { el } = await loaded(html`<recovery-meetings src=${SUSSEX} time-zone="America/New_York"></recovery-meetings>`);
    const order = () => [...root(el).querySelectorAll('[part~="meeting"]')].map((row) => row.getAttribute('data-slug'));
    await waitUntil(() => order().length === 100, 'the first page (a screenful comes first)');
    const inTimeOrder = order();
    nearMe(el).click();
    await waitUntil(() => root(el).querySelector('.near-bar'));
    expect(order()).not.to.deep.equal(inTimeOrder);
    const stop = nearMe(el);
    expect(text(stop)).to.equal('Stop using my location');
    stop.focus();
    stop.click();
    await el.updateComplete;
    expect(root(el).querySelector('.near-bar')).to.equal(null);
    expect(order()).to.deep.equal(inTimeOrder);
    expect([...root(el).querySelectorAll('[part~="meeting"]')].some((row) => miles(row) !== undefined)).to.equal(false);
    expect(text(nearMe(el))).to.equal('Near me');
    expect(root(el).activeElement, 'the same button, still focused').to.equal(stop);
  });

  it('keeps the keyboard on "Near me" while the device looks for the position, and after', async () => {
    let answer: (() => void) | undefined;
    const position = fakePosition((ok) => (answer = () => ok({ coords: LEWES } as GeolocationPosition)));
    const { el } = await loaded(html`<recovery-meetings src=${SUSSEX} time-zone="America/New_York"></recovery-meetings>`);
    const button = nearMe(el);
    button.focus();
    button.click();
    await waitUntil(() => answer, 'the position asked for');
    await el.updateComplete;
    expect(text(nearMe(el))).to.equal('Finding your location…');
    // Compared as booleans: chai describing a shadow root's element on failure never finishes.
    expect(root(el).activeElement === button, 'focus stays on the button while looking').to.equal(true);
    nearMe(el).click();
    expect(position.asked(), 'a second press while looking asks nothing more').to.equal(1);
    answer!();
    await waitUntil(() => root(el).querySelector('.near-bar'), 'meetings near the visitor');
    expect(text(nearMe(el))).to.equal('Stop using my location');
    expect(root(el).activeElement === button, 'and on it once the position is in').to.equal(true);
  });

  it('says so when the position is refused, and keeps working', async () => {
    fakePosition((_ok, fail) => fail({ code: 1 } as GeolocationPositionError));
    const { el } = await loaded(html`<recovery-meetings src=${TIMES}></recovery-meetings>`);
    nearMe(el).click();
    await waitUntil(() => root(el).querySelector('[role="alert"]'));
    expect(text(root(el).querySelector('[role="alert"]'))).to.equal('Your location is not available. You can still search by place or region.');
    expect(root(el).querySelectorAll('[part~="meeting"]')).to.have.length(9);
    await expect(el).to.be.accessible();
  });

  it('says in the count’s live region that the list is now nearest first, and no longer once stopped', async () => {
    fakePosition((ok) => ok({ coords: LEWES } as GeolocationPosition));
    const { el } = await loaded(html`<recovery-meetings src=${SUSSEX} time-zone="America/New_York"></recovery-meetings>`);
    const count = root(el).querySelector('.count')!;
    expect(count.getAttribute('role')).to.equal('status');
    const before = text(count);
    askNear(el);
    await waitUntil(() => text(root(el).querySelector('.count')) === `${before}, nearest first`, 'announced');
    nearMe(el).click();
    await waitUntil(() => text(root(el).querySelector('.count')) === before, 'back to the plain count');
  });

  it('gives distances in the unit the page chose, else the one the language uses', async () => {
    fakePosition((ok) => ok({ coords: LEWES } as GeolocationPosition));
    const cases: Array<[ReturnType<typeof html>, RegExp, string]> = [
      [html`<recovery-meetings src=${SUSSEX} distance-unit="km"></recovery-meetings>`, /\d km away/, '2 km'],
      [html`<recovery-meetings src=${SUSSEX} lang="en-GB"></recovery-meetings>`, /\d mi away/, '2 mi'],
      [html`<recovery-meetings src=${SUSSEX} lang="en-AU"></recovery-meetings>`, /\d km away/, '2 km'],
    ];
    for (const [template, row, option] of cases) {
      const { el } = await loaded(template);
      askNear(el);
      await waitUntil(() => row.test(text(root(el).querySelector('[part~="meeting"] .meta'))), `${row} on the rows`);
      const options = [...root(el).querySelectorAll('.near-bar option')].map(text);
      expect(options, 'the distances to choose from').to.include(option);
    }
  });
});
