/**
 * Time in recovery, on calendar dates only: the day count, years/months/days, and milestone schedules.
 *
 * The date a person gives is a calendar date, not an instant. "Today" is the calendar date in their time zone,
 * so the count changes at local midnight; nothing here divides milliseconds by a day length. Months and years
 * are calendar months and years (Jan 31 + 1 month is the last day of February), and a Feb 29 date keeps its
 * anniversary on Feb 28 or Mar 1 in common years, as the person prefers.
 */
import { addDays, addMonths, addYears, dayNumber, daysBetween, instantAt, type CalendarDate, type LeapDayRule } from '../core/time.js';

/** What the given date means: the first day without using (day 1), or the last day of use (the next is day 1). */
export type DateMeaning = 'first-sober-day' | 'last-use';

/** A date a visitor entered themselves (personal mode), and what it means. */
export interface PersonalDate {
  since: string;
  dateMeans: DateMeaning;
}

export type Unit = 'h' | 'd' | 'm' | 'y';

/** A milestone's distance from the first day: `{ amount: 90, unit: 'd' }` is 90 days. */
export interface Span {
  amount: number;
  unit: Unit;
}

/** The NA keytag colours, in their order. */
export type Keytag = 'white' | 'orange' | 'green' | 'red' | 'blue' | 'yellow' | 'glow' | 'gray' | 'black';

export interface Milestone {
  span: Span;
  /** The day it is reached. */
  date: CalendarDate;
  keytag?: Keytag;
}

export type ScheduleName = 'aa' | 'na' | 'monthly';

const span = (amount: number, unit: Unit): Span => ({ amount, unit });

/** AA chips: 24 hours, 30, 60 and 90 days, 6 and 9 months, a year, 18 months; then every year. */
const AA = [span(24, 'h'), span(30, 'd'), span(60, 'd'), span(90, 'd'), span(6, 'm'), span(9, 'm'), span(1, 'y'), span(18, 'm')];

/** NA keytags, each with its colour: welcome (white) to multiple years (black). */
const NA: Array<[Span, Keytag]> = [
  [span(0, 'd'), 'white'],
  [span(30, 'd'), 'orange'],
  [span(60, 'd'), 'green'],
  [span(90, 'd'), 'red'],
  [span(6, 'm'), 'blue'],
  [span(9, 'm'), 'yellow'],
  [span(1, 'y'), 'glow'],
  [span(18, 'm'), 'gray'],
];

/** The n-th milestone of a schedule (from 0); undefined after the last of a custom list. */
export function scheduleEntry(schedule: ScheduleName | Span[], n: number): { span: Span; keytag?: Keytag } | undefined {
  if (Array.isArray(schedule)) return schedule[n] && { span: schedule[n] };
  if (schedule === 'monthly') return { span: span(n + 1, 'm') };
  const fixed = schedule === 'na' ? NA : AA.map((s): [Span, undefined] => [s, undefined]);
  if (n < fixed.length) return { span: fixed[n]![0], keytag: fixed[n]![1] };
  // Then every year from the second on (black keytags for NA).
  return { span: span(n - fixed.length + 2, 'y'), keytag: schedule === 'na' ? 'black' : undefined };
}

/** `"30d,90d,6m,1y"` (also `24h` and `2w`) as spans, roughly soonest first; the entries it cannot read, counted. */
export function parseSpans(list: string): { spans: Span[]; invalid: number } {
  const spans: Span[] = [];
  let invalid = 0;
  for (const token of list.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean)) {
    const match = /^(\d{1,5})\s*(h|d|w|m|y)$/.exec(token);
    const amount = Number(match?.[1]);
    if (!match || amount === 0 || (match[2] === 'h' && amount % 24 !== 0)) invalid++;
    else spans.push(match[2] === 'w' ? span(amount * 7, 'd') : span(amount, match[2] as Unit));
  }
  // Soonest first, by the day each is reached from one fixed day 1 (months differ in length).
  const reference = { year: 2001, month: 1, day: 31 };
  spans.sort((a, b) => daysBetween(reachedOn(reference, b), reachedOn(reference, a)));
  return { spans, invalid };
}

/** Day 1: the given date, or the day after it when it is the last day of use. */
export function firstDay(since: CalendarDate, meaning: DateMeaning): CalendarDate {
  return meaning === 'last-use' ? addDays(since, 1) : since;
}

