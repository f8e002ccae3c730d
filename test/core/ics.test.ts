import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { buildCalendar, escapeText, foldLine, offsetTransitions, vtimezone, type CalendarEntry } from '../../src/core/ics.js';
import { instantAt } from '../../src/core/time.js';

const NOW = new Date('2026-11-22T12:00:00Z');
const at = (date: string, time: string, zone: string) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return instantAt({ year, month, day, hour, minute }, zone);
};
const entry = (overrides: Partial<CalendarEntry> = {}): CalendarEntry => ({
  uid: 'event-42@center.example.org',
  summary: 'Community dinner',
  start: at('2026-12-04', '18:30', 'America/New_York'),
  end: at('2026-12-04', '20:30', 'America/New_York'),
  timeZone: 'America/New_York',
  ...overrides,
});

/** Parses with ical.js the way a calendar app does: the file's own VTIMEZONEs are registered first. */
function parse(text: string) {
  const calendar = ICAL.Component.fromString(text);
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}
const occurrences = (event: ICAL.Event, count: number) => {
  const iterator = event.iterator();
  return Array.from({ length: count }, () => iterator.next().toJSDate().toISOString());
};

describe('iCalendar files', () => {
  it('has CRLF line endings, VERSION, PRODID and a UTC DTSTAMP', () => {
    const text = buildCalendar([entry()], { now: NOW });
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(/[^\r]\n/.test(text)).to.equal(false);
    const lines = text.split('\r\n');
    expect(lines[0]).to.equal('BEGIN:VCALENDAR');
    expect(lines).to.include('VERSION:2.0');
    expect(lines).to.include('PRODID:-//recovery-widgets//EN');
    expect(lines).to.include('DTSTAMP:20261122T120000Z');
    expect(lines).to.include('UID:event-42@center.example.org');
  });

  it('is read back by a real iCalendar parser at the right instants', () => {
    const { events } = parse(buildCalendar([entry()], { now: NOW }));
    expect(events).to.have.length(1);
    expect(events[0]!.summary).to.equal('Community dinner');
    expect(events[0]!.startDate.toJSDate().toISOString()).to.equal('2026-12-04T23:30:00.000Z');
    expect(events[0]!.endDate.toJSDate().toISOString()).to.equal('2026-12-05T01:30:00.000Z');
    expect(events[0]!.startDate.zone?.tzid).to.equal('America/New_York');
  });

  it('escapes TEXT so that it reads back exactly', () => {
    const tricky = 'Dinner; games, and a \\ backslash\nSecond line, with; more';
    const text = buildCalendar([entry({ summary: tricky, description: tricky, location: 'Hall A, 2nd floor; side door' })], { now: NOW });
    expect(text).to.contain('SUMMARY:Dinner\\; games\\, and a \\\\ backslash\\nSecond line\\, with\\; more');
    const [event] = parse(text).events;
    expect(event!.summary).to.equal(tricky);
    expect(event!.description).to.equal(tricky);
    expect(event!.location).to.equal('Hall A, 2nd floor; side door');
  });

  for (const [language, title] of [
    ['Spanish', 'Cena de exalumnos: celebración de aniversarios, música, acción de gracias y mañanitas para todos los que cumplen años de recuperación'],
    ['Japanese', 'アルムナイの夕食会・新年のお祝い・回復の記念日を祝う会・家族も歓迎します・お気軽にご参加ください・駐車場あり'],
    ['emoji', '🎉 Milestone dinner 🎂 with cake 🍰 and mocktails 🍹 for everyone celebrating 🎊 this month 🌟🌟🌟'],
  ] as const) {
    it(`folds ${language} text at 75 octets without splitting a character`, () => {
      const text = buildCalendar([entry({ summary: title, description: title.repeat(3) })], { now: NOW });
      const encoder = new TextEncoder();
      const decoder = new TextDecoder('utf-8', { fatal: true });
      for (const line of text.split('\r\n')) {
        const bytes = encoder.encode(line);
        expect(bytes.length, line).to.be.at.most(75);
        expect(decoder.decode(bytes)).to.equal(line); // each physical line is whole UTF-8 on its own
      }
      const [event] = parse(text).events;
      expect(event!.summary).to.equal(title);
      expect(event!.description).to.equal(title.repeat(3));
    });
  }

  it('folds a line exactly at the limit and keeps short lines whole', () => {
    expect(foldLine('A'.repeat(75))).to.equal('A'.repeat(75));
    expect(foldLine('A'.repeat(76))).to.equal(`${'A'.repeat(75)}\r\n A`);
    expect(foldLine(`${'A'.repeat(74)}é`)).to.equal(`${'A'.repeat(74)}\r\n é`); // é is two octets
    expect(escapeText('a\r\nb\u0007c')).to.equal('a\\nbc');
  });

  it('writes only http(s) URLs, and marks cancelled events', () => {
    const safe = buildCalendar([entry({ url: 'https://center.example.org/events/42', cancelled: true })], { now: NOW });
    expect(safe).to.contain('URL:https://center.example.org/events/42');
    expect(safe).to.contain('STATUS:CANCELLED');
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'mailto:a@example.org']) {
      expect(buildCalendar([entry({ url })], { now: NOW })).not.to.contain('URL:');
    }
  });
});

