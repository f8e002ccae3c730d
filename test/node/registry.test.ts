// Every place that lists the elements agrees with the registry, scripts/elements.mjs: an element added in one
// place and forgotten in another fails here. The files are read as text, as a reviewer would read them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALL_ELEMENTS_BUDGET_KB, BUILT, CDN_BUDGET_KB, ELEMENTS } from '../../scripts/elements.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const exists = (path: string) => existsSync(join(root, path));
const pkg = JSON.parse(read('package.json')) as { exports: Record<string, unknown>; sideEffects: string[] };

/** `./x.js` imported from `fromFile` (a path under the root) -> the `.ts` source it names, e.g. `src/core/provider.ts`. */
const sourceOf = (specifier: string, fromFile: string) =>
  normalize(join(dirname(fromFile), specifier)).replace(/\.js$/, '.ts').split('\\').join('/');

/** A package.json sideEffects pattern (`*` within a folder, `**\/` any folders) as a regular expression. */
const globRegExp = (glob: string) =>
  new RegExp(
    `^${glob
      .replace(/^\.\//, '')
      .replace(/\*\*\/|\*|[.+?^${}()|[\]\\]/g, (token) => ({ '**/': '(?:.*/)?', '*': '[^/]*' })[token] ?? `\\${token}`)}$`,
  );
/** Capture group `n` of a match: the patterns here capture with groups that are not optional, so it is there. */
const group = (match: RegExpMatchArray, n: number): string => {
  const value = match[n];
  assert.ok(value !== undefined, `${match[0]}: no group ${n}`);
  return value;
};
const hasSideEffects = (path: string) => pkg.sideEffects.some((glob) => globRegExp(glob).test(path));

describe('the element registry (scripts/elements.mjs)', () => {
  it('names each element, tag, class and define module once', () => {
    for (const key of ['name', 'tag', 'className', 'define'] as const) {
      const values = ELEMENTS.map((element) => element[key]);
      assert.equal(new Set(values).size, values.length, `duplicate ${key}: ${values.join(', ')}`);
    }
    for (const element of ELEMENTS) {
      assert.match(element.tag, /^recovery-[a-z]+(-[a-z]+)*$/, element.tag);
      assert.match(element.define, /^src\/[a-z-]+\/[a-z-]+\.define\.ts$/, element.define);
      assert.equal(element.built, exists(element.define), `${element.tag}: built is whether ${element.define} exists`);
    }
  });
});

describe('package.json', () => {
  it('has one ./define/<name> export per built element, none for another', () => {
    const defineExports = Object.keys(pkg.exports).filter((key) => key.startsWith('./define/'));
    assert.deepEqual(defineExports.sort(), BUILT.map((element) => element.exportName).sort());
  });

  for (const element of BUILT) {
    it(`exports ${element.exportName}: types and default in dist/, built from src/ files that exist`, () => {
      const target = pkg.exports[element.exportName];
      assert.deepEqual(target, { types: element.types, default: element.default });
      for (const path of [element.types, element.default]) {
        const source = path.replace(/^\.\/dist\//, 'src/').replace(/\.d\.ts$|\.js$/, '.ts');
        assert.ok(exists(source), `${path} would be built from ${source}, which does not exist`);
      }
    });
  }

  it('sideEffects keeps every define module (dist and src) from being tree-shaken', () => {
    for (const path of ['src/define.ts', 'dist/define.js', ...BUILT.flatMap((e) => [e.define, e.default.slice(2)])]) {
      assert.ok(hasSideEffects(path), `package.json sideEffects does not match ${path}`);
    }
  });
});

describe('src/define.ts', () => {
  it("imports exactly the built elements' define modules", () => {
    const imports = [...read('src/define.ts').matchAll(/^import\s+'([^']+)';/gm)].map((m) => sourceOf(group(m, 1), 'src/define.ts'));
    assert.deepEqual(imports.sort(), BUILT.map((element) => element.define).sort());
  });
});

describe('the define modules', () => {
  for (const element of BUILT) {
    it(`${element.define} calls defineElement('${element.tag}', ${element.className})`, () => {
      const calls = [...read(element.define).matchAll(/defineElement\(\s*'([^']+)'\s*,\s*(\w+)\s*\)/g)].map((m) => [m[1], m[2]]);
      assert.deepEqual(calls, [[element.tag, element.className]]);
    });
  }
});

describe('src/index.ts', () => {
  const index = read('src/index.ts');
  for (const element of BUILT) {
    it(`exports ${element.className}, from the module its define module registers`, () => {
      const exported = [...index.matchAll(/export\s*\{([^}]*)\}\s*from\s*'([^']+)'/g)].find((m) =>
        group(m, 1).split(',').some((name) => name.trim() === element.className),
      );
      assert.ok(exported, `src/index.ts does not export ${element.className}`);
      const imported = read(element.define).match(new RegExp(`import\\s*\\{[^}]*\\b${element.className}\\b[^}]*\\}\\s*from\\s*'([^']+)'`));
      assert.ok(imported, `${element.define} does not import ${element.className}`);
      assert.equal(sourceOf(group(exported, 2), 'src/index.ts'), sourceOf(group(imported, 1), element.define));
    });
  }
});

describe('stories/', () => {
  for (const element of BUILT) {
    it(`${element.stories} shows <${element.tag}>`, () => {
      assert.ok(exists(element.stories), `${element.stories} does not exist`);
      assert.match(read(element.stories), new RegExp(`component:\\s*'${element.tag}'`));
    });
  }
});

describe('README.md', () => {
  const readme = read('README.md');

  it('mentions every built element in its Embedding section', () => {
    const embedding = readme.match(/^## Embedding\n([\s\S]*?)(?=^## )/m)?.[1];
    assert.ok(embedding, 'README has no "## Embedding" section');
    const missing = BUILT.filter((element) => !embedding.includes(`<${element.tag}`)).map((element) => element.tag);
    assert.deepEqual(missing, []);
  });

  it('has a row per element in the size table, with its budget (run `npm run size` to refresh it)', () => {
    const table = readme.match(/<!-- size:start -->\n([\s\S]*?)\n<!-- size:end -->/)?.[1];
    assert.ok(table, 'README has no size table between <!-- size:start --> and <!-- size:end -->');
    const rows = table.split('\n').map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
    const elementRows = rows.filter((cells) => /^`<recovery-[a-z-]+>`$/.test(cells[0] ?? ''));
    assert.deepEqual(
      elementRows.map((cells) => cells[0]).sort(),
      ELEMENTS.map((element) => `\`<${element.tag}>\``).sort(),
      'the element rows are not the registry elements',
    );
    for (const element of ELEMENTS) {
      const cells = elementRows.find((row) => row[0] === `\`<${element.tag}>\``)!;
      assert.equal(cells[4], element.budgetKb === undefined ? '' : `${element.budgetKb} kB`, `${element.tag}: budget`);
      if (element.built) assert.match(cells[2] ?? '', /^\d+\.\d\d kB$/, `${element.tag} is built but not measured`);
      else assert.equal(cells[5], 'not built yet', `${element.tag}: status`);
    }
    const budgetOf = (name: string) => rows.find((cells) => cells[0]?.startsWith(name))?.[4];
    assert.equal(budgetOf('all elements'), `${ALL_ELEMENTS_BUDGET_KB} kB`);
    assert.equal(budgetOf('dist/cdn/recovery-widgets.js'), `${CDN_BUDGET_KB} kB`);
  });
});
