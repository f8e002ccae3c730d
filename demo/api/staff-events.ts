/**
 * Events as staff run them: lists by period, every field with the seats at a glance, the attendee list, and check-in
 * at the door (a `checked_in_at` on the RSVP; only a confirmed one can be checked in).
 */
import type { Attendee, Seats, StaffEvent } from '../../src/core/api/staff-events.js';
import type { RsvpRequest } from '../../src/core/api/events.js';
import type { Database, Queryable } from './db.js';
import { toEvent, type EventRow } from './events.js';
import { conflict, notFound } from './problems.js';

/** Seats in people (1 + guests) per status, and checked in among the confirmed, for the events in `e`. */
const SEATS = `
  (select coalesce(sum(1 + r.guests) filter (where r.status = 'confirmed'), 0) from rsvps r where r.event_id = e.id) as taken,
  (select coalesce(sum(1 + r.guests) filter (where r.status = 'waitlisted'), 0) from rsvps r where r.event_id = e.id) as waiting,
  (select coalesce(sum(1 + r.guests) filter (where r.status = 'confirmed' and r.checked_in_at is not null), 0) from rsvps r where r.event_id = e.id) as checked_in`;

type SeatRow = EventRow & { taken: number | string; waiting: number | string; checked_in: number | string };

const seatsOf = (row: SeatRow): Seats => ({
  capacity: row.capacity,
  confirmed: Number(row.taken),
  waitlisted: Number(row.waiting),
  checkedIn: Number(row.checked_in),
});

export const toStaffEvent = (row: SeatRow, now = new Date()): StaffEvent => ({
  ...toEvent(row, now),
  onlineUrl: row.online_url,
  reminderHours: row.reminder_hours,
  seats: seatsOf(row),
});

/** Upcoming: not ended and not cancelled, soonest first. Past: ended, not cancelled, latest first. Cancelled: latest first. */
export async function listStaffEvents(db: Queryable, when: 'upcoming' | 'past' | 'cancelled', limit: number, now = new Date()): Promise<StaffEvent[]> {
  const where = {
    upcoming: `e.status = 'scheduled' and e.ends_at > $1`,
    past: `e.status = 'scheduled' and e.ends_at <= $1`,
    cancelled: `e.status = 'cancelled' and $1::timestamptz is not null`,
  }[when];
  const order = when === 'upcoming' ? 'e.starts_at, e.id' : 'e.starts_at desc, e.id desc';
  const rows = await db.query<SeatRow>(`select e.*, ${SEATS} from events e where ${where} order by ${order} limit $2`, [now, limit]);
  return rows.map((row) => toStaffEvent(row, now));
}

export async function getStaffEvent(db: Queryable, id: string, now = new Date()): Promise<StaffEvent> {
  const [row] = await db.query<SeatRow>(`select e.*, ${SEATS} from events e where e.id = $1`, [id]);
  if (!row) throw notFound('This event');
  return toStaffEvent(row, now);
}

interface AttendeeRow {
  id: string;
  seq: number | string;
  status: Attendee['status'];
  name: string;
  email: string | null;
  phone: string | null;
  guests: number;
  answers: RsvpRequest['answers'];
  created_at: Date;
  checked_in_at: Date | null;
  position: number | string | null;
}

const ATTENDEE = `r.*, case when r.status = 'waitlisted' then
    (select count(*) from rsvps w where w.event_id = r.event_id and w.status = 'waitlisted' and w.seq <= r.seq) end as position`;

const toAttendee = (r: AttendeeRow): Attendee => ({
  id: r.id,
  status: r.status,
  name: r.name,
  email: r.email,
  phone: r.phone,
  guests: r.guests,
  answers: r.answers,
  rsvpAt: r.created_at.toISOString(),
  checkedInAt: r.checked_in_at?.toISOString() ?? null,
  waitlistPosition: r.position === null ? null : Number(r.position),
});

/** The event and its RSVPs in arrival order. */
export async function listAttendees(db: Queryable, eventId: string, now = new Date()) {
  const event = await getStaffEvent(db, eventId, now);
  const rows = await db.query<AttendeeRow>(`select ${ATTENDEE} from rsvps r where r.event_id = $1 order by r.seq limit 10000`, [eventId]);
  return { event, attendees: rows.map(toAttendee) };
}

/** Checks an RSVP in (`at`) or undoes it (null). Only a confirmed RSVP can be checked in; undoing always works. */
export async function setCheckIn(db: Database, eventId: string, rsvpId: string, at: Date | null) {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ status: string }>('select status from rsvps where id = $1 and event_id = $2 for update', [rsvpId, eventId]);
    if (!row) throw notFound('This RSVP');
    if (at && row.status !== 'confirmed') throw conflict(`Only a confirmed RSVP can be checked in; this one is ${row.status}.`);
    const [changed] = await tx.query<AttendeeRow>(
      `update rsvps r set checked_in_at = case when $2::timestamptz is null then null else coalesce(r.checked_in_at, $2) end
        where r.id = $1 returning ${ATTENDEE}`,
      [rsvpId, at],
    );
    return { attendee: toAttendee(changed!), seats: (await getStaffEvent(tx, eventId)).seats };
  });
}
