import { expect } from '@open-wc/testing';
import { normalizeMeetings } from '../../src/meetings/details.js';
import { normalizeFeed, parseClock, parseDays, type Meeting } from '../../src/meetings/normalize.js';
import { loadDetailsReader, readMeetingDetails } from '../../src/meetings/read-details.js';
import { loadTypeNames, typeName } from '../../src/meetings/types.js';
import { loadLanguage } from '../../src/core/i18n/translate.js';
import { InvalidShapeError } from '../../src/core/errors.js';

const fixture = async (name: string) => (await (await fetch(`/test/fixtures/meeting-guide/${name}`)).json()) as Array<Record<string, unknown>>;
const bySlug = (meetings: Meeting[], slug: string) => meetings.find((m) => m.slug === slug)!;

describe('parseClock', () => {
  const cases: Array<[unknown, number | undefined]> = [
    ['19:00', 19 * 60],
    ['7:05', 7 * 60 + 5],
    ['07:30:00', 7 * 60 + 30],
    ['7:00 PM', 19 * 60],
    ['7:00pm', 19 * 60],
    ['7 pm', 19 * 60],
    ['12:00 AM', 0],
    ['12:30 p.m.', 12 * 60 + 30],
    ['00:00', 0],
    ['24:00', 0],
    ['23:59', 23 * 60 + 59],
    ['25:00', undefined],
    ['19:60', undefined],
    ['13:00 PM', undefined],
    ['7', undefined],
    ['noon', undefined],
    ['', undefined],
    [null, undefined],
    [1900, undefined],
  ];
  for (const [input, minutes] of cases) {
    it(`${JSON.stringify(input)} → ${minutes}`, () => expect(parseClock(input)).to.equal(minutes));
  }
});

