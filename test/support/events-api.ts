/**
 * Events on the real reference API of the browser tests (test/support/center-api.mjs), made through its
 * staff endpoints, and what the server holds: each test makes its own events, so tests never share seats.
 */
import { apiUrl } from '../../src/core/http.js';
import { sendJson } from '../../src/core/send.js';
import type { EventInput } from '../../src/core/api/events.js';
import { eventInput } from './event-input.js';

export const STAFF = { Authorization: 'Bearer browser-tests-staff-token' };

/** A new event, tomorrow unless `start` says otherwise; returns its id. */
export async function createEvent(overrides: Partial<EventInput> = {}): Promise<string> {
  // Online by default (no venue), with up to two guests: what the browser tests' cards and forms expect.
  const input = eventInput({ description: '', venue: null, maxGuests: 2, ...overrides });
  const { data } = await sendJson<{ event: { id: string } }>('POST', apiUrl('/api', '/staff/events'), input, { headers: STAFF });
  return data.event.id;
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
