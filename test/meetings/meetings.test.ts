import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/meetings/meetings.define.js';
import type { RecoveryMeetings } from '../../src/meetings/meetings.js';
import type { RecoveryErrorEvent } from '../../src/core/events.js';
import { mount, mountLoaded } from '../support/mount.js';

const TIMES = '/test/fixtures/meeting-guide/times.json';
const SUSSEX = '/test/fixtures/meeting-guide/sussexaa.json';
const root = (el: RecoveryMeetings) => el.shadowRoot!;
const listed = (el: RecoveryMeetings) => [...root(el).querySelectorAll('[part~="meeting"]')].map((li) => li.getAttribute('data-slug'));
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const count = (el: RecoveryMeetings) => text(root(el).querySelector('.count'));

const loaded = (template: ReturnType<typeof html>) => mountLoaded<RecoveryMeetings>(template, 'recovery-meetings');

async function type(el: RecoveryMeetings, selector: string, value: string) {
  const input = root(el).querySelector<HTMLInputElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

/** Opens "Filters" (its code loads on demand) and waits for what it discloses. */
async function openFilters(el: RecoveryMeetings) {
  const toggle = root(el).querySelector<HTMLButtonElement>('button.more')!;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await waitUntil(() => root(el).querySelector('#refine .panel'), 'the filters behind "Filters"');
  await el.updateComplete;
}

async function choose(el: RecoveryMeetings, label: string, value: string) {
  const select = [...root(el).querySelectorAll('label')].find((l) => text(l).startsWith(label))!.querySelector('select')!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<recovery-meetings> loading', () => {
  it('lists every meeting of a feed, reports the count, and is accessible', async () => {
    const { el, detail } = await loaded(html`<recovery-meetings src=${TIMES} time-zone="America/New_York"></recovery-meetings>`);
    expect(detail).to.deep.equal({ total: 9, skipped: 0 });
    expect(listed(el)).to.have.length(9);
    expect(listed(el)).to.include('appointment');
    expect(count(el)).to.equal('9 meetings');
    expect(root(el).querySelector('.count')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
  });

  it('reads a real plugin feed of 123 meetings, showing 100 rows and the rest on request', async () => {
    const { el, detail } = await loaded(html`<recovery-meetings src=${SUSSEX}></recovery-meetings>`);
    expect(detail).to.deep.equal({ total: 123, skipped: 0 });
    expect(count(el)).to.equal('123 meetings');
    await waitUntil(() => listed(el).length === 100, 'the first page (a screenful comes first)');
    const more = [...root(el).querySelectorAll('button')].find((b) => text(b) === 'Show 23 more meetings')!;
    more.click();
    await el.updateComplete;
    expect(listed(el)).to.have.length(123);
    expect(new Set(listed(el)).size).to.equal(123);
  });

  it('merges several feeds, and shows a failing one beside the others', async () => {
    const errored = oneEvent(document.body, 'recovery-error');
    const wrapper = mount(html`<recovery-meetings src=${`${TIMES}, /__misbehave/html?id=merge-${Date.now()}`}></recovery-meetings>`);
    const error = (await errored) as RecoveryErrorEvent;
    expect(error.detail.message).to.equal('The information we received could not be read.');
    const el = wrapper.querySelector('recovery-meetings')!;
    await waitUntil(() => listed(el).length === 9, 'the working feed is listed');
    expect(text(root(el).querySelector('.alert'))).to.contain('One meeting list could not be loaded');
    await expect(el).to.be.accessible();
  });

  it('shows a translated error with a retry when no feed can be read', async () => {
    const el = await fixture<RecoveryMeetings>(html`<recovery-meetings lang="es" src=${'/__misbehave/html?code=404&id=none'}></recovery-meetings>`);
    await waitUntil(() => root(el).querySelector('[part~="error"]'), 'error view', { timeout: 5000 });
    expect(text(root(el).querySelector('[part~="error"]'))).to.contain('No encontramos esta información.');
    expect(text(root(el).querySelector('[part~="error"] button'))).to.equal('Intentar de nuevo');
    await expect(el).to.be.accessible();
  });

  it('an empty source says so, with no filters to change and no "try fewer filters"', async () => {
    const { el, detail } = await mountLoaded<RecoveryMeetings>(html`<recovery-meetings .meetings=${[]}></recovery-meetings>`, 'recovery-meetings');
    expect(detail).to.deep.equal({ total: 0, skipped: 0 });
    expect(text(root(el).querySelector('[part~="empty"]'))).to.equal('No meetings are listed here yet.');
    expect(root(el).querySelector('form.filters'), 'no filters').to.equal(null);
    expect(text(root(el).querySelector('.root'))).not.to.contain('fewer filters');
    await expect(el).to.be.accessible();
  });

  it('shows the loading view while it waits', async () => {
    const el = await fixture<RecoveryMeetings>(html`<recovery-meetings src=${'/__misbehave/json?delay=1500&id=slow'}></recovery-meetings>`);
    expect(root(el).querySelector('[part~="loading"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it("reads the center API's /meetings through `api`, inherited from a provider", async () => {
    await import('../../src/core/provider.define.js');
    const { el } = await loaded(html`<recovery-provider api="/__misbehave/api"><recovery-meetings></recovery-meetings></recovery-provider>`);
    expect(listed(el)).to.have.length(9);
  });

  it('skips and counts invalid records, and never renders feed text as HTML', async () => {
    const meetings = [
      { slug: 'ok', name: '<img src=x onerror="window.pwned=1"><b>Bold</b> group', day: 1, time: '19:00', conference_url: 'javascript:alert(1)' },
      { slug: 'no-name', day: 1 },
      { slug: 'bad-day', name: 'Bad day', day: 12 },
    ];
    const { el, detail } = await loaded(html`<recovery-meetings .meetings=${meetings}></recovery-meetings>`);
    expect(detail).to.deep.equal({ total: 1, skipped: 2 });
    const item = root(el).querySelector('[data-slug="ok"]')!;
    expect(item.querySelector('img, b')).to.equal(null);
    expect(text(item)).to.contain('<b>Bold</b> group');
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });
});

describe('<recovery-meetings> finding', () => {
  let el: RecoveryMeetings;
  beforeEach(async () => {
    ({ el } = await loaded(html`<recovery-meetings src=${SUSSEX} time-zone="America/New_York"></recovery-meetings>`));
    // The list starts from now and shows 100 rows of 123: pin the clock (a Sunday, 10 PM in New York) so which
    // meetings are on it does not depend on when the tests run.
    (el as unknown as { now: Date }).now = new Date('2026-12-07T03:00:00Z');
    // The first paint has a screenful; the tests open meetings further down, in the rest of the first page.
    await waitUntil(() => listed(el).length === 100, 'the first page');
  });

  it('narrows by search words and quoted phrases, announcing the count', async () => {
    await type(el, 'input[type="search"]', 'last call');
    expect(listed(el)).to.deep.equal(['last-call']);
    expect(count(el)).to.equal('1 meeting');
    await type(el, 'input[type="search"]', '"no such meeting anywhere"');
    expect(listed(el)).to.deep.equal([]);
    expect(text(root(el).querySelector('[part~="empty"]'))).to.equal('No meetings match. Try fewer filters or another search.');
    await expect(el).to.be.accessible();
  });

  it('filters by day, time of day, attendance and type', async () => {
    const total = () => Number(count(el).split(' ')[0]);
    const all = total();
    expect(all).to.equal(123);
    await choose(el, 'Day', '0');
    const sunday = total();
    expect(sunday).to.be.within(1, all - 1);
    expect(listed(el)).to.have.length(sunday);
    await openFilters(el);
    await choose(el, 'Time', 'night');
    expect(listed(el)).to.include('last-call');
    await choose(el, 'Time', '');
    await choose(el, 'Day', '');
    const online = [...root(el).querySelectorAll<HTMLInputElement>('fieldset.attend input[type="checkbox"]')][1]!;
    online.click();
    await el.updateComplete;
    const onlineCount = total();
    expect(onlineCount).to.equal(29); // the 28 online meetings and the hybrid one
    expect(text(root(el).querySelector('button.more')), 'the count of filters on').to.equal('Filters (1)');
    // Type filters are named from the spec in the UI language.
    const tc = [...root(el).querySelectorAll('details label')].find((l) => text(l) === 'Location Temporarily Closed')!.querySelector('input')!;
    tc.click();
    await el.updateComplete;
    expect(total()).to.equal(16); // the temporarily closed locations, all meeting online
    expect(text(root(el).querySelector('button.more'))).to.equal('Filters (2)');
    await expect(el).to.be.accessible();
    [...root(el).querySelectorAll('button')].find((b) => text(b) === 'Clear filters')!.click();
    await el.updateComplete;
    expect(total()).to.equal(all);
    expect(text(root(el).querySelector('button.more'))).to.equal('Filters');
  });

  it('opens a meeting by keyboard, and returns focus to it on the way back', async () => {
    const first = root(el).querySelector<HTMLButtonElement>('[data-slug="last-call"] button')!;
    first.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('[part~="detail"]'), 'detail view');
    await el.updateComplete;
    expect(root(el).activeElement?.id).to.equal('detail-title');
    expect(text(root(el).querySelector('#detail-title'))).to.equal('Last Call');
    await expect(el).to.be.accessible();
    const back = root(el).querySelector<HTMLButtonElement>('button.back')!;
    back.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root(el).querySelector('[part~="detail"]')).to.equal(null);
    expect(root(el).activeElement).to.equal(root(el).querySelector('[data-slug="last-call"] button'));
  });

  it('shows join and dial-in for an online meeting, and a weekly calendar file in its zone', async () => {
    const feed = (await (await fetch(SUSSEX)).json()) as Array<{ slug: string; conference_phone?: string; conference_url?: string }>;
    const withPhone = feed.find((m) => m.conference_phone && m.conference_url);
    if (!withPhone) throw new Error('the Sussex feed has no meeting with both a join link and a dial-in');
    root(el).querySelector<HTMLButtonElement>(`[data-slug="${withPhone.slug}"] button`)!.click();
    await waitUntil(() => root(el).querySelector('[part~="detail"]'));
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('[part~="detail"] a')];
    expect(links.some((a) => a.href === withPhone.conference_url && text(a) === 'Join online')).to.equal(true);
    // The number as people read it, the meeting ID apart, and one tap still dials it all, pauses included.
    const dial = links.find((a) => a.href.startsWith('tel:'))!;
    expect(text(dial)).to.match(/^Join by phone: \+1 \d{3}-\d{3}-\d{4}$/);
    expect(dial.getAttribute('href')).to.equal(`tel:${withPhone.conference_phone!.replace(/#/g, '%23')}`);
    const id = withPhone.conference_phone!.split(/,+/)[1]!.replace(/\D/g, '');
    const details = text(root(el).querySelector('[part~="detail"]'));
    expect(details).to.match(/Meeting ID: \d{3} \d{3,4} \d{3,4}/);
    expect(details.match(/Meeting ID: ([\d ]+)/)![1]!.replace(/ /g, '')).to.equal(id);
    expect(details, 'no dialling string shown raw').not.to.contain(',,');
    await expect(el).to.be.accessible();

    const created: Blob[] = [];
    const original = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob) => (created.push(blob), 'blob:test');
    HTMLAnchorElement.prototype.click = () => {};
    try {
      [...root(el).querySelectorAll('button')].find((b) => text(b) === 'Add to calendar')!.click();
      await waitUntil(() => created.length === 1);
    } finally {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = click;
    }
    const ics = await created[0]!.text();
    expect(ics).to.contain('RRULE:FREQ=WEEKLY');
    expect(ics).to.contain('DTSTART;TZID=America/New_York:');
    expect(ics).to.contain('BEGIN:VTIMEZONE');
  });
});

