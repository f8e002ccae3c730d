import { defineConfig } from 'vite';
import { viteMinifyLitCss } from './scripts/minify-lit-css.mjs';

/**
 * The CDN build: one minified file that registers every element, with lit bundled in, for
 * `<script type="module" src=".../recovery-widgets.js">`, and the chunks it loads on demand (host the folder). (The npm build is plain `tsc`: unbundled ESM with
 * lit as a dependency.) The demo's dev server (`npm start`) uses this file's defaults too.
 */
export default defineConfig({
  plugins: [viteMinifyLitCss],
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
