// `npm run analyze`: custom-elements.json, the manifest editors, Storybook and framework tooling read.
// It is made to tell the truth about the package as published (test/node/manifest.test.ts checks it):
// - only the public interface: private and protected members, and members marked @internal, are left out;
// - every event has a name (the analyzer also lists `dispatchEvent(new X())` calls, nameless, beside the
//   documented `@fires`);
// - module paths are those of the package (dist/*.js), not of this repository's sources (src/*.ts).
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
  return {
    name: 'recovery-widgets-public-interface',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) => (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#'),
            );
          }
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
        }
      }
      rewritePaths(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  // Tags are registered through the guarded defineElement(), so classes name their tag with @tagname.
  plugins: [publicInterfaceOnly()],
};
