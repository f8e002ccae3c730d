import * as z from 'zod/mini';
import { calendarDate, text } from './common.js';

/** An alumnus or alumna who chose to have a milestone celebrated, under the name they chose. */
export const CelebrationSchema = z.object({
  displayName: text(1, 60),
  /** e.g. "1 year", "90 days". */
  label: text(1, 60),
  date: calendarDate,
});

export const CelebrationListSchema = z.object({
  celebrations: z.array(CelebrationSchema).check(z.maxLength(500)),
});
