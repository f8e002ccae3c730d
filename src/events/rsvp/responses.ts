// Reading the API's answers to the RSVP requests: only what the contract promises is used; anything else is
// an unreadable answer (InvalidShapeError), treated like a lost reply.
import { InvalidShapeError } from '../../core/errors.js';
import { safeHref } from '../../core/url.js';
import { readEvent, type AlumniEvent } from '../parse.js';

/** A new RSVP, as `POST /events/{id}/rsvps` answers it. */
export interface Created {
  status: 'confirmed' | 'waitlisted';
  manageToken: string;
  joinUrl?: string;
}

/** A manage token as the server makes them; anything else in a link was cut short or changed. */
export const TOKEN = /^[A-Za-z0-9_-]{32,128}$/;

export function readCreated(url: string, data: unknown): Created {
  const rsvp = (data as { rsvp?: Partial<Created> } | null)?.rsvp;
  if (!rsvp || (rsvp.status !== 'confirmed' && rsvp.status !== 'waitlisted') || !TOKEN.test(String(rsvp.manageToken))) {
    throw new InvalidShapeError(`${url} did not answer with an RSVP`, url);
  }
  return { status: rsvp.status, manageToken: rsvp.manageToken!, joinUrl: safeHref(rsvp.joinUrl) };
}

/** An RSVP as its manage link shows it, with its event. */
export interface ManagedRsvp {
  rsvp: {
    id: string;
    status: 'confirmed' | 'waitlisted' | 'cancelled';
    /** As the visitor gave it; RSVP again starts from it. */
    name: string;
    guests: number;
    waitlistPosition: number | null;
    joinUrl?: string;
  };
  event: AlumniEvent;
}

export function readManagedRsvp(url: string, data: unknown): ManagedRsvp {
  const body = data as { rsvp?: Partial<ManagedRsvp['rsvp']>; event?: unknown } | null;
  const rsvp = body?.rsvp;
  const event = readEvent(body?.event);
  const statusOk = rsvp?.status === 'confirmed' || rsvp?.status === 'waitlisted' || rsvp?.status === 'cancelled';
  if (!rsvp || !event || !statusOk || !Number.isInteger(rsvp.guests)) {
    throw new InvalidShapeError(`${url} did not answer with an RSVP`, url);
  }
  const position = Number.isInteger(rsvp.waitlistPosition) ? rsvp.waitlistPosition! : null;
  const name = typeof rsvp.name === 'string' ? rsvp.name : '';
  return { rsvp: { ...(rsvp as ManagedRsvp['rsvp']), name, waitlistPosition: position, joinUrl: safeHref(rsvp.joinUrl) }, event };
}

