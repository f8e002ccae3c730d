// The package as a user installs it, built for a Node test: `tsc` into
// node_modules/.cache/<name>/node_modules/recovery-widgets/dist (with package.json and the manifest), then the
// framework types and editor data from a fresh custom-elements.json, as `npm run build:lib` does. Apps written
// beside it (`<root>/app`) resolve `recovery-widgets` to it, and everything else (react's types, lit) from this
// repository's node_modules. Built once per test file.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { generate } from '../../scripts/generate-framework-types.mjs';

const TSC = join('node_modules', 'typescript', 'bin', 'tsc');

export interface BuiltPackage {
  /** The folder apps go in: `recovery-widgets` resolves to the built package from there. */
  root: string;
  /** node_modules/recovery-widgets */
  packageDir: string;
  /** Type-checks an app of `files` (path -> text) with `tsconfig` options; returns tsc's diagnostics (empty when clean). */
  typeCheck(name: string, files: Record<string, string>, compilerOptions: Record<string, unknown>, include?: string[]): string;
  /** Makes the frameworks of test/node/framework-types/package.json (installed once, see below) resolvable by the apps. */
  linkFrameworks(): void;
  remove(): void;
}

const FRAMEWORKS = join('test', 'node', 'framework-types');
const INSTALLED = join('node_modules', '.cache', 'recovery-widgets-framework-types');

/**
 * Preact, Solid, Svelte and Vue at the versions test/node/framework-types/package-lock.json pins, from the
 * registry into node_modules/.cache (never the root's dependencies), again only when that lockfile changes:
 * a few seconds once, nothing after (CI can cache the folder).
 */
function installFrameworks(): string {
  const lock = readFileSync(join(FRAMEWORKS, 'package-lock.json'), 'utf8');
  const installedLock = join(INSTALLED, 'package-lock.json');
  if (!existsSync(join(INSTALLED, 'node_modules')) || !existsSync(installedLock) || readFileSync(installedLock, 'utf8') !== lock) {
    rmSync(INSTALLED, { recursive: true, force: true });
    mkdirSync(INSTALLED, { recursive: true });
    for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(FRAMEWORKS, file), join(INSTALLED, file));
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: INSTALLED, stdio: 'pipe' });
  }
  return join(INSTALLED, 'node_modules');
}

export function buildPackage(): BuiltPackage {
  mkdirSync(join('node_modules', '.cache'), { recursive: true });
  const root = mkdtempSync(join('node_modules', '.cache', 'recovery-widgets-package-'));
  const packageDir = join(root, 'node_modules', 'recovery-widgets');
  try {
    // The manifest is written into the package, not over the repository's own, which other tests read meanwhile.
    execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet', '--outdir', packageDir]);
    execFileSync(process.execPath, [TSC, '-p', 'tsconfig.build.json', '--outDir', join(packageDir, 'dist'), '--sourceMap', 'false', '--inlineSources', 'false']);
    copyFileSync('package.json', join(packageDir, 'package.json'));
    generate(JSON.parse(readFileSync(join(packageDir, 'custom-elements.json'), 'utf8')), join(packageDir, 'dist'));
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }

  return {
    root,
    packageDir,
    typeCheck(name, files, compilerOptions, include = []) {
      const app = join(root, name);
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(app, path)), { recursive: true });
        writeFileSync(join(app, path), text);
      }
      // An app of its own (otherwise `recovery-widgets` would be this repository's own package, by self-reference).
      writeFileSync(join(app, 'package.json'), JSON.stringify({ name: name, private: true, type: 'module' }));
      writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { noEmit: true, ...compilerOptions }, include: [...Object.keys(files), ...include] }));
      try {
        execFileSync(process.execPath, [TSC, '-p', join(app, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' });
        return '';
      } catch (error) {
        return String((error as { stdout?: string }).stdout || error);
      }
    },
    linkFrameworks() {
      const modules = installFrameworks();
      for (const name of readdirSync(modules)) {
        if (!name.startsWith('.') && !existsSync(join(root, 'node_modules', name))) symlinkSync(resolve(modules, name), join(root, 'node_modules', name), 'dir');
      }
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
