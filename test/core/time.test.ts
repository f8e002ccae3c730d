import { expect } from '@open-wc/testing';
import {
  addDays,
  addMonths,
  addYears,
  dayNumber,
  daysBetween,
  formatCalendarDate,
  fromDayNumber,
  instantAt,
  isValidTimeZone,
  parseCalendarDate,
  todayIn,
  weekday,
  zoneOffsetMinutes,
  zonedTimeForVisitor,
  type CalendarDate,
} from '../../src/core/time.js';

const d = (text: string): CalendarDate => parseCalendarDate(text)!;
const iso = (date: CalendarDate) => formatCalendarDate(date);
// Intl may put a narrow no-break space before AM/PM; people read it as a space.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('calendar dates', () => {
  it('parses only real dates written YYYY-MM-DD', () => {
    expect(parseCalendarDate('2024-02-29')).to.deep.equal({ year: 2024, month: 2, day: 29 });
    for (const bad of ['2023-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '2024-1-5', '24-01-05', '2024/01/05', '', 'soon', 20240105]) {
      expect(parseCalendarDate(bad), String(bad)).to.equal(undefined);
    }
  });

  it('round-trips day numbers for every day from 1899 to 2101', () => {
    // UTC has no DST, so Date.UTC is a valid oracle here (and only here).
    for (let n = dayNumber(d('1899-01-01')); n <= dayNumber(d('2101-12-31')); n++) {
      const date = fromDayNumber(n);
      expect(Date.UTC(date.year, date.month - 1, date.day) / 86_400_000).to.equal(n);
      if (dayNumber(date) !== n) expect.fail(`day ${n} round-trips to ${dayNumber(date)}`);
    }
  });

  const dayCounts: Array<[string, string, number]> = [
    ['2026-03-07', '2026-03-09', 2], // across New York's spring-forward Sunday (a 23-hour day)
    ['2026-10-31', '2026-11-02', 2], // across New York's fall-back Sunday (a 25-hour day)
    ['2026-10-03', '2026-10-05', 2], // across Lord Howe's 30-minute shift
    ['2024-02-28', '2024-03-01', 2], // leap day between
    ['2023-02-28', '2023-03-01', 1],
    ['2025-12-31', '2026-01-01', 1],
    ['1999-12-31', '2027-05-19', 10_001],
    ['2026-05-01', '2026-04-30', -1],
  ];
  for (const [from, to, days] of dayCounts) {
    it(`counts ${days} days from ${from} to ${to}`, () => {
      expect(daysBetween(d(from), d(to))).to.equal(days);
      expect(iso(addDays(d(from), days))).to.equal(to);
    });
  }

  const months: Array<[string, number, string]> = [
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-11-15', 3, '2027-02-15'],
    ['2026-01-15', -2, '2025-11-15'],
    ['2026-05-31', 18, '2027-11-30'],
  ];
  for (const [from, count, to] of months) {
    it(`${from} + ${count} calendar months is ${to}`, () => {
      expect(iso(addMonths(d(from), count))).to.equal(to);
    });
  }

  it('places Feb 29 anniversaries by the chosen rule', () => {
    expect(iso(addYears(d('2024-02-29'), 1, 'feb28'))).to.equal('2025-02-28');
    expect(iso(addYears(d('2024-02-29'), 1, 'mar1'))).to.equal('2025-03-01');
    expect(iso(addYears(d('2024-02-29'), 4, 'mar1'))).to.equal('2028-02-29');
    expect(iso(addYears(d('2023-03-01'), 1))).to.equal('2024-03-01');
  });

  it('numbers weekdays as Meeting Guide does (0 = Sunday)', () => {
    expect(weekday(d('2026-11-22'))).to.equal(0);
    expect(weekday(d('2026-11-28'))).to.equal(6);
    expect(weekday(d('1970-01-01'))).to.equal(4);
    expect(weekday(d('1969-12-28'))).to.equal(0);
  });
});

