import * as z from 'zod/mini';
import { count, id, instant, languageTag, safeText, text, timeZone, token, webUrl } from './common.js';

export const VenueSchema = z.object({
  name: text(1, 200),
  address: text(0, 300),
  latitude: z.nullable(z.number().check(z.minimum(-90), z.maximum(90))),
  longitude: z.nullable(z.number().check(z.minimum(-180), z.maximum(180))),
});

export const QuestionSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(40), z.regex(/^[a-z0-9-]+$/)),
  label: text(1, 200),
  kind: z.enum(['text', 'choice', 'boolean']),
  required: z.boolean(),
  /** The choices, for `kind: 'choice'`. */
  options: z.array(text(1, 100)).check(z.maxLength(20)),
});
export type Question = z.infer<typeof QuestionSchema>;

export const ContactFieldSchema = z.enum(['email', 'phone']);

/** What a center provides to create or change an event (staff). */
export const EventInputSchema = z.object({
  title: text(1, 200),
  description: text(0, 5000),
  start: instant,
  end: instant,
  timeZone,
  venue: z.nullable(VenueSchema),
  /** The link for online attendance. Private: only a confirmed RSVP receives it, as `joinUrl`. */
  onlineUrl: z.nullable(webUrl),
  /** Seats in all, guests included; null for no limit. */
  capacity: z.nullable(count(1, 100_000)),
  waitlist: z.boolean(),
  maxGuests: count(0, 20),
  /** Contact fields the RSVP form asks for (a name is always asked). */
  contactFields: z.array(ContactFieldSchema).check(z.maxLength(2)),
  questions: z.array(QuestionSchema).check(z.maxLength(10)),
  substanceFree: z.boolean(),
  /** A discreet title for visitors' calendars; calendars are shared with families and employers. */
  calendarTitle: z.nullable(text(1, 100)),
  rsvpOpen: z.boolean(),
  tags: z.array(text(1, 40)).check(z.maxLength(10)),
  /**
   * Hours before the start when guests who asked for e-mail get a reminder; null for none. Default 24. Staff only:
   * visitors do not see it.
   */
  reminderHours: z.optional(z.nullable(count(1, 336))),
});
export type EventInput = z.infer<typeof EventInputSchema>;

export const EventUpdateSchema = z.partial(EventInputSchema);

/**
 * An event as visitors see it: what staff entered, without the private online link, plus its id, whether it is
 * online, the seats left and its status.
 */
export const EventSchema = z.extend(z.omit(EventInputSchema, { onlineUrl: true, reminderHours: true }), {
  id,
  online: z.boolean(),
  /** Seats not yet taken; null when there is no limit. */
  spotsLeft: z.nullable(count(0, 100_000)),
  status: z.enum(['scheduled', 'cancelled']),
  /** False when RSVPs are closed (by staff, or because the event is cancelled or has begun). */
  rsvpOpen: z.boolean(),
  /**
   * True when the center can e-mail a guest about their RSVP: the form then offers "e-mail me about this RSVP" (unticked)
   * and the element offers to e-mail a lost manage link. Absent or false: neither is offered.
   */
  emailUpdates: z.optional(z.boolean()),
});
export type Event = z.infer<typeof EventSchema>;

export const EventListSchema = z.object({ events: z.array(EventSchema).check(z.maxLength(500)) });
export const EventResponseSchema = z.object({ event: EventSchema });

export const AnswerSchema = z.object({
  questionId: z.string().check(z.minLength(1), z.maxLength(40), safeText()),
  value: z.union([text(0, 1000), z.boolean()]),
});

/** An RSVP as the form sends it, with an `Idempotency-Key` header. */
export const RsvpRequestSchema = z.object({
  name: text(1, 100),
  email: z.optional(z.email().check(z.maxLength(254))),
  phone: z.optional(z.string().check(z.trim(), z.minLength(3), z.maxLength(40), z.regex(/^[0-9+()\-.\s]+$/))),
  guests: count(0, 20),
  answers: z.array(AnswerSchema).check(z.maxLength(10)),
  /**
   * The guest ticked "e-mail me about this RSVP": a confirmation (with the manage link and a calendar file), a reminder,
   * and word of changes. Needs `email` and `page`. Never assumed: absent means no e-mail.
   */
  emailMe: z.optional(z.boolean()),
  /** The language the guest used, for the e-mails (`en` or `es`; others get English). */
  lang: z.optional(languageTag),
  /**
   * The address of the page the guest RSVP'd on, without its fragment: e-mailed links lead back to it (`#rsvp=<token>`).
   * Must be on one of the center's sites (the API's allowed origins), or the RSVP is refused (422).
   */
  page: z.optional(webUrl),
});
export type RsvpRequest = z.infer<typeof RsvpRequestSchema>;

export const RsvpStatusSchema = z.enum(['confirmed', 'waitlisted', 'cancelled']);

export const RsvpCreatedSchema = z.object({
  rsvp: z.object({
    id,
    status: z.enum(['confirmed', 'waitlisted']),
    /** Secret: lets the visitor view, change or cancel this RSVP. Shown once; the server keeps only a hash. */
    manageToken: token,
    /** For a confirmed RSVP to an online event. */
    joinUrl: z.optional(webUrl),
  }),
});

/** What the holder of a manage token sees. */
export const RsvpDetailSchema = z.object({
  rsvp: z.object({
    id,
    eventId: id,
    status: RsvpStatusSchema,
    name: text(1, 100),
    guests: count(0, 20),
    /** 1 for the first party on the waitlist; null unless waitlisted. */
    waitlistPosition: z.nullable(count(1, 100_000)),
    joinUrl: z.optional(webUrl),
  }),
  event: EventSchema,
});

export const RsvpUpdateSchema = z.object({ guests: count(0, 20) });

/**
 * "E-mail me my link": the guest gives the e-mail address they RSVP'd with. The answer (202) and its timing are the
 * same whether or not there is such an RSVP; when there is, and it asked for e-mail, a fresh manage link is sent.
 */
export const ManageLinkRequestSchema = z.object({
  email: z.email().check(z.maxLength(254)),
  lang: z.optional(languageTag),
  /** As for an RSVP: the page the link leads back to, on one of the center's sites. */
  page: webUrl,
});
export type ManageLinkRequest = z.infer<typeof ManageLinkRequestSchema>;
