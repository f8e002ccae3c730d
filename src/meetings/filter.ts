/**
 * Finding meetings: search, filters, and "what's next" from now. Pure: no DOM. Times are computed in each
 * meeting's own zone (or the finder's), on calendar dates, so DST weeks and overnight meetings come out right.
 */
import { addDays, instantAt, todayIn, weekday, zoneOffsetMinutes } from '../core/time.js';
import type { Attendance, Meeting } from './normalize.js';

export type TimeOfDay = 'morning' | 'midday' | 'evening' | 'night';

export const TIMES_OF_DAY: readonly TimeOfDay[] = ['morning', 'midday', 'evening', 'night'];

export interface MeetingQuery {
  /** Words narrow the list (every word must match); "quoted phrases" match as written. */
  search?: string;
  /** A weekday (0 = Sunday), or every meeting in the coming week when absent. */
  day?: number;
  timesOfDay?: TimeOfDay[];
  /** `in_person` includes hybrid meetings, and so does `online`. */
  attendance?: Array<'in_person' | 'online'>;
  /** Every listed type must be present. */
  types?: string[];
  /** Any of these programs (the sources' labels: "AA", "NA"). */
  programs?: string[];
  /** A region anywhere in the meeting's region path. */
  region?: string;
  /** The visitor's position, once they shared it: distance orders and limits the list (refine/nearby.ts). */
  near?: Near;
}

export interface Near {
  latitude: number;
  longitude: number;
  /** `Infinity` for any distance. */
  maxKm: number;
}

/** One occurrence of a meeting in the coming week. */
export interface Occurrence {
  meeting: Meeting;
  day: number;
  start: Date;
  end: Date;
  inProgress: boolean;
  /** Kilometres from the visitor, once they shared a position and the meeting has one (refine/nearby.ts). */
  distanceKm?: number;
}

const fold = (value: string) => value.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/** Splits a search into words and "quoted phrases", folded like `Meeting.searchText`. */
export function parseSearch(text: string): { words: string[]; phrases: string[] } {
  const phrases: string[] = [];
  const rest = fold(text).replace(/"([^"]*)"/g, (_, phrase: string) => {
    if (phrase.trim()) phrases.push(phrase.trim().replace(/\s+/g, ' '));
    return ' ';
  });
  return { words: rest.split(/\s+/).filter(Boolean), phrases };
}

/** Morning 4:00-11:59, midday 12:00-16:59, evening 17:00-20:59, night 21:00-3:59 (the 12 Step Meeting List's bands). */
export function timeOfDay(minutes: number): TimeOfDay {
  const hour = Math.floor(minutes / 60);
  return hour >= 4 && hour < 12 ? 'morning' : hour >= 12 && hour < 17 ? 'midday' : hour >= 17 && hour < 21 ? 'evening' : 'night';
}

export const KM_PER_MILE = 1.609344;

const attendanceMatches: Record<'in_person' | 'online', Attendance[]> = {
  in_person: ['in_person', 'hybrid'],
  online: ['online', 'hybrid'],
};

/**
 * Whether a meeting passes every filter of the query except the day (which `upcoming` applies) and the
 * distance (refine/nearby.ts: its code loads only once the visitor shares a position).
 */
export function matches(meeting: Meeting, query: MeetingQuery, search = parseSearch(query.search ?? '')): boolean {
  if (search.words.some((w) => !meeting.searchText.includes(w))) return false;
  if (search.phrases.some((p) => !meeting.searchText.replace(/\s+/g, ' ').includes(p))) return false;
  if (query.types?.some((t) => !meeting.types.includes(t))) return false;
  if (query.attendance?.length && !query.attendance.some((a) => attendanceMatches[a].includes(meeting.attendance))) return false;
  if (query.timesOfDay?.length && (meeting.start === undefined || !query.timesOfDay.includes(timeOfDay(meeting.start)))) return false;
  if (query.region && !meeting.regions.includes(query.region)) return false;
  if (query.programs?.length && !query.programs.some((p) => meeting.programs?.includes(p))) return false;
  return true;
}

export interface Schedule {
  /** Every meeting day's next occurrence within a week of `now`, soonest first. */
  occurrences: Occurrence[];
  /** Meetings without a day or time. */
  byAppointment: Meeting[];
}

interface ZoneDays {
  /** Today's weekday in the zone. */
  weekday: number;
  /** The instant (ms) at which the zone's clocks read `minutes` after midnight, `dayOffset` days from today. */
  at: (dayOffset: number, minutes: number) => number;
}

/**
 * One zone's days around `now`. A zone's offset is the same two days either side of most dates: then a wall time
 * of that date is plain arithmetic, and Intl (slow, and a cold load's main cost here) is asked only twice per date.
 * Near a change of offset, `instantAt` decides.
 */
