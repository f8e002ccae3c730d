/**
 * Builds the OpenAPI 3.1 document from the zod contract: the build writes it to dist/openapi.json and the
 * reference server serves it at /openapi.json. JSON Schema draft 2020-12 is OpenAPI 3.1's own dialect.
 */
import * as z from 'zod/mini';
import { apiSchemas, operations } from './contract.js';

/** The name of the staff session cookie. */
export const STAFF_SESSION_COOKIE = 'rw_staff_session';

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

export function buildOpenApiDocument(version: string): Record<string, unknown> {
  const { schemas } = z.toJSONSchema(apiSchemas, { uri: (id) => `#/components/schemas/${id}` }) as {
    schemas: Record<string, Record<string, unknown>>;
  };
  for (const schema of Object.values(schemas)) {
    delete schema.$schema; // the document declares the dialect once
    delete schema.$id;
  }

  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    paths[op.path] ??= {};
    paths[op.path]![op.method] = {
      operationId: op.operationId,
      summary: op.summary,
      tags: op.tags,
      // OpenAPI 3.1 lets a non-OAuth scheme list the roles an operation needs: any one of them will do.
      ...(op.staff && {
        security: [{ staffSession: op.staff === 'signed-in' ? [] : [...op.staff] }, ...(op.staff === 'signed-in' ? [] : [{ staffToken: [] }])],
        'x-staff-roles': op.staff === 'signed-in' ? ['admin', 'coordinator', 'moderator'] : op.staff,
      }),
      ...(op.parameters && { parameters: op.parameters }),
      ...(op.requestBody && {
        requestBody: { required: !op.optionalBody, content: { 'application/json': { schema: ref(op.requestBody) } } },
      }),
      responses: Object.fromEntries(
        Object.entries(op.responses).map(([status, { description, schema, contentType }]) => [
          status,
          {
            description,
            ...(schema && { content: { 'application/json': { schema: ref(schema) } } }),
            ...(contentType && { content: { [contentType]: { schema: { type: 'string' } } } }),
          },
        ]),
      ),
    };
  }

  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'recovery-widgets center API',
      version,
      license: { name: 'MIT', identifier: 'MIT' },
      description:
        'The HTTP API a center implements for the recovery-widgets elements. Paths are relative to the `api` base URL. ' +
        'Errors: 422 answers `{ errors: [{ field, message }] }`, every other error `{ message }`.\n\n' +
        'Staff endpoints (`/staff/...`) need a staff session: sign in with `POST /staff/session`, which sets an HttpOnly ' +
        'cookie. Each operation lists the roles that may call it (`x-staff-roles`, and in its `staffSession` security ' +
        'requirement): `admin` everything, staff accounts and the audit log included; `coordinator` events, RSVPs, ' +
        'celebrations and meetings; `moderator` stories. Without a session the answer is 401, with the wrong role 403. ' +
        "Staff writes must come from the API's own origin or a listed one (the Origin header), or they are refused (403). " +
        'The deprecated `staffToken` bearer scheme (a STAFF_TOKEN the center sets) acts as an admin, for scripts.',
    },
    paths,
    components: {
      schemas,
      securitySchemes: {
        staffSession: {
          type: 'apiKey',
          in: 'cookie',
          name: STAFF_SESSION_COOKIE,
          description:
            'The staff session, set by `POST /staff/session`: HttpOnly, SameSite=Strict, Path=/, Secure over https. It ends ' +
            'after a while without requests, at a fixed time after sign-in, at sign-out, and when the password of the account ' +
            'changes or the account is disabled.',
        },
        staffToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'Deprecated: the center’s shared STAFF_TOKEN, for scripts; it acts as an admin. Use staff accounts.',
        },
      },
    },
  };
}
