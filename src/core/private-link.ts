import { html, type TemplateResult } from 'lit';

export interface PrivateLinkText {
  /** What the link is for ("Your private link to change or cancel"). */
  label: string;
  /** Who should have it ("Keep it to yourself: anyone with it can ..."). */
  note: string;
  copy: string;
  copied: string;
  copyByHand: string;
}

/**
 * A private link (to manage an RSVP, to withdraw a story) with a copy button. Where there is no clipboard (an
 * iframe without permission, a plain-http page) the link is selected and the visitor is told to copy it by
 * hand. The secret is in the link's fragment, which browsers never send to a server or in a Referer.
 * `copied` is undefined until the visitor presses Copy; `onCopied` says how it went.
 */
export function renderPrivateLink(
  id: string,
  url: string,
  text: PrivateLinkText,
  copied: boolean | undefined,
  onCopied: (copied: boolean) => void,
): TemplateResult {
  const copy = async (e: Event) => {
    // Read before waiting: once the click's dispatch ends, its target is no longer inside this shadow root.
    const input = (e.currentTarget as HTMLElement).closest('.private-link')?.querySelector('input');
    const done = await navigator.clipboard?.writeText(url).then(() => true, () => false);
    if (done) return onCopied(true);
    input?.focus();
    input?.select();
    onCopied(false);
  };
  return html`<div class="private-link manage-link">
    <label for=${id}>${text.label}</label>
    <div class="row">
      <input id=${id} type="url" readonly .value=${url} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />
      <button type="button" class="secondary" @click=${copy}>${text.copy}</button>
    </div>
    <p class="hint">${text.note}</p>
    <span role="status">${copied === undefined ? '' : copied ? text.copied : text.copyByHand}</span>
  </div>`;
}
