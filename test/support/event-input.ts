import type { EventInput } from '../../src/core/api/events.js';

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

/** A valid event, starting tomorrow, with any fields replaced: for the API tests (node) and the browser tests. */
export function eventInput(overrides: Partial<EventInput> = {}): EventInput {
  return {
    title: 'Test dinner',
    description: 'A dinner for tests.',
    start: hoursFromNow(24),
    end: hoursFromNow(26),
    timeZone: 'America/New_York',
    venue: { name: 'Hall', address: '1 Main St', latitude: null, longitude: null },
    onlineUrl: null,
    capacity: 10,
    waitlist: true,
    maxGuests: 3,
    contactFields: [],
    questions: [],
    substanceFree: true,
    calendarTitle: null,
    rsvpOpen: true,
    tags: [],
    ...overrides,
  };
}
