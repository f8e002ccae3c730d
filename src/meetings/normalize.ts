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
import { phoneHref, safeHref } from '../core/url.js';

// Checking a zone builds an Intl formatter, the costliest step of a cold load (a CPU profile put it first, at
// 25 ms for 2,000 meetings): a feed names few zones, each checked once.
const zones = new Map<string, boolean>();
function knownZone(zone: unknown): zone is string {
  if (typeof zone !== 'string') return false;
  let known = zones.get(zone);
  if (known === undefined) zones.set(zone, (known = isValidTimeZone(zone)));
  return known;
}

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

function text(value: unknown, max = MAX_TEXT): string | undefined {
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
  const list = Array.isArray(value) ? value : [value];
  const days = new Set<number>();
  for (const item of list) {
    const day = typeof item === 'number' ? item : typeof item === 'string' && /^\s*\d\s*$/.test(item) ? Number(item) : NaN;
    if (!Number.isInteger(day) || day < 0 || day > 6) return undefined;
    days.add(day);
  }
  return [...days].sort((a, b) => a - b);
}

function coordinate(value: unknown, limit: number): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) && Math.abs(n) <= limit ? n : undefined;
}

function isYes(value: unknown): boolean | undefined {
  if (value === true || value === 'yes' || value === '1' || value === 1) return true;
  if (value === false || value === 'no' || value === '0' || value === 0) return false;
  return undefined;
}

/**
 * Whether an address names a town rather than a building. The feed's own `approximate` wins; without it, an
 * address of at most three parts whose first part has no number ("Anytown, OK 12345, USA") is approximate.
 */
function approximateAddress(record: Record<string, unknown>, address: string | undefined): boolean {
  const stated = isYes(record.approximate);
  if (stated !== undefined) return stated;
  if (!address) return false;
  const parts = address.split(',').map((p) => p.trim());
  return parts.length <= 3 && !/\d/.test(parts[0] ?? '');
}

function regionsOf(record: Record<string, unknown>): string[] {
  if (Array.isArray(record.regions)) {
    const list = record.regions.map((r) => text(r, 100)).filter((r): r is string => r !== undefined);
    if (list.length > 0) return list.slice(0, 5);
  }
  return [text(record.region, 100), text(record.sub_region, 100)].filter((r): r is string => r !== undefined);
}

// Most feeds' text is plain ASCII, which has no accents to take off: only the rest is decomposed (a cold load's cost).
const fold = (value: string) => (/[^\0-\x7f]/.test(value) ? value.normalize('NFD').replace(/\p{Diacritic}/gu, '') : value).toLowerCase();

/** The records of meetings whose details are still to read (normalized with `details: 'later'`). */
const unread = new WeakMap<Meeting, Record<string, unknown>>();

function normalizeOne(record: unknown, details: boolean): Meeting | undefined {
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

  // What a record's place in the week needs is read now; the rest is `readDetails`'s (see `unread`).
  const meeting: Meeting = { slug, name, days, overnight: false, types: [], attendance: 'inactive', temporarilyClosed: false, approximate: false, regions: [], searchText: '' };
  if (start !== undefined) {
    meeting.start = start;
    meeting.end = end;
    meeting.overnight = end! <= start;
  }
  if (knownZone(r.timezone)) meeting.timeZone = r.timezone;
  if (details) readDetails(meeting, r);
  else unread.set(meeting, r);
  return meeting;
}

