import * as z from 'zod/mini';
import { calendarDate, count, text } from './common.js';

/**
 * How long someone has been in recovery on the day they are celebrated, as a count and a unit rather than words, so
 * each page says it in its own language ("1 year", "1 año").
 */
export const MilestoneSpanSchema = z.object({
  count: count(1, 100_000),
  unit: z.enum(['days', 'months', 'years']),
});

/** An alumnus or alumna who chose to have a milestone celebrated, under the name they chose. */
export const CelebrationSchema = z.object({
  displayName: text(1, 60),
  span: MilestoneSpanSchema,
  date: calendarDate,
});

export const CelebrationListSchema = z.object({
  celebrations: z.array(CelebrationSchema).check(z.maxLength(500)),
});
