/**
 * Typed errors of the HTTP client, and the translated, plain-language message for each (`errorMessage`);
 * nothing the server sent is ever rendered as HTML.
 */
import type { MessageKey, MessageParams } from './i18n/messages.js';

type Translate = (key: MessageKey, params?: MessageParams) => string;

export type RequestErrorKind = 'network' | 'timeout' | 'status' | 'not-json' | 'invalid-shape' | 'too-large';

export interface FieldError {
  field: string;
  message: string;
}

export abstract class RequestError extends Error {
  abstract readonly kind: RequestErrorKind;
  constructor(
    message: string,
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The request never got a complete answer: offline, DNS, refused, reset, CORS, or a body cut short. */
export class NetworkError extends RequestError {
  readonly kind = 'network';
}

/** No complete answer within the time allowed. */
export class TimeoutError extends RequestError {
  readonly kind = 'timeout';
  constructor(
    url: string,
    readonly timeoutMs: number,
  ) {
    super(`No answer from ${url} within ${timeoutMs} ms`, url);
  }
}

/** The server answered with a non-2xx status. */
export class HttpStatusError extends RequestError {
  readonly kind = 'status';
  constructor(
    url: string,
    readonly status: number,
    /** The server's `{ message }`, when it sent JSON with one. Plain text, bounded; never HTML. */
    readonly serverMessage: string | undefined,
    /** The server's `{ errors: [{ field, message }] }` on a 422. */
    readonly fieldErrors: readonly FieldError[] = [],
    /** Seconds to wait, from a `Retry-After` header (429, 503). */
    readonly retryAfterSeconds: number | undefined = undefined,
  ) {
    super(`${url} answered ${status}${serverMessage ? `: ${serverMessage}` : ''}`, url);
  }
}

/** A 2xx answer whose body is not JSON (often an HTML page from a CMS, proxy or captive portal). */
export class NotJsonError extends RequestError {
  readonly kind = 'not-json';
}

/** JSON of the wrong shape: not what the contract or the feed format says. */
export class InvalidShapeError extends RequestError {
  readonly kind = 'invalid-shape';
}

/** A body larger than the client accepts. */
export class ResponseTooLargeError extends RequestError {
  readonly kind = 'too-large';
  constructor(
    url: string,
    readonly limitBytes: number,
  ) {
    super(`${url} sent more than ${limitBytes} bytes`, url);
  }
}

/** True for the abort of a superseded request, which callers ignore rather than show. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** The translated message for an error from the HTTP client (or anything else thrown while loading). */
export function errorMessage(error: unknown, t: Translate): string {
  if (!(error instanceof RequestError)) return t('error.generic');
  switch (error.kind) {
    case 'network':
      return t('error.network');
    case 'timeout':
      return t('error.timeout');
    case 'not-json':
    case 'invalid-shape':
      return t('error.unreadable');
    case 'too-large': {
      // Under 1 MiB in kB of 1000 bytes (max-bytes="50000" reads "50 kB", not "0 MB"), else in MB of 2^20 (the
      // default 32 MiB reads "32 MB"); one decimal at most, written for the language by `t` ("2,5 kB").
      const bytes = (error as ResponseTooLargeError).limitBytes;
      const mb = bytes >= 1048576;
      return t('error.tooLarge', { size: Math.round(bytes / (mb ? 104857.6 : 100)) / 10, unit: mb ? 'MB' : 'kB' });
    }
    case 'status': {
      const { status, retryAfterSeconds } = error as HttpStatusError;
      if (status === 429) return t('error.rateLimited', { count: retryAfterSeconds ?? 30 });
      if (status === 404 || status === 410) return t('error.notFound');
      if (status >= 500) return t('error.server');
      return t('error.generic');
    }
  }
}

/** Whether trying again can help: not when the answer is larger than the page accepts, which it will be again. */
export function canRetry(error: unknown): boolean {
  return !(error instanceof ResponseTooLargeError);
}

export function errorStatus(error: unknown): number | undefined {
  return error instanceof HttpStatusError ? error.status : undefined;
}
