/**
 * Guarded registration. A page may load the widgets twice (a CDN tag and a bundle, two plugins): defining a tag
 * that is already defined is never a throw. Two copies of one version share harmlessly; when the copy there
 * first is another version, its element is the one the page gets, and the console says so, with both versions.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor & { version?: string }): void {
  if (typeof customElements === 'undefined') return;
  const defined = customElements.get(tag) as { version?: string } | undefined;
  if (!defined) customElements.define(tag, constructor);
  else if (defined.version !== constructor.version) void import('./misuse.js').then((m) => m.versionConflict(tag, defined.version, constructor.version));
}
