/**
 * Meeting Guide feeds as real feeds are, turned into one tidy shape. Pure: no DOM, no network.
 *
 * Accepts what the spec allows and what real feeds (the 12 Step Meeting List plugin, hand-made JSON) do beyond
 * it: `day` as a number, an array or a numeric string; times as `HH:MM`, `H:MM`, `HH:MM:SS` or 12-hour
 * (`7:00 PM`); a missing `end_time` (one hour) or one past midnight (overnight); no day and time (by
 * appointment); `regions[]` or `region`/`sub_region`; `formatted_address` or its parts; coordinates as numbers
 * or numeric strings; `types` missing or null; unknown type codes kept as written. A record without a usable
 * slug and name, or with an impossible day or time, is skipped and counted.
 */
import { InvalidShapeError } from '../core/errors.js';
import { isValidTimeZone } from '../core/time.js';

export type Attendance = 'in_person' | 'online' | 'hybrid' | 'inactive';

/** A clock reading, minutes after midnight (0-1439). */
export type Minutes = number;

export interface Meeting {
  slug: string;
  name: string;
  /** 0 = Sunday ... 6 = Saturday, sorted; empty when the meeting is by appointment. */
  days: number[];
  start?: Minutes;
  /** The end; one hour after the start when the feed gives none. */
  end?: Minutes;
  /** Ends after midnight, on the next day. */
  overnight: boolean;
  /** The meeting's own IANA zone, when the feed names a valid one. */
  timeZone?: string;
  /** Type codes as the feed wrote them (trimmed). */
  types: string[];
  attendance: Attendance;
  /** The location is temporarily closed (type TC). */
  temporarilyClosed: boolean;
  /** Safe links only: https/http for the video link, tel: for one-tap dial-in. */
  conferenceUrl?: string;
  conferenceUrlNotes?: string;
  conferencePhone?: string;
  /** The dial-in number as the feed wrote it, for people to read. */
  conferencePhoneText?: string;
  conferencePhoneNotes?: string;
  location?: string;
  locationNotes?: string;
  address?: string;
  /** The address is only approximate (a town, not a building): not a place to go. */
  approximate: boolean;
  /** Region path, broadest first: ['Sussex', 'Lewes']. */
  regions: string[];
  latitude?: number;
  longitude?: number;
  group?: string;
  notes?: string;
  website?: string;
  email?: string;
  /** Where a visitor asks the listing's keepers for a change: http(s) or mailto only (the spec's `feedback_url`). */
  feedbackUrl?: string;
  /** Addresses for a change, when there is no `feedbackUrl` (the spec's `feedback_emails`). */
  feedbackEmails?: string[];
  /** The programs of the sources that list it ("AA", "NA"): each source's label, set when loading. */
  programs?: string[];
  /** Lower-case, accent-free text of the searchable fields, for search. */
  searchText: string;
}

export interface NormalizedFeed {
  meetings: Meeting[];
  /** Records skipped as unusable. */
  skipped: number;
}

const MAX_TEXT = 2000;

/** A record's text: a string or a number, trimmed, at most `max` long; undefined when empty. */
export function text(value: unknown, max = MAX_TEXT): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed.slice(0, max);
}

/** `19:00`, `7:00`, `19:00:00`, `7:00 PM`, `7 pm`, `12:30 a.m.` → minutes after midnight; undefined otherwise. */
export function parseClock(value: unknown): Minutes | undefined {
  const raw = text(value, 20);
  if (!raw) return undefined;
  const match = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap])?\.?\s*(?:m\.?)?$/i.exec(raw);
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  const meridiem = match[4]?.toLowerCase();
  if (!meridiem && match[2] === undefined) return undefined; // a bare "7" is not a time
  if (minute > 59) return undefined;
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  } else if (hour > 24 || (hour === 24 && minute > 0)) {
    return undefined;
  }
  return (hour % 24) * 60 + minute;
}

/** `1`, `"1"`, `[1, 3]`, `["1","3"]` → sorted days; `[]` for none; undefined when a day is impossible. */
export function parseDays(value: unknown): number[] | undefined {
  if (value === undefined || value === null || value === '') return [];
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 && value <= 6 ? [value] : undefined; // most records
  const list = Array.isArray(value) ? value : [value];
  const days = new Set<number>();
  for (const item of list) {
    const day = typeof item === 'number' ? item : typeof item === 'string' && /^\s*\d\s*$/.test(item) ? Number(item) : NaN;
    if (!Number.isInteger(day) || day < 0 || day > 6) return undefined;
    days.add(day);
  }
  return [...days].sort((a, b) => a - b);
}

/** The records of meetings whose details are still to read. */
const unread = new WeakMap<Meeting, Record<string, unknown>>();

function normalizeOne(record: unknown): Meeting | undefined {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined;
  const r = record as Record<string, unknown>;
  const slug = text(r.slug, 200);
  const name = text(r.name, 200);
  if (!slug || !name) return undefined;

  const days = parseDays(r.day);
  if (days === undefined) return undefined;
  const start = parseClock(r.time);
  if (r.time !== undefined && r.time !== null && r.time !== '' && start === undefined) return undefined;
  const givenEnd = parseClock(r.end_time);
  const end = start === undefined ? undefined : (givenEnd ?? (start + 60) % 1440);

  // What a record's place in the week needs is read now; the rest when its details are read (details.ts).
  const meeting: Meeting = { slug, name, days, overnight: false, types: [], attendance: 'inactive', temporarilyClosed: false, approximate: false, regions: [], searchText: '' };
  if (start !== undefined) {
    meeting.start = start;
    meeting.end = end;
    meeting.overnight = end! <= start;
  }
  if (isValidTimeZone(r.timezone)) meeting.timeZone = r.timezone;
  unread.set(meeting, r);
  return meeting;
}

/**
 * A parsed feed's meetings, each with its place in the week (slug, name, days, times, zone) and its details
 * (place, links, kind, regions, search text) still to read (`readMeetingDetails`, read-details.ts). A finder's first rows need every
 * meeting's place in the week but only a screenful of details, and reading them is half of normalizing; the code
 * that reads them (details.ts) loads beside the feed. `normalizeMeetings` (details.ts) does both at once.
 *
 * Throws `InvalidShapeError` when the feed is not a list at all (an unusable response); otherwise keeps every
 * usable record and counts the rest. A slug repeated in the feed gets a suffix ("-2", "-3"): a slug opens one meeting.
 */
export function normalizeFeed(feed: unknown, source = 'feed'): NormalizedFeed {
  if (!Array.isArray(feed)) throw new InvalidShapeError(`${source} is not a list of meetings`, source);
  const meetings: Meeting[] = [];
  const slugs = new Set<string>();
  for (const record of feed) {
    const meeting = normalizeOne(record);
    if (!meeting) continue;
    const given = meeting.slug;
    for (let n = 2; slugs.has(meeting.slug); n++) meeting.slug = `${given}-${n}`;
    slugs.add(meeting.slug);
    meetings.push(meeting);
  }
  return { meetings, skipped: feed.length - meetings.length };
}

/** @internal A meeting's record while its details are still to read, handed over once (details.ts). */
export function takeRecord(meeting: Meeting): Record<string, unknown> | undefined {
  const record = unread.get(meeting);
  unread.delete(meeting);
  return record;
}

/** Whether a meeting has its details (place, links, kind), or they are still to read (`readMeetingDetails`). */
export const hasDetails = (meeting: Meeting): boolean => !unread.has(meeting);
