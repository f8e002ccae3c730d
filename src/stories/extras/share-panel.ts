import { html, nothing, type TemplateResult } from 'lit';
import { addStyles } from '../../core/adopt-styles.js';
import type { Story } from '../parse.js';
import type { Host, StoriesExtrasContext } from './context.js';
import { extrasStyles } from './extras.styles.js';
import { TARGET_NAMES, shareLink, shareTargets } from './share-links.js';

/**
 * Sharing a story where the browser has no share sheet (or it failed): the story's link, copied or shown
 * selected to copy by hand (core/share.ts decides), beside the plain links the center lists.
 */
export class SharePanel {
  private shown?: { id: string; copied: boolean };

  constructor(
    private readonly host: Host,
    private readonly context: () => StoriesExtrasContext,
  ) {
    addStyles(host, extrasStyles);
  }

  /** `copied`: whether the link is already on the clipboard; otherwise it is shown, selected, to copy by hand. */
  async open(story: Story, copied: boolean): Promise<void> {
    this.shown = { id: story.id, copied };
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (!copied) this.host.shadowRoot?.querySelector<HTMLInputElement>(`#share-${CSS.escape(story.id)}`)?.select();
  }

  render(story: Story): TemplateResult | typeof nothing {
    if (this.shown?.id !== story.id) return nothing;
    const { t, address, shareTargets: list } = this.context();
    const url = address(story);
    const targets = shareTargets(list);
    // Shown inside the element's status region for the story, always on the page, so "Link copied" is heard.
    return html`<div class="share-panel">
      ${this.shown.copied
        ? html`<p>${t('stories.copied')}</p>`
        : html`<label for="share-${story.id}">${t('stories.copyByHand')}</label>
            <input id="share-${story.id}" type="url" readonly .value=${url} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />`}
      ${targets.length
        ? html`<p class="links">
            <span class="muted">${t('stories.shareLinks')}</span>
            ${targets.map(
              (target) => html`<a href=${shareLink(target, story.title, url)} target="_blank" rel="noopener noreferrer">
                ${target === 'email' ? t('stories.email') : TARGET_NAMES[target]}
              </a>`,
            )}
          </p>`
        : nothing}
    </div>`;
  }
}
