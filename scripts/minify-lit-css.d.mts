// Types for scripts/minify-lit-css.mjs, which vite.config.ts and the tests import.
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

export function minifyLitCss(source: string): string;
export const esbuildMinifyLitCss: EsbuildPlugin;
export const viteMinifyLitCss: VitePlugin;
