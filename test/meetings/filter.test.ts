import { expect } from '@open-wc/testing';
import { filterSchedule, matches, parseSearch, scheduleOf, timeOfDay, upcoming, type MeetingQuery, type Schedule } from '../../src/meetings/filter.js';
import { normalizeMeetings } from '../../src/meetings/details.js';
import { type Meeting } from '../../src/meetings/normalize.js';

const NY = 'America/New_York';
const feed = (records: Array<Record<string, unknown>>): Meeting[] => normalizeMeetings(records).meetings;
const meeting = (overrides: Record<string, unknown>) => ({ slug: String(overrides.name), day: 1, time: '19:00', ...overrides });
const list = (meetings: Meeting[], query: MeetingQuery, now: string, zone = NY) =>
  upcoming(meetings, query, { now: new Date(now), zone });

describe('search', () => {
  const meetings = feed([
    meeting({ name: 'Big Book Study', location: 'St. Peter’s Parish Hall', notes: 'Café and cookies' }),
    meeting({ name: 'Book of the Month', group: 'Big Sky Group' }),
    meeting({ name: 'Women’s Step Study', formatted_address: '12 Main St, Lewes, DE 19958, USA', regions: ['Sussex', 'Lewes'] }),
  ]);
  const found = (text: string) => meetings.filter((m) => matches(m, { search: text })).map((m) => m.name);

  it('narrows with every word, in any field, ignoring case and accents', () => {
    expect(found('big book')).to.deep.equal(['Big Book Study', 'Book of the Month']);
    expect(found('BOOK hall')).to.deep.equal(['Big Book Study']);
    expect(found('cafe')).to.deep.equal(['Big Book Study']);
    expect(found('lewes study')).to.deep.equal(['Women’s Step Study']);
    expect(found('')).to.have.length(3);
  });

  it('matches quoted phrases exactly', () => {
    expect(found('"big book"')).to.deep.equal(['Big Book Study']);
    expect(found('"book big"')).to.deep.equal([]);
    expect(parseSearch('  "Big  Book" study ')).to.deep.equal({ words: ['study'], phrases: ['big book'] });
  });
});

describe('filters', () => {
  const meetings = feed([
    meeting({ name: 'Hall', formatted_address: '1 Main St, Lewes, DE 19958, USA', types: ['O', 'D'], latitude: 38.7745, longitude: -75.1393, regions: ['Lewes'] }),
    meeting({ name: 'Video', conference_url: 'https://zoom.us/j/1', types: ['O', 'ONL'], time: '07:00' }),
    meeting({ name: 'Both', formatted_address: '2 Main St, Rehoboth Beach, DE 19971, USA', conference_url: 'https://zoom.us/j/2', types: ['C', 'D'], time: '12:30', latitude: 38.7172, longitude: -75.0829, regions: ['Rehoboth Beach'] }),
    meeting({ name: 'Late', formatted_address: '3 Main St, Milton, DE 19968, USA', types: ['O'], time: '22:00', latitude: 38.7776, longitude: -75.3099 }),
  ]);
  const names = (query: MeetingQuery) => meetings.filter((m) => matches(m, query)).map((m) => m.name);

  it('counts hybrid meetings as both in person and online', () => {
    expect(names({ attendance: ['in_person'] })).to.deep.equal(['Hall', 'Both', 'Late']);
    expect(names({ attendance: ['online'] })).to.deep.equal(['Video', 'Both']);
  });

  it('narrows with several types at once', () => {
    expect(names({ types: ['O'] })).to.deep.equal(['Hall', 'Video', 'Late']);
    expect(names({ types: ['O', 'D'] })).to.deep.equal(['Hall']);
  });

  it('sorts times into morning, midday, evening and night', () => {
    expect([4 * 60, 11 * 60 + 59, 12 * 60, 17 * 60, 21 * 60, 3 * 60].map(timeOfDay)).to.deep.equal(['morning', 'morning', 'midday', 'evening', 'night', 'night']);
    expect(names({ timesOfDay: ['morning', 'night'] })).to.deep.equal(['Video', 'Late']);
  });

  it('filters by region', () => {
    expect(names({ region: 'Lewes' })).to.deep.equal(['Hall']);
  });

  it('leaves distance to nearby.ts: a shared position drops no meeting here, online ones included', () => {
    expect(names({ near: { latitude: 38.7745, longitude: -75.1393, maxKm: 10 } })).to.deep.equal(['Hall', 'Video', 'Both', 'Late']);
  });
});

