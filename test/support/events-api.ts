/**
 * Events on the real reference API of the browser tests (test/support/center-api.mjs), made through its
 * staff endpoints, and what the server holds: each test makes its own events, so tests never share seats.
 */
import { apiUrl, sendJson } from '../../src/core/http.js';
import type { EventInput } from '../../src/core/api/events.js';

export const STAFF = { Authorization: 'Bearer browser-tests-staff-token' };

const HOUR = 3_600_000;

/** A new event, tomorrow unless `start` says otherwise; returns its id. */
export async function createEvent(overrides: Partial<EventInput> = {}): Promise<string> {
  const start = new Date(Date.now() + 24 * HOUR);
  const input: EventInput = {
    title: 'Test dinner',
    description: '',
    start: start.toISOString(),
    end: new Date(start.getTime() + 2 * HOUR).toISOString(),
    timeZone: 'America/New_York',
    venue: null,
    onlineUrl: null,
    capacity: 10,
    waitlist: true,
    maxGuests: 2,
    contactFields: [],
    questions: [],
    substanceFree: true,
    calendarTitle: null,
    rsvpOpen: true,
    tags: [],
    ...overrides,
  };
  const { data } = await sendJson<{ event: { id: string } }>('POST', apiUrl('/api', '/staff/events'), input, { headers: STAFF });
  return data.event.id;
}

export async function updateEvent(id: string, changes: Partial<EventInput>): Promise<void> {
  await sendJson('PATCH', apiUrl('/api', `/staff/events/${id}`), changes, { headers: STAFF });
}

export async function cancelEvent(id: string): Promise<void> {
  await sendJson('POST', apiUrl('/api', `/staff/events/${id}/cancel`), undefined, { headers: STAFF });
}

/** Someone else's RSVP, straight to the API. */
export async function rsvpAs(eventId: string, name: string, guests = 0): Promise<void> {
  await sendJson('POST', apiUrl('/api', `/events/${eventId}/rsvps`), { name, guests, answers: [] }, { idempotencyKey: crypto.randomUUID() });
}

/** The RSVPs the server holds for an event, as CSV rows from the staff export (read fresh, past any cache). */
export async function rsvpsOnServer(eventId: string): Promise<string[]> {
  const url = apiUrl('/api', `/staff/events/${eventId}/rsvps.csv`, { read: `${Date.now()}-${Math.random()}` });
  const response = await fetch(url, { headers: STAFF, cache: 'no-store' });
  return (await response.text()).trim().split('\r\n').slice(1);
}
