/** `<recovery-meetings>`: the open meeting (loaded with it). */
export const meetingDetail = {
  'meetings.back': 'Back to meetings',
  'meetings.directions': 'Directions',
  'meetings.join': 'Join online',
  'meetings.dialIn': 'Join by phone',
  'meetings.meetingId': 'Meeting ID: {id}',
  'meetings.passcode': 'Passcode: {code}',
  'meetings.notes': 'Notes',
  'meetings.typesHeading': 'About this meeting',
  'meetings.addToCalendar': 'Add to calendar',
  'meetings.share': 'Share',
  'meetings.linkCopied': 'Link copied.',
  'meetings.requestChange': 'Request a change',
  'meetings.temporarilyClosed': 'The location is temporarily closed.',
} as const;

// Makes this namespace part of every `MessageKey`, so the type checker catches a missing or misspelt key.
declare module '../../../core/i18n/messages.js' {
  interface Namespaces {
    meetingDetail: typeof meetingDetail;
  }
}
