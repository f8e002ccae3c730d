/**
 * Reading stories from the center API (or the `stories` property) without zod in the browser bundle: each
 * record is checked by hand against the contract (src/core/api/stories.ts); a record the element could not
 * show is skipped and counted. Stories are plain text: paragraphs are separated by blank lines, and nothing
 * is ever read as HTML.
 */
import type { Story } from '../core/api/stories.js';

export type { Story };

export interface StoryList {
  stories: Story[];
  skipped: number;
}

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const TAG = /^[a-z0-9-]{1,40}$/;
const LANG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

function textOf(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed.length > 0 && trimmed.length <= max ? trimmed : undefined;
}

/** `null` stays null, absent is null, anything else must be readable. */
function nullable<T>(value: unknown, read: (value: unknown) => T | undefined): T | null | undefined {
  return value === null || value === undefined ? null : read(value);
}

const years = (value: unknown) => (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 80 ? (value as number) : undefined);

/** One story, or undefined when it cannot be shown as the contract promises. */
export function readStory(value: unknown): Story | undefined {
  if (!isRecord(value)) return undefined;
  const { id, publishedAt } = value;
  const displayName = textOf(value.displayName, 60);
  const title = textOf(value.title, 150);
  const body = textOf(value.body, 20_000);
  const contentWarning = nullable(value.contentWarning, (v) => textOf(v, 200));
  const recoveryYears = nullable(value.recoveryYears, years);
  const staffDisclosure = nullable(value.staffDisclosure, (v) => textOf(v, 300));
  // A center API without tags or sharing consent still works: no tags, and never shareable.
  const tags = value.tags === undefined ? [] : Array.isArray(value.tags) && value.tags.every((t) => typeof t === 'string' && TAG.test(t)) ? (value.tags as string[]) : undefined;
  const shareable = value.shareable === undefined ? false : typeof value.shareable === 'boolean' ? value.shareable : undefined;
  // A language the element cannot use is as good as none: the story is still shown, in the page's language.
  const lang = typeof value.lang === 'string' && value.lang.length <= 35 && LANG.test(value.lang) ? value.lang : null;
  if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return undefined;
  if (typeof publishedAt !== 'string' || !INSTANT.test(publishedAt) || Number.isNaN(Date.parse(publishedAt))) return undefined;
  if (!displayName || !title || !body || contentWarning === undefined || recoveryYears === undefined) return undefined;
  if (staffDisclosure === undefined || tags === undefined || shareable === undefined) return undefined;
  // Featured only orders the list (the server puts such stories first): anything but true is not featured.
  return { id, displayName, title, body, contentWarning, recoveryYears, publishedAt, staffDisclosure, tags, shareable, lang, featured: value.featured === true };
}

export function readStories(values: unknown[]): StoryList {
  const stories = values.map(readStory).filter((story): story is Story => story !== undefined);
  return { stories, skipped: values.length - stories.length };
}

/** Paragraphs: separated by blank lines; single line breaks stay inside a paragraph. */
export function paragraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * The start of a story, at most `max` characters, cut at a word and marked with an ellipsis; `whole` when
 * the story is no longer than that, so no "Read more" is offered for nothing.
 */
export function excerpt(body: string, max = 280): { text: string; whole: boolean } {
  const flat = paragraphs(body).join(' ');
  if (flat.length <= max) return { text: flat, whole: true };
  const cut = flat.slice(0, max + 1);
  const atWord = cut.length > max ? cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)) : cut;
  // "funny.…" reads as a typo: the ellipsis replaces the sentence's own end.
  return { text: `${atWord.replace(/[\s,;:.!?-]+$/, '')}…`, whole: false };
}
