/**
 * "Add to calendar" for an event: an .ics file and links that open Google Calendar or Outlook.com with the
 * event filled in. Discreet by default: calendars are often shared with family or an employer, so the entry
 * carries the event's `calendarTitle` (or a neutral title), the place and, for a confirmed online RSVP, the
 * join link; never the event's real title or description, and nothing about the person.
 * Loaded only when a confirmation is shown.
 */
import { buildCalendar, type CalendarEntry } from '../core/ics.js';
import type { AlumniEvent } from './parse.js';

export interface CalendarChoice {
  /** The neutral title, translated, for events without a `calendarTitle`. */
  neutralTitle: string;
  /** The join link of a confirmed RSVP to an online event. */
  joinUrl?: string;
  /** Makes the UID unique across centers, e.g. the API's host. */
  uidDomain: string;
}

/** The title the visitor's calendar will show. */
export const discreetTitle = (event: AlumniEvent, neutralTitle: string) => event.calendarTitle ?? neutralTitle;

export function calendarEntry(event: AlumniEvent, { neutralTitle, joinUrl, uidDomain }: CalendarChoice): CalendarEntry {
  const place = event.venue ? event.venue.address || event.venue.name : joinUrl;
  return {
    // The same event gives the same UID, so adding it twice updates rather than duplicates.
    uid: `event-${event.id}@${uidDomain}`,
    summary: discreetTitle(event, neutralTitle),
    description: joinUrl,
    location: place,
    url: joinUrl,
    start: new Date(event.start),
    end: new Date(event.end),
    timeZone: event.timeZone,
    cancelled: event.status === 'cancelled',
  };
}

export const icsFile = (entry: CalendarEntry, now?: Date) => buildCalendar([entry], { now });

/** `20261204T233000Z`, as both calendar sites take it. */
const utcStamp = (date: Date) => `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

export function googleCalendarUrl(entry: CalendarEntry): string {
  const url = new URL('https://calendar.google.com/calendar/render');
  url.search = new URLSearchParams({
    action: 'TEMPLATE',
    text: entry.summary,
    dates: `${utcStamp(entry.start)}/${utcStamp(entry.end)}`,
    ctz: entry.timeZone,
    ...(entry.location && { location: entry.location }),
    ...(entry.description && { details: entry.description }),
  }).toString();
  return url.href;
}

export function outlookCalendarUrl(entry: CalendarEntry): string {
  const url = new URL('https://outlook.live.com/calendar/0/action/compose');
  url.search = new URLSearchParams({
    rru: 'addevent',
    subject: entry.summary,
    startdt: entry.start.toISOString(),
    enddt: entry.end.toISOString(),
    ...(entry.location && { location: entry.location }),
    ...(entry.description && { body: entry.description }),
  }).toString();
  return url.href;
}
