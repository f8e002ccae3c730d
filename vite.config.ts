import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { viteMinifyLitCss } from './scripts/minify-lit-css.mjs';

const ENTRY = resolve('src/define.ts');

/**
 * The file carries all that any element needs for its first render, so that a visitor's browser asks for the feed
 * right after this one file (a round trip or more sooner on a phone): the modules it shares with the parts loaded
 * on demand stay in it (Rolldown may add exports to it for them; it has none of its own), and those parts import
 * them back from `../recovery-widgets.js`. Vite's library mode keeps entry signatures strict, which instead put
 * them in a dozen chunks that the browser found only once this file had arrived. As the parts import it by its
 * plain URL, a page that loads it by another (`?v=2`, `#…`) would get a second copy of every module when a part
 * loads, and the part's strings or styles would land in the copy no element uses: so the file, loaded that way,
 * first imports itself by its plain URL (the copy the parts share, and whose elements are defined; this one then
 * defines none) and says so in the console. A redirect in front of it cannot be seen from here (README).
 */
const oneRequestEntry: Plugin = {
  name: 'recovery-widgets:one-request-entry',
  apply: 'build',
  options(options) {
    const input = options.input;
    const inputs = typeof input === 'string' ? [input] : Array.isArray(input) ? input : Object.values(input ?? {});
    if (inputs.length === 1 && inputs[0] !== undefined && resolve(inputs[0]) === ENTRY) return { ...options, preserveEntrySignatures: 'allow-extension' };
  },
  banner(chunk) {
    return chunk.isEntry && chunk.facadeModuleId === ENTRY
      ? 'if(/[?#]/.test(import.meta.url)){let u=import.meta.url.replace(/[?#].*/,"");console.warn("recovery-widgets: the chunks import "+u+" (without ?… or #…), so it runs too, a second download: load it by that URL.");await import(u)}'
      : '';
  },
};

/**
 * The CDN build: one minified file that registers every element, with lit bundled in, for
 * `<script type="module" src=".../recovery-widgets.js">`, and the chunks it loads on demand (host the folder). (The npm build is plain `tsc`: unbundled ESM with
 * lit as a dependency.) The demo's dev server (`npm start`) uses this file's defaults too.
 */
export default defineConfig({
  plugins: [viteMinifyLitCss, oneRequestEntry],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2021',
    minify: true,
    sourcemap: true,
    lib: {
      entry: 'src/define.ts',
      formats: ['es'],
      fileName: () => 'recovery-widgets.js',
    },
    // Vite's ES library build keeps whitespace (for tree-shaking annotations); this file is never
    // tree-shaken again, so minify it fully.
    // One script tag; the parts elements load on demand (Spanish strings, the open-meeting view, the RSVP
    // form) are chunks in `chunks/` beside it, fetched relative to it only when a visitor needs them.
    rolldownOptions: { output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' } },
  },
  // Decorators: tsconfig's experimentalDecorators applies; Vite must not treat them as standard.
  esbuild: { target: 'es2021' },
});
