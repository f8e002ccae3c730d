/** The console's celebrations section: alumni milestones celebrated on the center's pages, with consent. */
export const staffCelebrations = {
  'staffCelebrations.consent':
    'Add only alumni who asked to be celebrated, under the name they chose (a first name, initials or a nickname). Their consent is required; remove them when they ask.',
  'staffCelebrations.month': 'Month',
  'staffCelebrations.previous': 'Previous month',
  'staffCelebrations.next': 'Next month',
  'staffCelebrations.none': 'No celebrations in {month}.',
  'staffCelebrations.listHeading': 'Celebrations in {month}',
  'staffCelebrations.addHeading': 'Add a celebration',
  'staffCelebrations.editHeading': 'Change the celebration of {name}',
  'staffCelebrations.name': 'Name, as they chose it',
  'staffCelebrations.nameHint': 'Shown on the center’s pages. Never a full name unless they asked for it.',
  'staffCelebrations.count': 'Time in recovery',
  'staffCelebrations.unit': 'Unit',
  'staffCelebrations.unit.days': 'days',
  'staffCelebrations.unit.months': 'months',
  'staffCelebrations.unit.years': 'years',
  'staffCelebrations.date': 'Day of the celebration',
  'staffCelebrations.agreed': 'This person asked to be celebrated under this name',
  'staffCelebrations.agreeFirst': 'Please confirm that this person asked to be celebrated.',
  'staffCelebrations.add': 'Add the celebration',
  'staffCelebrations.save': 'Save the change',
  'staffCelebrations.added': 'Added: {name}.',
  'staffCelebrations.saved': 'Saved: {name}.',
  'staffCelebrations.removeName': 'Remove {name}',
  'staffCelebrations.editName': 'Edit {name}',
  'staffCelebrations.removeConfirm': 'Remove the celebration of {name}? It leaves the center’s pages at once.',
  'staffCelebrations.removeYes': 'Yes, remove it',
  'staffCelebrations.keep': 'No, keep it',
  'staffCelebrations.removed': 'Removed: {name}.',
  'staffCelebrations.span.days': { one: '{count} day', other: '{count} days' },
  'staffCelebrations.span.months': { one: '{count} month', other: '{count} months' },
  'staffCelebrations.span.years': { one: '{count} year', other: '{count} years' },
} as const;

declare module '../../../core/i18n/messages.js' {
  interface Namespaces {
    staffCelebrations: typeof staffCelebrations;
  }
}
