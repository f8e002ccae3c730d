/** Parameters and answers that many operations of the contract share. */
import type { Parameter } from './registry.js';

export const idempotencyKey: Parameter = {
  name: 'Idempotency-Key',
  in: 'header',
  required: true,
  description:
    'A fresh random key (e.g. a UUID) for each intent, reused for every retry of it. The same key with the same body ' +
    'returns the same result and never creates a second record; with a different body it is refused (422). One ' +
    'header line, without commas (two lines arrive joined by a comma, and are refused).',
  schema: { type: 'string', minLength: 8, maxLength: 200, pattern: '^[^,]*$' },
};

/** A path parameter: an id, or a secret token. One of another shape names nothing (404). */
export const pathParam = (name: 'id' | 'token' | 'rsvpId', description: string): Parameter => ({
  name,
  in: 'path',
  required: true,
  description,
  schema:
    name === 'token'
      ? { type: 'string', minLength: 32, maxLength: 128, pattern: '^[A-Za-z0-9_-]+$' }
      : { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' },
});
export const eventId = pathParam('id', 'The event id.');
export const manageToken = pathParam('token', 'The secret manage token of the RSVP.');

/** A query parameter: a YYYY-MM month. */
export const monthParam = (description: string): Parameter => ({
  name: 'month',
  in: 'query',
  required: false,
  description,
  schema: { type: 'string', pattern: '^(19|[2-9]\\d)\\d\\d-(0[1-9]|1[0-2])$' },
});

export const invalid = { description: 'Invalid fields.', schema: 'ValidationError' };
export const notFound = { description: 'Not found.', schema: 'MessageError' };
export const limited = { description: 'Too many requests; see the Retry-After header.', schema: 'MessageError' };
export const tooLarge = { description: 'The request body is too large (the connection is closed after this answer).', schema: 'MessageError' };
export const notJson = { description: 'The body is not JSON: the Content-Type must be application/json.', schema: 'MessageError' };
export const unauthorized = {
  description: 'Not signed in: no session (or it expired, or ended), and no valid staff token.',
  schema: 'MessageError',
};
export const forbidden = {
  description:
    "The account's role does not allow this; or its password was set by an admin and must be changed first; or a write " +
    "came from a page of another origin (the Origin header must be the API's own or a listed one).",
  schema: 'MessageError',
};
/** The answers every staff write can give besides its own. */
export const staffWrite = { 401: unauthorized, 403: forbidden, 413: tooLarge, 415: notJson, 422: invalid };
