// A module in src/ stays small enough to read in one sitting: about 350 lines, or a reason at its top (in
// its first 15 lines, a comment that says "This file is long because ...") for whoever opens it next.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const LIMIT = 350;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

it(`no module in src is over ${LIMIT} lines without saying why at its top`, () => {
  const long = sources('src')
    .map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n') }))
    .filter(({ lines }) => lines.length > LIMIT && !lines.slice(0, 15).some((line) => /This file is long because/.test(line)))
    .map(({ file, lines }) => `${file} (${lines.length} lines)`);
  assert.deepEqual(long, []);
});
