/**
 * The center's own meetings and milestone celebrations, as staff keep them. Meetings are written in Meeting Guide
 * terms (the same field names as the feed), with type codes from the spec's own list (@code4recovery/spec).
 */
import * as z from 'zod/mini';
import { calendarDate, id, text, timeZone, webUrl } from './common.js';
import { MeetingSchema, clock, meetingDetails, weekday } from './meetings.js';
import { CelebrationSchema, MilestoneSpanSchema } from './milestones.js';
import { names } from '../../meetings/meeting-types.en.js';


/** The Meeting Guide type codes (`O` open, `B` Big Book, `W` women, ...): the spec's list, nothing else. */
export const MEETING_TYPE_CODES = Object.keys(names) as [string, ...string[]];
export const MeetingTypeSchema = z.enum(MEETING_TYPE_CODES);

/**
 * A meeting the center hosts, as staff enter it. In person needs an address (`formatted_address`), online a
 * conference link or phone, hybrid both. Empty strings are the same as absent. The slug is the server's.
 */
export const MeetingInputSchema = z.object({
  name: text(1, 200),
  /** 0 = Sunday ... 6 = Saturday; several days for a meeting held on each of them. */
  day: z.union([weekday, z.array(weekday).check(z.minLength(1), z.maxLength(7))]),
  time: clock,
  end_time: z.optional(clock),
  timezone: timeZone,
  types: z.array(MeetingTypeSchema).check(z.maxLength(40)),
  attendance_option: z.enum(['in_person', 'online', 'hybrid', 'inactive']),
  ...meetingDetails,
  conference_url: z.optional(z.union([webUrl, z.literal('')])),
  website: z.optional(z.union([webUrl, z.literal('')])),
});
export type MeetingInput = z.infer<typeof MeetingInputSchema>;

/** A meeting as `GET /meetings` serves it, with the id staff use to change or remove it. */
export const StaffMeetingSchema = z.extend(MeetingSchema, { id });
export type StaffMeeting = z.infer<typeof StaffMeetingSchema>;

export const StaffMeetingListSchema = z.object({ meetings: z.array(StaffMeetingSchema).check(z.maxLength(10_000)) });
export const StaffMeetingResponseSchema = z.object({ meeting: StaffMeetingSchema });

/** A celebration as staff enter it: the name the person chose, their span on the day, and the day. */
export const CelebrationInputSchema = z.object({
  displayName: text(1, 60),
  span: MilestoneSpanSchema,
  /** From 1900 to 9999, as the months the celebrations are listed by. */
  date: calendarDate.check(z.refine((value) => /^(19|[2-9]\d)\d\d-/.test(value), 'Must be a date from 1900 to 9999.')),
});

export const StaffCelebrationSchema = z.extend(CelebrationSchema, { id });
export type StaffCelebration = z.infer<typeof StaffCelebrationSchema>;

export const StaffCelebrationListSchema = z.object({ celebrations: z.array(StaffCelebrationSchema).check(z.maxLength(1000)) });
export const StaffCelebrationResponseSchema = z.object({ celebration: StaffCelebrationSchema });
