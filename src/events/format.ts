/** When an event happens, as text: in the event's own time zone, and the visitor's when their clocks differ. */
import { wallTimeAt, zoneOffsetMinutes } from '../core/time.js';
import type { AlumniEvent } from './parse.js';

export interface EventWhen {
  /** The day (or days) in the event's zone, e.g. "Friday, December 4". */
  date: string;
  /** The times in the event's zone with its abbreviation, e.g. "6:30 – 8:30 PM EST". */
  time: string;
  /** The same span on the visitor's clocks, when they differ from the event's, e.g. "Sat 12:30 – 2:30 AM CET". */
  visitor?: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${timeZone}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(lang, { ...options, timeZone })));
  return format;
}

const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' };

const sameDay = (a: Date, b: Date, zone: string) => {
  const [x, y] = [wallTimeAt(a, zone), wallTimeAt(b, zone)];
  return x.year === y.year && x.month === y.month && x.day === y.day;
};

/**
 * A span of time. `formatRange` names the zone once, after the end: wrong when clocks change during the
 * event ("12:30 – 3:00 AM EST" for a start at 12:30 EDT), so such a span names each end's own zone. With a
 * weekday and no date, a span across midnight reads badly ("27 Fri, 11:30 PM – 28 Sat, 1:30 AM"), so it is
 * written end by end too.
 */
function span(format: Intl.DateTimeFormat, start: Date, end: Date, zone: string, bothDays = false): string {
  const oneOffset = zoneOffsetMinutes(start, zone) === zoneOffsetMinutes(end, zone);
  if (oneOffset && !(bothDays && !sameDay(start, end, zone))) return format.formatRange(start, end);
  return `${format.format(start)} – ${format.format(end)}`;
}

export function eventWhen(event: Pick<AlumniEvent, 'start' | 'end' | 'timeZone'>, lang: string, visitorZone: string, now = Date.now()): EventWhen {
  const start = new Date(event.start);
  const end = new Date(event.end);
  const zone = event.timeZone;
  const year = wallTimeAt(start, zone).year === wallTimeAt(now, zone).year ? undefined : 'numeric';
  const day: Intl.DateTimeFormatOptions = { weekday: 'long', month: 'long', day: 'numeric', year };
  const when: EventWhen = sameDay(start, end, zone)
    ? { date: formatter(lang, zone, day).format(start), time: span(formatter(lang, zone, TIME), start, end, zone) }
    : { date: span(formatter(lang, zone, { ...day, ...TIME }), start, end, zone), time: '' };
  if (zoneOffsetMinutes(start, zone) !== zoneOffsetMinutes(start, visitorZone)) {
    when.visitor = span(formatter(lang, visitorZone, { weekday: 'short', ...TIME }), start, end, visitorZone, true);
  }
  return when;
}