function zoneDays(zone: string, now: Date): ZoneDays {
  const today = todayIn(zone, now);
  const midnight = Date.UTC(today.year, today.month - 1, today.day); // today's wall midnight, read as if UTC
  const noonOffsets = new Map<number, number>(); // each date's asked of Intl once, though two dates' checks share it
  const noonOffset = (dayOffset: number) => {
    let offset = noonOffsets.get(dayOffset);
    if (offset === undefined) noonOffsets.set(dayOffset, (offset = zoneOffsetMinutes(midnight + dayOffset * DAY_MS + 12 * 3_600_000, zone)));
    return offset;
  };
  const steady = new Map<number, number | null>();
  return {
    weekday: weekday(today),
    at: (dayOffset, minutes) => {
      let offset = steady.get(dayOffset);
      if (offset === undefined) {
        const before = noonOffset(dayOffset - 2);
        steady.set(dayOffset, (offset = before === noonOffset(dayOffset + 2) ? before : null));
      }
      if (offset !== null) return midnight + dayOffset * DAY_MS + (minutes - offset) * 60_000;
      const date = addDays(today, dayOffset);
      return instantAt({ ...date, hour: Math.floor(minutes / 60), minute: minutes % 60 }, zone).getTime();
    },
  };
}

const DAY_MS = 86_400_000;

/**
 * The coming week of every meeting: each meeting day's next occurrence from `now` in the meeting's zone (or
 * `zone`), a meeting under way (an overnight one from yesterday too) marked `inProgress`. It depends only on the
 * meetings, the clock and the zone, so a finder computes it once a minute and filters it on every keystroke.
 */
export function scheduleOf(meetings: Meeting[], { now, zone }: { now: Date; zone: string }): Schedule {
  const occurrences: Occurrence[] = [];
  const byAppointment: Meeting[] = [];
  const nowMs = now.getTime();
  // A finder's meetings name few zones: each zone's calendar around today is worked out once (see zoneDays).
  const zones = new Map<string, ZoneDays>();
  for (const meeting of meetings) {
    if (meeting.days.length === 0 || meeting.start === undefined) {
      byAppointment.push(meeting);
      continue;
    }
    const meetingZone = meeting.timeZone ?? zone;
    let days = zones.get(meetingZone);
    if (!days) zones.set(meetingZone, (days = zoneDays(meetingZone, now)));
    for (const day of meeting.days) {
      const ahead = (day - days.weekday + 7) % 7;
      // Yesterday's overnight meeting may still be running (no meeting runs longer, so an earlier day's is over);
      // otherwise this week's or, if it is over, next week's.
      for (let offset = ahead === 6 ? -1 : ahead; offset <= ahead + 7; offset += 7) {
        const end = days.at(meeting.overnight ? offset + 1 : offset, meeting.end!);
        if (end <= nowMs) continue;
        const start = days.at(offset, meeting.start);
        occurrences.push({ meeting, day, start: new Date(start), end: new Date(end), inProgress: start <= nowMs });
        break;
      }
    }
  }
  // One collator for the whole sort: `localeCompare` builds one per call, and meetings at the same time are many.
  const byName = new Intl.Collator().compare;
  occurrences.sort((a, b) => a.start.getTime() - b.start.getTime() || byName(a.meeting.name, b.meeting.name));
  return { occurrences, byAppointment };
}

/**
 * Whether no filter of `query` is on, the visitor's position included. A filter added to the query later counts as
 * on until this learns otherwise.
 */
export function hasNoFilter(query: MeetingQuery, search = parseSearch(query.search ?? '')): boolean {
  return Object.entries(query).every(([key, value]: [string, unknown]) =>
    key === 'search' ? search.words.length + search.phrases.length === 0 : value === undefined || (Array.isArray(value) && value.length === 0),
  );
}

/**
 * `scheduleOf`, worked out again only when the meetings, the minute or the zone change: a finder computes the week
 * once a minute and filters it on every keystroke.
 */
export function scheduleKeeper(): (meetings: Meeting[], options: { now: Date; zone: string }) => Schedule {
  let last: { meetings: Meeting[]; now: Date; zone: string; value: Schedule } | undefined;
  return (meetings, { now, zone }) => {
    if (last?.meetings !== meetings || last.now !== now || last.zone !== zone) last = { meetings, now, zone, value: scheduleOf(meetings, { now, zone }) };
    return last.value;
  };
}

/** The schedule narrowed to a query, but for distance (see `matches`). */
export function filterSchedule(schedule: Schedule, query: MeetingQuery): Schedule {
  const search = parseSearch(query.search ?? '');
  if (hasNoFilter(query, search)) return schedule; // the first render of a cold load would ask every meeting otherwise
  const keep = new Map<Meeting, boolean>();
  const passes = (meeting: Meeting) => {
    let result = keep.get(meeting);
    if (result === undefined) keep.set(meeting, (result = matches(meeting, query, search)));
    return result;
  };
  return {
    occurrences: schedule.occurrences.filter((o) => (query.day === undefined || o.day === query.day) && passes(o.meeting)),
    byAppointment: schedule.byAppointment.filter(passes),
  };
}

/** `scheduleOf` and `filterSchedule` in one step, for a single use. */
export function upcoming(meetings: Meeting[], query: MeetingQuery, options: { now: Date; zone: string }): Schedule {
  return filterSchedule(scheduleOf(meetings, options), query);
}
