/** `<recovery-meetings>`: the filters behind "Filters" and the meetings near the visitor (loaded with them). */
export const meetingRefine = {
  'meetings.time': 'Time',
  'meetings.anyTime': 'Any time',
  'meetings.morning': 'Morning',
  'meetings.midday': 'Midday',
  'meetings.evening': 'Evening',
  'meetings.night': 'Night',
  'meetings.program': 'Program',
  'meetings.attendance': 'How to attend',
  'meetings.types': 'Meeting types',
  'meetings.typesChosen': { one: 'Meeting types ({count} chosen)', other: 'Meeting types ({count} chosen)' },
  'meetings.region': 'Region',
  'meetings.allRegions': 'All regions',
  'meetings.locating': 'Finding your location…',
  'meetings.locationUnavailable': 'Your location is not available. You can still search by place or region.',
  'meetings.locationPrivacy': 'Your location stays on this device; it is only used to sort by distance.',
  'meetings.within': 'Nearest first, within',
  'meetings.anyDistance': 'Any distance',
  'meetings.countNear': { one: '{count} meeting, nearest first', other: '{count} meetings, nearest first' },
  'meetings.stopNear': 'Stop using my location',
} as const;

// Makes this namespace part of every `MessageKey`, so the type checker catches a missing or misspelt key.
declare module '../../../core/i18n/messages.js' {
  interface Namespaces {
    meetingRefine: typeof meetingRefine;
  }
}
