import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/meetings/meetings.define.js';
import { RecoveryMeetings } from '../../src/meetings/meetings.js';
import { failToLoad } from '../support/failing-loader.js';
import { mountLoaded } from '../support/mount.js';

const SUSSEX = '/test/fixtures/meeting-guide/sussexaa.json';
const TIMES = '/test/fixtures/meeting-guide/times.json';
const root = (el: RecoveryMeetings) => el.shadowRoot!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const loaded = (template: ReturnType<typeof html>) => mountLoaded<RecoveryMeetings>(template, 'recovery-meetings');
const rows = (el: RecoveryMeetings) => [...root(el).querySelectorAll<HTMLElement>('[part~="meeting"]')];

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };

afterEach(() => setViewport({ width: 800, height: 600 }));

describe('<recovery-meetings> on a phone', () => {
  it('shows the first meetings on the first screen of a 375×812 phone, the other filters behind "Filters"', async () => {
    await setViewport(PHONE);
    // Row heights depend on the runner's zone (a second clock line) and the time of day ("In progress"): the
    // feed is read in the runner's own zone, and the finder's clock is pinned to a Monday morning.
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const { el } = await loaded(html`<recovery-meetings src=${SUSSEX} time-zone=${zone}></recovery-meetings>`);
    (el as unknown as { now: Date }).now = new Date('2026-12-07T06:00:00Z');
    await el.updateComplete;
    window.scrollTo(0, 0);
    expect(el.getBoundingClientRect().top, 'the element starts at the top').to.be.below(20);
    const [first, , third] = rows(el).map((row) => row.getBoundingClientRect());
    expect(first!.top, 'the first meeting is on the first screen').to.be.within(0, PHONE.height);
    // Not just a glimpse of one: the filters leave room for three whole meetings (before, they left one).
    expect(third!.bottom, 'three whole meetings on the first screen').to.be.at.most(PHONE.height);

    const toggle = root(el).querySelector<HTMLButtonElement>('button.more')!;
    expect(text(toggle)).to.equal('Filters');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).querySelector<HTMLElement>('#refine')!.hidden).to.equal(true);
    toggle.click();
    await waitUntil(() => root(el).querySelector('#refine .panel'), 'the filters open');
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect([...root(el).querySelectorAll('#refine label')].map((l) => text(l).split(' ')[0])).to.include.members(['Time', 'Region']);
    expect(el.scrollWidth, 'nothing wider than the phone').to.be.at.most(PHONE.width);
    await expect(el).to.be.accessible();
  });

  it('"Meeting types" looks like something that opens, its boxes in a grid, without a second "Online"', async () => {
    await setViewport(PHONE);
    const { el } = await loaded(html`<recovery-meetings src=${SUSSEX} time-zone="America/New_York"></recovery-meetings>`);
    root(el).querySelector<HTMLButtonElement>('button.more')!.click();
    await waitUntil(() => root(el).querySelector('#refine details'));
    const details = root(el).querySelector<HTMLDetailsElement>('#refine details')!;
    const summary = details.querySelector('summary')!;
    const chevron = getComputedStyle(summary, '::after');
    expect(chevron.content, 'an open/closed mark').not.to.be.oneOf(['none', 'normal']);
    const closed = chevron.transform;
    summary.click();
    await waitUntil(() => details.open);
    expect(getComputedStyle(summary, '::after').transform, 'the mark turns when open').not.to.equal(closed);
    const boxes = [...details.querySelectorAll('label.check')].map((label) => label.getBoundingClientRect());
    const columns = new Set(boxes.map((box) => Math.round(box.left)));
    expect(columns.size, 'aligned in columns').to.be.within(1, 3);
    expect(boxes.length).to.be.above(columns.size * 2);
    expect([...details.querySelectorAll('label.check')].map(text)).not.to.include('Online');
    expect([...root(el).querySelectorAll('fieldset.attend label')].map(text)).to.include('Online');
  });
});

describe('<recovery-meetings> when the filters cannot load', () => {
  it('says so with a retry, and the retry opens them', async () => {
    const loads = failToLoad(RecoveryMeetings.loaders, 'refine');
    const { el } = await loaded(html`<recovery-meetings src=${TIMES}></recovery-meetings>`);
    root(el).querySelector<HTMLButtonElement>('button.more')!.click();
    await waitUntil(() => root(el).querySelector('[part~="retry"]'), 'a retry');
    expect(text(root(el).querySelector('[part~="error"]'))).to.contain('connect');
    expect(root(el).querySelectorAll('[part~="meeting"]'), 'the list stays').to.have.length(9);
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await waitUntil(() => root(el).querySelector('#refine .panel'), 'the filters open');
    expect(root(el).querySelector('[part~="error"]')).to.equal(null);
    expect(loads.attempts()).to.equal(2);
  });
});

