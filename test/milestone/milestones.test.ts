import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseCalendarDate, todayIn, type CalendarDate } from '../../src/core/time.js';
import {
  calendarSpan,
  daysCompleted,
  firstDay,
  nextChange,
  parseSpans,
  progressOn,
  reachedOn,
  type DateMeaning,
} from '../../src/milestone/milestones.js';

const date = (text: string) => parseCalendarDate(text)!;
const text = ({ year, month, day }: CalendarDate) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
/** Days completed for a date given in `zone`, at an instant: what the element shows. */
const countAt = (since: string, meaning: DateMeaning, zone: string, instant: string) =>
  daysCompleted(firstDay(date(since), meaning), todayIn(zone, new Date(instant)));

describe('the day count', () => {
  // Each row: the last minute before a local midnight, and the first minute of the next day, on the nastiest
  // days of the year: clocks change that night or that day. The count must change exactly at local midnight.
  const midnights: Array<[string, string, string, string, number]> = [
    // zone, since, the instant before local midnight, the instant at it, days completed before
    ['America/New_York', '2026-03-01', '2026-03-08T04:59:00Z', '2026-03-08T05:00:00Z', 6], // spring forward that night
    ['America/New_York', '2026-03-01', '2026-03-09T03:59:00Z', '2026-03-09T04:00:00Z', 7], // the 23-hour day ends
    ['America/New_York', '2026-10-25', '2026-11-01T03:59:00Z', '2026-11-01T04:00:00Z', 6], // fall back that night
    ['America/New_York', '2026-10-25', '2026-11-02T04:59:00Z', '2026-11-02T05:00:00Z', 7], // the 25-hour day ends
    ['Europe/London', '2026-03-22', '2026-03-28T23:59:00Z', '2026-03-29T00:00:00Z', 6],
    ['Europe/London', '2026-03-22', '2026-03-29T22:59:00Z', '2026-03-29T23:00:00Z', 7],
    ['Europe/London', '2026-10-18', '2026-10-24T22:59:00Z', '2026-10-24T23:00:00Z', 6],
    ['Europe/London', '2026-10-18', '2026-10-25T23:59:00Z', '2026-10-26T00:00:00Z', 7],
    // Lord Howe Island moves its clocks by 30 minutes: +10:30 to +11 on 2026-10-04, back on 2026-04-05.
    ['Australia/Lord_Howe', '2026-09-27', '2026-10-03T13:29:00Z', '2026-10-03T13:30:00Z', 6],
    ['Australia/Lord_Howe', '2026-09-27', '2026-10-04T12:59:00Z', '2026-10-04T13:00:00Z', 7],
    ['Australia/Lord_Howe', '2026-03-29', '2026-04-04T12:59:00Z', '2026-04-04T13:00:00Z', 6],
    ['Australia/Lord_Howe', '2026-03-29', '2026-04-05T13:29:00Z', '2026-04-05T13:30:00Z', 7],
  ];
  for (const [zone, since, before, at, days] of midnights) {
    it(`${zone}: from ${since}, changes from ${days} to ${days + 1} at local midnight (${at})`, () => {
      expect(countAt(since, 'first-sober-day', zone, before)).to.equal(days);
      expect(countAt(since, 'first-sober-day', zone, at)).to.equal(days + 1);
    });
  }

  it('since today: day 1, no day completed yet; since yesterday: one day', () => {
    const today = date('2026-11-22');
    expect(daysCompleted(firstDay(today, 'first-sober-day'), today)).to.equal(0);
    expect(daysCompleted(firstDay(date('2026-11-21'), 'first-sober-day'), today)).to.equal(1);
  });

  it('a last-use date starts day 1 the day after: yesterday is day 1 today, today is not begun', () => {
    const today = date('2026-11-22');
    expect(daysCompleted(firstDay(date('2026-11-21'), 'last-use'), today)).to.equal(0);
    expect(daysCompleted(firstDay(today, 'last-use'), today)).to.equal(-1);
  });

  it('counts across year ends and past 10 000 days', () => {
    expect(daysCompleted(date('2025-12-31'), date('2026-01-01'))).to.equal(1);
    expect(daysCompleted(date('1999-12-31'), date('2000-12-31'))).to.equal(366);
    expect(daysCompleted(date('1990-01-01'), date('2017-05-19'))).to.equal(10_000);
    expect(daysCompleted(date('1960-02-29'), date('2026-11-22'))).to.equal(24_373);
  });

  it('is monotonic in time, and agrees with counting calendar dates', () => {
    const zones = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'America/Phoenix', 'Asia/Kolkata'];
    const instant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) });
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2040, 0, 1) }), instant, instant, (zone, sinceMs, a, b) => {
        const sinceDate = new Date(sinceMs);
        const since = { year: sinceDate.getUTCFullYear(), month: sinceDate.getUTCMonth() + 1, day: sinceDate.getUTCDate() };
        const [early, late] = a <= b ? [a, b] : [b, a];
        const countEarly = daysCompleted(since, todayIn(zone, early));
        const countLate = daysCompleted(since, todayIn(zone, late));
        // The oracle: the local date as the zone's own formatter writes it, counted as UTC midnights (no DST there).
        const local = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(late);
        const [y, m, d] = local.split('-').map(Number) as [number, number, number];
        const expected = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(since.year, since.month - 1, since.day)) / 86_400_000);
        return countEarly <= countLate && countLate === expected;
      }),
      { numRuns: 2000 },
    );
  });
});

