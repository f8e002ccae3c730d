// custom-elements.json tells the truth about the published package (editors, Storybook and framework
// tooling read it): every token with its default, every event an element fires with its type, only the
// public interface, and module paths that exist in the package. `npm test` runs `cem analyze` first.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT } from '../../scripts/elements.mjs';
import { COLOR_TOKENS, palettes } from '../../src/core/theme.js';

interface Named {
  name: string;
  default?: string;
  privacy?: string;
  type?: { text: string };
}
interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  superclass?: { name: string };
  members?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest {
  modules: Array<{ path: string; declarations?: Declaration[] }>;
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest;
const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module, declaration })));
const elementOf = (tag: string) => declarations.find(({ declaration }) => declaration.tagName === tag)?.declaration;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** The events an element's own code fires (its folder, parts loaded on demand included), and its base's. */
function eventsFired(folder: string, declaration: Declaration): string[] {
  const names: Record<string, string> = { Load: 'recovery-load', Error: 'recovery-error', Rsvp: 'recovery-rsvp', StorySubmit: 'recovery-story-submit' };
  const code = sources(join('src', folder)).map((file) => readFileSync(file, 'utf8')).join('\n');
  const fired = [...code.matchAll(/new Recovery(Load|Error|Rsvp|StorySubmit)Event\(/g)].map((match) => names[match[1]!]!);
  if (declaration.superclass?.name === 'RecoveryElement') fired.push('recovery-load', 'recovery-error');
  return [...new Set(fired)].sort();
}

const elements = BUILT.filter((element) => element.name !== 'provider');

it('lists every built element with its tag', () => {
  for (const { tag } of BUILT) assert.ok(elementOf(tag), `${tag} is in the manifest`);
});

it('documents every --recovery-* token with its default on every element', () => {
  const expected = [
    ...COLOR_TOKENS.map((token) => [`--recovery-color-${token}`, palettes.light[token]]),
    ['--recovery-radius', '0.5rem'],
    ['--recovery-font-family', 'inherit'],
    ['--recovery-card', '0'],
    ['--recovery-skeleton-rows', '3'],
    ['--recovery-skeleton-row-height', '4rem'],
  ].sort();
  const styles = readFileSync('src/core/theme.ts', 'utf8') + readFileSync('src/core/status.ts', 'utf8');
  // The tokens outside the palettes: their documented default is the one the styles fall back to.
  for (const [token, fallback] of expected.filter(([token]) => !token!.startsWith('--recovery-color-'))) {
    assert.ok(styles.includes(`var(${token}, ${fallback})`), `${token} falls back to ${fallback}`);
  }
  for (const { tag } of elements) {
    const documented = (elementOf(tag)!.cssProperties ?? []).map((p) => [p.name, p.default]).sort();
    assert.deepEqual(documented, expected, tag);
  }
});

it('documents every event an element fires, each with its type', () => {
  for (const { tag, folder } of elements) {
    const declaration = elementOf(tag)!;
    const events = declaration.events ?? [];
    for (const event of events) {
      assert.ok(event.name, `${tag}: no nameless event`);
      assert.match(event.type?.text ?? '', /^Recovery\w+Event$/, `${tag}: ${event.name} has its event type`);
    }
    assert.deepEqual(events.map((e) => e.name).sort(), eventsFired(folder, declaration), tag);
  }
});

it('shows only the public interface: no private or protected member, nothing internal', () => {
  for (const { module, declaration } of declarations) {
    for (const member of declaration.members ?? []) {
      assert.equal(member.privacy ?? 'public', 'public', `${module.path} ${declaration.name}.${member.name}`);
      assert.ok(!/^[#_]/.test(member.name), `${declaration.name}.${member.name}`);
    }
  }
  // The parts' loaders are for tests (@internal); the extras' state bag is gone for good.
  for (const { tag } of elements) {
    const names = (elementOf(tag)!.members ?? []).map((m) => m.name);
    for (const hidden of ['loaders', 'extras', 'extrasState', 'loadExtras', 'renderContent']) assert.ok(!names.includes(hidden), `${tag}.${hidden}`);
  }
});

it('names modules by their path in the package (dist/*.js, built from a src/*.ts that exists)', () => {
  for (const { path } of manifest.modules) {
    assert.match(path, /^dist\/.+\.js$/, path);
    assert.ok(existsSync(path.replace(/^dist\/(.+)\.js$/, 'src/$1.ts')), path);
  }
});

it('documents the base part, and the retry part of every element that shows an error', () => {
  for (const { tag } of elements) {
    const parts = (elementOf(tag)!.cssParts ?? []).map((p) => p.name);
    assert.ok(parts.includes('base'), `${tag} documents base`);
    if (parts.includes('error')) assert.ok(parts.includes('retry'), `${tag} documents retry`);
  }
});
