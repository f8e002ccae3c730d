// Types for scripts/generate-framework-types.mjs, which the package tests import.
export function generate(manifest: unknown, dist: string): string[];
export function stringValues(typeText: string): string[] | undefined;
export function elementsOf(manifest: unknown): Array<{ tag: string; className: string; module: string }>;
export function vscodeHtmlData(elements: ReturnType<typeof elementsOf>): unknown;
export function vscodeCssData(elements: ReturnType<typeof elementsOf>): unknown;
export function webTypes(elements: ReturnType<typeof elementsOf>): unknown;
