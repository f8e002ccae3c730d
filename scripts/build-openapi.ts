// Writes dist/openapi.json from the zod contract in src/core/api/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from '../src/core/api/openapi.js';
import { operations } from '../src/core/api/contract.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
const document = buildOpenApiDocument(version);
mkdirSync('dist', { recursive: true });
writeFileSync('dist/openapi.json', `${JSON.stringify(document, null, 2)}\n`);
const schemas = Object.keys((document.components as { schemas: object }).schemas).length;
console.log(`dist/openapi.json: ${operations.length} operations, ${schemas} schemas`);
