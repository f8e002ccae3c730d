import { defineConfig } from 'vite';

/**
 * The CDN build: one minified file that registers every element, with lit bundled in, for
 * `<script type="module" src=".../recovery-widgets.js">`. (The npm build is plain `tsc`: unbundled ESM with
 * lit as a dependency.) The demo's dev server (`npm start`) uses this file's defaults too.
 */
export default defineConfig({
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
    // One file for a plain script tag: the parts elements load on demand (Spanish, the open-meeting view)
    // are inlined rather than split into chunks.
    rolldownOptions: { output: { minify: true, inlineDynamicImports: true } },
  },
  // Decorators: tsconfig's experimentalDecorators applies; Vite must not treat them as standard.
  esbuild: { target: 'es2021' },
});
