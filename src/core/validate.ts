/**
 * Record-by-record validation for lists from feeds and the API: one bad record never hides the good ones.
 * Uses zod/mini (a fraction of classic zod's size in the browser bundle).
 */
import type * as z from 'zod/mini';
import { InvalidShapeError } from './errors.js';

export interface ValidList<T> {
  /** The records that passed, in their original order, as the schema output them. */
  records: T[];
  /** How many were dropped as invalid. */
  skipped: number;
}

/**
 * Keeps the valid records of `items` and counts the rest.
 * Throws `InvalidShapeError` when `items` is not an array at all: that is an unusable response, not a bad record.
 */
export function keepValid<T>(items: unknown, schema: z.ZodMiniType<T>, source = 'response'): ValidList<T> {
  if (!Array.isArray(items)) {
    throw new InvalidShapeError(`${source} is not a list`, source);
  }
  const records: T[] = [];
  for (const item of items) {
    const result = schema.safeParse(item);
    if (result.success) records.push(result.data);
  }
  return { records, skipped: items.length - records.length };
}
