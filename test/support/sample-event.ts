import type { AlumniEvent } from '../../src/events/parse.js';

/** An event as the contract describes it, for tests and stories; change what a case needs. */
export const sampleEvent = (overrides: Partial<AlumniEvent> = {}): AlumniEvent => ({
  id: 'potluck',
  title: 'Alumni dinner',
  description: 'Bring a dish.',
  start: '2026-12-04T18:30:00-05:00',
  end: '2026-12-04T20:30:00-05:00',
  timeZone: 'America/New_York',
  venue: { name: 'Community Hall', address: '210 Wharf Street', latitude: null, longitude: null },
  online: false,
  capacity: 40,
  spotsLeft: 12,
  waitlist: true,
  maxGuests: 2,
  contactFields: ['email'],
  questions: [{ id: 'dish', label: 'What are you bringing?', kind: 'choice', required: false, options: ['Main', 'Side'] }],
  substanceFree: true,
  calendarTitle: 'Community dinner',
  rsvpOpen: true,
  status: 'scheduled',
  tags: ['dinner'],
  ...overrides,
});
