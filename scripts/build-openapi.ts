/**
 * Emits dist/openapi.json (OpenAPI 3.1) from the zod contract in src/core/api/, so the elements, the
 * reference server and the document can never disagree. JSON Schema draft 2020-12 is OpenAPI 3.1's dialect.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { apiSchemas, operations } from '../src/core/api/contract.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

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
    ...(op.requestBody && {
      requestBody: { required: true, content: { 'application/json': { schema: ref(op.requestBody) } } },
    }),
    responses: Object.fromEntries(
      Object.entries(op.responses).map(([status, { description, schema }]) => [
        status,
        { description, ...(schema && { content: { 'application/json': { schema: ref(schema) } } }) },
      ]),
    ),
  };
}

const document = {
  openapi: '3.1.0',
  jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
  info: {
    title: 'recovery-widgets center API',
    version: pkg.version,
    license: { name: 'MIT', identifier: 'MIT' },
    description: 'The HTTP API a center implements for the recovery-widgets elements. Paths are relative to the `api` base URL.',
  },
  paths,
  components: { schemas },
};

mkdirSync('dist', { recursive: true });
writeFileSync('dist/openapi.json', `${JSON.stringify(document, null, 2)}\n`);
console.log(`dist/openapi.json: ${operations.length} operations, ${Object.keys(schemas).length} schemas`);
