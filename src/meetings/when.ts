/**
 * When a meeting starts, for the visitor: their own clock first; the meeting's own time and zone ("5:30 PM
 * ET") second, only when the two clocks disagree, with the meeting's weekday when that differs too. Pure.
 */
import { dateFormat, formatTimeOfDay, wallTimeAt, zoneName, zoneOffsetMinutes } from '../core/time.js';

export interface When {
  time: string;
  local?: string;
}

// A list names the same few zones on every row: each name is worked out once per language and offset.
const names = new Map<string, string>();

export function meetingWhen(start: Date, meetingZone: string, visitorZone: string, lang: string): When {
  const time = formatTimeOfDay(start, lang, visitorZone);
  const offset = zoneOffsetMinutes(start, meetingZone);
  if (offset === zoneOffsetMinutes(start, visitorZone)) return { time };
  const key = `${lang}|${meetingZone}|${offset}`;
  let name = names.get(key);
  if (name === undefined) names.set(key, (name = zoneName(start, meetingZone, lang)));
  const local = `${formatTimeOfDay(start, lang, meetingZone)} ${name}`;
  if (wallTimeAt(start, meetingZone).day === wallTimeAt(start, visitorZone).day) return { time, local };
  return { time, local: `${dateFormat(lang, { weekday: 'short', timeZone: meetingZone }).format(start)} ${local}` };
}
