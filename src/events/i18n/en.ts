/** `<recovery-events>`: the list and the event cards. */
export const events = {
  'events.none': 'No upcoming events right now. Please check back soon.',
  'events.notFound': 'This event is no longer listed. It may have ended or moved.',
  'events.skip': 'Skip to the end of the list',
  'events.end': 'End of the list of events',
  'events.online': 'Online',
  'events.substanceFree': 'Substance-free',
  'events.cancelled': 'Cancelled',
  'events.yourTime': '{time} your time',
  'events.spotsLeft': { one: '{count} spot left', other: '{count} spots left' },
  'events.spotsChanged': { one: '{title}: {count} spot left', other: '{title}: {count} spots left' },
  'events.full': 'Full',
  'events.fullWaitlist': 'Full, waitlist open',
  'events.rsvpClosed': 'RSVPs are closed',
  'events.rsvp': 'RSVP',
  'events.joinWaitlist': 'Join the waitlist',
  'events.hideForm': 'Close the form',
  'events.invite': 'Invite a friend',
  'events.inviteName': 'Invite a friend: {title}',
  'events.neutralTitle': 'Community event',
  'events.lostLink': 'Lost the link to your RSVP?',
} as const;

// Makes this namespace part of every `MessageKey`, so the type checker catches a missing or misspelt key.
declare module '../../core/i18n/messages.js' {
  interface Namespaces {
    events: typeof events;
  }
}
