/** How the events section words an event's time, place and seats. */
import type { StaffEvent, Seats } from '../../core/api/staff-events.js';
import { zoneName } from '../../core/time.js';
import type { Translate } from '../context.js';

/** "Sat, Dec 5, 2026, 6:00 PM to 8:00 PM (ET)": in the event's own zone, named as its readers name it. */
export function whenText(event: Pick<StaffEvent, 'start' | 'end' | 'timeZone'>, lang: string, t: Translate): string {
  const start = new Date(event.start);
  const day = new Intl.DateTimeFormat(lang, { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: event.timeZone });
  const time = new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit', timeZone: event.timeZone });
  const sameDay = day.format(start) === day.format(new Date(event.end));
  return t('staffEvents.timeIn', {
    date: day.format(start),
    start: time.format(start),
    end: sameDay ? time.format(new Date(event.end)) : `${day.format(new Date(event.end))}, ${time.format(new Date(event.end))}`,
    zone: zoneName(start, event.timeZone, lang),
  });
}

export function whereText(event: Pick<StaffEvent, 'venue' | 'onlineUrl' | 'online'>, t: Translate): string {
  const place = event.venue ? [event.venue.name, event.venue.address].filter(Boolean).join(', ') : '';
  if (event.venue && (event.onlineUrl || event.online)) return t('staffEvents.both', { place });
  if (event.venue) return t('staffEvents.inPerson', { place });
  return t('staffEvents.online');
}

/** "12 of 40 seats taken · 2 waiting · 5 of 12 checked in". */
export function seatsText(seats: Seats, t: Translate, withCheckIn = false): string {
  const parts = [
    seats.capacity === null
      ? t('staffEvents.seatsOpen', { taken: seats.confirmed, count: seats.confirmed })
      : t('staffEvents.seats', { taken: seats.confirmed, capacity: seats.capacity }),
  ];
  if (seats.waitlisted > 0) parts.push(t('staffEvents.waiting', { count: seats.waitlisted }));
  if (withCheckIn) parts.push(t('staffEvents.checkedInCount', { checkedIn: seats.checkedIn, taken: seats.confirmed }));
  return parts.join(' · ');
}

export const formatDateTime = (iso: string, lang: string, timeZone?: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));

export const formatTime = (iso: string, lang: string, timeZone?: string) =>
  new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit', timeZone }).format(new Date(iso));
