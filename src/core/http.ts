/**
 * The one HTTP client for the center API and for Meeting Guide feeds (its writes, `sendJson`, are in send.ts).
 *
 * - Every attempt has a timeout (default 10 s); a caller's `AbortSignal` cancels a superseded request,
 *   and the abort surfaces as the standard `AbortError` so callers can ignore it.
 * - GET is retried with exponential backoff on network errors and 5xx only. Other methods are never
 *   retried here: the visitor retries them, with the same `Idempotency-Key`, so a lost reply can never
 *   create a second record.
 * - Bodies are read with a byte cap; JSON is parsed and, given a schema, validated.
 * - Requests carry no cookies and no referrer: a feed's host learns nothing about the visitor or the page.
 */
import type * as z from 'zod/mini';
import {
  HttpStatusError,
  InvalidShapeError,
  NetworkError,
  NotJsonError,
  ResponseTooLargeError,
  TimeoutError,
  isAbortError,
  type FieldError,
} from './errors.js';

export interface RequestOptions {
  /** Cancels the request (and any retry wait); the promise then rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** Per attempt, in milliseconds. Default 10 000. */
  timeoutMs?: number;
  /** Retries after the first attempt, GET only. Default 2. */
  retries?: number;
  /** First backoff delay in milliseconds, doubled for each retry (with jitter). Default 400. */
  retryDelayMs?: number;
  /** Largest accepted body, in bytes. Default `DEFAULT_MAX_BYTES`, 32 MiB. */
  maxBytes?: number;
  /**
   * `omit` (the default: no cookies), or `same-origin` for a GET the page itself preloaded, whose response the
   * browser hands over only to a request of the same credentials mode (meetings/load.ts).
   */
  credentials?: 'omit' | 'same-origin';
}

export interface SendOptions extends Omit<RequestOptions, 'retries' | 'credentials'> {
  /** Sent as `Idempotency-Key`. Keep the same key for every retry of one intent; see `newIdempotencyKey`. */
  idempotencyKey?: string;
  /** Extra request headers, e.g. `Authorization` for staff endpoints. */
  headers?: Record<string, string>;
}

export interface JsonResponse<T> {
  status: number;
  data: T;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_RETRIES = 2;
const DEFAULT_RETRY_DELAY_MS = 400;
/**
 * 32 MiB: a large intergroup feed is 2-3 MB, a regional aggregate of 20,000 meetings 15-18 MB (over the old 8 MiB).
 * Measured cold (results/bench-cold.md), 20,000 meetings (17.7 MB) leave 15 MB of JS heap after GC and show their
 * first rows in 0.8 s, 2.9 s with the CPU slowed 4x: a phone holds that comfortably. Past 32 MiB, a feed is more
 * likely a mistake than a list a visitor can use.
 */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/** GET a JSON document; with a schema, the result is validated (InvalidShapeError otherwise). */
export async function getJson<T = unknown>(
  url: string,
  options: RequestOptions & { schema?: z.ZodMiniType<T> } = {},
): Promise<T> {
  const retries = options.retries ?? DEFAULT_RETRIES;
  const baseDelay = options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      const { data } = await requestOnce(url, 'GET', undefined, options);
      return validate(url, data, options.schema);
    } catch (error) {
      const retryable =
        error instanceof NetworkError || (error instanceof HttpStatusError && error.status >= 500);
      if (!retryable || attempt >= retries) throw error;
      await sleep(backoff(baseDelay, attempt), options.signal);
    }
  }
}

/**
 * Joins the `api` base URL and an endpoint path: `apiUrl('https://center.example.org/api', '/events')` is
 * `https://center.example.org/api/events`. A relative base resolves against the page. Only http(s) bases are accepted.
 */