describe('<recovery-meetings> for keyboards and fingers', () => {
  it('a skip link, shown on focus, moves past the whole list', async () => {
    const { el } = await loaded(html`<recovery-meetings src=${SUSSEX} time-zone="America/New_York"></recovery-meetings>`);
    const skip = root(el).querySelector<HTMLAnchorElement>('a.skip')!;
    expect(text(skip)).to.equal('Skip to the end of the list');
    expect(skip.getBoundingClientRect().width, 'hidden until focused').to.be.at.most(1);
    // Tab order: the skip link comes before the first meeting.
    expect(skip.compareDocumentPosition(rows(el)[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
    // By keyboard, from the control before it (keys also give the test's page the focus, which :focus needs).
    root(el).querySelector<HTMLButtonElement>('button.near-me')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement === skip, 'the skip link has focus').to.equal(true);
    const shown = skip.getBoundingClientRect();
    expect(shown.width).to.be.above(100);
    expect(shown.height).to.be.at.least(24);
    await sendKeys({ press: 'Enter' });
    const end = root(el).activeElement!;
    expect(text(end)).to.equal('End of the list');
    for (const row of rows(el)) expect(row.compareDocumentPosition(end) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
    expect(getComputedStyle(end).outlineStyle, 'focus is visible').not.to.equal('none');
  });

  it('every target is at least 24×24 px: filters, rows, distances and the open meeting', async () => {
    await setViewport(PHONE);
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: { getCurrentPosition: (ok: PositionCallback) => ok({ coords: { latitude: 38.7745, longitude: -75.1393 } } as GeolocationPosition) },
    });
    try {
      const { el } = await loaded(html`<recovery-meetings src=${SUSSEX} time-zone="America/New_York"></recovery-meetings>`);
      const small = () =>
        [...root(el).querySelectorAll<HTMLElement>('a, button, input, select, summary')]
          .filter((target) => target.getClientRects().length > 0 && !target.matches('.skip:not(:focus)'))
          .filter((target) => {
            const box = target.getBoundingClientRect();
            return box.width < 24 || box.height < 24;
          })
          .map((target) => `${target.tagName.toLowerCase()} ${text(target) || target.getAttribute('type')}`);
      expect(small(), 'on the first screen').to.deep.equal([]);
      root(el).querySelector<HTMLButtonElement>('button.near-me')!.click();
      root(el).querySelector<HTMLButtonElement>('button.more')!.click();
      await waitUntil(() => root(el).querySelector('#refine details') && root(el).querySelector('.near-bar'));
      root(el).querySelector<HTMLDetailsElement>('#refine details')!.open = true;
      await el.updateComplete;
      expect(small()).to.deep.equal([]);
      const inPerson = rows(el).find((row) => text(row).includes('Sober Sunday') || /In person/.test(text(row)))!;
      inPerson.querySelector('button')!.click();
      await waitUntil(() => root(el).querySelector('[part~="detail"]'));
      await el.updateComplete;
      expect([...root(el).querySelectorAll('[part~="detail"] a')].map(text)).to.include('Directions');
      expect(small()).to.deep.equal([]);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).geolocation;
    }
  });
});

describe('<recovery-meetings> while loading', () => {
  // The shared loading view draws skeleton rows this tall (core/status.ts): as tall as a real row, nothing jumps.
  for (const viewport of [PHONE, DESKTOP]) {
    it(`tells the loading view one row's height at ${viewport.width} px`, async () => {
      await setViewport(viewport);
      const { el } = await loaded(html`<recovery-meetings src=${TIMES} time-zone="America/New_York"></recovery-meetings>`);
      const probe = document.createElement('div');
      probe.style.height = 'var(--recovery-skeleton-row-height)';
      root(el).querySelector('.finder')!.append(probe);
      const declared = probe.getBoundingClientRect().height;
      probe.remove();
      const heights = rows(el).map((row) => row.getBoundingClientRect().height).sort((a, b) => a - b);
      const median = heights[Math.floor(heights.length / 2)]!;
      expect(declared, `rows are ${heights.map(Math.round).join(', ')} px`).to.be.closeTo(median, median * 0.15);
    });
  }
});
