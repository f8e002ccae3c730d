/**
 * What the console says when a page uses the elements in a way that cannot work. Loaded only when there is
 * something to say, so these sentences cost no visitor of a page that works. Each is said once per page.
 */
const said = new Set<string>();

function warnOnce(message: string): void {
  if (said.has(message)) return;
  said.add(message);
  console.warn(message);
}

/** A data list written as an attribute (a framework that rendered the tag before it was defined). */
export function attribute(element: Element): void {
  const tag = element.localName;
  const name = tag.slice(9); // recovery-meetings: meetings
  warnOnce(
    `<${tag}>: the "${name}" attribute is ignored, so the list stays empty. Set the ${name} property instead; a framework writes an attribute when the tag is not defined yet, so import the element's define module (e.g. recovery-widgets/define) before rendering.`,
  );
}

/** A tag another copy of recovery-widgets defined first: that copy's element is used. Of one version, no harm. */
export function defined(tag: string, first: { version?: string }, second: { version?: string }): void {
  const [defined, ours] = [first.version, second.version];
  if (defined === ours) return;
  warnOnce(
    `<${tag}> is already defined by recovery-widgets ${defined ?? '(unknown version)'}; this copy (${ours ?? 'unknown version'}) was not registered, and the page uses the first. Load one copy of recovery-widgets (one CDN tag or one bundle).`,
  );
}
