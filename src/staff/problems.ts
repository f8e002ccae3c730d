/**
 * What went wrong, in the console's words: a failed request (core's wording, plus the staff cases) and a form
 * field the contract's schema refused. The server's own text is English and for developers; it is shown only when
 * nothing better is known (a field error it found that the console's check did not).
 */
import { HttpStatusError, RequestError } from '../core/errors.js';
import type { Notice } from '../core/form-field.js';
import type { MessageKey } from '../core/i18n/messages.js';
import type { Translate } from './context.js';

/** A failed request as a notice (an alert): core's words for the connection, the console's for staff cases. */
export function problemNotice(error: unknown): Notice {
  const alert = true;
  if (!(error instanceof RequestError)) return { key: 'error.generic', alert };
  if (error.kind === 'network') return { key: 'error.network', alert };
  if (error.kind === 'timeout') return { key: 'error.timeout', alert };
  if (error.kind !== 'status') return { key: 'error.unreadable', alert };
  const { status, retryAfterSeconds } = error as HttpStatusError;
  if (status === 401) return { key: 'staff.error.signedOut', alert };
  if (status === 403) return { key: 'staff.error.forbidden', alert };
  if (status === 404) return { key: 'staff.notFound', alert };
  if (status === 409) return { key: 'staff.error.conflict', alert };
  if (status === 422) return { key: 'staff.error.invalid', alert };
  if (status === 429) return { key: 'error.rateLimited', params: { count: retryAfterSeconds ?? 30 }, alert };
  if (status >= 500) return { key: 'error.server', alert };
  return { key: 'error.generic', alert };
}

export function problemMessage(error: unknown, t: Translate): string {
  const { key, params } = problemNotice(error);
  return t(key, params);
}

/** One problem zod found (or the console's own check, with its `messageKey`), as much of it as a message needs. */
export interface Issue {
  code: string;
  messageKey?: MessageKey;
  path: PropertyKey[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  format?: string;
}

/** A field's problem in plain words, by what the schema checked. */
export function issueMessage(issue: Issue, t: Translate): string {
  if (issue.messageKey) return t(issue.messageKey);
  const limit = Number(issue.minimum ?? issue.maximum ?? 0);
  const text = issue.origin === 'string' || issue.origin === undefined;
  switch (issue.code) {
    case 'too_small':
      if (text && limit <= 1) return t('staff.field.required');
      return t(text && issue.origin === 'string' ? 'staff.field.tooShort' : 'staff.field.tooLow', { count: limit });
    case 'too_big':
      return t(issue.origin === 'string' ? 'staff.field.tooLong' : issue.origin === 'array' ? 'staff.field.tooMany' : 'staff.field.tooHigh', {
        count: limit,
      });
    case 'invalid_format':
      if (issue.format === 'url') return t('staff.field.url');
      if (issue.format === 'email') return t('staff.field.email');
      return t('staff.field.format');
    case 'invalid_type':
      return t('staff.field.required');
    default:
      return t('staff.field.format');
  }
}

/** Field errors keyed by path (`venue.name`, `questions.0.label`): the first problem of each field. */
export function fieldErrors(issues: readonly Issue[], t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || 'body';
    errors[key] ??= issueMessage(issue, t);
  }
  return errors;
}

/** The server's field errors (a 422), keyed by field, where the console's own check found none. */
export function serverFieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof HttpStatusError)) return {};
  return Object.fromEntries(error.fieldErrors.map(({ field, message }) => [field, message]));
}
