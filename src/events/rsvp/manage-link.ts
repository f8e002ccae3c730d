import { html, type TemplateResult } from 'lit';
import type { RsvpContext } from './context.js';

/**
 * The private link to change or cancel an RSVP, with a copy button: where there is no clipboard, the link is
 * selected and the visitor is told to copy it by hand.
 */
export function renderManageLink(
  context: RsvpContext,
  id: string,
  token: string,
  copied: boolean | undefined,
  onCopied: (copied: boolean) => void,
): TemplateResult {
  const { t } = context;
  const url = context.manageUrl(token);
  const copy = async (e: Event) => {
    // Read before waiting: once the click's dispatch ends, its target is no longer inside this shadow root.
    const input = (e.currentTarget as HTMLElement).closest('.manage-link')?.querySelector('input');
    const copied = await navigator.clipboard?.writeText(url).then(() => true, () => false);
    if (copied) return onCopied(true);
    // No clipboard here (an iframe without permission, a plain-http page): select the link to copy by hand.
    input?.focus();
    input?.select();
    onCopied(false);
  };

  return html`<div class="manage-link">
    <label for=${id}>${t('rsvp.manageLink')}</label>
    <div class="row">
      <input id=${id} type="url" readonly .value=${url} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />
      <button type="button" class="secondary" @click=${copy}>${t('rsvp.copy')}</button>
    </div>
    <p class="hint">${t('rsvp.manageNote')}</p>
    <span role="status">${copied === undefined ? '' : t(copied ? 'rsvp.copied' : 'rsvp.copyByHand')}</span>
  </div>`;
}

