/** Events as staff run them: every field (the private online link too), seats at a glance, attendees and check-in. */
import * as z from 'zod/mini';
import { count, id, instant, text, webUrl } from './common.js';
import { AnswerSchema, EventSchema, RsvpStatusSchema } from './events.js';

/** Seats at a glance, in people (each RSVP is one person and their guests). */
export const SeatsSchema = z.object({
  /** null: no limit. */
  capacity: z.nullable(count(1, 100_000)),
  confirmed: count(0, 10_000_000),
  waitlisted: count(0, 10_000_000),
  /** Confirmed people whose RSVP was checked in at the door. */
  checkedIn: count(0, 10_000_000),
});
export type Seats = z.infer<typeof SeatsSchema>;

/** An event as staff see it: as visitors do, plus its private online link and its seats. */
export const StaffEventSchema = z.extend(EventSchema, {
  onlineUrl: z.nullable(webUrl),
  /** Hours before the start when guests who asked for e-mail get a reminder; null for none. */
  reminderHours: z.nullable(count(1, 336)),
  seats: SeatsSchema,
});
export type StaffEvent = z.infer<typeof StaffEventSchema>;

export const StaffEventResponseSchema = z.object({ event: StaffEventSchema });
export const StaffEventListSchema = z.object({ events: z.array(StaffEventSchema).check(z.maxLength(500)) });

/** Which events a staff list shows: not yet ended, ended, or cancelled (whenever they were). */
export const EventPeriodSchema = z.enum(['upcoming', 'past', 'cancelled']);

/** One RSVP as staff see it, contacts and answers included. */
export const AttendeeSchema = z.object({
  id,
  status: RsvpStatusSchema,
  /** Empty once the contact data is erased (some days after the event ended: see MailSettings.retention). */
  name: text(0, 100),
  email: z.nullable(z.string().check(z.maxLength(254))),
  phone: z.nullable(z.string().check(z.maxLength(40))),
  guests: count(0, 20),
  answers: z.array(AnswerSchema).check(z.maxLength(10)),
  rsvpAt: instant,
  /** When the RSVP was checked in at the door; null when not (or undone). */
  checkedInAt: z.nullable(instant),
  /** 1 for the first party on the waitlist; null unless waitlisted. */
  waitlistPosition: z.nullable(count(1, 100_000)),
});
export type Attendee = z.infer<typeof AttendeeSchema>;

/** An event's RSVPs in arrival order: confirmed, waitlisted and cancelled. Reading it is written in the audit log. */
export const AttendeeListSchema = z.object({
  event: StaffEventSchema,
  attendees: z.array(AttendeeSchema).check(z.maxLength(10_000)),
});

/** The RSVP just checked in (or undone), and the event's seats after it. */
export const CheckInResponseSchema = z.object({ attendee: AttendeeSchema, seats: SeatsSchema });
