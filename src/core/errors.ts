/**
 * Typed errors of the HTTP client. Elements map `kind` (and `status`) to a translated message;
 * nothing the server sent is ever rendered as HTML.
 */

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
