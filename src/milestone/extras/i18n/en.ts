/** `<recovery-milestone>`: personal entry, sharing and the celebrations list (loaded when first needed). */
export const milestoneExtras = {
  'milestone.intro': 'Every day counts. Enter your date to see your time and the next milestone ahead.',
  'milestone.yourDate': 'Your date',
  'milestone.meaning': 'This date is',
  'milestone.meaningFirst': 'my first day',
  'milestone.meaningLast': 'the last day I used',
  'milestone.remember': 'Remember on this device',
  'milestone.privacy': 'Your date stays in this browser and is never sent anywhere.',
  'milestone.show': 'Show my time',
  'milestone.change': 'Change my date',
  'milestone.forget': 'Forget my date',
  'milestone.forgotten': 'Your date is removed from this device.',
  'milestone.updated': 'Your date is updated. Every day counts.',
  'milestone.error.missing': 'Please enter your date.',
  'milestone.dayOne': 'day 1',
  'milestone.shareText': 'Text to share',
  'milestone.shareDefault': 'Celebrating {label} today.',
  'milestone.shareImage': 'Share image',
  'milestone.preview': 'The image to share: {label}. {text}',
  'milestone.showKeytag': 'Show my keytag’s colour (it tells people which fellowship I am in)',
  'milestone.downloaded': 'The image is saved to your downloads.',
  'milestone.shared': 'Shared.',
  'milestone.celebrations': 'Celebrating this month',
  'milestone.noCelebrations': 'No celebrations are listed for this month yet.',
} as const;

// Makes this namespace part of every `MessageKey`, so the type checker catches a missing or misspelt key.
declare module '../../../core/i18n/messages.js' {
  interface Namespaces {
    milestoneExtras: typeof milestoneExtras;
  }
}
