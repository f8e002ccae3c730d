import * as z from 'zod/mini';
import { count, id, instant, languageTag, safeText, text, token } from './common.js';

/** What a story says, as published and as staff moderate it. */
export const storyContent = {
  /** As the author chose: a first name, initials, or "Anonymous". */
  displayName: text(1, 60),
  title: text(1, 150),
  /** Plain text; paragraphs separated by blank lines. Never HTML. */
  body: text(1, 20_000),
  contentWarning: z.nullable(text(1, 200)),
  recoveryYears: z.nullable(count(0, 80)),
};

/** A topic staff give a story when they publish it, e.g. `first-year`, `family` or `spanish`. */
export const StoryTagSchema = z.string().check(z.maxLength(40), z.regex(/^[a-z0-9-]{1,40}$/));

/** A story's tags: at most 10. */
export const storyTags = z.array(StoryTagSchema).check(z.maxLength(10));

export const StorySchema = z.object({
  id,
  ...storyContent,
  publishedAt: instant,
  /** A note from staff shown with the story, e.g. "Shared with the author's permission; lightly edited." */
  staffDisclosure: z.nullable(text(1, 300)),
  tags: storyTags,
  /** True only when the author agreed to the story being shared beyond this site (`consentShare`). */
  shareable: z.boolean(),
  /** The language the story is written in, e.g. `es`; null when not known. A page marks it with `lang`. */
  lang: z.nullable(languageTag),
  /** Featured (pinned) by staff: such stories come first in the list, most recently featured first. */
  featured: z.boolean(),
});
export type Story = z.infer<typeof StorySchema>;

/** One story, by its id. */
export const StoryResponseSchema = z.object({ story: StorySchema });

export const StoryListSchema = z.object({
  stories: z.array(StorySchema).check(z.maxLength(50)),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.nullable(z.string().check(z.maxLength(200))),
});

export const StorySubmissionSchema = z.object({
  displayNameMode: z.enum(['firstName', 'initials', 'anonymous']),
  /** Required unless anonymous. */
  displayName: z.optional(text(0, 60)),
  title: text(1, 150),
  body: text(50, 20_000),
  contentWarning: z.optional(z.nullable(text(0, 200))),
  recoveryYears: z.optional(z.nullable(count(0, 80))),
  /** For staff questions only; never displayed or shared. */
  email: z.optional(z.union([z.email().check(z.maxLength(254)), z.literal('')])),
  consentPublish: z.literal(true),
  consentShare: z.boolean(),
  /** The language of the story: the element sends the language its form was shown in. Staff may correct it. */
  lang: z.optional(z.nullable(languageTag)),
  /** Honeypot: hidden from people; a filled value marks a bot. */
  website: z.optional(z.string().check(z.maxLength(500), safeText())),
});
export type StorySubmission = z.infer<typeof StorySubmissionSchema>;

export const SubmissionAcceptedSchema = z.object({
  submission: z.object({
    id,
    status: z.literal('pending'),
    /** Secret: lets the author withdraw the story, before or after publication. */
    withdrawToken: token,
  }),
});
