/**
 * English UI strings: the reference catalog. Every other language file must have every namespace and key
 * (the type checker enforces it). `{name}` is replaced by a parameter; an object picks a plural form by
 * `{count}` through `Intl.PluralRules`. Wording is plain and person-first.
 *
 * One named export per namespace: `core` for the shared views, and one per element (added with the
 * element, its keys prefixed with its name). Named exports let a bundler leave out the strings of elements
 * a page does not use; an element registers its own namespace with `registerMessages`.
 */
export const core = {
  'status.loading': 'Loading…',
  'status.empty': 'Nothing to show yet.',
  'status.retry': 'Try again',
  'status.skipped': {
    one: '{count} entry could not be read and was left out.',
    other: '{count} entries could not be read and were left out.',
  },
  'error.network': 'We could not connect. Check your internet connection and try again.',
  'error.timeout': 'This is taking too long to load. Please try again.',
  'error.server': 'The server had a problem. Please try again in a moment.',
  'error.notFound': 'We could not find this information. It may have moved.',
  'error.rateLimited': {
    one: 'There were too many tries. Please wait {count} second and try again.',
    other: 'There were too many tries. Please wait {count} seconds and try again.',
  },
  'error.unreadable': 'The information we received could not be read.',
  'error.tooLarge': 'The information is too large to show here.',
  'error.generic': 'Something went wrong. Please try again.',
  'time.yourZone': 'Times are shown in your time zone ({zone}).',
  'time.bothZones': '{time} ({zone}), {visitorTime} your time',
} as const;

/** `<recovery-meetings>`. Day names come from Intl; type names from the Meeting Guide spec. */
export const meetings = {
  'meetings.filters': 'Find a meeting',
  'meetings.search': 'Search',
  'meetings.searchHint': 'Name, place, group or notes. Use "quotes" for an exact phrase.',
  'meetings.day': 'Day',
  'meetings.upcoming': 'Upcoming',
  'meetings.time': 'Time',
  'meetings.anyTime': 'Any time',
  'meetings.morning': 'Morning',
  'meetings.midday': 'Midday',
  'meetings.evening': 'Evening',
  'meetings.night': 'Night',
  'meetings.attendance': 'How to attend',
  'meetings.inPerson': 'In person',
  'meetings.online': 'Online',
  'meetings.hybrid': 'In person and online',
  'meetings.inactive': 'Not meeting now',
  'meetings.types': 'Meeting types',
  'meetings.typesChosen': { one: 'Meeting types ({count} chosen)', other: 'Meeting types ({count} chosen)' },
  'meetings.region': 'Region',
  'meetings.allRegions': 'All regions',
  'meetings.nearMe': 'Find meetings near me',
  'meetings.locating': 'Finding your location…',
  'meetings.locationUnavailable': 'Your location is not available. You can still search by place or region.',
  'meetings.locationPrivacy': 'Your location stays on this device; it is only used to sort by distance.',
  'meetings.within': 'Within',
  'meetings.anyDistance': 'Any distance',
  'meetings.clear': 'Clear filters',
  'meetings.count': { one: '{count} meeting', other: '{count} meetings' },
  'meetings.none': 'No meetings match. Try fewer filters or another search.',
  'meetings.today': 'Today',
  'meetings.tomorrow': 'Tomorrow',
  'meetings.inProgress': 'In progress',
  'meetings.byAppointment': 'By appointment',
  'meetings.back': 'Back to meetings',
  'meetings.directions': 'Directions',
  'meetings.join': 'Join online',
  'meetings.dialIn': 'Join by phone',
  'meetings.notes': 'Notes',
  'meetings.typesHeading': 'About this meeting',
  'meetings.addToCalendar': 'Add to calendar',
  'meetings.share': 'Share',
  'meetings.linkCopied': 'Link copied.',
  'meetings.temporarilyClosed': 'The location is temporarily closed.',
  'meetings.distance': '{distance} away',
  'meetings.sourceFailed': 'One meeting list could not be loaded ({source}). The others are shown.',
  'meetings.typeLegend': 'Meeting types',
  'meetings.showMore': { one: 'Show {count} more meeting', other: 'Show {count} more meetings' },
} as const;
