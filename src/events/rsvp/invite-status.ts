/**
 * What an event's card says after "Invite a friend": that the link was copied, or the link itself, selected,
 * to copy by hand. Loaded with the RSVP views, the first time it is needed (the share sheet, where there is
 * one, says all there is to say). The card keeps the live region this is rendered into, so it is heard.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { addStyles } from '../../core/adopt-styles.js';
import { formStyles } from '../../core/form.styles.js';
import type { ShareOutcome } from '../../core/share.js';
import type { Host, Translate } from './context.js';
import { rsvpStyles } from './rsvp.styles.js';

export function inviteStatus(host: Host, id: string, outcome: ShareOutcome | undefined, url: string, t: Translate): TemplateResult | typeof nothing {
  // The link to copy is a field like the forms' (once adopted, adding again does nothing).
  addStyles(host, formStyles, rsvpStyles);
  if (outcome === 'copied') return html`<p>${t('rsvp.inviteCopied')}</p>`;
  if (outcome !== 'by-hand') return nothing;
  return html`<label for="invite-${id}">${t('rsvp.inviteCopy')}</label>
    <input id="invite-${id}" type="url" readonly .value=${url} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />`;
}

/** Where the link is shown to copy by hand, it is selected, ready to copy. */
export async function selectInvite(host: Host, id: string, outcome: ShareOutcome): Promise<void> {
  if (outcome !== 'by-hand') return;
  await host.updateComplete;
  host.shadowRoot?.querySelector<HTMLInputElement>(`#invite-${CSS.escape(id)}`)?.select();
}
