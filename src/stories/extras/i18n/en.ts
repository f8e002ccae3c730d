/** `<recovery-stories>`: the carousel and the share panel (loaded with them). */
export const storiesExtras = {
  'stories.copied': 'Link copied. Paste it to whoever you want to share it with.',
  'stories.copyByHand': 'Copy this link to share the story:',
  'stories.shareLinks': 'Or share by',
  'stories.email': 'E-mail',
  'stories.carousel': 'Alumni stories',
  'stories.slide': 'Story {index} of {count}',
  'stories.previous': 'Previous story',
  'stories.next': 'Next story',
  'stories.pause': 'Pause the stories',
  'stories.play': 'Play the stories',
} as const;

// Makes this namespace part of every `MessageKey`, so the type checker catches a missing or misspelt key.
declare module '../../../core/i18n/messages.js' {
  interface Namespaces {
    storiesExtras: typeof storiesExtras;
  }
}
