/**
 * English UI strings: the reference catalog. Every other language file must have every namespace and key
 * (the type checker enforces it). `{name}` is replaced by a parameter; an object picks a plural form by
 * `{count}` through `Intl.PluralRules`. Wording is plain and person-first.
 *
 * One named export per namespace: `core` for the shared views, one per element (its keys prefixed with its
 * name), and one for each part an element loads on demand. Each namespace is a module of its own in `en/`,
 * imported directly by the code that registers it (`registerMessages`), so a bundle carries only the strings
 * of the views it has loaded; this file gathers them, for the types of other languages and for tests.
 */

export { core } from './en/core.js';
export { meetings } from './en/meetings.js';
export { events } from './en/events.js';
export { rsvp } from './en/rsvp.js';
export { milestone } from './en/milestone.js';
export { milestoneExtras } from './en/milestone-extras.js';
