/**
 * "Email me my link": a guest who lost the private link to their RSVP gives the event and the email address they
 * RSVP'd with, and the center emails a fresh link, if there is such an RSVP. The answer is the same whether or
 * not there is one (the server answers alike, and so does this form): the form never tells anyone whether an
 * address is on a guest list.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { addStyles } from '../../core/adopt-styles.js';
import { formStyles } from '../../core/form.styles.js';
import { renderField, renderNotices, type Notice } from '../../core/form-field.js';
import { apiUrl } from '../../core/http.js';
import { sendJson } from '../../core/send.js';
import { sendFailure } from '../../core/intent.js';
import type { MessageKey, MessageParams } from '../../core/i18n/messages.js';
import type { AlumniEvent } from '../parse.js';
import { isEmail } from '../rsvp-model.js';
import { linkStyles } from './link.styles.js';
import { pageAddress } from '../rsvp/page.js';

/** What the element lends the form. */
export interface LinkContext {
  t: (key: MessageKey, params?: MessageParams) => string;
  lang: string;
  api?: string;
  timeoutMs: number;
  /** The listed events (the form offers those the center can email about). */
  events: AlumniEvent[];
}

type Host = ReactiveControllerHost & HTMLElement;
type Field = 'event' | 'email';

export class LinkFormController {
  private chosen = '';
  private email = '';
  private errors: Partial<Record<Field, MessageKey>> = {};
  private notice?: Notice;
  private busy = false;
  /** The last send got no answer: it may or may not have arrived, and sending again is harmless. */
  private failed = false;
  private waitTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: Host,
    private readonly context: () => LinkContext,
  ) {
    addStyles(host, formStyles, linkStyles);
  }

  /** Focus goes to the first field, so the visitor who opened the form is in it. */
  async focus(): Promise<void> {
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('#link-form :is(select,input)')?.focus();
  }

  /** The event the request is for: the one listed, or the one chosen. */
  private eventId(events: AlumniEvent[]): string {
    return events.length === 1 ? events[0]!.id : events.some((e) => e.id === this.chosen) ? this.chosen : '';
  }

  private events(): AlumniEvent[] {
    return this.context().events.filter((event) => event.emailUpdates);
  }

  render(): TemplateResult {
    const { t } = this.context();
    const events = this.events();
    const field = (name: Field, label: string, control: (a: { id: string; describedBy: string | typeof nothing; invalid: 'true' | 'false' }) => TemplateResult) =>
      renderField({ id: `link-${name}`, label, note: t('link.required'), error: this.errors[name] && t(this.errors[name]), control });
    const chosen = this.eventId(events);
    return html`<form id="link-form" part="link-form" class="link-form" novalidate aria-labelledby="link-heading" @submit=${this.onSubmit} @input=${this.onInput} @change=${this.onInput}>
      <h3 id="link-heading">${t('link.heading')}</h3>
      <p>${t('link.intro')}</p>
      ${events.length === 1
        ? html`<p><span class="label">${t('link.event')}:</span> ${events[0]!.title}</p>`
        : field('event', t('link.event'), (a) => html`<select id=${a.id} name="event" required aria-describedby=${a.describedBy} aria-invalid=${a.invalid}>
            <option value="" ?selected=${!chosen}>${t('link.choose')}</option>
            ${events.map((event) => html`<option value=${event.id} ?selected=${event.id === chosen}>${event.title}</option>`)}
          </select>`)}
      ${field('email', t('link.email'), (a) => html`<input id=${a.id} name="email" type="email" autocomplete="email" maxlength="254" required
        aria-describedby=${a.describedBy} aria-invalid=${a.invalid} .value=${this.email} />`)}
      ${renderNotices(this.notice, t, this.failed && !this.busy ? this.retry : undefined)}
      <div class="actions">
        <button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${t(this.busy && !this.waitTimer ? 'link.sending' : 'link.send')}</button>
      </div>
    </form>`;
  }

  private readonly onInput = (e: Event) => {
    const { name, value } = e.target as HTMLInputElement;
    if (name === 'event') this.chosen = value;
    else if (name === 'email') this.email = value;
    else return;
    delete this.errors[name];
    this.host.requestUpdate();
  };

  private readonly onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    void this.send();
  };

  /** "Try again" goes away once pressed: focus moves to the send button first, which says "Sending…". */
  private readonly retry = async () => {
    this.host.shadowRoot?.querySelector<HTMLElement>('#link-form button[type="submit"]')?.focus();
    await this.send();
  };

  /** Sends the request; "Try again" after a lost answer sends the same (asking twice sends two links, no harm). */
  private readonly send = async () => {
    if (this.busy) return;
    const { lang, api, timeoutMs } = this.context();
    const eventId = this.eventId(this.events());
    const email = this.email.trim();
    this.errors = {};
    if (!eventId) this.errors.event = 'link.error.event';
    if (!isEmail(email)) this.errors.email = 'link.error.email';
    this.notice = undefined;
    this.failed = false;
    if (!eventId || !isEmail(email)) return this.showErrors();
    this.busy = true;
    this.host.requestUpdate();
    try {
      const url = apiUrl(api ?? '', `/events/${encodeURIComponent(eventId)}/manage-link`);
      await sendJson('POST', url, { email, lang, page: pageAddress() }, { timeoutMs });
      this.notice = { key: 'link.sent' };
    } catch (error) {
      const failure = sendFailure(error);
      // The address refused is the visitor's to fix; anything else (a page not on the center's sites) is not.
      if (failure.kind === 'fields' && failure.fields.some((f) => f.field === 'email')) {
        this.errors.email = 'link.error.email';
        this.busy = false;
        return this.showErrors();
      }
      if (failure.kind === 'wait') {
        // Sending stays off until the wait is over; the message says how long.
        this.notice = { key: 'link.wait', params: { count: failure.seconds }, alert: true };
        this.waitTimer = setTimeout(() => {
          this.waitTimer = undefined;
          this.busy = false;
          this.notice = undefined;
          this.host.requestUpdate();
        }, failure.seconds * 1000);
        return this.host.requestUpdate();
      }
      this.failed = failure.kind === 'unknown';
      this.notice = { key: this.failed ? 'link.failed' : failure.kind === 'refused' && failure.status === 404 ? 'link.gone' : 'error.generic', alert: true };
    }
    this.busy = false;
    this.host.requestUpdate();
  };

  private async showErrors() {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('#link-form [aria-invalid="true"]')?.focus();
  }
}
