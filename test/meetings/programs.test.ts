import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/meetings/meetings.define.js';
import type { MeetingSource } from '../../src/meetings/sources.js';
import { mount, mountLoaded } from '../support/mount.js';
import { failToLoad } from '../support/failing-loader.js';
import { RecoveryMeetings } from '../../src/meetings/meetings.js';

// An AA intergroup's Meeting Guide feed, an Al-Anon one, and NA through a BMLT root server (test/support/bmlt-server.mjs:
// `new` answers the tsml switcher with 3 meetings, Glebe Monday Night among them, which the AA feed lists too).
const AA = '/test/fixtures/meeting-guide/sydney-aa.json';
const AL_ANON = '/test/fixtures/meeting-guide/sydney-al-anon.json';
const NA = '/__bmlt/new/main_server/';
const SYDNEY = 'Australia/Sydney';

const root = (el: RecoveryMeetings) => el.shadowRoot!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const row = (el: RecoveryMeetings, name: string) => [...root(el).querySelectorAll('[part~="meeting"]')].find((li) => text(li.querySelector('.name')).startsWith(name));
const badges = (node: Element | null | undefined) => [...(node?.querySelectorAll('.program') ?? [])].map((b) => text(b));
const count = (el: RecoveryMeetings) => text(root(el).querySelector('.count'));

const loaded = (sources: MeetingSource[], lang = 'en') =>
  mountLoaded<RecoveryMeetings>(html`<recovery-meetings lang=${lang} time-zone=${SYDNEY} .sources=${sources}></recovery-meetings>`, 'recovery-meetings');

async function openFilters(el: RecoveryMeetings) {
  root(el).querySelector<HTMLButtonElement>('button.more')!.click();
  await waitUntil(() => root(el).querySelector('#refine .panel'), 'the filters behind "Filters"');
  await el.updateComplete;
}

async function open(el: RecoveryMeetings, name: string) {
  row(el, name)!.querySelector('button')!.click();
  await waitUntil(() => root(el).querySelector('[part~="detail"]'), 'the open meeting');
  await el.updateComplete;
}

