/**
 * The event form's draft (what the fields hold, as typed) and the contract's `EventInput`, both ways. Times are
 * typed as the event's own clocks read them, in its zone, and sent as instants with that zone's offset then (a date
 * across a DST change gets the offset of its own day). Pure: no DOM.
 */
import { EventInputSchema, type EventInput, type Question } from '../../core/api/events.js';
import type { StaffEvent } from '../../core/api/staff-events.js';
import { instantAt, isValidTimeZone, wallTimeAt, zoneOffsetMinutes } from '../../core/time.js';
import type { Issue } from '../problems.js';

export type AttendMode = 'venue' | 'online' | 'both';

export interface QuestionDraft {
  /** Kept for a question that has answers already (answers name it); made from the label for a new one. */
  id: string;
  label: string;
  kind: Question['kind'];
  required: boolean;
  /** One choice per line. */
  options: string;
}

export interface EventDraft {
  title: string;
  description: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  timeZone: string;
  mode: AttendMode;
  venueName: string;
  venueAddress: string;
  latitude: string;
  longitude: string;
  onlineUrl: string;
  capacity: string;
  waitlist: boolean;
  maxGuests: string;
  askEmail: boolean;
  askPhone: boolean;
  questions: QuestionDraft[];
  substanceFree: boolean;
  calendarTitle: string;
  rsvpOpen: boolean;
  tags: string;
  /** Guests who asked for e-mail get a reminder, `reminderHours` before the start; off: no reminder. */
  reminder: boolean;
  reminderHours: string;
}

/** The contract's default: a reminder a day before. */
export const DEFAULT_REMINDER_HOURS = 24;

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-12-05T18:30:00-05:00`: the instant as `timeZone`'s clocks read it, with their offset. */
export function zonedInstant(instant: Date, timeZone: string): string {
  const w = wallTimeAt(instant, timeZone);
  const offset = zoneOffsetMinutes(instant, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function wallParts(instant: string, timeZone: string): { date: string; time: string } {
  const w = wallTimeAt(new Date(instant), timeZone);
  return { date: `${w.year}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}

/** A new event's draft: tomorrow evening, 6 to 8 pm, in `timeZone`. */
export function newEventDraft(timeZone: string, now = new Date()): EventDraft {
  const tomorrow = new Date(now.getTime() + 86_400_000);
  const { date } = wallParts(tomorrow.toISOString(), timeZone);
  return {
    title: '',
    description: '',
    startDate: date,
    startTime: '18:00',
    endDate: date,
    endTime: '20:00',
    timeZone,
    mode: 'venue',
    venueName: '',
    venueAddress: '',
    latitude: '',
    longitude: '',
    onlineUrl: '',
    capacity: '',
    waitlist: true,
    maxGuests: '0',
    askEmail: false,
    askPhone: false,
    questions: [],
    substanceFree: true,
    calendarTitle: '',
    rsvpOpen: true,
    tags: '',
    reminder: true,
    reminderHours: String(DEFAULT_REMINDER_HOURS),
  };
}

export function eventDraft(event: StaffEvent): EventDraft {
  const start = wallParts(event.start, event.timeZone);
  const end = wallParts(event.end, event.timeZone);
  const mode: AttendMode = event.venue && event.onlineUrl ? 'both' : event.venue ? 'venue' : 'online';
  return {
    title: event.title,
    description: event.description,
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    timeZone: event.timeZone,
    mode,
    venueName: event.venue?.name ?? '',
    venueAddress: event.venue?.address ?? '',
    latitude: event.venue?.latitude?.toString() ?? '',
    longitude: event.venue?.longitude?.toString() ?? '',
    onlineUrl: event.onlineUrl ?? '',
    capacity: event.capacity?.toString() ?? '',
    waitlist: event.waitlist,
    maxGuests: String(event.maxGuests),
    askEmail: event.contactFields.includes('email'),
    askPhone: event.contactFields.includes('phone'),
    questions: event.questions.map((q) => ({ id: q.id, label: q.label, kind: q.kind, required: q.required, options: q.options.join('\n') })),
    substanceFree: event.substanceFree,
    calendarTitle: event.calendarTitle ?? '',
    rsvpOpen: event.rsvpOpen,
    tags: event.tags.join(', '),
    reminder: event.reminderHours !== null,
    reminderHours: String(event.reminderHours ?? DEFAULT_REMINDER_HOURS),
  };
}

/** An id for a new question from its label (`Any allergies?` -> `any-allergies`), unique among `taken`. */
export function questionId(label: string, taken: readonly string[]): string {
  const base =
    label
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 32) || 'question';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

