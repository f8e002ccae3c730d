/**
 * Calendar dates and wall-clock times in IANA zones, on `Intl` alone (no date library in the bundle).
 *
 * Calendar arithmetic works on whole day numbers (days since 1970-01-01, proleptic Gregorian), computed
 * with integer civil-calendar formulas. It never divides milliseconds by a day length: DST days are 23 or
 * 25 hours long (Lord Howe's shift is 30 minutes), so that division is off by one around every change.
 */

/** A date on the calendar, with no time and no zone. `month` is 1-12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A clock reading in some zone: a calendar date plus hour (0-23) and minute. */
export interface WallTime extends CalendarDate {
  readonly hour: number;
  readonly minute: number;
}

/** How to place a Feb 29 anniversary in a common year. */
export type LeapDayRule = 'feb28' | 'mar1';

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Strict `YYYY-MM-DD` that names a real date; `undefined` for anything else (2023-02-29, 2024-13-01, "2024-1-5"). */
export function parseCalendarDate(text: unknown): CalendarDate | undefined {
  if (typeof text !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function formatCalendarDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (negative before). Howard Hinnant's days_from_civil. */
export function dayNumber({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The inverse of `dayNumber`. Hinnant's civil_from_days. */
export function fromDayNumber(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(a) - dayNumber(b);
}

/** Calendar months: Jan 31 + 1 month is the last day of February. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** Calendar years; a Feb 29 date lands on Feb 28 or Mar 1 in common years, by `leapDay`. */
export function addYears(date: CalendarDate, years: number, leapDay: LeapDayRule = 'feb28'): CalendarDate {
  const year = date.year + years;
  if (date.month === 2 && date.day === 29 && !isLeapYear(year)) {
    return leapDay === 'mar1' ? { year, month: 3, day: 1 } : { year, month: 2, day: 28 };
  }
  return { year, month: date.month, day: date.day };
}

/** 0 = Sunday ... 6 = Saturday, as Meeting Guide numbers days. */
export function weekday(date: CalendarDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

// Creating Intl formatters is slow; a finder formats thousands of times, so they are kept per zone and locale.
const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock reading in `timeZone` at `instant`. */
export function wallTimeAt(instant: Date | number, timeZone: string): WallTime & { second: number } {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** Today's date in `timeZone` (default: the visitor's). "Today" begins at that zone's midnight. */
export function todayIn(timeZone: string = visitorTimeZone(), now: Date | number = Date.now()): CalendarDate {
  const { year, month, day } = wallTimeAt(now, timeZone);
  return { year, month, day };
}

/** The zone's offset from UTC at `instant`, in minutes (New York in winter: -300). */
export function zoneOffsetMinutes(instant: Date | number, timeZone: string): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const wall = wallTimeAt(ms, timeZone);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((wallAsUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

/**
 * The instant at which `timeZone`'s clocks read `wall`. Like Temporal's "compatible" disambiguation:
 * in a fall-back overlap the earlier instant, in a spring-forward gap the time pushed forward by the gap
 * (02:30 on a New York spring-forward day is 03:30 EDT).
 */
export function instantAt(wall: WallTime, timeZone: string): Date {
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  // Offsets a day either side bracket any single transition near this wall time.
  const offsetBefore = zoneOffsetMinutes(wallAsUtc - 86_400_000, timeZone);
  const offsetAfter = zoneOffsetMinutes(wallAsUtc + 86_400_000, timeZone);
  const candidates = [wallAsUtc - offsetBefore * 60_000, wallAsUtc - offsetAfter * 60_000].filter(
    (instant) => wallAsUtc - zoneOffsetMinutes(instant, timeZone) * 60_000 === instant,
  );
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  return new Date(wallAsUtc - offsetBefore * 60_000); // in the gap
}

/**
 * Zones already checked. Checking builds an Intl formatter, which is slow, and a zone is asked about again and
 * again: once per record of a feed, and on every render of an element with a `time-zone`. A feed can name any
 * string, so the list is bounded.
 */
const checkedZones = new Map<string, boolean>();

export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  let valid = checkedZones.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      valid = true;
    } catch {
      valid = false;
    }
    if (checkedZones.size >= 1000) checkedZones.clear();
    checkedZones.set(timeZone, valid);
  }
  return valid;
}

export function visitorTimeZone(): string {
  // Reading the zone builds a formatter, which is slow, and lists ask once per row: read it at most once a
  // minute (a device that travels still moves on).
  const now = Date.now();
  if (!zoneRead || now - zoneRead.at > 60_000) zoneRead = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone, at: now };
  return zoneRead.zone;
}

let zoneRead: { zone: string; at: number } | undefined;

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A formatter for `lang` and `options`, made once: making one costs far more than using it, and lists format
 * hundreds of values per render. Throws, like `Intl`, for options the engine does not know.
 */
export function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(options);
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(lang, options)));
  return format;
}

/** A time of day as people of `lang` write it ("7:00 PM", "19:00"), read in `timeZone`. */
export function formatTimeOfDay(instant: Date | number, lang: string, timeZone: string): string {
  return dateFormat(lang, { hour: 'numeric', minute: '2-digit', timeZone }).format(instant);
}

export interface ZonedTimeForVisitor {
  /** The instant the wall time names. */
  instant: Date;
  /** The time as the source zone's clocks show it. */
  inSourceZone: string;
  /** The same instant on the visitor's clocks. */
  forVisitor: string;
  /** True when the two clocks disagree at that instant, so both should be shown. */
  differs: boolean;
}

/**
 * A wall-clock time of `sourceZone` (a meeting at 19:00 in America/New_York on a date) formatted for a
 * visitor in `visitorZone`. Zones with different names but the same offset at that instant do not "differ".
 */
export function zonedTimeForVisitor(
  wall: WallTime,
  sourceZone: string,
  visitorZone: string,
  lang: string,
): ZonedTimeForVisitor {
  const instant = instantAt(wall, sourceZone);
  return {
    instant,
    inSourceZone: formatTimeOfDay(instant, lang, sourceZone),
    forVisitor: formatTimeOfDay(instant, lang, visitorZone),
    differs: zoneOffsetMinutes(instant, sourceZone) !== zoneOffsetMinutes(instant, visitorZone),
  };
}

/**
 * A short name of `timeZone` for people who read `lang`, never its IANA id: an abbreviation where the
 * language has one ("ET" in en-US and es-US, "CET"), generic before specific so it holds all year; else the
 * zone's generic name where the language has one ("hora oriental" in Spanish, "Eastern Time" in en-GB, where
 * the abbreviations are only "GMT-5"); else the offset ("GMT-5"). `instant` matters only for the offset.
 */
export function zoneName(instant: Date | number, timeZone: string, lang: string): string {
  const names = (['shortGeneric', 'short', 'longGeneric'] as const).map((timeZoneName) => {
    try {
      return dateFormat(lang, { timeZone, timeZoneName }).formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value;
    } catch {
      return undefined; // an engine without the generic styles (before 2021)
    }
  });
  return names.find((name, i) => name && (i < 2 ? /^\p{Lu}{1,5}$/u : /^\D+$/).test(name)) ?? names[1] ?? timeZone;
}
