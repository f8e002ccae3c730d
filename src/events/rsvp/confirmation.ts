/**
 * What a visitor sees once their RSVP is made: that they are in (or on the waitlist), what they sent, the
 * calendar as one group of actions, and the private link to change or cancel, shown whole so it can be
 * checked and copied on a phone.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AlumniEvent } from '../parse.js';
import type { RsvpRequest } from '../rsvp-model.js';
import type { CalendarLinks } from './calendar-links.js';
import type { RsvpContext, Translate } from './context.js';
import type { Created } from './responses.js';
import { manageUrl } from './page.js';

/** An RSVP the server made, and the body it made it from (an earlier one, when `replayed`). */
export interface Confirmed extends Created {
  replayed: boolean;
  sent: RsvpRequest;
}

/**
 * What was sent, as the visitor would read it back: label and value, in the form's order. Questions left
 * blank are left out; a guest count only where the event takes guests.
 */
export function recap(sent: RsvpRequest, event: AlumniEvent, t: Translate): Array<[string, string]> {
  const rows: Array<[string, string]> = [[t('rsvp.recapName'), sent.name]];
  if (sent.email) rows.push([t('rsvp.email'), sent.email]);
  if (sent.phone) rows.push([t('rsvp.phone'), sent.phone]);
  if (event.maxGuests > 0) rows.push([t('rsvp.recapGuests'), String(sent.guests)]);
  for (const { questionId, value } of sent.answers) {
    const question = event.questions.find((q) => q.id === questionId);
    if (question) rows.push([question.label, typeof value === 'boolean' ? t(value ? 'rsvp.yes' : 'rsvp.no') : value]);
  }
  return rows;
}

export interface ConfirmationView {
  /** The form's id, which the confirmation's ids start with. */
  base: string;
  event: AlumniEvent;
  result: Confirmed;
  links: CalendarLinks;
  context: RsvpContext;
  /** Whether the private link was copied (undefined until the visitor presses Copy). */
  copied: boolean | undefined;
  onCopied: (copied: boolean) => void;
}

export function renderConfirmation({ base, event, result, links, context, copied, onCopied }: ConfirmationView): TemplateResult {
  const { t } = context;
  const confirmed = result.status === 'confirmed';
  const joinUrl = confirmed ? result.joinUrl : undefined;
  return html`<section part="confirmation" class="confirmation" aria-labelledby="${base}-done">
    <div class="done-head">
      <span class="tick ${confirmed ? '' : 'wait'}" aria-hidden="true"></span>
      <h4 id="${base}-done" tabindex="-1">${t(confirmed ? 'rsvp.confirmed' : 'rsvp.waitlisted')}</h4>
    </div>
    ${result.replayed ? html`<p>${t('rsvp.replayed')}</p>` : nothing}
    ${result.sent.emailMe && result.sent.email ? html`<p role="status">${t('rsvp.emailSent', { address: result.sent.email })}</p>` : nothing}
    ${joinUrl ? html`<p><a class="button" href=${joinUrl} target="_blank" rel="noopener noreferrer">${t('rsvp.join')}</a></p>` : nothing}
    <div class="recap-box">
      <h5 id="${base}-recap">${t('rsvp.recapHeading')}</h5>
      <dl class="recap">
        ${recap(result.sent, event, t).map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}
      </dl>
    </div>
    ${links.render(`${base}-calendar`, event, joinUrl, context)}
    ${renderManageLink(`${base}-manage-url`, manageUrl(result.manageToken), t, copied, onCopied)}
  </section>`;
}

/**
 * The private link in a box that shows all of it, wrapped (a one-line field would hide most of it on a
 * phone), with a copy button. Where there is no clipboard (an iframe without permission, a plain-http page)
 * the link is selected and the visitor is told to copy it by hand. The secret is in the link's fragment,
 * which browsers never send to a server or in a Referer. (core/private-link.ts draws the one-line field the
 * story form still uses.)
 */
function renderManageLink(id: string, url: string, t: Translate, copied: boolean | undefined, onCopied: (copied: boolean) => void): TemplateResult {
  const copy = async (e: Event) => {
    // Read before waiting: once the click's dispatch ends, its target is no longer inside this shadow root.
    const box = (e.currentTarget as HTMLElement).closest('.manage-link')?.querySelector('textarea');
    const done = await navigator.clipboard?.writeText(url).then(() => true, () => false);
    if (done) return onCopied(true);
    box?.focus();
    box?.select();
    onCopied(false);
  };
  return html`<div class="manage-link">
    <label for=${id}>${t('rsvp.manageLink')}</label>
    <textarea id=${id} readonly rows="3" spellcheck="false" aria-describedby="${id}-note" .value=${url}
      @focus=${(e: FocusEvent) => (e.target as HTMLTextAreaElement).select()}></textarea>
    <div class="row">
      <button type="button" class="secondary" @click=${copy}>${t('rsvp.copy')}</button>
      <span role="status">${copied === undefined ? '' : t(copied ? 'rsvp.copied' : 'rsvp.copyByHand')}</span>
    </div>
    <p class="hint" id="${id}-note">${t('rsvp.manageNote')}</p>
  </div>`;
}
