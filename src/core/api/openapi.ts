/**
 * Builds the OpenAPI 3.1 document from the zod contract: the build writes it to dist/openapi.json and the
 * reference server serves it at /openapi.json. JSON Schema draft 2020-12 is OpenAPI 3.1's own dialect.
 */
import * as z from 'zod/mini';
import { apiSchemas, operations } from './contract.js';

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
      ...(op.staff && { security: [{ staffToken: [] }] }),
      ...(op.parameters && { parameters: op.parameters }),
      ...(op.requestBody && {
        requestBody: { required: true, content: { 'application/json': { schema: ref(op.requestBody) } } },
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
        'Errors: 422 answers `{ errors: [{ field, message }] }`, every other error `{ message }`.',
    },
    paths,
    components: {
      schemas,
      securitySchemes: { staffToken: { type: 'http', scheme: 'bearer', description: 'The staff token of the center.' } },
    },
  };
}
