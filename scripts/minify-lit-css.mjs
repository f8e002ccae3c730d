// Lit's css`` templates reach the visitor as written: indentation, comments and all, because minifiers leave
// the insides of template literals alone. This squeezes them without changing what the CSS means, and puts
// the line breaks it removes back at the template's end (a run of them costs gzip almost nothing), so the lines
// after it keep their numbers and source maps stay true. Used by the npm
// build (over dist/), the CDN build (a Vite plugin) and `npm run size` (an esbuild plugin), so that what is
// measured is what ships.

/** One css`` template's text between interpolations: comments gone, runs of white space one space, none around , ; : { } >. */
function squeeze(text) {
  let out = '';
  // Strings ('…' or "…") are kept exactly; only the text between them is squeezed.
  for (const [index, piece] of text.split(/('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/).entries()) {
    if (index % 2) {
      out += piece;
      continue;
    }
    out += piece
      .replace(/\/\*[\s\S]*?\*\//g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/ ?([,;{}>]) ?/g, '$1')
      .replace(/: /g, ':')
      .replace(/;}/g, '}');
  }
  return out;
}

/**
 * Squeezes every css`` template in a module's source. A template whose interpolations hold a backtick (a
 * nested template) is left as it is rather than parsed.
 */
export function minifyLitCss(source) {
  let result = '';
  let position = 0;
  const tag = /\bcss`/g;
  for (let match; (match = tag.exec(source)); ) {
    const start = match.index + match[0].length;
    // Find the closing backtick, skipping over ${ … } with nested braces.
    let i = start;
    let depth = 0;
    let nested = false;
    const parts = []; // [kind, text]: 'css' text or 'expr' text, in order
    let chunkStart = start;
    for (; i < source.length; i++) {
      const char = source[i];
      if (depth === 0) {
        if (char === '\\') i++;
        else if (char === '`') break;
        else if (char === '$' && source[i + 1] === '{') {
          parts.push(['css', source.slice(chunkStart, i)]);
          chunkStart = i;
          depth = 1;
          i++;
        }
      } else if (char === '`') {
        nested = true;
      } else if (char === '{') depth++;
      else if (char === '}' && --depth === 0) {
        parts.push(['expr', source.slice(chunkStart, i + 1)]);
        chunkStart = i + 1;
      }
    }
    if (i >= source.length) break; // unterminated: leave the rest alone
    parts.push(['css', source.slice(chunkStart, i)]);
    result += source.slice(position, start);
    const original = source.slice(start, i);
    const squeezed = nested ? original : parts.map(([kind, text]) => (kind === 'css' ? squeeze(text) : text)).join('');
    // The line breaks taken out go back at the end, so every line after the template keeps its number.
    result += squeezed + '\n'.repeat(original.split('\n').length - squeezed.split('\n').length);
    position = i;
    tag.lastIndex = i + 1;
  }
  return result + source.slice(position);
}

/** `node scripts/minify-lit-css.mjs dist`: squeezes the css`` templates of every .js file under a folder, in place. */
if (import.meta.url === `file://${process.argv[1]}`) {
  const { readdirSync, readFileSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  for (const file of walk(process.argv[2] ?? 'dist').filter((f) => f.endsWith('.js'))) {
    const source = readFileSync(file, 'utf8');
    const squeezed = minifyLitCss(source);
    if (squeezed !== source) writeFileSync(file, squeezed);
  }
}

/** The same for esbuild (`npm run size`) and Vite (the CDN build): every module of ours, before it is bundled. */
export const esbuildMinifyLitCss = {
  name: 'minify-lit-css',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      return { contents: minifyLitCss(await readFile(args.path, 'utf8')), loader: 'ts' };
    });
  },
};

export const viteMinifyLitCss = {
  name: 'minify-lit-css',
  enforce: 'pre',
  apply: 'build',
  transform(code, id) {
    // Line numbers are kept, so the source map of the code as written stays true: no map of our own.
    if (/[\\/]src[\\/].*\.ts$/.test(id)) return { code: minifyLitCss(code), map: null };
  },
};
