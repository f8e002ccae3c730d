/**
 * The console's HTTP client for the contract's `/staff/*` endpoints. Unlike the visitor client (core/http.ts, which
 * never sends cookies), it sends the session cookie: the console runs on the API's own origin (or one the server
 * lists in STAFF_ORIGINS). Failures are the shared error classes, so `errorMessage` words them as every element does.
 * Answers are checked against the contract's schemas: a console that misreads a record could publish the wrong text.
 */
import type * as z from 'zod/mini';
import { HttpStatusError, InvalidShapeError, NetworkError, TimeoutError, type FieldError } from '../core/errors.js';
import { apiUrl, retryAfterSeconds } from '../core/http.js';

export type Query = Record<string, string | number | undefined>;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const TIMEOUT_MS = 15_000;

export class StaffClient {
  constructor(
    /** The API base, e.g. `/api`. */
    readonly base: string,
    /** Called when the server says the session is gone (401), so the console asks to sign in again. */
    private readonly signedOut: () => void = () => undefined,
  ) {}

  url(path: string, query?: Query): string {
    return apiUrl(this.base, path, query);
  }

  get<T>(path: string, schema: z.ZodMiniType<T>, query?: Query): Promise<T> {
    return this.request('GET', path, { schema, query }) as Promise<T>;
  }

  /** A write; resolves with the parsed answer (undefined for a 204, or without a schema). */
  send<T = undefined>(method: Exclude<Method, 'GET'>, path: string, body?: unknown, schema?: z.ZodMiniType<T>): Promise<T> {
    return this.request(method, path, { body, schema }) as Promise<T>;
  }

  private async request(
    method: Method,
    path: string,
    { body, schema, query }: { body?: unknown; schema?: z.ZodMiniType; query?: Query },
  ): Promise<unknown> {
    const url = this.url(path, query);
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'include',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      text = await response.text();
    } catch (error) {
      if (error instanceof DOMException && error.name === 'TimeoutError') throw new TimeoutError(url, TIMEOUT_MS);
      throw new NetworkError(`Could not reach ${url}`, url, { cause: error });
    }
    const data = parse(text);
    if (!response.ok) {
      // Signing in answers 401 for a wrong password: that is the form's to say, not a session that ended.
      if (response.status === 401 && path !== '/staff/session') this.signedOut();
      throw new HttpStatusError(url, response.status, message(data), fieldErrors(data), retryAfterSeconds(response.headers.get('Retry-After')));
    }
    if (!schema) return data;
    const result = schema.safeParse(data);
    if (!result.success) throw new InvalidShapeError(`${url} answered with data of an unexpected shape`, url, { cause: result.error });
    return result.data;
  }
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

function message(body: unknown): string | undefined {
  const value = (body as { message?: unknown } | undefined)?.message;
  return typeof value === 'string' ? value.slice(0, 300) : undefined;
}

function fieldErrors(body: unknown): FieldError[] {
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors
    .filter((e): e is FieldError => typeof (e as FieldError)?.field === 'string' && typeof (e as FieldError)?.message === 'string')
    .slice(0, 50);
}

/** The status of a failed request, if the server answered. */
export const statusOf = (error: unknown): number | undefined => (error instanceof HttpStatusError ? error.status : undefined);
