/** `<recovery-events>`: "Email me my link", for a lost link to an RSVP (loaded when first opened). */
export const link = {
  'link.heading': 'Email me my link',
  'link.intro': 'If you asked for email when you RSVP’d, we can send you a new link to change or cancel your RSVP.',
  'link.event': 'Event',
  'link.choose': 'Choose the event…',
  'link.email': 'The email address you gave',
  'link.required': 'Required',
  'link.send': 'Email me my link',
  'link.sending': 'Sending…',
  'link.sent': 'If that address has an RSVP for that event, we sent it a new link. It can take a few minutes.',
  'link.error.event': 'Please choose the event.',
  'link.error.email': 'Please enter an email address, such as name@example.org.',
  'link.failed': 'Your request may not have reached us. Everything you typed is still here.',
  'link.wait': {
    one: 'There were many tries in a short time. Please wait {count} second, then try again.',
    other: 'There were many tries in a short time. Please wait {count} seconds, then try again.',
  },
  'link.gone': 'This event is no longer listed. It may have ended or moved.',
} as const;

// Makes this namespace part of every `MessageKey`, so the type checker catches a missing or misspelt key.
declare module '../../../core/i18n/messages.js' {
  interface Namespaces {
    link: typeof link;
  }
}
