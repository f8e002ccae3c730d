import type { FieldError } from '../../src/core/errors.js';

/** An answer the client should get as is: a status with `{ errors }` (422) or `{ message }`. */
export class Problem extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503,
    message: string,
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(message);
  }
  get body() {
    return this.status === 422 ? { errors: this.fieldErrors } : { message: this.message };
  }
}

export const invalid = (field: string, message: string) => new Problem(422, message, [{ field, message }]);
export const notFound = (what = 'This') => new Problem(404, `${what} was not found.`);
export const conflict = (message: string) => new Problem(409, message);
