/**
 * When an event happens, as text: in the event's own time zone, named as people of the page's language name
 * it ("ET", "hora oriental": `zoneName`, the finder's rule too), and on the visitor's clocks when they differ.
 */
import { dateFormat, wallTimeAt, zoneName, zoneOffsetMinutes } from '../core/time.js';
import type { AlumniEvent } from './parse.js';

export interface EventWhen {
  /** The day (or days) in the event's zone, e.g. "Friday, December 4". */
  date: string;
  /** The times in the event's zone with its name, e.g. "6:30 – 8:30 PM ET". */
  time: string;
  /** The same span on the visitor's clocks, when they differ from the event's, e.g. "Sat 12:30 – 2:30 AM" (their own: unnamed). */
  visitor?: string;
}

const formatter = (lang: string, timeZone: string, options: Intl.DateTimeFormatOptions) => dateFormat(lang, { ...options, timeZone });

const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

const sameDay = (a: Date, b: Date, zone: string) => {
  const [x, y] = [wallTimeAt(a, zone), wallTimeAt(b, zone)];
  return x.year === y.year && x.month === y.month && x.day === y.day;
};

/**
 * A span of time on `zone`'s clocks, followed by the zone's name when `named`. `formatRange` reads badly for
 * a span across midnight with a weekday and no date ("27 Fri, 11:30 PM – 28 Sat, 1:30 AM"), so such a span is
 * written end by end. When the clocks change during the event, a zone's one name would hide it (12:30 – 3:00
 * is three and a half hours on the night clocks fall back), so each end carries its own specific name:
 * "12:30 AM EDT – 3:00 AM EST".
 */
function span(lang: string, zone: string, options: Intl.DateTimeFormatOptions, start: Date, end: Date, named: boolean, bothDays = false): string {
  const changes = zoneOffsetMinutes(start, zone) !== zoneOffsetMinutes(end, zone);
  const format = formatter(lang, zone, changes ? { ...options, timeZoneName: 'short' } : options);
  const text =
    changes || (bothDays && !sameDay(start, end, zone)) ? `${format.format(start)} – ${format.format(end)}` : format.formatRange(start, end);
  return named && !changes ? `${text} ${zoneName(start, zone, lang)}` : text;
}

export function eventWhen(event: Pick<AlumniEvent, 'start' | 'end' | 'timeZone'>, lang: string, visitorZone: string, now = Date.now()): EventWhen {
  const start = new Date(event.start);
  const end = new Date(event.end);
  const zone = event.timeZone;
  const year = wallTimeAt(start, zone).year === wallTimeAt(now, zone).year ? undefined : 'numeric';
  const day: Intl.DateTimeFormatOptions = { weekday: 'long', month: 'long', day: 'numeric', year };
  const when: EventWhen = sameDay(start, end, zone)
    ? { date: formatter(lang, zone, day).format(start), time: span(lang, zone, TIME, start, end, true) }
    : { date: span(lang, zone, { ...day, ...TIME }, start, end, true), time: '' };
  if (zoneOffsetMinutes(start, zone) !== zoneOffsetMinutes(start, visitorZone)) {
    when.visitor = span(lang, visitorZone, { weekday: 'short', ...TIME }, start, end, false, true);
  }
  return when;
}

/**
 * The time lines of `when` in reading order: the visitor's own clock first when it differs from the event's
 * (labelled as theirs by `yourTime`), then the event's own, named ("6:30 – 8:30 PM ET"), to be shown smaller.
 * The meeting finder's rule: a visitor plans by their own clock.
 */
export function timeLines(when: EventWhen, yourTime: (time: string) => string): [string, string] {
  return when.visitor ? [yourTime(when.visitor), when.time] : [when.time, ''];
}
