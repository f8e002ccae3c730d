/**
 * Reading events from the center API (or the `events` property) without zod in the browser bundle: each
 * record is checked by hand against the contract (src/core/api/events.ts); a record the element could not
 * show or book correctly is skipped and counted. Fields only for display fall back to a safe default when
 * absent, so a center API that leaves out, say, `tags` still works.
 */
import type { Event as AlumniEvent, Question } from '../core/api/events.js';
import { isValidTimeZone } from '../core/time.js';

export type { AlumniEvent, Question };

export interface EventList {
  events: AlumniEvent[];
  skipped: number;
}

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value);
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A trimmed string of at most `max` characters (at least one when `required`), else undefined. */
function textOf(value: unknown, max: number, required = false): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed.length > max || (required && trimmed.length === 0)) return undefined;
  return trimmed;
}

function countOf(value: unknown, min: number, max: number): number | undefined {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max ? (value as number) : undefined;
}

/** Absent is the fallback; present but wrong is invalid (`undefined`). */
function optional<T>(value: unknown, read: (value: unknown) => T | undefined, fallback: T): T | undefined {
  return value === undefined ? fallback : read(value);
}

const readBoolean = (value: unknown) => (typeof value === 'boolean' ? value : undefined);
const readNullableCount = (value: unknown) => (value === null ? null : countOf(value, 0, 100_000));

function readList<T>(value: unknown, max: number, read: (item: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(value) || value.length > max) return undefined;
  const items = value.map(read);
  return items.every((item) => item !== undefined) ? items : undefined;
}

function readQuestion(value: unknown): Question | undefined {
  if (!isRecord(value)) return undefined;
  const { id, kind } = value;
  const label = textOf(value.label, 200, true);
  const required = readBoolean(value.required);
  const options = optional(value.options, (v) => readList(v, 20, (o) => textOf(o, 100, true)), []);
  if (typeof id !== 'string' || !/^[a-z0-9-]{1,40}$/.test(id) || label === undefined || required === undefined) return undefined;
  if (kind !== 'text' && kind !== 'choice' && kind !== 'boolean') return undefined;
  if (!options || (kind === 'choice' && options.length === 0)) return undefined;
  return { id, label, kind, required, options };
}

function readVenue(value: unknown): AlumniEvent['venue'] | undefined {
  if (value === null) return null;
  if (!isRecord(value)) return undefined;
  const name = textOf(value.name, 200, true);
  const address = optional(value.address, (v) => textOf(v, 300), '');
  if (name === undefined || address === undefined) return undefined;
  const coordinate = (v: unknown, limit: number) => (typeof v === 'number' && Math.abs(v) <= limit ? v : null);
  return { name, address, latitude: coordinate(value.latitude, 90), longitude: coordinate(value.longitude, 180) };
}

/** One event, or undefined when it cannot be shown and booked correctly. */
export function readEvent(value: unknown): AlumniEvent | undefined {
  if (!isRecord(value) || !isId(value.id)) return undefined;
  const title = textOf(value.title, 200, true);
  const { start, end, timeZone, status } = value;
  if (title === undefined || typeof start !== 'string' || typeof end !== 'string' || !INSTANT.test(start) || !INSTANT.test(end)) {
    return undefined;
  }
  const startMs = Date.parse(start);
  const endMs = Date.parse(end);
  if (!(endMs >= startMs) || !isValidTimeZone(timeZone) || (status !== 'scheduled' && status !== 'cancelled')) return undefined;
  const event = {
    id: value.id,
    title,
    start,
    end,
    timeZone,
    status,
    rsvpOpen: readBoolean(value.rsvpOpen),
    description: optional(value.description, (v) => textOf(v, 5000), ''),
    venue: optional(value.venue, readVenue, null),
    online: optional(value.online, readBoolean, false),
    capacity: optional(value.capacity, (v) => (v === null ? null : countOf(v, 1, 100_000)), null),
    spotsLeft: optional(value.spotsLeft, readNullableCount, null),
    waitlist: optional(value.waitlist, readBoolean, false),
    maxGuests: optional(value.maxGuests, (v) => countOf(v, 0, 20), 0),
    contactFields: optional(value.contactFields, (v) => readList(v, 2, (f) => (f === 'email' || f === 'phone' ? f : undefined)), []),
    questions: optional(value.questions, (v) => readList(v, 10, readQuestion), []),
    substanceFree: optional(value.substanceFree, readBoolean, false),
    calendarTitle: optional(value.calendarTitle, (v) => (v === null ? null : textOf(v, 100, true)), null),
    tags: optional(value.tags, (v) => readList(v, 10, (t) => textOf(t, 40, true)), []),
    emailUpdates: optional(value.emailUpdates, readBoolean, false),
  };
  return Object.values(event).every((field) => field !== undefined) ? (event as AlumniEvent) : undefined;
}

/** Every readable event of a list; the rest are counted in `skipped`. */
export function readEvents(values: unknown): EventList {
  const list = Array.isArray(values) ? values : [];
  const events = list.map(readEvent).filter((event): event is AlumniEvent => event !== undefined);
  return { events, skipped: list.length - events.length };
}

export interface EventQuery {
  /** Events that ended before this are past and hidden. */
  now: number;
  /** Only events with at least one of these tags (none: all). */
  tags?: readonly string[];
  limit?: number;
}

/** What the list shows: not yet ended, with a matching tag, soonest first, at most `limit`. */
export function upcomingEvents(events: readonly AlumniEvent[], { now, tags = [], limit }: EventQuery): AlumniEvent[] {
  const wanted = new Set(tags.map((tag) => tag.toLowerCase()));
  return events
    .filter((event) => Date.parse(event.end) > now)
    .filter((event) => wanted.size === 0 || event.tags.some((tag) => wanted.has(tag.toLowerCase())))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
    .slice(0, limit && limit > 0 ? limit : undefined);
}

/** Whether the visitor can RSVP at all: open, not cancelled, and a seat or a waitlist available. */
export function canRsvp(event: AlumniEvent): boolean {
  return event.status === 'scheduled' && event.rsvpOpen && (event.spotsLeft !== 0 || event.waitlist);
}
