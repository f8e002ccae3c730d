// `npm run build:staff`: the staff console as a static site, for centers that host it themselves: dist/staff-console/
// (index.html, console.js, console.css and chunks loaded on demand). Serve it on the API's own origin, at /staff/,
// with the Content-Security-Policy below (demo/api/staff-console.ts does, for the reference server). The npm
// package's `recovery-widgets/staff` entry is the element alone, for a page of the center's own.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Strict: scripts and styles from this origin only, requests to it only, and DOM writes only through Lit's policy. */
export const STAFF_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** esbuild's options for the console bundle: one entry, the sections and the Spanish strings as chunks. */
export const staffBuildOptions = (outdir) => ({
  absWorkingDir: root,
  entryPoints: { console: 'demo/staff/console.ts' },
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  tsconfig: 'tsconfig.json',
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'silent',
});

/** The page, with the API base the console should call (e.g. `/api`, or `/` when the API is the whole origin). */
export const staffPage = (api) =>
  readFileSync(`${root}demo/staff/index.html`, 'utf8').replace('%API%', api.replace(/[&"<>]/g, ''));
export const staffStyles = () => readFileSync(`${root}demo/staff/console.css`, 'utf8');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outdir = `${root}dist/staff-console`;
  rmSync(outdir, { recursive: true, force: true });
  const result = await esbuild.build({ ...staffBuildOptions(outdir), metafile: true });
  writeFileSync(`${outdir}/index.html`, staffPage(process.env.STAFF_API ?? '/api').replaceAll('./assets/', './'));
  writeFileSync(`${outdir}/console.css`, staffStyles());
  const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
  console.log(`dist/staff-console/: the staff console (${Object.keys(result.metafile.outputs).length} files, ${(bytes / 1000).toFixed(1)} kB minified)`);
  console.log(`Serve it with: Content-Security-Policy: ${STAFF_CSP}`);
}
