/**
 * Reading a request: its JSON body, headers, path and query parameters, each checked against the contract before
 * anything reaches SQL. What cannot be read is a 422 naming the field (a 415 for a body that is not JSON); a path
 * parameter that cannot name anything is a 404, as for one that names nothing.
 */
import type { Context } from 'hono';
import * as z from 'zod/mini';
import { EARLIEST, LATEST, SAFE_TEXT, calendarDate, id, instant, token } from '../../src/core/api/common.js';
import { Problem, invalid, notFound } from './problems.js';

export function parseWith<T>(schema: z.ZodMiniType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors = result.error.issues.slice(0, 50).map((issue) => ({
    field: issue.path.length > 0 ? issue.path.join('.').slice(0, 100) : 'body',
    message: issue.message.slice(0, 300),
  }));
  throw new Problem(422, 'Some fields are not valid.', errors);
}

/** `application/json`, or a `+json` type, in UTF-8 (the only encoding JSON has, RFC 8259). */
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The JSON body, validated. `emptyAs` stands in for a body that is absent (for endpoints where all is optional).
 * A body under another Content-Type is refused with 415, so a browser's "simple" cross-site form post (text/plain)
 * never reaches a handler; bytes that are not UTF-8 are refused rather than silently replaced.
 */
export async function jsonBody<T>(c: Context, schema: z.ZodMiniType<T>, emptyAs?: unknown): Promise<T> {
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.length === 0 && emptyAs !== undefined) return parseWith(schema, emptyAs);
  if (!JSON_TYPE.test(c.req.header('Content-Type') ?? '')) {
    throw new Problem(415, 'The request body must be JSON, sent with Content-Type: application/json.');
  }
  let body: unknown;
  try {
    const text = utf8.decode(bytes);
    if (text.trim() === '' && emptyAs !== undefined) return parseWith(schema, emptyAs);
    body = JSON.parse(text);
  } catch {
    throw invalid('body', 'The request body must be JSON.');
  }
  return parseWith(schema, body);
}

/**
 * The Idempotency-Key header: 8 to 200 printable characters without a comma. Two header lines arrive joined by a
 * comma (`a, b`), and which of them was meant cannot be known, so that is refused too.
 */
export function idempotencyKey(c: Context): string {
  const key = c.req.header('Idempotency-Key')?.trim() ?? '';
  if (key.includes(',')) {
    throw invalid('Idempotency-Key', 'Send one Idempotency-Key header, without commas.');
  }
  if (key.length < 8 || key.length > 200) {
    throw invalid('Idempotency-Key', 'An Idempotency-Key header (8 to 200 characters, new for each intent) is required.');
  }
  return key;
}

/** A path parameter that must be an id (events, stories, submissions); anything else names nothing. */
export function idParam(c: Context, name: string, what: string): string {
  const value = c.req.param(name) ?? '';
  if (!id.safeParse(value).success) throw notFound(what);
  return value;
}

/** A path parameter that must be a secret token (manage, withdraw). */
export function tokenParam(c: Context, name: string, what: string): string {
  const value = c.req.param(name) ?? '';
  if (!token.safeParse(value).success) throw notFound(what);
  return value;
}

export function intParam(value: string | undefined, field: string, min: number, max: number, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isInteger(n) || n < min || n > max) {
    throw invalid(field, `Must be a whole number from ${min} to ${max}.`);
  }
  return n;
}

/**
 * An instant query parameter (RFC 3339, such as 2026-12-01T00:00:00Z), or a date (2026-12-01: its start in UTC),
 * from 1900 to 9999.
 */
export function dateParam(value: string | undefined, field: string): Date | undefined {
  if (!value) return undefined;
  const time = instant.safeParse(value).success || calendarDate.safeParse(value).success ? Date.parse(value) : NaN;
  if (!(time >= EARLIEST && time < LATEST)) {
    throw invalid(field, 'Must be a date and time from 1900 to 9999, such as 2026-12-01T00:00:00Z.');
  }
  return new Date(time);
}

/**
 * A comma-separated `tags` query: trimmed, empty entries ignored. An event's tags are free text; a story's follow
 * the `StoryTag` rule, passed as `tag`.
 */
export function tagsParam(
  value: string | undefined,
  { max, tag, message }: { max: number; tag?: z.ZodMiniType<string>; message: string },
): string[] {
  const tags = (value ?? '').split(',').map((t) => t.trim()).filter(Boolean);
  const valid = (t: string) => t.length <= 40 && SAFE_TEXT.test(t) && (!tag || tag.safeParse(t).success);
  if (tags.length > max || !tags.every(valid)) throw invalid('tags', message);
  return tags;
}
