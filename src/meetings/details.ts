/**
 * A meeting's details from its Meeting Guide record: its place, links, kind, regions and search text (normalize.ts
 * reads its place in the week). In a chunk of its own, loaded beside the feed: a finder's first paint needs the
 * details of a screenful of rows only. Pure: no DOM, no network.
 */
import { phoneHref, safeHref } from '../core/url.js';
import { normalizeFeed, takeRecord, text, type Attendance, type Meeting, type NormalizedFeed } from './normalize.js';

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

/** The rest of a record: its place, links, kind and search text. Set one by one, fields it lacks left absent. */
export function readDetails(meeting: Meeting, r: Record<string, unknown>): void {
  const types = Array.isArray(r.types)
    ? [...new Set(r.types.map((t) => text(t, 10)).filter((t): t is string => t !== undefined))].slice(0, 40)
    : [];
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
 * Normalizes a parsed feed, details and all (`normalizeFeed` and `readMeetingDetails` at once). Throws
 * `InvalidShapeError` when it is not a list at all; otherwise keeps every usable record and counts the rest.
 */
export function normalizeMeetings(feed: unknown, source = 'feed'): NormalizedFeed {
  const normalized = normalizeFeed(feed, source);
  for (const meeting of normalized.meetings) readDetails(meeting, takeRecord(meeting)!);
  return normalized;
}