/** The rest of a record: its place, links, kind and search text. Set one by one, fields it lacks left absent. */
function readDetails(meeting: Meeting, r: Record<string, unknown>): void {
  const types: string[] = [];
  if (Array.isArray(r.types)) {
    for (const given of r.types) {
      const code = text(given, 10);
      if (code !== undefined && !types.includes(code) && types.push(code) === 40) break;
    }
  }
  const temporarilyClosed = types.includes('TC');

  const address =
    text(r.formatted_address, 300) ??
    text([r.address, r.city, [r.state, r.postal_code].map((p) => text(p, 40)).filter(Boolean).join(' '), r.country]
      .map((p) => text(p, 100))
      .filter(Boolean)
      .join(', '), 300);
  const approximate = approximateAddress(r, address);

  const conferenceUrl = safeHref(r.conference_url);
  const webConference = conferenceUrl && /^https?:/.test(conferenceUrl) ? conferenceUrl : undefined;
  const conferencePhone = phoneHref(r.conference_phone);
  const online = Boolean(webConference || conferencePhone);
  const inPerson = Boolean(address) && !approximate && !temporarilyClosed;
  const attendance: Attendance = online && inPerson ? 'hybrid' : online ? 'online' : inPerson ? 'in_person' : 'inactive';

  const latitude = coordinate(r.latitude, 90);
  const longitude = coordinate(r.longitude, 180);
  const hasPosition = latitude !== undefined && longitude !== undefined && !(latitude === 0 && longitude === 0);
  const regions = regionsOf(r);
  const website = safeHref(r.website);
  const feedbackUrl = safeHref(r.feedback_url);
  // Checked again where the link is made (detail/): here only kept when they look like addresses.
  const feedbackEmails = Array.isArray(r.feedback_emails) ? r.feedback_emails.filter((e) => text(e, 254)?.includes('@')).slice(0, 5) : [];

  meeting.types = types;
  meeting.attendance = attendance;
  meeting.temporarilyClosed = temporarilyClosed;
  meeting.approximate = approximate;
  meeting.regions = regions;
  if (webConference) {
    meeting.conferenceUrl = webConference;
    const notes = text(r.conference_url_notes);
    if (notes) meeting.conferenceUrlNotes = notes;
  }
  if (conferencePhone) {
    meeting.conferencePhone = conferencePhone;
    meeting.conferencePhoneText = text(r.conference_phone, 100);
    const notes = text(r.conference_phone_notes);
    if (notes) meeting.conferencePhoneNotes = notes;
  }
  const location = text(r.location, 200);
  if (location) meeting.location = location;
  const locationNotes = text(r.location_notes);
  if (locationNotes) meeting.locationNotes = locationNotes;
  if (address) meeting.address = address;
  if (hasPosition) {
    meeting.latitude = latitude;
    meeting.longitude = longitude;
  }
  const group = text(r.group, 200);
  if (group) meeting.group = group;
  const notes = text(r.notes);
  if (notes) meeting.notes = notes;
  if (website && /^https?:/.test(website)) meeting.website = website;
  const email = text(r.email, 254);
  if (email?.includes('@')) meeting.email = email;
  if (feedbackUrl && /^(https?|mailto):/.test(feedbackUrl)) meeting.feedbackUrl = feedbackUrl;
  if (feedbackEmails.length > 0) meeting.feedbackEmails = feedbackEmails;
  meeting.searchText = fold(
    [meeting.name, meeting.location, meeting.group, meeting.address, ...regions, meeting.notes, meeting.locationNotes]
      .filter(Boolean)
      .join('\n'),
  );
}


/**
 * Normalizes a parsed feed. Throws `InvalidShapeError` when it is not a list at all (an unusable response);
 * otherwise keeps every usable record and counts the rest.
 *
 * With `details: 'later'`, each meeting's details (place, links, kind, regions, search text) are left empty until
 * `readMeetingDetails` is given it: a finder's first rows need every meeting's place in the week but only a
 * screenful of details, and reading them all is half of a cold load's normalizing. Whatever reads a meeting's
 * details must have them read first; `readMeetingDetails` costs nothing for meetings already read.
 */
export function normalizeMeetings(feed: unknown, source = 'feed', { details = 'now' }: { details?: 'now' | 'later' } = {}): NormalizedFeed {
  if (!Array.isArray(feed)) throw new InvalidShapeError(`${source} is not a list of meetings`, source);
  const meetings: Meeting[] = [];
  const slugs = new Set<string>();
  for (const record of feed) {
    const meeting = normalizeOne(record, details === 'now');
    if (!meeting) continue;
    // A slug opens one meeting: one repeated in the feed gets a suffix ("-2", "-3").
    const given = meeting.slug;
    for (let n = 2; slugs.has(meeting.slug); n++) meeting.slug = `${given}-${n}`;
    slugs.add(meeting.slug);
    meetings.push(meeting);
  }
  return { meetings, skipped: feed.length - meetings.length };
}

/** Reads the details of those of `meetings` normalized with `details: 'later'` that lack them. */
export function readMeetingDetails(meetings: Iterable<Meeting>): void {
  for (const meeting of meetings) {
    const record = unread.get(meeting);
    if (record === undefined) continue;
    unread.delete(meeting);
    readDetails(meeting, record);
  }
}