describe('<recovery-meetings> language, time zones and URL', () => {
  it('speaks Spanish, type and day names included', async () => {
    const { el } = await loaded(html`<recovery-meetings lang="es" src=${TIMES} time-zone="America/New_York"></recovery-meetings>`);
    expect(count(el)).to.equal('9 reuniones');
    expect(text(root(el).querySelector('label'))).to.contain('Buscar');
    expect(text(root(el).querySelector('[part~="meeting"]'))).to.contain('Abierta');
    const days = [...root(el).querySelectorAll('select')[0]!.options].map((o) => o.textContent.trim());
    expect(days).to.include('domingo');
    await expect(el).to.be.accessible();
  });

  it("says times are the visitor's when no zone is known, in the zone's name, not its id", async () => {
    const { el } = await loaded(html`<recovery-meetings src=${TIMES}></recovery-meetings>`);
    expect(text(root(el).querySelector('.note'))).to.match(/^Times are shown in your time zone \([^/]+\)\.$/);
    expect(root(el).querySelector('.time small'), 'one clock only').to.equal(null);
  });

  it("shows the visitor's time first and the meeting's own second, smaller, with a short zone name", async () => {
    // The meetings' zone is put where the visitor's clock is not.
    const visitor = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const [zone, name] = visitor === 'America/New_York' ? ['America/Los_Angeles', 'PT'] : ['America/New_York', 'ET'];
    const { el } = await loaded(html`<recovery-meetings lang="en-US" src=${TIMES} time-zone=${zone}></recovery-meetings>`);
    const time = root(el).querySelector<HTMLElement>('[data-slug="monday-7pm"] .time')!;
    const local = time.querySelector('small')!;
    expect(text(local)).to.match(new RegExp(`^(\\w{3} )?7:00\\s?PM ${name}$`));
    const yours = text(time).slice(0, -text(local).length).trim();
    expect(yours).to.match(/^\d{1,2}:\d{2}\s?[AP]M$/);
    expect(yours).not.to.equal('7:00 PM');
    expect(parseFloat(getComputedStyle(local).fontSize)).to.be.below(parseFloat(getComputedStyle(time).fontSize));
    expect(text(root(el).querySelector('.note'))).to.match(/^Times are in your time zone \([^/)]+\); each meeting’s own time is below it\.$/);
    expect(text(root(el).querySelector('.finder')), 'no zone id anywhere').not.to.contain(zone);
    // The time column stays a column: the name beside it keeps most of the row.
    expect(time.getBoundingClientRect().width).to.be.below(130);
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish zone names: the meeting’s own time reads "hora oriental", not "GMT-5"', async () => {
    const visitor = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const [zone, name] = visitor === 'America/New_York' ? ['America/Los_Angeles', 'hora del Pacífico'] : ['America/New_York', 'hora oriental'];
    const { el } = await loaded(html`<recovery-meetings lang="es" src=${TIMES} time-zone=${zone}></recovery-meetings>`);
    expect(text(root(el).querySelector('[data-slug="monday-7pm"] .time small'))).to.match(new RegExp(`19:00 ${name}$`));
  });

  it('with url-state, keeps the search and the open meeting in the URL and restores them', async () => {
    const start = location.href;
    try {
      const { el } = await loaded(html`<recovery-meetings url-state src=${SUSSEX}></recovery-meetings>`);
      await type(el, 'input[type="search"]', 'last call');
      await waitUntil(() => location.search.includes('meetings-q=last+call'), 'search in the URL');
      root(el).querySelector<HTMLButtonElement>('[data-slug="last-call"] button')!.click();
      await waitUntil(() => location.search.includes('meetings-meeting=last-call'), 'meeting in the URL');
      el.remove();

      const again = await loaded(html`<recovery-meetings url-state src=${SUSSEX}></recovery-meetings>`);
      await waitUntil(() => again.el.shadowRoot!.querySelector('[part~="detail"]'), 'the meeting reopens');
      expect(text(again.el.shadowRoot!.querySelector('#detail-title'))).to.equal('Last Call');
    } finally {
      history.replaceState(null, '', start);
    }
  });

  it('without url-state, leaves the URL alone', async () => {
    const start = location.href;
    const { el } = await loaded(html`<recovery-meetings src=${TIMES}></recovery-meetings>`);
    await type(el, 'input[type="search"]', 'monday');
    expect(location.href).to.equal(start);
  });
});

