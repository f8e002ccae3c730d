/**
 * English UI strings of the shared views: the reference for every other language of the `core` namespace.
 * `{name}` is replaced by a parameter; an object picks a plural form by `{count}` through `Intl.PluralRules`.
 * Each element keeps its own strings in its folder (`src/<element>/i18n/`).
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
  'error.tooLarge': 'This information is larger than this page accepts ({size} {unit} at most), so it cannot be shown here.',
  'error.generic': 'Something went wrong. Please try again.',
  'time.yourZone': 'Times are shown in your time zone ({zone}).',
} as const;

