/**
 * When a meeting starts, for the visitor: their own clock first; the meeting's own time and zone ("5:30 PM
 * ET") second, only when the two clocks disagree, with the meeting's weekday when that differs too. Pure.
 */
import { formatTimeOfDay, wallTimeAt, zoneName, zoneOffsetMinutes } from '../core/time.js';

export interface When {
  time: string;
  local?: string;
}

const weekdays = new Map<string, Intl.DateTimeFormat>();

export function meetingWhen(start: Date, meetingZone: string, visitorZone: string, lang: string): When {
  const time = formatTimeOfDay(start, lang, visitorZone);
  if (zoneOffsetMinutes(start, meetingZone) === zoneOffsetMinutes(start, visitorZone)) return { time };
  const local = `${formatTimeOfDay(start, lang, meetingZone)} ${zoneName(start, meetingZone, lang)}`;
  if (wallTimeAt(start, meetingZone).day === wallTimeAt(start, visitorZone).day) return { time, local };
  const key = `${lang}|${meetingZone}`;
  let weekday = weekdays.get(key);
  if (!weekday) weekdays.set(key, (weekday = new Intl.DateTimeFormat(lang, { weekday: 'short', timeZone: meetingZone })));
  return { time, local: `${weekday.format(start)} ${local}` };
}
