/**
 * iCalendar (RFC 5545) files for "add to calendar": alumni events and weekly meetings.
 *
 * - Times are written as wall-clock times with a TZID, and the file carries that zone's VTIMEZONE, generated
 *   from the browser's own time-zone data (Intl), so a weekly meeting lands at the right local time on both
 *   sides of a DST change.
 * - CRLF line endings; lines folded at 75 octets, never inside a multi-byte character; TEXT values escaped
 *   (backslash, semicolon, comma, newline); DTSTAMP in UTC; PRODID and VERSION.
 * - The caller chooses the UID: stable, and free of personal data.
 */
import { wallTimeAt, zoneOffsetMinutes, type CalendarDate, type WallTime } from './time.js';
import { safeHref } from './url.js';

export interface CalendarEntry {
  /** Stable and unique, e.g. `event-42@center.example.org`. Never personal data. */
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  /** Only an http(s) URL is written. */
  url?: string;
  start: Date;
  end: Date;
  /** IANA zone in which the times are written and recur. */
  timeZone: string;
  /** Repeats every week on the start's weekday (a meeting). */
  weekly?: boolean;
  cancelled?: boolean;
}

export interface CalendarOptions {
  /** When the file is made; DTSTAMP. */
  now?: Date;
  prodId?: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function dateTimeText({ year, month, day, hour, minute }: WallTime, second = 0): string {
  return `${pad(year, 4)}${pad(month)}${pad(day)}T${pad(hour)}${pad(minute)}${pad(second)}`;
}

function utcText(instant: Date): string {
  return `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** RFC 5545 TEXT: backslash, semicolon, comma and newlines escaped; other control characters dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point here
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

const encoder = new TextEncoder();

/**
 * Folds a content line to lines of at most 75 octets (RFC 5545 §3.1), continuation lines starting with a
 * space, and never splits a UTF-8 sequence (or a surrogate pair) between lines.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // a continuation line's leading space counts
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

interface Transition {
  /** The instant clocks change. */
  at: number;
  from: number;
  to: number;
}

const HOUR = 3_600_000;

/** The instants in [from, to) at which `timeZone` changes its UTC offset. */
export function offsetTransitions(timeZone: string, from: number, to: number): Transition[] {
  const transitions: Transition[] = [];
  let before = zoneOffsetMinutes(from, timeZone);
  // Offsets change at most a few times a year and never twice within 12 hours; step by 12 hours, then narrow down.
  for (let t = from + 12 * HOUR; t < to + 12 * HOUR; t += 12 * HOUR) {
    const after = zoneOffsetMinutes(t, timeZone);
    if (after === before) continue;
    let low = t - 12 * HOUR;
    let high = t;
    while (high - low > 60_000) {
      const middle = low + Math.floor((high - low) / 120_000) * 60_000;
      if (zoneOffsetMinutes(middle, timeZone) === before) low = middle;
      else high = middle;
    }
    if (high < to) transitions.push({ at: high, from: before, to: after });
    before = after;
  }
  return transitions;
}

/** `BYDAY` of a date within its month: 2SU (second Sunday), or -1SU when it is the last such weekday. */
function monthlyWeekday(date: CalendarDate): string {
  const weekdays = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
  const weekday = weekdays[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()]!;
  // The same weekday a week later falls in the next month. (Date.UTC rolls a day past the month's end over.)
  const isLast = new Date(Date.UTC(date.year, date.month - 1, date.day + 7)).getUTCMonth() !== date.month - 1;
  const nth = Math.ceil(date.day / 7);
  return `${isLast && nth >= 4 ? -1 : nth}${weekday}`;
}

/**
 * A VTIMEZONE for `timeZone` covering `fromYear` to `toYear`. Where the zone changes its clocks by the same
 * rule every year (second Sunday of March...), each observance is written once with a yearly RRULE, so
 * recurring entries stay right beyond the range; otherwise every transition of the range is listed.
 * Observances start in the year before `fromYear`: a time earlier than every observance has no defined
 * offset (parsers then read it as UTC), so January of `fromYear` needs the previous autumn's rule.
 */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): string[] {
  const start = Date.UTC(fromYear - 1, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  const transitions = offsetTransitions(timeZone, start, end);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const observance = (kind: string, t: Transition, rule?: string) => {
    const local = wallTimeAt(t.at + t.from * 60_000, 'UTC'); // the clock reading just before the change
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${dateTimeText(local, local.second)}`,
      `TZOFFSETFROM:${formatOffset(t.from)}`,
      `TZOFFSETTO:${formatOffset(t.to)}`,
      ...(rule ? [rule] : []),
      `END:${kind}`,
    );
  };

  if (transitions.length === 0) {
    const offset = zoneOffsetMinutes(start, timeZone);
    lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${formatOffset(offset)}`, `TZOFFSETTO:${formatOffset(offset)}`, 'END:STANDARD');
    return [...lines, 'END:VTIMEZONE'];
  }

  // Group the transitions by direction; a steady yearly rule has the same month, weekday rule, time and offsets.
  const describe = (t: Transition) => {
    const local = wallTimeAt(t.at + t.from * 60_000, 'UTC');
    return { key: `${local.month}|${monthlyWeekday(local)}|${local.hour}:${local.minute}|${t.from}|${t.to}`, local };
  };
  const forward = transitions.filter((t) => t.to > t.from);
  const back = transitions.filter((t) => t.to < t.from);
  const steady = (group: Transition[]) => group.length > 1 && new Set(group.map((t) => describe(t).key)).size === 1;

  if (forward.length > 0 && back.length > 0 && steady(forward) && steady(back)) {
    for (const [kind, group] of [['DAYLIGHT', forward], ['STANDARD', back]] as const) {
      const first = group[0]!;
      const { local } = describe(first);
      observance(kind, first, `RRULE:FREQ=YEARLY;BYMONTH=${local.month};BYDAY=${monthlyWeekday(local)}`);
    }
  } else {
    for (const t of transitions) observance(t.to > t.from ? 'DAYLIGHT' : 'STANDARD', t);
  }
  return [...lines, 'END:VTIMEZONE'];
}

/** A complete .ics file (CRLF line endings) for the entries. */
export function buildCalendar(entries: CalendarEntry[], { now = new Date(), prodId = '-//recovery-widgets//EN' }: CalendarOptions = {}): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${prodId}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];

  const years = new Map<string, [number, number]>();
  for (const entry of entries) {
    const year = wallTimeAt(entry.start, entry.timeZone).year;
    // A weekly entry recurs indefinitely: cover a few years ahead so zones without a steady rule are right too.
    const last = Math.max(wallTimeAt(entry.end, entry.timeZone).year, entry.weekly ? year + 3 : year);
    const [from, to] = years.get(entry.timeZone) ?? [year, last];
    years.set(entry.timeZone, [Math.min(from, year), Math.max(to, last)]);
  }
  for (const [zone, [from, to]] of years) lines.push(...vtimezone(zone, from, to));

  for (const entry of entries) {
    const url = safeHref(entry.url);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(entry.uid)}`,
      `DTSTAMP:${utcText(now)}`,
      `DTSTART;TZID=${entry.timeZone}:${dateTimeText(wallTimeAt(entry.start, entry.timeZone))}`,
      `DTEND;TZID=${entry.timeZone}:${dateTimeText(wallTimeAt(entry.end, entry.timeZone))}`,
      ...(entry.weekly ? ['RRULE:FREQ=WEEKLY'] : []),
      `SUMMARY:${escapeText(entry.summary)}`,
      ...(entry.description ? [`DESCRIPTION:${escapeText(entry.description)}`] : []),
      ...(entry.location ? [`LOCATION:${escapeText(entry.location)}`] : []),
      ...(url && /^https?:/.test(url) ? [`URL:${url}`] : []),
      `STATUS:${entry.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