describe('parseDays', () => {
  const cases: Array<[unknown, number[] | undefined]> = [
    [1, [1]],
    ['1', [1]],
    [' 0 ', [0]],
    [[3, 1, 3], [1, 3]],
    [['2', '4'], [2, 4]],
    [undefined, []],
    [null, []],
    ['', []],
    [7, undefined],
    [-1, undefined],
    ['Monday', undefined],
    [[1, 9], undefined],
    [1.5, undefined],
  ];
  for (const [input, days] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(days)}`, () => expect(parseDays(input)).to.deep.equal(days));
  }
});

describe('normalizeMeetings on TSML UI\'s edge cases (times.json)', () => {
  before(() => loadLanguage('es'));

  let meetings: Meeting[];
  let skipped: number;
  before(async () => ({ meetings, skipped } = normalizeMeetings(await fixture('times.json'))));

  it('keeps all nine records', () => {
    expect(meetings).to.have.length(9);
    expect(skipped).to.equal(0);
  });

  it('reads a day written as a string', () => {
    expect(bySlug(meetings, 'monday-7pm').days).to.deep.equal([1]);
    expect(bySlug(meetings, 'monday-7pm').start).to.equal(19 * 60);
  });

  it('lists a meeting without day or time as by appointment', () => {
    const appointment = bySlug(meetings, 'appointment');
    expect(appointment.days).to.deep.equal([]);
    expect(appointment.start).to.equal(undefined);
    expect(appointment.attendance).to.equal('hybrid');
  });

  it('gives a meeting without an end time one hour', () => {
    expect(bySlug(meetings, 'monday-7am').end).to.equal(8 * 60);
  });

  it('marks an approximate address without a link inactive', () => {
    const approximate = bySlug(meetings, 'approximate');
    expect(approximate.approximate).to.equal(true);
    expect(approximate.attendance).to.equal('inactive');
  });

  it('keeps an unknown type code as written, and names known ones in each language', async () => {
    await loadTypeNames(); // the English names come with the meetings, not before the first render
    expect(bySlug(meetings, 'approximate').types).to.deep.equal(['O', 'NA']);
    expect(typeName('NA', 'en')).to.equal('NA');
    expect(typeName('O', 'en')).to.equal('Open');
    expect(typeName('O', 'es-MX')).to.equal('Abierta');
    expect(typeName('TC', 'es')).to.equal('Ubicación temporalmente cerrada');
    expect(typeName('ONL', 'es')).to.equal('En línea');
    expect(typeName('SM', 'fr')).to.equal(typeName('SM', 'en'));
  });
});

describe('normalizeMeetings on a real plugin feed (sussexaa.json)', () => {
  let feed: Array<Record<string, unknown>>;
  let meetings: Meeting[];
  before(async () => {
    feed = await fixture('sussexaa.json');
    const result = normalizeMeetings(feed);
    meetings = result.meetings;
    expect(result.skipped).to.equal(0);
  });

  it('keeps all 123 meetings', () => expect(meetings).to.have.length(123));

  it("agrees with the plugin's attendance_option on every meeting", () => {
    const disagreements = feed
      .map((record) => [record.slug, record.attendance_option, bySlug(meetings, record.slug as string).attendance])
      .filter(([, given, ours]) => given !== ours);
    expect(disagreements).to.deep.equal([]);
  });

  it('treats temporarily closed locations as online only', () => {
    const closed = meetings.filter((m) => m.temporarilyClosed);
    expect(closed.length).to.be.greaterThan(10);
    expect([...new Set(closed.map((m) => m.attendance))]).to.deep.equal(['online']);
  });

  it('flags the 23:00-00:00 meeting as overnight', () => {
    const lastCall = bySlug(meetings, 'last-call');
    expect([lastCall.start, lastCall.end, lastCall.overnight]).to.deep.equal([23 * 60, 0, true]);
    expect(meetings.filter((m) => m.overnight).map((m) => m.slug)).to.include('last-call');
  });

  it('makes one-tap dial-in links that keep pauses and the meeting code', () => {
    const withCode = meetings.find((m) => m.conferencePhoneText?.includes(',,'))!;
    expect(withCode.conferencePhone).to.match(/^tel:\+?\d+,,\d+/);
    expect(withCode.conferencePhone).not.to.contain('#');
  });

  it('reads coordinates and regions', () => {
    const placed = meetings.filter((m) => m.latitude !== undefined);
    expect(placed.length).to.be.greaterThan(80);
    expect(placed.every((m) => m.latitude! > 38 && m.latitude! < 39.5 && m.longitude! < -74)).to.equal(true);
    expect(meetings.every((m) => m.regions.length > 0)).to.equal(true);
  });
});

describe('normalizeMeetings with bad records', () => {
  it('skips and counts the unusable records, and keeps the rest', () => {
    const { meetings, skipped } = normalizeMeetings([
      { slug: 'good', name: 'Good meeting', day: 2, time: '18:00' },
      { slug: 'no-name', day: 1, time: '18:00' },
      { name: 'No slug', day: 1 },
      { slug: 'bad-day', name: 'Bad day', day: 9, time: '18:00' },
      { slug: 'bad-time', name: 'Bad time', day: 1, time: '7 o\'clock' },
      null,
      'a string',
      [1, 2],
      { slug: 42, name: 'Numeric slug', day: [1, 3], time: '7:00 PM', types: null },
    ]);
    expect(meetings.map((m) => m.slug)).to.deep.equal(['good', '42']);
    expect(skipped).to.equal(7);
    expect(meetings[1]!.types).to.deep.equal([]);
    expect(meetings[1]!.days).to.deep.equal([1, 3]);
  });

  it('refuses a response that is not a list', () => {
    for (const notAList of [{ meetings: [] }, 'html', null]) {
      expect(() => normalizeMeetings(notAList)).to.throw(InvalidShapeError);
    }
  });

  it('never keeps an unsafe link, and does not call a meeting online for one', () => {
    const [meeting] = normalizeMeetings([
      { slug: 'x', name: 'X', day: 1, time: '19:00', formatted_address: '1 Main St, Town, ST 00000, USA',
        conference_url: 'javascript:alert(1)', website: 'data:text/html,hi', conference_phone: 'call us' },
    ]).meetings;
    expect(meeting!.conferenceUrl).to.equal(undefined);
    expect(meeting!.website).to.equal(undefined);
    expect(meeting!.conferencePhone).to.equal(undefined);
    expect(meeting!.attendance).to.equal('in_person');
  });

  it('accepts address parts, numeric-string coordinates and a per-meeting zone; searches without accents', () => {
    const [meeting] = normalizeMeetings([
      { slug: 'y', name: 'Grupo Esperanza', day: '0', time: '10:00', address: '12 Calle Mayor', city: 'Alcalá', state: 'MD',
        postal_code: '28801', country: 'Spain', latitude: '40.48', longitude: '-3.36', timezone: 'Europe/Madrid', notes: 'Café incluido' },
    ]).meetings;
    expect(meeting!.address).to.equal('12 Calle Mayor, Alcalá, MD 28801, Spain');
    expect([meeting!.latitude, meeting!.longitude]).to.deep.equal([40.48, -3.36]);
    expect(meeting!.timeZone).to.equal('Europe/Madrid');
    expect(meeting!.searchText).to.contain('alcala');
    expect(meeting!.searchText).to.contain('cafe incluido');
  });
});

describe('normalizeFeed, and readMeetingDetails later', () => {
  it('gives every meeting its place in the week at once, and the same meeting once its details are read', async () => {
    await loadDetailsReader();
    for (const name of ['sussexaa.json', 'times.json']) {
      const records = await fixture(name);
      const now = normalizeMeetings(records).meetings;
      const later = normalizeFeed(records, name);
      expect(later.skipped, name).to.equal(normalizeMeetings(records).skipped);
      const when = (m: Meeting) => [m.slug, m.name, m.days, m.start, m.end, m.overnight, m.timeZone];
      expect(later.meetings.map(when), name).to.deep.equal(now.map(when));
      expect(later.meetings.some((m) => m.address || m.types.length), `${name}: no details before they are read`).to.equal(false);
      readMeetingDetails(later.meetings.slice(0, 3));
      expect(later.meetings.slice(0, 3), `${name}: the first three read`).to.deep.equal(now.slice(0, 3));
      readMeetingDetails(later.meetings);
      readMeetingDetails(later.meetings); // again: nothing changes
      expect(later.meetings, name).to.deep.equal(now);
    }
  });
});

describe('normalizeMeetings and repeated slugs', () => {
  it('gives a slug repeated in the feed a suffix, details read now or later', async () => {
    const records = [
      { slug: 'same', name: 'One', day: 1, time: '19:00', location: 'Hall' },
      { slug: 'same', name: 'Two', day: 2, time: '19:00', location: 'Annex', types: ['O'] },
      { slug: 'same', name: 'Three', day: 3, time: '19:00' },
      { slug: 'same-2', name: 'Four', day: 4, time: '19:00' },
    ];
    const now = normalizeMeetings(records).meetings;
    await loadDetailsReader();
    const later = normalizeFeed(records).meetings;
    readMeetingDetails(later);
    for (const meetings of [now, later]) {
      expect(meetings.map((m) => [m.slug, m.name, m.location, m.types])).to.deep.equal([
        ['same', 'One', 'Hall', []],
        ['same-2', 'Two', 'Annex', ['O']],
        ['same-3', 'Three', undefined, []],
        ['same-2-2', 'Four', undefined, []],
      ]);
    }
  });
});