describe('when the count changes', () => {
  const at = (iso: string) => Date.parse(iso);
  const iso = (ms: number) => new Date(ms).toISOString();

  it('at the next local midnight, however long the day: 23 hours on the spring-forward day in New York', () => {
    const now = at('2026-03-08T05:00:00Z'); // 00:00 EST, the day the clocks skip 2:00 to 3:00
    expect(iso(nextChange(now, 'America/New_York', date('2026-03-01'), date('2026-03-08')))).to.equal('2026-03-09T04:00:00.000Z');
  });

  it('25 hours on the fall-back day, and 23.5 on Lord Howe’s spring day', () => {
    expect(iso(nextChange(at('2026-11-01T04:00:00Z'), 'America/New_York', date('2026-10-01'), date('2026-11-01')))).to.equal('2026-11-02T05:00:00.000Z');
    expect(iso(nextChange(at('2026-10-03T13:30:00Z'), 'Australia/Lord_Howe', date('2026-09-01'), date('2026-10-04')))).to.equal('2026-10-04T13:00:00.000Z');
  });

  it('on day 1, every hour since the day began', () => {
    const now = at('2026-11-22T15:20:00Z'); // 10:20 in New York
    expect(iso(nextChange(now, 'America/New_York', date('2026-11-22'), date('2026-11-22')))).to.equal('2026-11-22T16:00:00.000Z');
  });
});

describe('calendar months and years', () => {
  it('a month after Jan 31 is the last day of February; then Mar 31', () => {
    expect(text(reachedOn(date('2025-01-31'), { amount: 1, unit: 'm' }))).to.equal('2025-02-28');
    expect(text(reachedOn(date('2024-01-31'), { amount: 1, unit: 'm' }))).to.equal('2024-02-29');
    expect(text(reachedOn(date('2025-01-31'), { amount: 2, unit: 'm' }))).to.equal('2025-03-31');
  });

  it('a Feb 29 anniversary falls on Feb 28 or Mar 1 in common years, as chosen, and on Feb 29 in leap years', () => {
    const leap = date('2024-02-29');
    expect(text(reachedOn(leap, { amount: 1, unit: 'y' }, 'feb28'))).to.equal('2025-02-28');
    expect(text(reachedOn(leap, { amount: 1, unit: 'y' }, 'mar1'))).to.equal('2025-03-01');
    expect(text(reachedOn(leap, { amount: 12, unit: 'm' }, 'mar1')), '12 months is a year').to.equal('2025-03-01');
    expect(text(reachedOn(leap, { amount: 4, unit: 'y' }, 'mar1'))).to.equal('2028-02-29');
    expect(text(reachedOn(leap, { amount: 18, unit: 'm' }))).to.equal('2025-08-29');
  });

  it('24 hours is reached at the end of day 1', () => {
    expect(text(reachedOn(date('2026-11-22'), { amount: 24, unit: 'h' }))).to.equal('2026-11-23');
  });

  const spans: Array<[string, string, string, { years: number; months: number; days: number }]> = [
    ['day 1', '2026-11-22', '2026-11-22', { years: 0, months: 0, days: 0 }],
    ['month end to month end', '2025-01-31', '2025-02-28', { years: 0, months: 1, days: 0 }],
    ['month end, a day more', '2025-01-31', '2025-03-01', { years: 0, months: 1, days: 1 }],
    ['across a year end', '2024-12-15', '2026-01-14', { years: 1, months: 0, days: 30 }],
    ['a leap day, to the day before its anniversary', '2024-02-29', '2025-02-27', { years: 0, months: 11, days: 29 }],
    ['a leap day, on its Feb 28 anniversary', '2024-02-29', '2025-02-28', { years: 1, months: 0, days: 0 }],
  ];
  for (const [what, from, to, expected] of spans) {
    it(`years, months and days: ${what}`, () => {
      expect(calendarSpan(date(from), date(to))).to.deep.equal(expected);
    });
  }

  it('a leap day under the Mar 1 rule is not a year on Feb 28', () => {
    expect(calendarSpan(date('2024-02-29'), date('2025-02-28'), 'mar1')).to.deep.equal({ years: 0, months: 11, days: 30 });
    expect(calendarSpan(date('2024-02-29'), date('2025-03-01'), 'mar1')).to.deep.equal({ years: 1, months: 0, days: 0 });
  });
});

