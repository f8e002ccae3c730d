/**
 * Writes to the center API. Only parts loaded on demand send (an RSVP, a story, a lost link): this module is
 * apart from http.ts so that no element's first load carries it (bundlers split by module).
 */
import type * as z from 'zod/mini';
import { requestOnce, validate, type JsonResponse, type SendOptions } from './http.js';

/** POST/PUT/PATCH/DELETE with a JSON body. Not retried automatically: see the comment at the top of http.ts. */
export async function sendJson<T = unknown>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  body: unknown,
  options: SendOptions & { schema?: z.ZodMiniType<T> } = {},
): Promise<JsonResponse<T>> {
  const response = await requestOnce(url, method, body, options);
  return { status: response.status, data: validate(url, response.data, options.schema) };
}

/**
 * A fresh key for one intent (one RSVP, one story submission). 128 random bits as a UUID v4.
 * Uses `getRandomValues`, which works on plain-http pages too, where `randomUUID` does not exist.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
