import * as z from 'zod/mini';
import { count, text, timeZone, webUrl } from './common.js';

export const clock = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));
export const weekday = count(0, 6);
const optionalText = (max: number) => z.optional(text(0, max));

/** The Meeting Guide fields that describe a meeting's group, place and dial-in alike in the feed and in what staff enter. */
export const meetingDetails = {
  notes: optionalText(2000),
  group: optionalText(200),
  location: optionalText(200),
  location_notes: optionalText(1000),
  formatted_address: optionalText(300),
  region: optionalText(100),
  sub_region: optionalText(100),
  latitude: z.optional(z.number().check(z.minimum(-90), z.maximum(90))),
  longitude: z.optional(z.number().check(z.minimum(-180), z.maximum(180))),
  conference_url_notes: optionalText(500),
  conference_phone: optionalText(100),
  conference_phone_notes: optionalText(500),
};

/**
 * A meeting as the center API serves it: the Meeting Guide JSON feed format (the code4recovery/spec
 * repository), in its strict form. Readers of third-party feeds must be more
 * lenient (see the meeting finder's normalizer); this is what our server promises.
 */
export const MeetingSchema = z.object({
  slug: text(1, 200),
  name: text(1, 200),
  /** 0 = Sunday ... 6 = Saturday; an array for a meeting held on several days; absent when by appointment. */
  day: z.optional(z.union([weekday, z.array(weekday).check(z.minLength(1), z.maxLength(7))])),
  time: z.optional(clock),
  end_time: z.optional(clock),
  timezone: z.optional(timeZone),
  /** Meeting Guide type codes, e.g. `O` (open), `D` (discussion), `ONL` (online). */
  types: z.optional(z.array(text(1, 10)).check(z.maxLength(40))),
  ...meetingDetails,
  conference_url: z.optional(webUrl),
  attendance_option: z.optional(z.enum(['in_person', 'online', 'hybrid', 'inactive'])),
  website: z.optional(webUrl),
  updated: optionalText(40),
});
export type Meeting = z.infer<typeof MeetingSchema>;

export const MeetingListSchema = z.array(MeetingSchema).check(z.maxLength(10_000));
