// `npm run check:package` (CI, after `npm run build`): the package as `npm pack` would publish it is one a user
// can rely on.
//   1. publint: package.json agrees with the files (exports, types, module format);
//   2. @arethetypeswrong/cli, ESM only (the package has no CommonJS build): every entry's types resolve under
//      node16 and bundler resolution and describe the JavaScript they stand for;
//   3. source maps work where the package is installed: every source a map names is embedded in it
//      (`sourcesContent`) or shipped beside it;
//   4. nothing unreachable: every file is an export (or what package.json names: the manifest, web-types, the
//      README), or is imported, directly or not, by one, or is the map or types of one.
// Prints what it finds and exits non-zero on any problem.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const problems = [];

function run(title, command, args) {
  console.log(`\n== ${title}`);
  try {
    execFileSync(command, args, { cwd: root, stdio: 'inherit' });
  } catch {
    problems.push(`${title} failed`);
  }
}

run('publint', bin('publint'), ['--strict']);
run('are the types wrong (ESM only)', bin('attw'), ['--pack', '.', '--profile', 'esm-only']);

console.log('\n== source maps and reachability');
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
const files = new Set(pack.files.map((file) => file.path));
const text = (path) => readFileSync(join(root, path), 'utf8');

let maps = 0;
for (const path of files) {
  if (!path.endsWith('.map')) continue;
  maps += 1;
  const map = JSON.parse(text(path));
  (map.sources ?? []).forEach((source, index) => {
    const shipped = files.has(normalize(join(dirname(path), map.sourceRoot ?? '', source)));
    if (!map.sourcesContent?.[index] && !shipped) problems.push(`${path}: ${source} is neither embedded nor shipped`);
  });
}
console.log(`${maps} source maps: every source embedded or shipped`);

/** Roots: the exports (wildcards matched against the files), and the files package.json itself names. */
const pkg = JSON.parse(text('package.json'));
const targets = [];
const collect = (value) => {
  if (typeof value === 'string') targets.push(value.replace(/^\.\//, ''));
  else if (value && typeof value === 'object') Object.values(value).forEach(collect);
};
collect(pkg.exports);
const roots = new Set(['package.json', 'README.md', 'LICENSE', pkg.customElements, pkg['web-types']?.replace(/^\.\//, '')]);
for (const target of targets) {
  if (!target.includes('*')) roots.add(target);
  else {
    const [before, after] = target.split('*');
    for (const path of files) if (path.startsWith(before) && path.endsWith(after)) roots.add(path);
  }
}
for (const root of roots) if (root && !files.has(root)) problems.push(`package.json names ${root}, which is not in the package`);

const SPECIFIERS = [/\b(?:from|import)\s*['"](\.{1,2}\/[^'"]+)['"]/g, /\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g, /\b(?:src|href)="(\.{0,2}\/?[^"':]+\.(?:js|css))"/g];
const reachable = new Set();
const queue = [...roots].filter((path) => path && files.has(path));
while (queue.length) {
  const path = queue.pop();
  if (reachable.has(path)) continue;
  reachable.add(path);
  const next = [];
  if (/\.(m?js|d\.ts)$/.test(path)) {
    const source = text(path);
    for (const pattern of SPECIFIERS) for (const [, specifier] of source.matchAll(pattern)) next.push(normalize(join(dirname(path), specifier)));
    const mapUrl = source.match(/\/\/# sourceMappingURL=(\S+)\s*$/)?.[1];
    if (mapUrl) next.push(normalize(join(dirname(path), mapUrl)));
  }
  if (path.endsWith('.html')) for (const [, specifier] of text(path).matchAll(SPECIFIERS[2])) next.push(normalize(join(dirname(path), specifier)));
  // A module's types, and a type import's module (`./x.js` in a .d.ts is ./x.d.ts).
  if (path.endsWith('.js')) next.push(path.replace(/\.js$/, '.d.ts'));
  for (const candidate of next) {
    for (const file of [candidate, candidate.replace(/\.js$/, '.d.ts')]) if (files.has(file)) queue.push(file);
  }
}
const unreachable = [...files].filter((path) => !reachable.has(path));
for (const path of unreachable) problems.push(`${path} is in the package but nothing reaches it`);
console.log(`${files.size} files, ${reachable.size} reachable from the exports and package.json`);

// What the package holds, by part (the README's size section lists it).
const PARTS = [
  ['`dist/**/*.js`: the elements and core, ESM as `tsc` writes it (`recovery-widgets`, `/define/*`, `/staff`)', (p) => /^dist\/(?!cdn\/|staff-console\/|core\/api\/|frameworks\/).*\.js$/.test(p)],
  ['`dist/**/*.d.ts`: their types', (p) => /^dist\/(?!core\/api\/|frameworks\/).*\.d\.ts$/.test(p)],
  ['`dist/**/*.js.map`: their source maps, sources embedded', (p) => /^dist\/(?!cdn\/|staff-console\/|core\/api\/).*\.js\.map$/.test(p)],
  ['`dist/cdn/`: the one-file build and its chunks (`/cdn/*`)', (p) => p.startsWith('dist/cdn/') && !p.endsWith('.map')],
  ['`dist/cdn/**/*.map`: its source maps, sources embedded', (p) => p.startsWith('dist/cdn/') && p.endsWith('.map')],
  ['`dist/staff-console/`: the staff console as a static site (`/staff-console/*`)', (p) => p.startsWith('dist/staff-console/')],
  ['`dist/core/api/`: the contract, zod schemas (`/contract`, `/contract/*`), with types and maps', (p) => p.startsWith('dist/core/api/')],
  ['`dist/openapi.json`: the contract as OpenAPI 3.1 (`/openapi.json`)', (p) => p === 'dist/openapi.json'],
  ['`custom-elements.json`: the manifest', (p) => p === 'custom-elements.json'],
  ['`dist/frameworks/`: types for React, Preact, Solid, Vue, Svelte (`/jsx`, `/preact`, ...)', (p) => p.startsWith('dist/frameworks/')],
  ['`dist/web-types.json`, `dist/vscode.*.json`: editor data', (p) => /^dist\/(web-types|vscode\.[\w-]+)\.json$/.test(p)],
  ['`README.md`, `LICENSE`, `package.json`', () => true],
];
const parts = PARTS.map(([name]) => ({ name, files: 0, bytes: 0 }));
for (const file of pack.files) {
  const part = parts[PARTS.findIndex(([, test]) => test(file.path))];
  part.files += 1;
  part.bytes += file.size;
}
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
console.log(`\n| part | files | unpacked |\n|---|---:|---:|`);
for (const part of parts) console.log(`| ${part.name} | ${part.files} | ${kB(part.bytes)} |`);
console.log(`| **\`npm pack\`: ${pack.filename}** | **${pack.entryCount}** | **${kB(pack.unpackedSize)}** (${kB(pack.size)} packed) |`);

if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n${problems.map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('\nThe package is clean: publint, attw, source maps, nothing unreachable.');