describe('upcoming', () => {
  // Monday 2026-11-23, 19:30 in New York (00:30 UTC on Tuesday).
  const MONDAY_1930 = '2026-11-24T00:30:00Z';

  it('starts from now, wraps the week, and marks the meeting under way', () => {
    const meetings = feed([
      meeting({ name: 'Now', day: 1, time: '19:00', end_time: '20:00' }),
      meeting({ name: 'Earlier today', day: 1, time: '18:00', end_time: '19:00' }),
      meeting({ name: 'Tomorrow', day: 2, time: '07:00' }),
      meeting({ name: 'Sunday', day: 0, time: '10:00' }),
    ]);
    const { occurrences } = list(meetings, {}, MONDAY_1930);
    expect(occurrences.map((o) => [o.meeting.name, o.inProgress])).to.deep.equal([
      ['Now', true],
      ['Tomorrow', false],
      ['Sunday', false],
      ['Earlier today', false],
    ]);
    expect(occurrences.at(-1)!.start.toISOString()).to.equal('2026-11-30T23:00:00.000Z'); // next Monday, 18:00 EST
  });

  it('keeps an overnight meeting that began yesterday under way after midnight', () => {
    const meetings = feed([meeting({ name: 'Night Owls', day: 0, time: '23:30', end_time: '00:30' })]);
    const { occurrences } = list(meetings, {}, '2026-11-23T05:15:00Z'); // Monday 00:15 in New York
    expect(occurrences).to.have.length(1);
    expect(occurrences[0]!.inProgress).to.equal(true);
    expect(occurrences[0]!.start.toISOString()).to.equal('2026-11-23T04:30:00.000Z');
    expect(occurrences[0]!.end.toISOString()).to.equal('2026-11-23T05:30:00.000Z');
  });

  it('lands on the right instant across a DST change', () => {
    const meetings = feed([meeting({ name: 'Sunday morning', day: 0, time: '10:00' })]);
    const { occurrences } = list(meetings, {}, '2026-03-07T17:00:00Z'); // Saturday noon EST; clocks spring forward overnight
    expect(occurrences[0]!.start.toISOString()).to.equal('2026-03-08T14:00:00.000Z'); // 10:00 EDT
  });

  it("uses a meeting's own zone over the finder's", () => {
    const meetings = feed([meeting({ name: 'London', day: 2, time: '19:00', timezone: 'Europe/London' })]);
    const { occurrences } = list(meetings, {}, MONDAY_1930);
    expect(occurrences[0]!.start.toISOString()).to.equal('2026-11-24T19:00:00.000Z');
  });

  it('filters to one day, lists each day of a multi-day meeting, and sets by-appointment meetings apart', () => {
    const meetings = feed([
      meeting({ name: 'Weekdays', day: [1, 2, 3], time: '12:00' }),
      meeting({ name: 'Appointment', day: undefined, time: undefined, formatted_address: '1 Main St, Lewes, DE 19958, USA' }),
    ]);
    const all = list(meetings, {}, MONDAY_1930);
    expect(all.occurrences.map((o) => o.day)).to.deep.equal([2, 3, 1]);
    expect(all.byAppointment.map((m) => m.name)).to.deep.equal(['Appointment']);
    expect(list(meetings, { day: 3 }, MONDAY_1930).occurrences.map((o) => o.day)).to.deep.equal([3]);
  });
});

describe('filterSchedule', () => {
  const meetings = feed([
    meeting({ name: 'Big Book', day: 1, time: '07:00', types: ['O'], regions: ['Sussex', 'Lewes'], formatted_address: '1 Main St, Lewes, DE 19958, USA' }),
    meeting({ name: 'Online Step', day: 2, time: '19:00', conference_url: 'https://zoom.us/j/1' }),
    meeting({ name: 'By Appointment', day: null, time: null, types: ['C'] }),
  ]).map((m, i) => ({ ...m, programs: [i ? 'AA' : 'NA'] }));
  const schedule = scheduleOf(meetings, { now: new Date('2026-01-05T12:00:00Z'), zone: NY });
  const names = (s: Schedule) => [...s.occurrences.map((o) => o.meeting.name), ...s.byAppointment.map((m) => m.name)];

  it('with no filter on, or only a position or blank search, keeps every meeting', () => {
    for (const query of [{}, { search: '   ' }, { types: [] }, { near: { latitude: 38.7, longitude: -75.1, maxKm: 5 } }]) {
      expect(names(filterSchedule(schedule, query)), JSON.stringify(query)).to.have.length(3);
    }
  });

  it('narrows with each filter on its own', () => {
    const queries: MeetingQuery[] = [
      { search: 'book' }, { day: 2 }, { types: ['O'] }, { attendance: ['online'] }, { timesOfDay: ['morning'] }, { region: 'Lewes' }, { programs: ['NA'] },
    ];
    for (const query of queries) expect(names(filterSchedule(schedule, query)), JSON.stringify(query)).to.have.length.below(3);
  });
});
