// Copies the package's CDN folder (dist/cdn: one script, every element, lit included, and the chunks it loads on
// demand) into ./recovery-widgets/, as a site copies it to its own assets. The whole folder: the chunks load
// relative to the script.
import { cpSync, rmSync } from 'node:fs';

const from = new URL('./node_modules/recovery-widgets/dist/cdn/', import.meta.url);
const to = new URL('./recovery-widgets/', import.meta.url);
rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true });
console.log('Copied recovery-widgets/dist/cdn to ./recovery-widgets/');
