import * as z from 'zod/mini';
import { count, id, instant, text } from './common.js';

export const SubmissionStatusSchema = z.enum(['pending', 'published', 'rejected', 'withdrawn']);

/** A story submission as staff see it for moderation. */
export const StaffSubmissionSchema = z.object({
  id,
  displayName: text(1, 60),
  title: text(1, 150),
  body: text(1, 20_000),
  contentWarning: z.nullable(text(1, 200)),
  recoveryYears: z.nullable(count(0, 80)),
  email: z.nullable(z.string().check(z.maxLength(254))),
  consentShare: z.boolean(),
  status: SubmissionStatusSchema,
  submittedAt: instant,
});

export const StaffSubmissionListSchema = z.object({
  submissions: z.array(StaffSubmissionSchema).check(z.maxLength(500)),
});

export const StaffDecisionSchema = z.object({
  /** Shown with the published story, e.g. "Lightly edited for length." */
  staffDisclosure: z.optional(z.nullable(text(1, 300))),
});
