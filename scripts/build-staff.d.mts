import type { BuildOptions } from 'esbuild';

export const STAFF_CSP: string;
export function staffBuildOptions(outdir: string): BuildOptions;
export function staffPage(api: string): string;
export function staffStyles(): string;
