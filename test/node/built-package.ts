// The package as a user installs it, built for a Node test: `tsc` into
// node_modules/.cache/<name>/node_modules/recovery-widgets/dist (with package.json and the manifest), then the
// framework types and editor data from a fresh custom-elements.json, as `npm run build:lib` does. Apps written
// beside it (`<root>/app`) resolve `recovery-widgets` to it, and everything else (react's types, lit) from this
// repository's node_modules. Built once per test file.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generate } from '../../scripts/generate-framework-types.mjs';

const TSC = join('node_modules', 'typescript', 'bin', 'tsc');

export interface BuiltPackage {
  /** The folder apps go in: `recovery-widgets` resolves to the built package from there. */
  root: string;
  /** node_modules/recovery-widgets */
  packageDir: string;
  /** Type-checks an app of `files` (path -> text) with `tsconfig` options; returns tsc's diagnostics (empty when clean). */
  typeCheck(name: string, files: Record<string, string>, compilerOptions: Record<string, unknown>): string;
  remove(): void;
}

export function buildPackage(): BuiltPackage {
  mkdirSync(join('node_modules', '.cache'), { recursive: true });
  const root = mkdtempSync(join('node_modules', '.cache', 'recovery-widgets-package-'));
  const packageDir = join(root, 'node_modules', 'recovery-widgets');
  execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet']);
  execFileSync(process.execPath, [TSC, '-p', 'tsconfig.build.json', '--outDir', join(packageDir, 'dist'), '--declarationMap', 'false', '--sourceMap', 'false']);
  for (const file of ['package.json', 'custom-elements.json']) copyFileSync(file, join(packageDir, file));
  generate(JSON.parse(readFileSync('custom-elements.json', 'utf8')), join(packageDir, 'dist'));

  return {
    root,
    packageDir,
    typeCheck(name, files, compilerOptions) {
      const app = join(root, name);
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(app, path)), { recursive: true });
        writeFileSync(join(app, path), text);
      }
      // An app of its own (otherwise `recovery-widgets` would be this repository's own package, by self-reference).
      writeFileSync(join(app, 'package.json'), JSON.stringify({ name: name, private: true, type: 'module' }));
      writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { noEmit: true, ...compilerOptions }, include: Object.keys(files) }));
      try {
        execFileSync(process.execPath, [TSC, '-p', join(app, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' });
        return '';
      } catch (error) {
        return String((error as { stdout?: string }).stdout || error);
      }
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
