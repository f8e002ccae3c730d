/** `<recovery-meetings>`. Day names come from Intl; type names from the Meeting Guide spec. */
export const meetings = {
  'meetings.filters': 'Find a meeting',
  'meetings.search': 'Search',
  'meetings.searchHint': 'Name, place, group or notes. Use "quotes" for an exact phrase.',
  'meetings.day': 'Day',
  'meetings.upcoming': 'Upcoming',
  'meetings.moreFilters': 'Filters',
  'meetings.inPerson': 'In person',
  'meetings.online': 'Online',
  'meetings.hybrid': 'In person and online',
  'meetings.inactive': 'Not meeting now',
  'meetings.nearMe': 'Near me',
  'meetings.clear': 'Clear filters',
  'meetings.count': { one: '{count} meeting', other: '{count} meetings' },
  'meetings.none': 'No meetings match. Try fewer filters or another search.',
  'meetings.noneListed': 'No meetings are listed here yet.',
  'meetings.skipList': 'Skip to the end of the list',
  'meetings.listEnd': 'End of the list',
  'meetings.localTimes': 'Times are in your time zone ({zone}); each meeting’s own time is below it.',
  'meetings.today': 'Today',
  'meetings.tomorrow': 'Tomorrow',
  'meetings.inProgress': 'In progress',
  'meetings.byAppointment': 'By appointment',
  'meetings.distance': '{distance} away',
  'meetings.sourceFailed': 'One meeting list could not be loaded ({source}). The others are shown.',
  'meetings.typeLegend': 'Meeting types',
  'meetings.showMore': { one: 'Show {count} more meeting', other: 'Show {count} more meetings' },
} as const;

// Makes this namespace part of every `MessageKey`, so the type checker catches a missing or misspelt key.
declare module '../../core/i18n/messages.js' {
  interface Namespaces {
    meetings: typeof meetings;
  }
}
