/**
 * The center API contract: its schemas, registered under their OpenAPI component names, and its
 * operations. Only the build (dist/openapi.json) and the reference server import this module, so the
 * registry never reaches a visitor's bundle; elements import the schemas themselves.
 * The endpoints (meetings, events, RSVPs, stories, celebrations, staff) are added by the API issue;
 * the shared error bodies are here from the start because the HTTP client reads them.
 */
import { FieldErrorSchema, MessageErrorSchema, ValidationErrorSchema } from './errors.js';
import { apiSchemas, type Operation } from './registry.js';

export { apiSchemas, type Operation, type HttpMethod } from './registry.js';

apiSchemas.add(FieldErrorSchema, { id: 'FieldError', description: 'A problem with one field of a request.' });
apiSchemas.add(ValidationErrorSchema, {
  id: 'ValidationError',
  description: 'Body of a 422 answer: the request was understood but some fields are invalid.',
});
apiSchemas.add(MessageErrorSchema, { id: 'MessageError', description: 'Body of an error answer other than 422.' });

export const operations: Operation[] = [];