describe('<recovery-meetings> with an AA feed and an NA BMLT server', () => {
  it('lists both programs in one list, each meeting once, with its program as a badge', async () => {
    const { el, detail } = await loaded([
      { url: AA, label: 'AA' },
      { url: NA, label: 'NA' },
    ]);
    // 5 AA meetings and 3 NA meetings, one of them listed by both.
    expect(detail.total).to.equal(7);
    expect(count(el)).to.equal('7 meetings');
    expect(badges(row(el, 'Balmain Big Book Study'))).to.deep.equal(['AA']);
    expect(badges(row(el, 'Saturday Late Night'))).to.deep.equal(['NA']);
    expect(badges(row(el, 'Online Meeting - Maroubra Nightly'))).to.deep.equal(['NA']);
    const shared = [...root(el).querySelectorAll('[part~="meeting"]')].filter((li) => text(li.querySelector('.name')).startsWith('Glebe Monday Night'));
    expect(shared, 'the meeting both list, once').to.have.length(1);
    expect(badges(shared[0])).to.deep.equal(['AA', 'NA']);
    await expect(el).to.be.accessible();
  });

  it('filters by program behind "Filters", and counts it as a filter on', async () => {
    const { el } = await loaded([
      { url: AA, label: 'AA' },
      { url: NA, label: 'NA' },
    ]);
    await openFilters(el);
    const program = [...root(el).querySelectorAll('fieldset')].find((f) => text(f.querySelector('legend')) === 'Program')!;
    expect([...program.querySelectorAll('label')].map((l) => text(l))).to.deep.equal(['AA', 'NA']);
    const na = [...program.querySelectorAll('label')].find((l) => text(l) === 'NA')!.querySelector('input')!;
    na.click();
    await el.updateComplete;
    expect(count(el)).to.equal('3 meetings');
    expect(text(root(el).querySelector('button.more'))).to.equal('Filters (1)');
    expect(row(el, 'Balmain Big Book Study'), 'an AA-only meeting').to.equal(undefined);
    expect(badges(row(el, 'Glebe Monday Night'))).to.deep.equal(['AA', 'NA']);
    await expect(el).to.be.accessible();
  });

  it('keeps the chosen program in the page URL with url-state, and reads it back', async () => {
    const before = location.href;
    try {
      const sources = [
        { url: AA, label: 'AA' },
        { url: NA, label: 'NA' },
      ];
      const { el } = await mountLoaded<RecoveryMeetings>(html`<recovery-meetings url-state time-zone=${SYDNEY} .sources=${sources}></recovery-meetings>`, 'recovery-meetings');
      await openFilters(el);
      [...root(el).querySelectorAll('#refine label')].find((l) => text(l) === 'AA')!.querySelector('input')!.click();
      await el.updateComplete;
      expect(new URL(location.href).searchParams.get('meetings-programs')).to.equal('AA');
      const again = await mountLoaded<RecoveryMeetings>(html`<recovery-meetings url-state time-zone=${SYDNEY} .sources=${sources}></recovery-meetings>`, 'recovery-meetings');
      expect(count(again.el), 'the 5 AA meetings, the shared one among them').to.equal('5 meetings');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('opens a meeting with its programs and the source’s "Request a change" link (http(s) and mailto only)', async () => {
    const { el } = await loaded([
      { url: AA, label: 'AA' },
      { url: NA, label: 'NA' },
    ]);
    await open(el, 'Balmain Big Book Study');
    const detail = root(el).querySelector('[part~="detail"]')!;
    expect(badges(detail)).to.deep.equal(['AA']);
    const change = [...detail.querySelectorAll('a')].find((a) => text(a) === 'Request a change')!;
    expect(change.getAttribute('href')).to.equal('https://aa-sydney.example.org/meetings/feedback?meeting=balmain-big-book');
    await expect(el).to.be.accessible();

    root(el).querySelector<HTMLButtonElement>('button.back')!.click();
    await el.updateComplete;
    await open(el, 'Surry Hills Early Birds');
    const mail = [...root(el).querySelectorAll('[part~="detail"] a')].find((a) => text(a) === 'Request a change')!;
    expect(mail.getAttribute('href'), 'the address that is one, with the meeting named').to.equal(
      'mailto:meetings@aa-sydney.example.org?subject=Surry%20Hills%20Early%20Birds',
    );

    root(el).querySelector<HTMLButtonElement>('button.back')!.click();
    await el.updateComplete;
    await open(el, "Redfern Women's Meeting");
    expect(text(root(el).querySelector('[part~="detail"]')), 'a javascript: feedback_url is no link').not.to.contain('Request a change');

    root(el).querySelector<HTMLButtonElement>('button.back')!.click();
    await el.updateComplete;
    await open(el, 'Saturday Late Night');
    const na = [...root(el).querySelectorAll('[part~="detail"] a')].find((a) => text(a) === 'Request a change')!;
    expect(na.getAttribute('href'), "the BMLT server's own").to.equal('https://innerwest.example.org/change-a-meeting');
  });

  it('shows the meetings of a source that loads beside one that fails, and no badge for a single program', async () => {
    const errored = oneEvent(document.body, 'recovery-error');
    const sources = [
      { url: AA, label: 'AA' },
      { url: '/__bmlt/down/main_server/', label: 'NA' },
    ];
    const wrapper = mount(html`<recovery-meetings time-zone=${SYDNEY} .sources=${sources}></recovery-meetings>`);
    await errored;
    const el = wrapper.querySelector('recovery-meetings')!;
    await waitUntil(() => root(el).querySelectorAll('[part~="meeting"]').length === 5, 'the AA meetings');
    expect(text(root(el).querySelector('.alert'))).to.equal(`One meeting list could not be loaded (NA, ${location.host}). The others are shown.`);
    expect(root(el).querySelector('.program'), 'one program: nothing to tell apart').to.equal(null);
    await openFilters(el);
    expect(text(root(el).querySelector('#refine'))).not.to.contain('Program');
    await expect(el).to.be.accessible();
  });

  it('reports the BMLT source as failed when its reader cannot load, and lists the others', async () => {
    const reader = failToLoad(RecoveryMeetings.loaders, 'bmlt');
    const errored = oneEvent(document.body, 'recovery-error');
    const sources = [
      { url: AA, label: 'AA' },
      { url: NA, label: 'NA' },
    ];
    const wrapper = mount(html`<recovery-meetings time-zone=${SYDNEY} .sources=${sources}></recovery-meetings>`);
    await errored;
    const el = wrapper.querySelector('recovery-meetings')!;
    await waitUntil(() => root(el).querySelectorAll('[part~="meeting"]').length === 5, 'the AA meetings');
    expect(reader.attempts()).to.equal(1);
    expect(text(root(el).querySelector('.alert'))).to.contain('(NA, ');
  });

  it('reads the JSON attribute form and detects the BMLT root URL', async () => {
    const attribute = JSON.stringify([{ url: AA, label: 'AA' }, { url: NA, label: 'NA' }]);
    const { el, detail } = await mountLoaded<RecoveryMeetings>(
      html`<recovery-meetings time-zone=${SYDNEY} sources=${attribute}></recovery-meetings>`,
      'recovery-meetings',
    );
    expect(detail.total).to.equal(7);
    expect(badges(row(el, 'Saturday Late Night'))).to.deep.equal(['NA']);
  });

  it('speaks Spanish: the Program filter, the change link and a failing source', async () => {
    const { el } = await loaded(
      [
        { url: AA, label: 'AA' },
        { url: NA, label: 'NA' },
        { url: '/__bmlt/down/main_server/', label: 'NA' },
      ],
      'es',
    );
    await waitUntil(() => text(root(el).querySelector('.alert')).includes('no se pudo cargar'), 'the failure, in Spanish');
    expect(count(el)).to.equal('7 reuniones');
    await openFilters(el);
    expect([...root(el).querySelectorAll('legend')].map((l) => text(l))).to.include('Programa');
    root(el).querySelector<HTMLButtonElement>('button.more')!.click();
    await el.updateComplete;
    await open(el, 'Balmain Big Book Study');
    expect([...root(el).querySelectorAll('[part~="detail"] a')].map((a) => text(a))).to.include('Solicitar un cambio');
    await expect(el).to.be.accessible();
  });
});

describe('<recovery-meetings> with two labelled Meeting Guide feeds', () => {
  it('shows a meeting both list (one conference link) once with both programs, and keeps same-hour meetings apart', async () => {
    const { el, detail } = await loaded([
      { url: AA, label: 'AA' },
      { url: AL_ANON, label: 'Al-Anon' },
    ]);
    expect(detail.total).to.equal(6);
    expect(badges(row(el, 'Open Speaker Meeting'))).to.deep.equal(['AA', 'Al-Anon']);
    expect(row(el, 'Family and Friends Speaker Meeting'), 'merged into the first source’s listing').to.equal(undefined);
    // Same hall, same hour, another name: another meeting (and another room), with a slug of its own.
    expect(badges(row(el, 'Glebe Al-Anon Family Group'))).to.deep.equal(['Al-Anon']);
    expect(badges(row(el, 'Glebe Monday Night'))).to.deep.equal(['AA']);
    expect(row(el, 'Glebe Al-Anon Family Group')!.getAttribute('data-slug')).to.equal('glebe-monday-night-2');
  });

  it('opens each of two meetings a single feed gives one slug', async () => {
    const { el } = await mountLoaded<RecoveryMeetings>(
      html`<recovery-meetings time-zone=${SYDNEY} src="/test/fixtures/meeting-guide/repeated-slug.json"></recovery-meetings>`,
      'recovery-meetings',
    );
    expect([...root(el).querySelectorAll('[part~="meeting"]')].map((li) => li.getAttribute('data-slug')).sort()).to.deep.equal(['same', 'same-2']);
  });

  it('keeps `src` as it was: unlabelled feeds, merged, no badges and no Program filter', async () => {
    const { el, detail } = await mountLoaded<RecoveryMeetings>(
      html`<recovery-meetings time-zone=${SYDNEY} src=${`${AA}, ${AL_ANON}`}></recovery-meetings>`,
      'recovery-meetings',
    );
    expect(detail.total).to.equal(6);
    expect(root(el).querySelector('.program')).to.equal(null);
    await openFilters(el);
    expect(text(root(el).querySelector('#refine'))).not.to.contain('Program');
  });
});
