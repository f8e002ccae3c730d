/** Crisis lines, shown by the elements that show personal content. */
export const crisis = {
  'crisis.prompt': 'Need to talk to someone now?',
  'crisis.988': '988 Lifeline (call or text 988)',
  'crisis.samhsa': 'SAMHSA Helpline (1-800-662-4357)',
} as const;

// Makes this namespace part of every `MessageKey`, so the type checker catches a missing or misspelt key.
declare module '../../i18n/messages.js' {
  interface Namespaces {
    crisis: typeof crisis;
  }
}