function instantOf(date: string, time: string, timeZone: string): string | undefined {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t || !isValidTimeZone(timeZone)) return undefined;
  const wall = { year: +d[1]!, month: +d[2]!, day: +d[3]!, hour: +t[1]!, minute: +t[2]! };
  return zonedInstant(instantAt(wall, timeZone), timeZone);
}

/** A whole number as typed, or NaN (refused by the schema); '' is `empty`. */
const whole = (text: string, empty: number | null): number | null => (text.trim() === '' ? empty : /^\s*\d+\s*$/.test(text) ? Number(text) : NaN);
const decimal = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim()));

/** A field the server named (`venue.name`) as the form names it (`venueName`). */
export const formField = (field: string): string => formPath(field.split('.')).join('.');

/** Problems in the form's terms: the contract's paths, with the times named by the fields staff typed them in. */
function formPath(path: PropertyKey[]): PropertyKey[] {
  const [first, second, third] = path;
  if (first === 'start') return ['startDate'];
  if (first === 'end') return ['endDate'];
  if (first === 'tags') return ['tags'];
  if (first === 'venue') return [second === 'name' ? 'venueName' : second === 'address' ? 'venueAddress' : String(second)];
  if (first === 'questions' && third === 'options') return ['questions', second!, 'options'];
  return path;
}

/** The contract's `EventInput` from the draft, or what is wrong, keyed by the form's fields. */
export function eventInputFrom(draft: EventDraft): { input: EventInput } | { issues: Issue[] } {
  const issues: Issue[] = [];
  const zoneKnown = isValidTimeZone(draft.timeZone);
  if (!zoneKnown) issues.push({ code: 'custom', path: ['timeZone'], messageKey: 'staffEvents.zoneUnknown' });
  const start = instantOf(draft.startDate, draft.startTime, draft.timeZone);
  const end = instantOf(draft.endDate, draft.endTime, draft.timeZone);
  if (zoneKnown && !start) issues.push({ code: 'invalid_format', path: ['startDate'] });
  if (zoneKnown && !end) issues.push({ code: 'invalid_format', path: ['endDate'] });
  if (start && end && Date.parse(end) <= Date.parse(start)) issues.push({ code: 'custom', path: ['endDate'], messageKey: 'staffEvents.endBeforeStart' });

  const inPerson = draft.mode !== 'online';
  const online = draft.mode !== 'venue';
  const taken: string[] = [];
  const questions: Question[] = draft.questions.map((q) => {
    const id = q.id || questionId(q.label, taken);
    taken.push(id);
    const options = q.kind === 'choice' ? q.options.split('\n').map((o) => o.trim()).filter(Boolean) : [];
    return { id, label: q.label, kind: q.kind, required: q.required, options };
  });
  questions.forEach((q, i) => {
    if (q.kind === 'choice' && q.options.length < 2) issues.push({ code: 'too_small', path: ['questions', i, 'options'], origin: 'array', minimum: 2 });
  });
  const input = {
    title: draft.title,
    description: draft.description,
    start: start ?? '',
    end: end ?? '',
    timeZone: draft.timeZone,
    venue: inPerson ? { name: draft.venueName, address: draft.venueAddress, latitude: decimal(draft.latitude), longitude: decimal(draft.longitude) } : null,
    onlineUrl: online ? draft.onlineUrl.trim() : null,
    capacity: whole(draft.capacity, null),
    waitlist: draft.waitlist,
    maxGuests: whole(draft.maxGuests, 0),
    contactFields: [...(draft.askEmail ? ['email' as const] : []), ...(draft.askPhone ? ['phone' as const] : [])],
    questions,
    substanceFree: draft.substanceFree,
    calendarTitle: draft.calendarTitle.trim() || null,
    rsvpOpen: draft.rsvpOpen,
    tags: [...new Set(draft.tags.split(',').map((tag) => tag.trim()).filter(Boolean))],
    // Always sent, so an edit that turns the reminder off says so (left out, the server would keep what it had).
    reminderHours: draft.reminder ? whole(draft.reminderHours, NaN) : null,
  };
  const result = EventInputSchema.safeParse(input);
  const found = result.success ? [] : result.error.issues.map((issue) => ({ ...issue, path: formPath(issue.path) }));
  // The times have their own, plainer messages above; the schema's would be about the empty instant in their place
  // (also when only the zone is wrong: the dates may be right).
  const said = new Set(issues.map((issue) => String(issue.path[0])));
  if (!zoneKnown) ['startDate', 'endDate'].forEach((field) => said.add(field));
  const all = [...issues, ...found.filter((issue) => !said.has(String(issue.path[0])))];
  if (all.length > 0 || !result.success) return { issues: all };
  return { input: result.data };
}