describe('<recovery-meetings> share and print', () => {
  // The share sheet is a device service that headless Chromium cannot provide: it is replaced for this test.
  it('copies a link to the meeting when there is no share sheet', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: {
        writeText: (t: string) => {
          copied.push(t);
          return Promise.resolve();
        },
      },
    });
    const share = navigator.share;
    (navigator as unknown as Record<string, unknown>).share = undefined;
    try {
      const { el } = await loaded(html`<recovery-meetings src=${TIMES}></recovery-meetings>`);
      root(el).querySelector<HTMLButtonElement>('[data-slug="monday-7pm"] button')!.click();
      await waitUntil(() => root(el).querySelector('[part~="detail"]'));
      [...root(el).querySelectorAll('button')].find((b) => text(b) === 'Share')!.click();
      await waitUntil(() => text(root(el).querySelector('[part~="detail"] [role="status"]')) === 'Link copied.');
      expect(copied).to.have.length(1);
      expect(new URL(copied[0]!).searchParams.get('meetings-meeting')).to.equal('monday-7pm');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      (navigator as unknown as Record<string, unknown>).share = share;
    }
  });

  it('prints a clean schedule: no controls, a type legend, online links written out', async () => {
    const { emulateMedia } = await import('@web/test-runner-commands');
    const { el } = await loaded(html`<recovery-meetings src=${TIMES}></recovery-meetings>`);
    // The legend comes with the rest of the page, a frame after the first rows (in a background tab, 100 ms).
    await waitUntil(() => root(el).querySelector('.legend'), 'the print legend');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(root(el).querySelector('form.filters')!).display).to.equal('none');
      expect(getComputedStyle(root(el).querySelector('.legend')!).display).to.equal('block');
      expect(text(root(el).querySelector('.legend'))).to.contain('O: Open');
      const link = root(el).querySelector('[data-slug="monday-7pm"] .print-links')!;
      expect(getComputedStyle(link).display).to.equal('block');
      expect(text(link)).to.equal('https://zoom.us/d/1234567');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