describe('time zones', () => {
  const todays: Array<[string, string, string]> = [
    ['America/New_York', '2026-03-08T04:59:59Z', '2026-03-07'],
    ['America/New_York', '2026-03-08T05:00:00Z', '2026-03-08'],
    ['America/New_York', '2026-11-01T03:59:59Z', '2026-10-31'],
    ['America/New_York', '2026-11-01T04:00:00Z', '2026-11-01'],
    ['Europe/London', '2026-03-28T23:59:59Z', '2026-03-28'],
    ['Europe/London', '2026-03-29T00:00:00Z', '2026-03-29'],
    ['Europe/London', '2026-10-24T22:59:59Z', '2026-10-24'],
    ['Europe/London', '2026-10-24T23:00:00Z', '2026-10-25'],
    ['Australia/Lord_Howe', '2026-10-03T13:29:59Z', '2026-10-03'],
    ['Australia/Lord_Howe', '2026-10-03T13:30:00Z', '2026-10-04'],
    ['Pacific/Kiritimati', '2026-12-31T10:00:00Z', '2027-01-01'],
  ];
  for (const [zone, instant, date] of todays) {
    it(`at ${instant} it is ${date} in ${zone}`, () => {
      expect(iso(todayIn(zone, new Date(instant)))).to.equal(date);
    });
  }

  it('reads offsets, including half-hour DST', () => {
    expect(zoneOffsetMinutes(new Date('2026-01-15T12:00:00Z'), 'America/New_York')).to.equal(-300);
    expect(zoneOffsetMinutes(new Date('2026-07-15T12:00:00Z'), 'America/New_York')).to.equal(-240);
    expect(zoneOffsetMinutes(new Date('2026-07-15T12:00:00Z'), 'Australia/Lord_Howe')).to.equal(630);
    expect(zoneOffsetMinutes(new Date('2026-12-15T12:00:00Z'), 'Australia/Lord_Howe')).to.equal(660);
    expect(zoneOffsetMinutes(new Date('2026-07-15T12:00:00Z'), 'Asia/Kolkata')).to.equal(330);
  });

  const instants: Array<[string, string, string, string]> = [
    ['America/New_York', '2026-01-12', '19:00', '2026-01-13T00:00:00.000Z'],
    ['America/New_York', '2026-07-13', '19:00', '2026-07-13T23:00:00.000Z'],
    ['America/New_York', '2026-03-08', '02:30', '2026-03-08T07:30:00.000Z'], // gap: pushed to 03:30 EDT
    ['America/New_York', '2026-11-01', '01:30', '2026-11-01T05:30:00.000Z'], // overlap: the earlier 01:30 (EDT)
    ['Europe/London', '2026-03-29', '01:30', '2026-03-29T01:30:00.000Z'], // gap: 02:30 BST
    ['Australia/Lord_Howe', '2026-10-04', '02:15', '2026-10-03T15:45:00.000Z'], // 30-minute gap: 02:45
    ['Australia/Lord_Howe', '2026-04-05', '01:45', '2026-04-04T14:45:00.000Z'], // 30-minute overlap: earlier
  ];
  for (const [zone, date, time, expected] of instants) {
    it(`${date} ${time} in ${zone} is ${expected}`, () => {
      const [hour, minute] = time.split(':').map(Number) as [number, number];
      expect(instantAt({ ...d(date), hour, minute }, zone).toISOString()).to.equal(expected);
    });
  }

  it('shows a meeting time and the visitor time when the clocks differ', () => {
    const wall = { ...d('2026-07-13'), hour: 19, minute: 0 };
    const london = zonedTimeForVisitor(wall, 'America/New_York', 'Europe/London', 'en');
    expect(plain(london.inSourceZone)).to.equal('7:00 PM');
    expect(plain(london.forVisitor)).to.equal('12:00 AM');
    expect(london.differs).to.equal(true);
    const spanish = zonedTimeForVisitor(wall, 'America/New_York', 'America/Mexico_City', 'es-MX');
    expect(plain(spanish.forVisitor)).to.match(/^5:00 p\. ?m\.$/);
  });

  it('does not show two times for zones that agree at that instant', () => {
    const wall = { ...d('2026-07-13'), hour: 19, minute: 0 };
    expect(zonedTimeForVisitor(wall, 'America/New_York', 'America/Detroit', 'en').differs).to.equal(false);
    // Phoenix keeps standard time: it agrees with Denver in winter and with Los Angeles in summer.
    const winter = { ...d('2026-01-12'), hour: 19, minute: 0 };
    expect(zonedTimeForVisitor(winter, 'America/Denver', 'America/Phoenix', 'en').differs).to.equal(false);
    expect(zonedTimeForVisitor(wall, 'America/Denver', 'America/Phoenix', 'en').differs).to.equal(true);
  });
});

describe('isValidTimeZone', () => {
  it('tells real zones from anything else, the same when asked again, past a feed of a thousand made-up zones', () => {
    for (let round = 0; round < 2; round++) {
      expect(isValidTimeZone('America/New_York')).to.equal(true);
      expect(isValidTimeZone('Europe/Madrid')).to.equal(true);
      for (const wrong of ['Mars/Olympus_Mons', '', 'EST5EDT ', 42, undefined]) expect(isValidTimeZone(wrong), String(wrong)).to.equal(false);
    }
    for (let i = 0; i < 1500; i++) expect(isValidTimeZone(`Nowhere/Zone_${i}`)).to.equal(false);
    expect(isValidTimeZone('America/New_York')).to.equal(true);
    expect(isValidTimeZone('Nowhere/Zone_3')).to.equal(false);
  });
});