describe('time zones in iCalendar files', () => {
  it('finds the instants a zone changes its clocks', () => {
    const ny = offsetTransitions('America/New_York', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1));
    expect(ny.map((t) => [new Date(t.at).toISOString(), t.from, t.to])).to.deep.equal([
      ['2026-03-08T07:00:00.000Z', -300, -240],
      ['2026-11-01T06:00:00.000Z', -240, -300],
    ]);
    const lordHowe = offsetTransitions('Australia/Lord_Howe', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1));
    expect(lordHowe.map((t) => [t.from, t.to])).to.deep.equal([[660, 630], [630, 660]]);
    expect(offsetTransitions('Asia/Tokyo', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1))).to.deep.equal([]);
  });

  it('writes steady DST rules as yearly rules', () => {
    const ny = vtimezone('America/New_York', 2026, 2029).join('\n');
    expect(ny).to.contain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
    expect(ny).to.contain('RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU');
    expect(ny).to.contain('DTSTART:20250309T020000'); // observances begin before the range
    const london = vtimezone('Europe/London', 2026, 2029).join('\n');
    expect(london).to.contain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(london).to.contain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    const tokyo = vtimezone('Asia/Tokyo', 2026, 2026);
    expect(tokyo).to.include('TZOFFSETTO:+0900');
  });

  const weekly: Array<[string, string, string, string, string[]]> = [
    // zone, first date, local time, what it crosses, the instants of five weekly occurrences
    ['America/New_York', '2026-02-23', '19:00', 'spring forward', ['2026-02-24T00:00:00.000Z', '2026-03-03T00:00:00.000Z', '2026-03-09T23:00:00.000Z', '2026-03-16T23:00:00.000Z', '2026-03-23T23:00:00.000Z']],
    ['America/New_York', '2026-10-19', '19:00', 'fall back', ['2026-10-19T23:00:00.000Z', '2026-10-26T23:00:00.000Z', '2026-11-03T00:00:00.000Z', '2026-11-10T00:00:00.000Z', '2026-11-17T00:00:00.000Z']],
    ['Europe/London', '2026-03-15', '10:30', 'British Summer Time', ['2026-03-15T10:30:00.000Z', '2026-03-22T10:30:00.000Z', '2026-03-29T09:30:00.000Z', '2026-04-05T09:30:00.000Z', '2026-04-12T09:30:00.000Z']],
    ['Australia/Lord_Howe', '2026-09-20', '18:00', 'a 30-minute shift', ['2026-09-20T07:30:00.000Z', '2026-09-27T07:30:00.000Z', '2026-10-04T07:00:00.000Z', '2026-10-11T07:00:00.000Z', '2026-10-18T07:00:00.000Z']],
  ];
  for (const [zone, date, time, crossing, expected] of weekly) {
    it(`keeps a weekly ${time} meeting in ${zone} at ${time} across ${crossing}`, () => {
      const start = at(date, time, zone);
      const text = buildCalendar([entry({ timeZone: zone, start, end: new Date(start.getTime() + 3_600_000), weekly: true })], { now: NOW });
      expect(text).to.contain('RRULE:FREQ=WEEKLY');
      const [event] = parse(text).events;
      expect(occurrences(event!, 5)).to.deep.equal(expected);
    });
  }

  it('keeps a weekly meeting right years ahead, on the yearly rules', () => {
    const start = at('2026-11-23', '19:00', 'America/New_York');
    const [event] = parse(buildCalendar([entry({ start, end: new Date(start.getTime() + 3_600_000), weekly: true })], { now: NOW })).events;
    const later = occurrences(event!, 52 * 5).slice(-1)[0]!; // about five years on
    expect(later).to.equal(at('2031-11-10', '19:00', 'America/New_York').toISOString());
  });
});
