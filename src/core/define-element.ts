/**
 * Guarded registration. A page may load the widgets twice (a CDN tag and a bundle, two plugins): defining a tag
 * that is already defined is never a throw. Two copies of one version share harmlessly; when the copy there
 * first is another version, its element is the one the page gets, and the console says so, with both versions.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor & { version?: string }): void {
  // (Where there is no customElements, as in a worker, Lit's classes could not be defined either: no guard.)
  const defined = customElements.get(tag) as { version?: string } | undefined;
  if (!defined) customElements.define(tag, constructor);
  else misuse((m) => m.defined(tag, defined, constructor));
}

/** Says what is wrong in the console; the sentences load only when there is something to say. */
export function misuse(say: (module: typeof import('./misuse.js')) => void): void {
  void import('./misuse.js').then(say);
}
