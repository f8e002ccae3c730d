/**
 * Inviting a friend to an event: the link to pass on, and what the card says about how it went. The link is
 * the page's `event-url` template with `{id}` filled in, else this page with `#event=<id>`, which the element
 * answers by bringing that event into view.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey, MessageParams } from '../core/i18n/messages.js';
import type { ShareOutcome } from '../core/share.js';

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

/** How the invitation went: copied, or the link to copy by hand (a live region, always there). */
export function renderInviteStatus(
  id: string,
  outcome: ShareOutcome | undefined,
  url: string,
  t: (key: MessageKey, params?: MessageParams) => string,
): TemplateResult {
  return html`<div class="invite" role="status">
    ${outcome === 'copied' ? html`<p>${t('events.linkCopied')}</p>` : nothing}
    ${outcome === 'by-hand'
      ? html`<label for="invite-${id}">${t('events.copyLink')}</label>
          <input id="invite-${id}" type="url" readonly .value=${url} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />`
      : nothing}
  </div>`;
}