export function apiUrl(base: string, path: string, query?: Record<string, string | number | undefined>): string {
  const pageUrl = typeof document === 'undefined' ? undefined : document.baseURI;
  const root = new URL(base.endsWith('/') ? base : `${base}/`, pageUrl);
  if (root.protocol !== 'http:' && root.protocol !== 'https:') {
    throw new TypeError(`The api base URL must be http or https, not ${root.protocol}`);
  }
  const url = new URL(path.replace(/^\/+/, ''), root);
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') url.searchParams.set(name, String(value));
  }
  return url.href;
}

/** @internal One attempt, no retry; `sendJson` (send.ts) is this plus validation. */
export async function requestOnce(
  url: string,
  method: string,
  body: unknown,
  options: SendOptions & Pick<RequestOptions, 'credentials'>,
): Promise<JsonResponse<unknown>> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const outer = options.signal;
  outer?.throwIfAborted();

  // One controller per attempt, aborted by the caller's signal or by our timer.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forwardAbort = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', forwardAbort, { once: true });

  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;

  try {
    const response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: controller.signal,
      credentials: options.credentials ?? 'omit',
      referrerPolicy: 'no-referrer',
    });
    const text = await readCapped(response, url, maxBytes);
    const parsed = parseJson(text);
    if (!response.ok) {
      throw new HttpStatusError(
        url,
        response.status,
        serverMessage(parsed),
        fieldErrors(parsed),
        retryAfterSeconds(response.headers.get('Retry-After')),
      );
    }
    if (parsed === NOT_JSON) {
      // 204 and friends legitimately have no body.
      if (text.trim() === '' && response.status !== 200) return { status: response.status, data: undefined };
      throw new NotJsonError(`${url} did not answer with JSON`, url);
    }
    return { status: response.status, data: parsed };
  } catch (error) {
    if (timedOut) throw new TimeoutError(url, timeoutMs);
    if (outer?.aborted) throw abortReason(outer);
    if (error instanceof TypeError || (isAbortError(error) && !outer?.aborted)) {
      throw new NetworkError(`Could not reach ${url}`, url, { cause: error });
    }
    throw error;
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', forwardAbort);
  }
}

async function readCapped(response: Response, url: string, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('Content-Length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new ResponseTooLargeError(url, maxBytes);
  }
  if (!response.body) return '';
  // Decoded as it arrives: the body is never held twice (the chunks and one copy of them all) beside its text.
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw new ResponseTooLargeError(url, maxBytes);
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

const NOT_JSON = Symbol('not json');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

/** @internal */
export function validate<T>(url: string, data: unknown, schema: z.ZodMiniType<T> | undefined): T {
  if (!schema) return data as T;
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new InvalidShapeError(`${url} answered with data of an unexpected shape`, url, { cause: result.error });
  }
  return result.data;
}

// The error bodies of the contract (src/core/api/errors.ts), read by hand rather than with their zod schemas:
// zod/mini would add about 5 kB gzip to every element that fetches, for two tiny shapes.
const MAX_MESSAGE = 300;

function serverMessage(body: unknown): string | undefined {
  const message = (body as { message?: unknown } | null)?.message;
  return typeof message === 'string' && message.length <= MAX_MESSAGE ? message : undefined;
}

function fieldErrors(body: unknown): FieldError[] {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors
    .filter((e: unknown): e is FieldError => {
      const { field, message } = (e ?? {}) as { field?: unknown; message?: unknown };
      return typeof field === 'string' && typeof message === 'string';
    })
    .slice(0, 50)
    .map(({ field, message }) => ({ field: field.slice(0, 100), message: message.slice(0, MAX_MESSAGE) }));
}

/** `Retry-After` is either delta-seconds or an HTTP date. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

function backoff(baseDelay: number, attempt: number): number {
  const exponential = baseDelay * 2 ** attempt;
  return exponential / 2 + Math.random() * (exponential / 2); // "equal jitter"
}

function abortReason(signal: AbortSignal): DOMException {
  const reason: unknown = signal.reason;
  return isAbortError(reason) ? (reason as DOMException) : new DOMException('The request was superseded', 'AbortError');
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
