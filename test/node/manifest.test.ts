// custom-elements.json tells the truth about the published package (editors, Storybook and framework
// tooling read it): every token with its default, every event an element fires with its type, only the
// public interface, and module paths that exist in the package. `npm test` runs `cem analyze` first.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT } from '../../scripts/elements.mjs';
import { elementsOf, vscodeCssData, vscodeHtmlData, webTypes } from '../../scripts/generate-framework-types.mjs';
import { COLOR_TOKENS, palettes } from '../../src/core/theme.js';

interface Named {
  name: string;
  default?: string;
  privacy?: string;
  type?: { text: string };
}
interface Declaration {
  name: string;
  kind?: string;
  attributes?: Array<Named & { fieldName?: string }>;
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

it('types every attribute in terms HTML can take: enumerated ones by their values, never a TypeScript name', () => {
  const milestone = elementOf('recovery-milestone')!;
  const typeOf = (name: string) => milestone.attributes?.find((a) => a.name === name)?.type?.text;
  assert.equal(typeOf('date-means'), "'first-sober-day' | 'last-use'");
  assert.equal(typeOf('schedule'), "'aa' | 'na' | 'monthly'");
  assert.equal(typeOf('leap-day'), "'feb28' | 'mar1'");
  assert.equal(typeOf('theme'), "'light' | 'dark' | 'auto' | undefined");
  for (const { declaration } of declarations) {
    for (const attribute of declaration.attributes ?? []) {
      const parts = (attribute.type?.text ?? 'string').split('|').map((part) => part.trim());
      for (const part of parts) {
        assert.match(part, /^(string|number|boolean|undefined|'[^']*')$/, `${declaration.tagName} ${attribute.name}: ${attribute.type?.text}`);
      }
    }
  }
});

it("names each event's detail type, the one its class carries, and declares the class for tools to import", () => {
  // The events every element fires, and those only its parts loaded on demand fire (apart, for size).
  const source = ['src/core/events.ts', 'src/core/submit-events.ts'].map((file) => readFileSync(file, 'utf8')).join('\n');
  const detailOf = new Map([...source.matchAll(/class (Recovery\w+Event) extends CustomEvent<(\w+)>/g)].map((m) => [m[1]!, m[2]!]));
  assert.ok(detailOf.size >= 4, 'the event classes are read');
  const classes = new Set(declarations.filter(({ declaration }) => declaration.kind === 'class').map(({ declaration }) => declaration.name));
  for (const { tag } of BUILT) {
    for (const event of elementOf(tag)!.events ?? []) {
      const type = event.type!.text;
      assert.ok(classes.has(type), `${tag} ${event.name}: ${type} is declared in the manifest`);
      const detail = detailOf.get(type);
      assert.ok(detail, `${type} is a CustomEvent with a detail type`);
      assert.ok((event as { description?: string }).description?.includes(`detail: ${detail}`), `${tag} ${event.name} says detail: ${detail}`);
    }
  }
});

// The editor data in the package (dist/vscode.*.json, dist/web-types.json) is written from this manifest by
// scripts/generate-framework-types.mjs in `npm run build:lib`; what it holds is checked here, from the manifest.
interface HtmlData {
  tags: Array<{ name: string; attributes: Array<{ name: string; description: { value: string }; values?: Array<{ name: string }> }> }>;
}
interface WebTypes {
  name: string;
  contributions: { html: { elements: Array<{ name: string; attributes: Array<{ name: string; values?: Array<{ name: string }> }>; js: { events: Array<{ name: string }> }; css: { properties: Array<{ name: string }>; parts: Array<{ name: string }> } }> } };
}
const elementData = elementsOf(manifest);
const html = vscodeHtmlData(elementData) as HtmlData;
const jetbrains = webTypes(elementData) as WebTypes;

it("gives VS Code every tag and attribute, with the enumerated attributes' values and their descriptions", () => {
  assert.deepEqual(html.tags.map((t) => t.name).sort(), manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : [])).sort());
  const milestone = html.tags.find((t) => t.name === 'recovery-milestone')!;
  const attribute = (name: string) => milestone.attributes.find((a) => a.name === name)!;
  assert.deepEqual(attribute('date-means').values?.map((v) => v.name), ['first-sober-day', 'last-use']);
  assert.deepEqual(attribute('leap-day').values?.map((v) => v.name), ['feb28', 'mar1']);
  assert.deepEqual(attribute('theme').values?.map((v) => v.name), ['light', 'dark', 'auto']);
  assert.match(attribute('schedule').description.value, /Default: `aa`/);
  for (const tag of html.tags) {
    const declared = elementOf(tag.name)!.attributes ?? [];
    assert.deepEqual(tag.attributes.map((a) => a.name), declared.map((a) => a.name), tag.name);
    for (const a of tag.attributes) assert.ok(a.description.value.length > 10, `${tag.name} ${a.name} has a description`);
  }
  const tokens = (vscodeCssData(elementData) as { properties: Array<{ name: string }> }).properties.map((p) => p.name);
  assert.deepEqual(tokens.sort(), (elementOf('recovery-events')!.cssProperties ?? []).map((p) => p.name).sort());
});

it('gives JetBrains editors (web-types, named in package.json) the attributes, values, events, parts and tokens', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; 'web-types'?: string; exports: Record<string, unknown> };
  assert.equal(pkg['web-types'], './dist/web-types.json');
  assert.equal(jetbrains.name, pkg.name);
  const events = jetbrains.contributions.html.elements.find((e) => e.name === 'recovery-events')!;
  assert.deepEqual(events.js.events.map((e) => e.name).sort(), ['recovery-error', 'recovery-load', 'recovery-rsvp']);
  assert.deepEqual(events.attributes.find((a) => a.name === 'theme')?.values?.map((v) => v.name), ['light', 'dark', 'auto']);
  assert.ok(events.css.parts.some((p) => p.name === 'rsvp-form'));
  assert.equal(events.css.properties.length, (elementOf('recovery-events')!.cssProperties ?? []).length);
});
