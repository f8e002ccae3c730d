// Where a story lives: its address to share, and the fragments the element answers to.

/**
 * A story's address: the page's `story-url` template with `{id}` filled in (a story's own page), else this
 * page with `#story=<id>`, which the element opens on arrival.
 */
export function storyAddress(id: string, template: string | undefined, page: string): string {
  if (template?.includes('{id}')) {
    try {
      return new URL(template.replaceAll('{id}', encodeURIComponent(id)), page).href;
    } catch {
      // An unusable template: fall back to this page.
    }
  }
  return `${page.replace(/#.*$/, '')}#story=${encodeURIComponent(id)}`;
}

/** `#story=<id>` in a page's fragment. */
export const STORY_HASH = /^#story=([A-Za-z0-9_-]{1,64})$/;
/** `#story-withdraw=<token>`: a fragment, so the secret never reaches a server log or a Referer header. */
export const WITHDRAW_HASH = /^#story-withdraw=([A-Za-z0-9_-]{32,128})$/;
