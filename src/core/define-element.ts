/**
 * Guarded registration. A page may load the widgets twice (a CDN tag and a bundle, two plugins):
 * defining a tag that is already defined is a no-op, never a throw.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, constructor);
}
