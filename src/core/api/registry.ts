import * as z from 'zod/mini';
import type { Role } from './accounts.js';

/**
 * Every schema of the center API contract is registered here under its OpenAPI component name, so the
 * build can emit `dist/openapi.json` from the very schemas the elements and the reference server use.
 */
export const apiSchemas = z.registry<{ id: string; description?: string }>();

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  description: string;
  /** A plain JSON Schema for the parameter's value. */
  schema: Record<string, unknown>;
}

/** One endpoint of the contract, described for the OpenAPI document. */
export interface Operation {
  method: HttpMethod;
  /** OpenAPI path template relative to the `api` base, e.g. `/events/{id}/rsvps`. */
  path: string;
  operationId: string;
  summary: string;
  tags: string[];
  parameters?: Parameter[];
  /** Registered schema id of the JSON body. */
  requestBody?: string;
  /** The body may be left out (everything in it is optional). */
  optionalBody?: boolean;
  /**
   * Staff only: the roles that may call it, or 'signed-in' for any staff account. Needs a staff session (cookie), or
   * the deprecated staff token (which acts as an admin).
   */
  staff?: 'signed-in' | readonly Role[];
  /** Status → description, and the registered schema id of a JSON body (or another content type). */
  responses: Record<string, { description: string; schema?: string; contentType?: string }>;
}
