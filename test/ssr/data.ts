/** Data a page gives the elements directly, for the server-rendering tests (Node and browser alike). */

/** Two weekly meetings, every day of the week, so one is always upcoming whatever the day the test runs. */
export const ssrMeetings = [
  { slug: 'morning-light', name: 'Morning Light', day: [0, 1, 2, 3, 4, 5, 6], time: '07:00', types: ['O'], formatted_address: '1 Harbor Road, Portland, ME 04101, USA' },
  { slug: 'noon-step', name: 'Step Study at Noon', day: [0, 1, 2, 3, 4, 5, 6], time: '12:00', types: ['C', 'ST'], formatted_address: '9 Elm Street, Portland, ME 04101, USA' },
];

/** One event a month ahead of whenever the test runs, as the API describes it. */
export function ssrEvents() {
  const start = new Date(Date.now() + 30 * 86_400_000);
  start.setUTCHours(23, 30, 0, 0);
  const end = new Date(start.getTime() + 2 * 3_600_000);
  return [
    {
      id: 'potluck',
      title: 'Alumni dinner',
      description: 'Bring a dish.',
      start: start.toISOString(),
      end: end.toISOString(),
      timeZone: 'America/New_York',
      venue: { name: 'Community Hall', address: '210 Wharf Street', latitude: null, longitude: null },
      online: false,
      capacity: 40,
      spotsLeft: 12,
      waitlist: true,
      maxGuests: 2,
      contactFields: ['email'],
      questions: [],
      substanceFree: true,
      calendarTitle: 'Community dinner',
      rsvpOpen: true,
      status: 'scheduled',
      tags: ['dinner'],
    },
  ];
}

export const ssrStories = [
  {
    id: 'tuesdays',
    displayName: 'Maria',
    title: 'A year of Tuesdays',
    body: 'I came every Tuesday.\n\nThen I started to bring the coffee.',
    contentWarning: null,
    recoveryYears: 1,
    publishedAt: '2026-01-15T12:00:00Z',
    staffDisclosure: null,
    tags: [],
    shareable: false,
    lang: 'en',
  },
];
