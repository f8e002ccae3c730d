/** `<recovery-stories>`: reading and sharing stories. Wording is plain, warm and person-first. */
export const stories = {
  'stories.none': 'No stories here yet. Please come back soon.',
  'stories.notFound': 'This story is no longer shared here.',
  'stories.years': { one: '{count} year in recovery', other: '{count} years in recovery' },
  'stories.firstYear': 'In their first year of recovery',
  'stories.published': 'Shared on {date}',
  'stories.readMore': 'Read more',
  'stories.readLess': 'Show less',
  'stories.warning': 'Content note: {warning}',
  'stories.readAnyway': 'Read this story',
  'stories.disclosure': 'From our staff: {note}',
  'stories.more': 'More stories',
  'stories.count': { one: '{count} story shown.', other: '{count} stories shown.' },
  'stories.share': 'Share',
  'stories.shareName': 'Share: {title}',
  'stories.tell': 'Share your story',
  'stories.skip': 'Skip to the end of the list',
  'stories.end': 'End of the list of stories',
} as const;

// Makes this namespace part of every `MessageKey`, so the type checker catches a missing or misspelt key.
declare module '../../core/i18n/messages.js' {
  interface Namespaces {
    stories: typeof stories;
  }
}
