/** `<recovery-milestone>`. Wording is kind: a new date is never called a failure. */
export const milestone = {
  'milestone.days': { one: 'day', other: 'days' },
  'milestone.hours': { one: 'hour', other: 'hours' },
  'milestone.h': { one: '{count} hour', other: '{count} hours' },
  'milestone.d': { one: '{count} day', other: '{count} days' },
  'milestone.m': { one: '{count} month', other: '{count} months' },
  'milestone.y': { one: '{count} year', other: '{count} years' },
  'milestone.welcome': 'Welcome',
  'milestone.since': 'Since {date}',
  'milestone.notBegun': 'Day 1 begins tomorrow. You’ve got this.',
  'milestone.next': 'Next: {label}, on {date}',
  'milestone.toGo': { one: '{count} day to go', other: '{count} days to go' },
  'milestone.progressTo': 'Progress to {label}',
  'milestone.reached': 'Milestones reached',
  'milestone.earlier': { one: 'and {count} earlier', other: 'and {count} earlier' },
  'milestone.allReached': 'Every milestone on this list is reached.',
  'milestone.today': 'Today marks {label}. Congratulations!',
  'milestone.todayWelcome': 'Welcome. Today is day 1, and it counts.',
  'milestone.keytag': '{label}, {colour} keytag',
  'milestone.keytag.white': 'white',
  'milestone.keytag.orange': 'orange',
  'milestone.keytag.green': 'green',
  'milestone.keytag.red': 'red',
  'milestone.keytag.blue': 'blue',
  'milestone.keytag.yellow': 'yellow',
  'milestone.keytag.glow': 'glow-in-the-dark',
  'milestone.keytag.gray': 'gray',
  'milestone.keytag.black': 'black',
  'milestone.error.format': 'Please give the date as year-month-day, such as 2024-03-15.',
  'milestone.error.impossible': 'There is no such date as {date}. Please check the day and the month.',
  'milestone.error.future': 'That date is in the future. Please choose today or an earlier date.',
  'milestone.share': 'Share',
} as const;

// Makes this namespace part of every `MessageKey`, so the type checker catches a missing or misspelt key.
declare module '../../core/i18n/messages.js' {
  interface Namespaces {
    milestone: typeof milestone;
  }
}
