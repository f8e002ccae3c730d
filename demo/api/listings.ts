/**
 * What staff keep by hand: milestone celebrations (with the person's consent, under the name they chose) and the
 * meetings the center itself hosts, stored in Meeting Guide form and served as they are by `GET /meetings`.
 */
import type { Meeting } from '../../src/core/api/meetings.js';
import type { MeetingInput, StaffCelebration, StaffMeeting } from '../../src/core/api/staff-meetings.js';
import type { Queryable } from './db.js';
import { invalid, notFound } from './problems.js';

/** Our ids for celebrations and meetings are row numbers; anything else names nothing. */
const rowNumber = (id: string, what: string): number => {
  if (!/^[1-9]\d{0,8}$/.test(id)) throw notFound(what);
  return Number(id);
};

// ---------------------------------------------------------------------------------------------------------------
// Celebrations.

interface CelebrationRow {
  id: number;
  display_name: string;
  span_count: number;
  span_unit: 'days' | 'months' | 'years';
  date: string;
}

const CELEBRATION = `id, display_name, span_count, span_unit, to_char(date, 'YYYY-MM-DD') as date`;
const toCelebration = (r: CelebrationRow): StaffCelebration => ({
  id: String(r.id),
  displayName: r.display_name,
  span: { count: r.span_count, unit: r.span_unit },
  date: r.date,
});

export interface CelebrationInput {
  displayName: string;
  span: { count: number; unit: 'days' | 'months' | 'years' };
  date: string;
}

export async function listStaffCelebrations(db: Queryable, month: string): Promise<StaffCelebration[]> {
  const rows = await db.query<CelebrationRow>(
    `select ${CELEBRATION} from celebrations where to_char(date, 'YYYY-MM') = $1 order by date, id limit 1000`,
    [month],
  );
  return rows.map(toCelebration);
}

export async function createCelebration(db: Queryable, input: CelebrationInput): Promise<StaffCelebration> {
  const [row] = await db.query<CelebrationRow>(
    `insert into celebrations (display_name, span_count, span_unit, date) values ($1, $2, $3, $4) returning ${CELEBRATION}`,
    [input.displayName, input.span.count, input.span.unit, input.date],
  );
  return toCelebration(row!);
}

export async function updateCelebration(db: Queryable, id: string, input: CelebrationInput): Promise<StaffCelebration> {
  const [row] = await db.query<CelebrationRow>(
    `update celebrations set display_name = $2, span_count = $3, span_unit = $4, date = $5 where id = $1 returning ${CELEBRATION}`,
    [rowNumber(id, 'This celebration'), input.displayName, input.span.count, input.span.unit, input.date],
  );
  if (!row) throw notFound('This celebration');
  return toCelebration(row);
}

export async function deleteCelebration(db: Queryable, id: string): Promise<void> {
  const rows = await db.query('delete from celebrations where id = $1 returning id', [rowNumber(id, 'This celebration')]);
  if (rows.length === 0) throw notFound('This celebration');
}

// ---------------------------------------------------------------------------------------------------------------
// Meetings.

const OPTIONAL_TEXT = ['notes', 'group', 'location', 'location_notes', 'formatted_address', 'region', 'sub_region', 'conference_url',
  'conference_url_notes', 'conference_phone', 'conference_phone_notes', 'website'] as const;

/** Meeting Guide's `updated`: `YYYY-MM-DD HH:MM:SS` in UTC. */
const updatedAt = (now: Date) => now.toISOString().slice(0, 19).replace('T', ' ');

/** The feed form of a meeting: empty fields left out, types once each. In person needs an address, online a link or phone. */
function toFeed(input: MeetingInput, slug: string, now: Date): Meeting {
  const mode = input.attendance_option;
  if ((mode === 'in_person' || mode === 'hybrid') && !input.formatted_address) {
    throw invalid('formatted_address', 'A meeting in person needs its address.');
  }
  if ((mode === 'online' || mode === 'hybrid') && !input.conference_url && !input.conference_phone) {
    throw invalid('conference_url', 'An online meeting needs a link to join, or a phone number.');
  }
  const meeting: Meeting = {
    slug,
    name: input.name,
    day: Array.isArray(input.day) ? [...new Set(input.day)].sort() : input.day,
    time: input.time,
    ...(input.end_time && { end_time: input.end_time }),
    timezone: input.timezone,
    types: [...new Set(input.types)],
    attendance_option: mode,
    ...(input.latitude !== undefined && input.longitude !== undefined && { latitude: input.latitude, longitude: input.longitude }),
    updated: updatedAt(now),
  };
  for (const field of OPTIONAL_TEXT) if (input[field]) (meeting as Record<string, unknown>)[field] = input[field];
  return meeting;
}

const slugify = (name: string) =>
  name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/(^-|-$)/g, '').slice(0, 80) || 'meeting';

export async function listStaffMeetings(db: Queryable): Promise<StaffMeeting[]> {
  const rows = await db.query<{ position: number; data: Meeting }>('select position, data from meetings order by position limit 10000');
  return rows.map((r) => ({ ...r.data, id: String(r.position) }));
}

/** Adds a meeting at the end of the feed, with a slug of its own: its name, day and time, and a number if taken. */
export async function createMeeting(db: Queryable, input: MeetingInput, now = new Date()): Promise<StaffMeeting> {
  const day = Array.isArray(input.day) ? input.day[0]! : input.day;
  const base = `${slugify(input.name)}-${['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][day]}-${input.time.replace(':', '')}`;
  const taken = new Set((await db.query<{ slug: string }>('select slug from meetings where slug like $1', [`${base}%`])).map((r) => r.slug));
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  const data = toFeed(input, slug, now);
  const [row] = await db.query<{ position: number }>('insert into meetings (slug, data) values ($1, $2) returning position', [slug, JSON.stringify(data)]);
  return { ...data, id: String(row!.position) };
}

/** Replaces a meeting; its slug stays, so links to it keep working. */
export async function updateMeeting(db: Queryable, id: string, input: MeetingInput, now = new Date()): Promise<StaffMeeting> {
  const position = rowNumber(id, 'This meeting');
  const [existing] = await db.query<{ slug: string }>('select slug from meetings where position = $1', [position]);
  if (!existing) throw notFound('This meeting');
  const data = toFeed(input, existing.slug, now);
  await db.query('update meetings set data = $2 where position = $1', [position, JSON.stringify(data)]);
  return { ...data, id };
}

export async function deleteMeeting(db: Queryable, id: string): Promise<void> {
  const rows = await db.query('delete from meetings where position = $1 returning position', [rowNumber(id, 'This meeting')]);
  if (rows.length === 0) throw notFound('This meeting');
}
