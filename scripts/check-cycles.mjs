// `npm run check:cycles`: fails when modules in src/ import each other in a cycle, type-only imports included
// (a cycle of types still ties two modules together: neither can be read, moved or loaded on its own).
// Reads imports with TypeScript's own pre-processor, so comments and strings never count as imports.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve('src');

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The src modules a file imports (static, dynamic or type-only), as absolute .ts paths. */
function importsOf(file) {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map(({ fileName }) => fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => resolve(dirname(file), name.replace(/\.js$/, '.ts')))
    .filter((path) => path.startsWith(ROOT));
}

const graph = new Map(files(ROOT).map((file) => [file, importsOf(file)]));
const cycles = [];
const state = new Map(); // file -> 'visiting' | 'done'

function visit(file, path) {
  if (state.get(file) === 'done') return;
  if (state.get(file) === 'visiting') {
    cycles.push([...path.slice(path.indexOf(file)), file]);
    return;
  }
  state.set(file, 'visiting');
  for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
  state.set(file, 'done');
}
for (const file of graph.keys()) visit(file, []);

if (cycles.length) {
  console.error(`Import cycles in src (${cycles.length}):`);
  for (const cycle of cycles) console.error('  ' + cycle.map((f) => relative(ROOT, f)).join(' -> '));
  process.exit(1);
}
console.log(`No import cycle among ${graph.size} modules in src.`);
