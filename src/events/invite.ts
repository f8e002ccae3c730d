/**
 * Inviting a friend to an event: the link to pass on. It is the page's `event-url` template with `{id}` filled
 * in, else this page with `#event=<id>`, which the element answers by bringing that event into view. What the
 * card then says (copied, or the link to copy by hand) loads with the RSVP views (rsvp/invite-status.ts).
 */

/** `#event=<id>`: an invitation's link to one event on this page. */
export const EVENT_HASH = /^#event=([A-Za-z0-9_-]{1,64})$/;

export function eventAddress(id: string, template: string | undefined, page: string): string {
  if (template?.includes('{id}')) {
    try {
      return new URL(template.replaceAll('{id}', encodeURIComponent(id)), page).href;
    } catch {
      // An unusable template: this page instead.
    }
  }
  return `${page.replace(/#.*$/, '')}#event=${encodeURIComponent(id)}`;
}
