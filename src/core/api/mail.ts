/** The center's e-mail as staff see it: how it is sent, what the data-retention policy is, and the outbox. */
import * as z from 'zod/mini';
import { count, id, instant, text } from './common.js';

/** held: e-mail is not set up, so the message was kept here instead of sent; dead: sending failed for good. */
export const MailStatusSchema = z.enum(['held', 'pending', 'sending', 'sent', 'dead']);
export type MailStatus = z.infer<typeof MailStatusSchema>;

export const MailKindSchema = z.enum([
  'rsvp-confirmed',
  'rsvp-waitlisted',
  'rsvp-promoted',
  'event-reminder',
  'event-changed',
  'event-cancelled',
  'manage-link',
  'story-published',
  'story-digest',
]);
export type MailKind = z.infer<typeof MailKindSchema>;

/** How the center sends e-mail and how long it keeps personal data. */
export const MailSettingsSchema = z.object({
  /** smtp: sent through the center's mail server; outbox: e-mail is not set up, messages are kept for staff to read. */
  delivery: z.enum(['smtp', 'outbox']),
  /** The From line, e.g. `Community events <events@center.example>`. */
  from: text(1, 300),
  /** Whether visitors are offered e-mail about their RSVPs. */
  emailUpdates: z.boolean(),
  /** Whether subjects may name the event's real title (the center opted in); otherwise its calendar title or "Community event". */
  realTitles: z.boolean(),
  /** Reminders for events without their own setting: hours before the start. */
  reminderHours: count(1, 336),
  retention: z.object({
    /** RSVP contact data (name, e-mail, phone, answers) is erased this many days after the event ends; counts stay. */
    rsvpDays: count(1, 3650),
    /** Sent, held and failed messages are deleted this many days after they were written. */
    mailDays: count(1, 3650),
    /** Declined stories are erased this many days after the decision. Withdrawn ones are erased at once. */
    rejectedStoryDays: count(1, 3650),
  }),
  counts: z.object({
    held: count(0, 10_000_000),
    pending: count(0, 10_000_000),
    sent: count(0, 10_000_000),
    dead: count(0, 10_000_000),
  }),
});
export type MailSettings = z.infer<typeof MailSettingsSchema>;

/** One message in the outbox. Its text is there until it is sent (then only the record stays, until it is pruned). */
export const MailMessageSchema = z.object({
  id,
  kind: MailKindSchema,
  to: z.string().check(z.maxLength(254)),
  lang: z.string().check(z.maxLength(35)),
  subject: z.string().check(z.maxLength(300)),
  /** The plain-text body; null once sent. */
  text: z.nullable(z.string().check(z.maxLength(20_000))),
  status: MailStatusSchema,
  attempts: count(0, 1000),
  /** The last sending error, without the message's content. */
  lastError: z.nullable(z.string().check(z.maxLength(500))),
  createdAt: instant,
  sentAt: z.nullable(instant),
  nextAttemptAt: z.nullable(instant),
});
export type MailMessage = z.infer<typeof MailMessageSchema>;

export const MailMessageListSchema = z.object({ messages: z.array(MailMessageSchema).check(z.maxLength(500)) });
export const MailMessageResponseSchema = z.object({ message: MailMessageSchema });
