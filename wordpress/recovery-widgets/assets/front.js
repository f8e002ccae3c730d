// The elements (the CDN build beside this file; its chunks load relative to it, from this plugin's folder), and
// the crisis lines from Settings → Recovery widgets, which the elements take as a property: the server writes
// them as JSON on each <recovery-provider data-crisis-lines>, and this hands them to the milestone and stories
// inside it, so that no inline script is needed.
import './cdn/recovery-widgets.js';

const TAKERS = 'recovery-milestone, recovery-stories';

function apply(root) {
  for (const provider of root.querySelectorAll('recovery-provider[data-crisis-lines]')) {
    let lines;
    try {
      lines = JSON.parse(provider.dataset.crisisLines);
    } catch {
      continue;
    }
    if (!Array.isArray(lines)) continue;
    for (const element of provider.querySelectorAll(TAKERS)) {
      if (!element.crisisLines) element.crisisLines = lines.map(({ label, phone }) => ({ label, phone }));
    }
  }
}

apply(document);
// The block editor's preview inserts elements later, each time a block's options change.
if (document.body?.classList.contains('block-editor-page')) {
  new MutationObserver(() => apply(document)).observe(document.body, { childList: true, subtree: true });
}
