/**
 * A visitor's intent to create something on the center's server (an RSVP, a story), made safe to repeat.
 *
 * One intent has one Idempotency-Key, kept with the visitor's draft in sessionStorage until it succeeds, across
 * retries and reloads. A send that gets no answer may or may not have arrived; its body is kept. If the
 * visitor then edits and sends again, the server refuses the key for the new body (the earlier one did
 * arrive), and each unanswered body is asked for again, newest first, exactly as sent: the server answers with
 * the record it holds. So a reply lost in transit never makes a second record, and never strands the visitor.
 */
import { HttpStatusError, errorStatus, type FieldError } from './errors.js';

export interface Intent<B> {
  /** The Idempotency-Key of this intent, kept until it succeeds. */
  key: string;
  /** Bodies sent with this key that got no answer, oldest first. */
  unanswered?: B[];
}

/** The server saw this key before, with a different body: an earlier, unanswered send did arrive. */
export const isKeyConflict = (error: unknown): boolean =>
  error instanceof HttpStatusError && error.status === 422 && error.fieldErrors.some((e) => e.field === 'Idempotency-Key');

/** The draft with `body` among the unanswered, once. */
export function withUnanswered<D extends Intent<B>, B>(draft: D, body: B): D {
  const known = draft.unanswered ?? [];
  const same = (other: B) => JSON.stringify(other) === JSON.stringify(body);
  return known.some(same) ? draft : { ...draft, unanswered: [...known, body] };
}

/**
 * Sends `body` for the intent; on a key conflict, replays the unanswered bodies (see above). `replayed` tells
 * the visitor that what the server kept is an earlier version of what they sent.
 */
export async function sendIntent<B, R>(
  intent: Intent<B>,
  body: B,
  send: (body: B) => Promise<R>,
): Promise<{ result: R; replayed: boolean }> {
  try {
    return { result: await send(body), replayed: false };
  } catch (conflict) {
    if (!isKeyConflict(conflict)) throw conflict;
    for (const earlier of [...(intent.unanswered ?? [])].reverse()) {
      try {
        return { result: await send(earlier), replayed: true };
      } catch (error) {
        if (!isKeyConflict(error)) throw error;
      }
    }
    throw conflict;
  }
}

/** What a failed send means for the form that sent it: the one reading of a failure for every intent form. */
export type SendFailure =
  /** 422: the server's objections, by field. */
  | { kind: 'fields'; fields: readonly FieldError[] }
  /** 429: wait this long, then the visitor may send again. */
  | { kind: 'wait'; seconds: number }
  /** Another 4xx: the server answered and refused; sending the same again cannot help. */
  | { kind: 'refused'; status: number }
  /** No answer, or none to trust (a timeout, a network failure, a 5xx): it may have arrived. Keep every field;
   * the retry sends with the same key. */
  | { kind: 'unknown' };

export function sendFailure(error: unknown): SendFailure {
  const status = errorStatus(error);
  if (status === 422 && error instanceof HttpStatusError) return { kind: 'fields', fields: error.fieldErrors };
  if (status === 429) return { kind: 'wait', seconds: (error as HttpStatusError).retryAfterSeconds ?? 30 };
  if (status !== undefined && status < 500) return { kind: 'refused', status };
  return { kind: 'unknown' };
}

/**
 * Drafts in sessionStorage: they last as long as the tab, survive a reload, and are removed after success.
 * Storage can be unavailable (privacy modes, blocked storage); the form then keeps its draft in memory only.
 * `revive` checks what was stored, which another version of the page may have written.
 */
export function draftStorage<D>(revive: (stored: unknown) => D | undefined) {
  return {
    read(key: string): D | undefined {
      try {
        return revive(JSON.parse(sessionStorage.getItem(key) ?? 'null'));
      } catch {
        return undefined;
      }
    },
    write(key: string, draft: D): void {
      try {
        sessionStorage.setItem(key, JSON.stringify(draft));
      } catch {
        // Full or blocked storage: the draft stays in memory only.
      }
    },
    clear(key: string): void {
      try {
        sessionStorage.removeItem(key);
      } catch {
        // Nothing stored.
      }
    },
  };
}
