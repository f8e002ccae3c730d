import * as z from 'zod/mini';
import { id, instant, languageTag, text } from './common.js';
import { storyContent, storyTags } from './stories.js';

export const SubmissionStatusSchema = z.enum(['pending', 'published', 'rejected', 'withdrawn']);

/** A story submission as staff see it for moderation. */
export const StaffSubmissionSchema = z.object({
  id,
  ...storyContent,
  email: z.nullable(z.string().check(z.maxLength(254))),
  consentShare: z.boolean(),
  /** Set by staff when they publish the story; empty until then. */
  tags: storyTags,
  status: SubmissionStatusSchema,
  submittedAt: instant,
  /** The language the author wrote in, as sent; null when not known. */
  lang: z.nullable(languageTag),
});

export const StaffSubmissionListSchema = z.object({
  submissions: z.array(StaffSubmissionSchema).check(z.maxLength(500)),
});

export const StaffDecisionSchema = z.object({
  /** Shown with the published story, e.g. "Lightly edited for length." */
  staffDisclosure: z.optional(z.nullable(text(1, 300))),
  /** The story's tags (duplicates dropped); when absent, the tags it has are kept. */
  tags: z.optional(storyTags),
  /** The story's language; when absent, the one it has is kept; null when not known. */
  lang: z.optional(z.nullable(languageTag)),
});
