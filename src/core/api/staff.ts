/** Stories as staff moderate them: the queue, approval (with redaction), rejection, tags, featuring, unpublishing. */
import * as z from 'zod/mini';
import { id, instant, languageTag, text } from './common.js';
import { storyContent, storyTags } from './stories.js';

/**
 * `unpublished`: taken down by staff after publication; it can be approved again. `withdrawn`: taken back by its author;
 * never published again (409).
 */
export const SubmissionStatusSchema = z.enum(['pending', 'published', 'unpublished', 'rejected', 'withdrawn']);

/** A story submission as staff see it for moderation. */
export const StaffSubmissionSchema = z.object({
  id,
  /** `body` and `title` are the text as published (or to be published): the author's, or the staff's redaction. */
  ...storyContent,
  /** The author's own title and text when staff redacted them; null when published as written. Never shown publicly. */
  originalTitle: z.nullable(text(1, 150)),
  originalBody: z.nullable(text(1, 20_000)),
  /** For staff questions only; never displayed or shared. */
  email: z.nullable(z.string().check(z.maxLength(254))),
  /** The author agreed to publication (always, or it would not have been received) and maybe to sharing beyond the site. */
  consentPublish: z.literal(true),
  consentShare: z.boolean(),
  /** Set by staff when they publish the story; empty until then. */
  tags: storyTags,
  /** Featured (pinned) stories come first in the public list, most recently featured first. */
  featured: z.boolean(),
  staffDisclosure: z.nullable(text(1, 300)),
  status: SubmissionStatusSchema,
  submittedAt: instant,
  publishedAt: z.nullable(instant),
  /** Staff's internal reason for a rejection; never shown to the author or publicly. */
  rejectReason: z.nullable(text(1, 500)),
  /** The language the author wrote in, as sent; null when not known. */
  lang: z.nullable(languageTag),
});
export type StaffSubmission = z.infer<typeof StaffSubmissionSchema>;

export const StaffSubmissionListSchema = z.object({
  submissions: z.array(StaffSubmissionSchema).check(z.maxLength(500)),
});

export const StaffSubmissionResponseSchema = z.object({ submission: StaffSubmissionSchema });

export const StaffDecisionSchema = z.object({
  /** Shown with the published story, e.g. "Lightly edited for length." */
  staffDisclosure: z.optional(z.nullable(text(1, 300))),
  /** The story's tags (duplicates dropped); when absent, the tags it has are kept. */
  tags: z.optional(storyTags),
  /** The story's language; when absent, the one it has is kept; null when not known. */
  lang: z.optional(z.nullable(languageTag)),
  /**
   * A redaction: the title and text to publish instead of the author's (e.g. a surname or a place removed). The
   * author's original is kept for the audit and shown only to staff. Absent: the text as it is.
   */
  title: z.optional(storyContent.title),
  body: z.optional(storyContent.body),
  featured: z.optional(z.boolean()),
});

/** Why staff declined a story: internal, never shown to the author. */
export const StaffRejectionSchema = z.object({
  reason: z.optional(z.nullable(text(1, 500))),
});

/** What staff change on a published story: tags, featuring, the disclosure, the language, a further redaction. */
export const StaffStoryUpdateSchema = StaffDecisionSchema;