describe('milestone schedules', () => {
  const first = date('2026-01-01');
  const labels = (p: ReturnType<typeof progressOn>) => p.reached.map(({ span }) => `${span.amount}${span.unit}`);

  it('AA: 24 hours, 30/60/90 days, 6 and 9 months, a year, 18 months, then yearly', () => {
    const p = progressOn(first, date('2029-03-01'), 'aa');
    expect(labels(p)).to.deep.equal(['24h', '30d', '60d', '90d', '6m', '9m', '1y', '18m', '2y', '3y']);
    expect(text(p.next!.date)).to.equal('2030-01-01');
    expect(p.next!.span).to.deep.equal({ amount: 4, unit: 'y' });
  });

  it('NA keytags carry their colours, from the white welcome keytag on day 1 to black for years', () => {
    const p = progressOn(first, date('2028-06-01'), 'na');
    expect(p.reached.map((m) => m.keytag)).to.deep.equal(['white', 'orange', 'green', 'red', 'blue', 'yellow', 'glow', 'gray', 'black']);
    expect(p.next!.keytag).to.equal('black');
  });

  it('monthly: every calendar month', () => {
    const p = progressOn(date('2026-01-31'), date('2026-04-15'), 'monthly');
    expect(p.reached.map((m) => text(m.date))).to.deep.equal(['2026-02-28', '2026-03-31']);
    expect(text(p.next!.date)).to.equal('2026-04-30');
  });

  it('the next milestone has its date, the days to go and the progress since the last one', () => {
    const p = progressOn(first, date('2026-02-15'), 'aa'); // 45 days completed: 30 days reached, 60 next
    expect(text(p.next!.date)).to.equal('2026-03-02');
    expect(p.next!.daysRemaining).to.equal(15);
    expect(p.next!.progress).to.equal(0.5);
    expect(p.today).to.equal(undefined);
  });

  it('knows a milestone day', () => {
    const p = progressOn(first, date('2026-04-01'), 'aa');
    expect(p.today?.span).to.deep.equal({ amount: 90, unit: 'd' });
  });

  it('a custom list, in any order, ends after its last milestone', () => {
    const { spans, invalid } = parseSpans('1y, 30d,6m, 2w, junk, 0d, 25h, 24h');
    expect(spans.map((s) => `${s.amount}${s.unit}`)).to.deep.equal(['24h', '14d', '30d', '6m', '1y']);
    expect(invalid).to.equal(3);
    expect(progressOn(first, date('2028-01-01'), spans).next).to.equal(undefined);
  });

  it('a custom list is ordered from the real day 1, and milestones on one day are one', () => {
    // From March 1, 30 days (Mar 31) comes before 1 month (Apr 1); from January 31 it is the other way round.
    const march = progressOn(date('2026-03-01'), date('2026-03-31'), parseSpans('1m,30d').spans);
    expect(march.today?.span).to.deep.equal({ amount: 30, unit: 'd' });
    expect(text(march.next!.date)).to.equal('2026-04-01');
    const january = progressOn(date('2026-01-31'), date('2026-03-03'), parseSpans('1m,30d').spans);
    expect(january.reached.map((m) => text(m.date))).to.deep.equal(['2026-02-28', '2026-03-02']);
    const same = progressOn(date('2026-01-01'), date('2027-06-01'), parseSpans('30d,30d,12m,1y').spans);
    expect(same.reached.map((m) => text(m.date))).to.deep.equal(['2026-01-31', '2027-01-01']);
  });

  it('before day 1, nothing is reached and the first milestone is next', () => {
    const p = progressOn(date('2026-11-23'), date('2026-11-22'), 'aa');
    expect(p.reached).to.deep.equal([]);
    expect(p.next!.progress).to.equal(0);
  });
});
