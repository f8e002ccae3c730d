// Every language file of every namespace, found on disk (src/**/i18n/), so a new element's or a new
// language's strings are checked with no edit here: the same keys as English, the same placeholders and
// plural forms, real text, and each language registered by its folder's index.ts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Message = string | Record<string, string>;
type Strings = Record<string, Message>;

function i18nFolders(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory()) return [];
    const path = join(dir, entry.name);
    return entry.name === 'i18n' ? [path, ...i18nFolders(path)] : i18nFolders(path);
  });
}

const LANGUAGE_FILE = /^([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\.ts$/;
const placeholders = (message: Message) => [...new Set(JSON.stringify(message).match(/\{\w+\}/g) ?? [])].sort();
/** Words that are the same in both languages. */
const SAME_IN_BOTH = new Set(['rsvp.no']);

const folders = i18nFolders('src');
const namespaces = await Promise.all(
  folders.map(async (folder) => {
    const files = readdirSync(folder).filter((name) => LANGUAGE_FILE.test(name));
    const english = (await import(pathToFileURL(join(folder, 'en.ts')).href)) as Record<string, Strings>;
    const exported = Object.entries(english).filter(([, value]) => typeof value === 'object');
    assert.equal(exported.length, 1, `${folder}/en.ts exports one namespace`);
    const [name, strings] = exported[0]!;
    const others = await Promise.all(
      files
        .filter((file) => file !== 'en.ts')
        .map(async (file) => ({
          code: LANGUAGE_FILE.exec(file)![1]!,
          strings: ((await import(pathToFileURL(join(folder, file)).href)) as { default: Strings }).default,
        })),
    );
    return { folder, name, english: strings, others };
  }),
);

it('finds the core namespace and one per element folder', () => {
  const names = namespaces.map((n) => n.name).sort();
  for (const expected of ['core', 'crisis', 'events', 'meetings', 'milestone', 'milestoneExtras', 'rsvp']) assert.ok(names.includes(expected), expected);
  assert.equal(new Set(names).size, names.length, 'namespace names are unique');
});

it('no key is in two namespaces (the catalogs of a language are one flat table)', () => {
  const seen = new Map<string, string>();
  for (const { name, english } of namespaces) {
    for (const key of Object.keys(english)) {
      assert.ok(!seen.has(key), `${key} is in both ${seen.get(key)} and ${name}`);
      seen.set(key, name);
    }
  }
});

it('core holds only shared strings, no element strings', () => {
  const core = namespaces.find((n) => n.name === 'core')!;
  assert.equal(core.folder, join('src', 'core', 'i18n'));
  for (const key of Object.keys(core.english)) assert.match(key, /^(status|error|time)\./, key);
  // Other namespaces under core (crisis lines) are shared by several elements, and named for what they are.
  const elementFolders = readdirSync('src', { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'core').map((e) => e.name);
  for (const { folder, english } of namespaces.filter((n) => n.folder.startsWith(join('src', 'core')))) {
    for (const key of Object.keys(english)) assert.ok(!elementFolders.includes(key.split('.')[0]!), `${folder}: ${key}`);
  }
});

for (const { folder, name, english, others } of namespaces) {
  describe(`${name} (${folder})`, () => {
    it('has at least one language besides English, each registered by index.ts', () => {
      assert.ok(others.length > 0);
      // Core registers its languages in core/i18n/translate.ts; every element folder in its own index.ts.
      const registry = readFileSync(name === 'core' ? join(folder, 'translate.ts') : join(folder, 'index.ts'), 'utf8');
      for (const { code } of others) assert.match(registry, new RegExp(`import\\('\\./${code}\\.js'\\)`), `${code} is registered`);
    });

    for (const { code, strings } of others) {
      it(`${code}: every key of English, with real text, the same placeholders and plural forms`, () => {
        assert.deepEqual(Object.keys(strings).sort(), Object.keys(english).sort());
        for (const [key, message] of Object.entries(english)) {
          const translated = strings[key]!;
          assert.match(JSON.stringify(translated), /\p{L}/u, key);
          assert.deepEqual(placeholders(translated), placeholders(message), key);
          assert.equal(typeof translated, typeof message, key);
          if (typeof translated === 'object') assert.ok('other' in translated, `${key} has an "other" form`);
        }
      });

      it(`${code}: is not English left in place`, () => {
        const same = Object.keys(english).filter(
          (key) => JSON.stringify(strings[key]) === JSON.stringify(english[key]) && !SAME_IN_BOTH.has(key),
        );
        assert.deepEqual(same, []);
      });
    }
  });
}
