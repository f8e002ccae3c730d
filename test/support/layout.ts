/**
 * What a person would see go wrong in a layout, checked in the real browser: text covered by another element
 * (the first and last glyphs of each heading, label, button and paragraph must be that element's own when
 * hit-tested),
 * and a page wider than its container (horizontal scrolling on a phone).
 */
import { expect } from '@open-wc/testing';

const TEXT = 'h1, h2, h3, h4, h5, p, label, legend, button, a';

/** Every visible text element in `el`'s shadow root that another element covers, by its text. */
export function coveredText(el: HTMLElement): string[] {
  const root = el.shadowRoot!;
  const covered: string[] = [];
  for (const node of root.querySelectorAll<HTMLElement>(TEXT)) {
    const text = node.textContent?.trim();
    if (!text) continue;
    // Each piece of text is brought on screen before it is hit-tested: elementFromPoint sees only the viewport.
    node.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.selectNodeContents(node);
    const lines = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
    // The first glyph of the first line and the last glyph of the last line (not rendered: nothing to cover).
    const points = lines.length ? [[lines[0]!.left + 2, lines[0]!], [lines.at(-1)!.right - 2, lines.at(-1)!]] as const : [];
    for (const [x, line] of points) {
      const hit = root.elementFromPoint(x, line.top + line.height / 2);
      if (hit && hit !== node && !node.contains(hit) && !hit.contains(node)) {
        covered.push(`${text.slice(0, 40)} (under ${hit.tagName.toLowerCase()}.${hit.className})`);
        break;
      }
    }
  }
  return covered;
}

/** The element fits its width, and no text of it is covered (anywhere in it, scrolled to in turn). */
export function expectLaidOut(el: HTMLElement, width: number): void {
  expect(el.scrollWidth, 'no horizontal scrolling').to.be.at.most(width);
  expect(coveredText(el)).to.deep.equal([]);
}
