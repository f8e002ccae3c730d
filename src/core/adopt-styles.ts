import { adoptStyles, type CSSResult, type LitElement } from 'lit';

const styled = new WeakMap<ShadowRoot, Set<CSSResult>>();

/**
 * Adds styles to an element's own, once: for views that load on demand (a form, a dialog), whose styles
 * should load with them rather than with the element.
 */
export function addStyles(host: HTMLElement, ...styles: CSSResult[]): void {
  const root = host.shadowRoot;
  if (!root) return;
  const added = styled.get(root) ?? new Set();
  const fresh = styles.filter((style) => !added.has(style));
  if (fresh.length === 0) return;
  for (const style of fresh) added.add(style);
  styled.set(root, added);
  adoptStyles(root, [...(host.constructor as typeof LitElement).elementStyles, ...added]);
}
