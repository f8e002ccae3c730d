// Writes src/core/version.ts from package.json, so the elements carry their package version (`static version`)
// without reading package.json at run time. Run after the version changes (`changeset version`, `npm version`);
// test/node/version.test.ts fails when the two differ.
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const file = new URL('../src/core/version.ts', import.meta.url);
const source = `// Written by scripts/write-version.mjs from package.json; do not edit.\nexport const VERSION = '${version}';\n`;
if (readFileSync(file, { flag: 'a+' }).toString() !== source) writeFileSync(file, source);
console.log(`src/core/version.ts: ${version}`);