/** Whole days completed since the start of day 1: 0 on day 1, negative before it. */
export function daysCompleted(first: CalendarDate, today: CalendarDate): number {
  return daysBetween(first, today);
}

/** The day a span from day 1 is reached: 24 hours at the end of day 1, 1 month on the same day next month. */
export function reachedOn(first: CalendarDate, { amount, unit }: Span, leapDay: LeapDayRule = 'feb28'): CalendarDate {
  if (unit === 'h') return addDays(first, Math.ceil(amount / 24));
  if (unit === 'd') return addDays(first, amount);
  const months = unit === 'y' ? amount * 12 : amount;
  // Whole years keep the anniversary rule for Feb 29; other months end on the month's last day if need be.
  return months % 12 === 0 ? addYears(first, months / 12, leapDay) : addMonths(first, months);
}

/** Years, months and days since day 1, in calendar terms (what "1 year, 2 months and 3 days" means). */
export function calendarSpan(first: CalendarDate, today: CalendarDate, leapDay: LeapDayRule = 'feb28') {
  let months = Math.max(0, (today.year - first.year) * 12 + today.month - first.month + 1);
  while (months > 0 && daysBetween(reachedOn(first, span(months, 'm'), leapDay), today) < 0) months--;
  const days = daysBetween(months ? reachedOn(first, span(months, 'm'), leapDay) : first, today);
  return { years: Math.floor(months / 12), months: months % 12, days };
}

export interface Progress {
  /** Milestones reached, in order (the most recent last). */
  reached: Milestone[];
  /** The next one; undefined after the last of a custom list. */
  next?: Milestone & { daysRemaining: number; /** 0 to 1, from the previous milestone (or day 1) to this one. */ progress: number };
  /** The milestone reached today, if any: a day to celebrate. */
  today?: Milestone;
}

/** Where a person stands on a schedule, on `today`. */
export function progressOn(
  first: CalendarDate,
  today: CalendarDate,
  schedule: ScheduleName | Span[],
  leapDay: LeapDayRule = 'feb28',
): Progress {
  const reached: Milestone[] = [];
  // A custom list is ordered by the days its milestones fall on from this day 1 (whether 1 month comes before
  // 30 days depends on the month), and milestones on the same day are one.
  if (Array.isArray(schedule)) {
    const byDate = new Map<number, Span>();
    for (const span of schedule) byDate.set(dayNumber(reachedOn(first, span, leapDay)), span);
    schedule = [...byDate].sort(([a], [b]) => a - b).map(([, span]) => span);
  }
  for (let n = 0; ; n++) {
    const entry = scheduleEntry(schedule, n);
    if (!entry) return { reached, today: reachedToday(reached, today) };
    const milestone: Milestone = { ...entry, date: reachedOn(first, entry.span, leapDay) };
    if (daysBetween(milestone.date, today) < 0) {
      const from = reached.at(-1)?.date ?? first;
      const length = daysBetween(from, milestone.date);
      const progress = length > 0 ? Math.min(1, Math.max(0, daysBetween(from, today) / length)) : 0;
      return { reached, today: reachedToday(reached, today), next: { ...milestone, daysRemaining: daysBetween(today, milestone.date), progress } };
    }
    reached.push(milestone);
  }
}

function reachedToday(reached: Milestone[], today: CalendarDate): Milestone | undefined {
  const last = reached.at(-1);
  return last && daysBetween(last.date, today) === 0 ? last : undefined;
}

const HOUR = 3_600_000;

/** The instant a day starts in a zone (its local midnight, whatever the clocks do that night). */
export const startOfDay = (day: CalendarDate, zone: string): number => instantAt({ ...day, hour: 0, minute: 0 }, zone).getTime();

/**
 * When what is shown next changes: the next local midnight, or on day 1 (which counts hours) the next whole
 * hour since the day began, if sooner. The count never needs a timer every second.
 */
export function nextChange(now: number, zone: string, first: CalendarDate, today: CalendarDate): number {
  const midnight = startOfDay(addDays(today, 1), zone);
  if (daysCompleted(first, today) !== 0) return midnight;
  const start = startOfDay(first, zone);
  return Math.min(midnight, now + HOUR - ((now - start) % HOUR));
}
