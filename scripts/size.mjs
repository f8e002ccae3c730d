// `npm run size`: what each entry costs a visitor, min+gzip and min+brotli, each including lit and every
// dependency (bundled and minified with esbuild, as a site's bundler or our CDN build would). Code an element
// loads only on demand (`import()`, e.g. the calendar writer) is split off and not counted in its entry; the
// entry row counts the entry chunk and every chunk it imports statically. Lit alone is the baseline. Prints a table, writes results/size.json and results/size.md,
// refreshes the table in README.md, and exits 1 when an entry is over its budget.
import { build } from 'esbuild';
import { existsSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { ALL_ELEMENTS_BUDGET_KB, CDN_BUDGET_KB, ELEMENTS } from './elements.mjs';
import { esbuildMinifyLitCss } from './minify-lit-css.mjs';

const KB = 1000;

const elementRow = (element) => ({ name: `\`<${element.tag}>\``, entry: element.define, budget: element.budgetKb });

/**
 * The elements and their budgets come from the registry (scripts/elements.mjs); an element not built yet is listed,
 * not measured. Those without a budget (the provider) come before the shared base, the others after it.
 */
const ENTRIES = [
  { name: 'lit alone (baseline)', contents: "export * from 'lit';" },
  ...ELEMENTS.filter((element) => element.budgetKb === undefined).map(elementRow),
  {
    name: 'shared base (element base, http, validation, i18n)',
    contents: [
      "export { RecoveryElement } from './src/core/recovery-element.ts';",
      "export { getJson } from './src/core/http.ts';",
      "export { sendJson } from './src/core/send.ts';",
      "export { keepValid } from './src/core/validate.ts';",
    ].join('\n'),
  },
  ...ELEMENTS.filter((element) => element.budgetKb !== undefined).map(elementRow),
  { name: 'all elements (recovery-widgets/define)', entry: 'src/define.ts', budget: ALL_ELEMENTS_BUDGET_KB },
];

// Entries given as source are written to a scratch file, so that they are code-split like the others.
const SCRATCH = 'node_modules/.cache/recovery-size';

async function bundle({ entry, contents }) {
  if (!entry) {
    mkdirSync(SCRATCH, { recursive: true });
    entry = `${SCRATCH}/entry-${ENTRIES.findIndex((e) => e.contents === contents)}.ts`;
    writeFileSync(entry, contents.replaceAll("'./src/", "'../../../src/"));
  }
  const result = await build({
    entryPoints: { entry },
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    outdir: 'size-out',
    target: 'es2021',
    platform: 'browser',
    tsconfig: 'tsconfig.json',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    metafile: true,
    plugins: [esbuildMinifyLitCss], // as the npm and CDN builds ship them
  });
  // The entry chunk and the chunks it imports statically: what loads before the element can render.
  const outputs = result.metafile.outputs;
  const byPath = new Map(result.outputFiles.map((file) => [file.path.slice(process.cwd().length + 1), file.contents]));
  // Parts loaded with import() are entry points of their own in the metafile: find the one asked for.
  const entryPath = Object.keys(outputs).find((path) => outputs[path].entryPoint === entry);
  if (!entryPath) throw new Error(`no output for ${entry}`);
  const needed = new Set();
  const visit = (path) => {
    if (needed.has(path)) return;
    needed.add(path);
    for (const imported of outputs[path].imports) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entryPath);
  return Buffer.concat([...needed].map((path) => byPath.get(path)));
}

function measure(bytes) {
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (n) => (n / KB).toFixed(2);
const rows = [];
for (const spec of ENTRIES) {
  if (spec.entry && !existsSync(spec.entry)) {
    rows.push({ name: spec.name, budget: spec.budget, status: 'not built yet' });
    continue;
  }
  const size = measure(await bundle(spec));
  const status = spec.budget === undefined ? '' : size.gzip > spec.budget * KB ? 'OVER' : 'ok';
  rows.push({ name: spec.name, budget: spec.budget, ...size, status });
}
if (existsSync('dist/cdn/recovery-widgets.js')) {
  // The file and the chunks it imports statically; chunks loaded on demand (`import("./chunks/…")`) are not counted.
  const entry = readFileSync('dist/cdn/recovery-widgets.js');
  const staticChunks = [...entry.toString().matchAll(/(?:from|import)\s*"\.\/(chunks\/[^"]+)"/g)].map((m) => readFileSync(`dist/cdn/${m[1]}`));
  const size = measure(Buffer.concat([entry, ...staticChunks]));
  const status = size.gzip > CDN_BUDGET_KB * KB ? 'OVER' : 'ok';
  rows.push({ name: 'dist/cdn/recovery-widgets.js as built', budget: CDN_BUDGET_KB, ...size, status });
}

const budgetCell = (r) => (r.budget === undefined ? '' : `${r.budget} kB`);
const header = '| entry | min | min+gzip | min+brotli | budget (gzip) | |\n|---|---:|---:|---:|---:|---|';
const lines = rows.map((r) =>
  r.min === undefined
    ? `| ${r.name} | | | | ${budgetCell(r)} | ${r.status} |`
    : `| ${r.name} | ${kb(r.min)} kB | ${kb(r.gzip)} kB | ${kb(r.brotli)} kB | ${budgetCell(r)} | ${r.status} |`,
);
const table = [header, ...lines].join('\n');
console.log(table);

mkdirSync('results', { recursive: true });
writeFileSync('results/size.json', `${JSON.stringify({ unit: 'bytes', rows }, null, 2)}\n`);
writeFileSync('results/size.md', `# Bundle sizes\n\nWritten by \`npm run size\` (1 kB = 1000 bytes).\n\n${table}\n`);

const readme = existsSync('README.md') ? readFileSync('README.md', 'utf8') : '';
const marked = /<!-- size:start -->[\s\S]*<!-- size:end -->/;
if (marked.test(readme)) {
  writeFileSync('README.md', readme.replace(marked, `<!-- size:start -->\n${table}\n<!-- size:end -->`));
}

rmSync(SCRATCH, { recursive: true, force: true });
const over = rows.filter((r) => r.status === 'OVER');
if (over.length > 0) {
  console.error(`\nOver budget: ${over.map((r) => r.name).join(', ')}`);
  process.exit(1);
}
