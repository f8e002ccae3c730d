// The css`` squeeze that the npm build, the CDN build and `npm run size` apply (scripts/minify-lit-css.mjs)
// must not change what any of our styles mean: for every css`` template in src, esbuild's own CSS minifier
// reads the squeezed text and the text as written to the same style sheet.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { minifyLitCss as squeeze } from '../../scripts/minify-lit-css.mjs';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/**
 * The css`` templates of a module, each interpolation replaced by a comment: an interpolation may stand for a
 * value, declarations or whole rules, and only a comment is valid in every one of those places.
 */
function templates(source: string): string[] {
  return [...source.matchAll(/\bcss`((?:[^`\\]|\\.)*)`/g)].map(([, body]) => body!.replace(/\$\{[^}]*\}/g, '/* interpolation */'));
}

// esbuild keeps custom property values as written ("--h: var(--x, 4rem)"): their spaces after ":" and "," are
// dropped on both sides here, since they mean nothing where the value is substituted.
const minified = async (css: string) => (await transform(css, { loader: 'css', minify: true })).code.replace(/([,:]) /g, '$1');

it('squeezing the css`` templates keeps every style sheet in src the same', async () => {
  let count = 0;
  for (const file of sources('src')) {
    const source = readFileSync(file, 'utf8');
    const [before, after] = [templates(source), templates(squeeze(source))];
    assert.equal(after.length, before.length, file);
    for (const [i, css] of before.entries()) {
      assert.equal(await minified(after[i]!), await minified(css), `${file}, template ${i + 1}`);
      assert.ok(after[i]!.length < css.length || css.trim() === '', `${file}, template ${i + 1} is smaller`);
      count++;
    }
    assert.equal(squeeze(source).split('\n').length, source.split('\n').length, `${file} keeps its line count`);
  }
  assert.ok(count >= 15, `found ${count} templates`);
});

it('keeps strings, descendant pseudo-classes and calc() spacing as they are', () => {
  const out = squeeze("const s = css`\n  .a :focus-visible { content: ' ; { '; width: calc(1px + 2%); }\n  /* gone */\n`;");
  assert.match(out, /\.a :focus-visible\{content:' ; \{ ';width:calc\(1px \+ 2%\)\}/);
  assert.doesNotMatch(out, /gone/);
});

it('leaves a template with a nested template in an interpolation as written', () => {
  const source = 'css`\n  .a { ${x ? `b` : ``} color: red; }\n`';
  assert.equal(squeeze(source), source);
});
