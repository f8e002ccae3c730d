// `npm run analyze`: custom-elements.json, the manifest editors, Storybook and framework tooling read.
// It is made to tell the truth about the package as published (test/node/manifest.test.ts checks it):
// - only the public interface: private and protected members, and members marked @internal, are left out;
// - every event has a name (the analyzer also lists `dispatchEvent(new X())` calls, nameless, beside the
//   documented `@fires`);
// - module paths are those of the package (dist/*.js), not of this repository's sources (src/*.ts);
// - an attribute typed with a named union of strings (`ThemeChoice`) shows its values (`'light' | 'dark' | 'auto'`):
//   editors offer those (scripts/generate-framework-types.mjs writes their data from this file), and a name
//   means nothing in HTML.
function publicInterfaceOnly() {
  const toPackagePath = (value) => value.replace(/^\/?src\/(.+)\.ts$/, 'dist/$1.js');
  const rewritePaths = (node) => {
    if (Array.isArray(node)) return node.forEach(rewritePaths);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = toPackagePath(value);
      else rewritePaths(value);
    }
  };
  /** `type Name = 'a' | 'b'` anywhere in src: Name -> `'a' | 'b'`. */
  const stringUnions = new Map();
  const expandUnions = (type) => {
    if (!type?.text) return;
    const expanded = type.text.replace(/\b[A-Z]\w*\b/g, (name) => stringUnions.get(name) ?? name);
    if (expanded === type.text) return;
    type.text = expanded;
    delete type.references; // they point at offsets in the old text
  };
  return {
    name: 'recovery-widgets-public-interface',
    analyzePhase({ ts, node }) {
      // `ts` is the analyzer's own TypeScript: its syntax kinds are the ones these nodes carry.
      if (!ts.isTypeAliasDeclaration(node) || node.typeParameters) return;
      const members = ts.isUnionTypeNode(node.type) ? node.type.types : [node.type];
      const strings = members.every((member) => ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal));
      if (strings) stringUnions.set(node.name.text, members.map((member) => `'${member.literal.text}'`).join(' | '));
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) => (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#'),
            );
          }
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) expandUnions(item.type);
        }
      }
      rewritePaths(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // The strings (i18n/) are no interface: they were a third of the manifest, which ships in the package.
  exclude: ['src/**/*.test.ts', 'src/**/i18n/**'],
  outdir: '.',
  // package.json names the manifest itself ("customElements"); an analysis written elsewhere (`--outdir`, as the
  // framework types test does) must not point it there.
  packagejson: false,
  litelement: true,
  // Tags are registered through the guarded defineElement(), so classes name their tag with @tagname.
  plugins: [publicInterfaceOnly()],
};
