/**
 * One event's RSVP form and, once sent, its confirmation.
 *
 * Sending is safe to repeat: one intent has one Idempotency-Key (kept in the draft, across retries and
 * reloads); only one request is in flight at a time; and when a reply is lost, everything typed stays and
 * "try again" resends with the same key, so the server answers with the RSVP it already made.
 */
import { html, type ReactiveController, type TemplateResult } from 'lit';
import { addStyles } from '../../core/adopt-styles.js';
import { formStyles } from '../../core/form.styles.js';
import { apiUrl } from '../../core/http.js';
import { newIdempotencyKey, sendJson } from '../../core/send.js';
import { errorMessage, errorStatus } from '../../core/errors.js';
import { RecoveryErrorEvent } from '../../core/events.js';
import { RecoveryRsvpEvent } from '../../core/submit-events.js';

import type { AlumniEvent } from '../parse.js';
import {
  asksEmail,
  draftStore,
  emptyDraft,
  formField,
  requestBody,
  validateDraft,
  wouldWaitlist,
  type Draft,
  type FieldProblem,
  type FieldErrors,
  type RsvpRequest,
} from '../rsvp-model.js';
import { sendFailure, sendIntent, withUnanswered } from '../../core/intent.js';
import { renderNotices } from '../../core/form-field.js';
import { renderFields } from './fields.js';
import { pageAddress } from './page.js';
import { CalendarLinks } from './calendar-links.js';
import type { Host, Notice, RsvpContext } from './context.js';
import { readCreated, type Created } from './responses.js';
import { renderConfirmation, type Confirmed } from './confirmation.js';
import { rsvpStyles } from './rsvp.styles.js';

/** Our own translated message for a field the server refused (server text may be English, or jargon). */
function messageFor(field: string, event: AlumniEvent): FieldProblem {
  if (field === 'name' || field === 'email' || field === 'phone') return { key: `rsvp.error.${field}` };
  if (field === 'guests') return { key: 'rsvp.error.guests', params: { count: event.maxGuests } };
  return { key: 'rsvp.error.answer' };
}

type Phase = 'editing' | 'sending' | 'failed' | 'waiting' | 'done';

/** One event's RSVP form and, once sent, its confirmation. */
export class RsvpFormController implements ReactiveController {
  phase: Phase = 'editing';
  private draft: Draft;
  private errors: FieldErrors = {};
  private notice?: Notice;
  private result?: Confirmed;
  /** The body the server made the RSVP from (after a lost reply, an earlier one may be it). */
  private sent?: RsvpRequest;
  private event?: AlumniEvent;
  private waitTimer?: ReturnType<typeof setTimeout>;
  private readonly links = new CalendarLinks();
  private copied?: boolean;

  constructor(
    private readonly host: Host,
    private readonly context: () => RsvpContext,
    readonly eventId: string,
  ) {
    host.addController(this);
    addStyles(host, formStyles, rsvpStyles);
    this.draft = draftStore.read(eventId) ?? emptyDraft(newIdempotencyKey());
  }

  /** Starts from the name the visitor gave before (RSVP again), unless a draft of this tab has one. */
  prefill(name: string): void {
    this.draft.name ||= name;
  }

  get done(): boolean {
    return this.phase === 'done';
  }

  /** Shown on its event's card (the card's toggle opens and closes it). */
  open = false;

  async show(focus: boolean): Promise<void> {
    this.open = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (focus) this.host.shadowRoot?.querySelector<HTMLElement>(`#${this.base} input`)?.focus();
  }

  /** Closes the form, and gives focus back to the toggle that opened it. */
  async hide(): Promise<void> {
    this.open = false;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(this.eventId)}"] .toggle`)?.focus();
  }

  hostDisconnected(): void {
    clearTimeout(this.waitTimer);
    if (this.phase === 'waiting') this.phase = 'editing';
    this.links.release();
  }

  private get base(): string {
    return `rsvp-${this.eventId}`;
  }

  render(event: AlumniEvent): TemplateResult {
    this.event = event;
    // A draft kept from before may ask for more guests than the event now takes.
    if (this.draft.guests > event.maxGuests) this.draft.guests = event.maxGuests;
    return this.phase === 'done' ? this.renderDone(event) : this.renderForm(event);
  }

  private renderForm(event: AlumniEvent): TemplateResult {
    const { t } = this.context();
    const { base, draft } = this;
    const busy = this.phase === 'sending' || this.phase === 'waiting';
    const waitlist = wouldWaitlist(event, draft.guests);
    return html`<form
      id=${base}
      part="rsvp-form"
      class="rsvp"
      novalidate
      aria-labelledby="${base}-heading"
      @submit=${this.onSubmit}
      @input=${this.onInput}
      @change=${this.onInput}
    >
      <h4 id="${base}-heading">${t('rsvp.heading', { title: event.title })}</h4>
      ${renderFields({ base, event, draft, errors: this.errors, t })}
      <p class="privacy">${t('rsvp.privacy')}</p>
      ${this.renderNotice()}
      <div class="actions">
        <button type="submit" aria-disabled=${busy ? 'true' : 'false'}>
          ${this.phase === 'sending' ? t('rsvp.sending') : t(waitlist ? 'rsvp.sendWaitlist' : 'rsvp.send')}
        </button>
      </div>
    </form>`;
  }

  private renderNotice(): TemplateResult {
    return renderNotices(this.notice, this.context().t, this.phase === 'failed' ? this.retry : undefined);
  }

  /** "Try again" goes away once pressed: focus moves to the send button, which then says "Sending…". */
  private readonly retry = async () => {
    this.host.shadowRoot?.querySelector<HTMLElement>(`#${this.base} button[type="submit"]`)?.focus();
    await this.submit();
  };

  private readonly onInput = (e: Event) => {
    const target = e.target as HTMLInputElement | HTMLSelectElement;
    const field = target.name;
    if (!field) return;
    if (field === 'guests') this.draft.guests = Number(target.value);
    else if (field === 'emailMe') this.draft.emailMe = (target as HTMLInputElement).checked;
    else if (field === 'name' || field === 'email' || field === 'phone') this.draft[field] = target.value;
    else if (field.startsWith('answers.')) {
      const id = field.slice('answers.'.length);
      this.draft.answers[id] = target.type === 'radio' ? target.value === 'yes' : target.value;
    }
    // Cleared as soon as the visitor edits the field (or unticks what asked for it); checked again on send.
    const cleared = (name: string) => name === field || (name === 'email' && !asksEmail(this.draft, this.event!));
    this.errors = Object.fromEntries(Object.entries(this.errors).filter(([name]) => !cleared(name)));
    draftStore.write(this.eventId, this.draft);
    this.host.requestUpdate();
  };

  private readonly onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    void this.submit();
  };

  /** Sends the RSVP. A second call while one is in flight (a double tap) does nothing. */
  async submit(): Promise<void> {
    const event = this.event;
    if (!event || this.phase === 'sending' || this.phase === 'waiting' || this.phase === 'done') return;
    this.errors = validateDraft(this.draft, event);
    const invalid = Object.keys(this.errors).length;
    if (invalid > 0) {
      this.notice = { key: 'rsvp.checkFields', params: { count: invalid }, alert: true };
      this.phase = 'editing';
      return this.showErrors();
    }
    // E-mailed links lead back to this page, as the link on screen does (the fragment is the link's own).
    const body = requestBody(this.draft, event, { lang: this.context().lang, page: pageAddress() });
    this.phase = 'sending';
    this.notice = undefined;
    this.host.requestUpdate();
    try {
      // Edited after a lost reply, the server refuses the key: the bodies sent without an answer are replayed.
      const { result, replayed } = await sendIntent(this.draft, body, (sent) => this.send(sent));
      await this.succeed(result, replayed);
    } catch (error) {
      await this.fail(error, body, event);
    }
  }

  private async send(body: RsvpRequest): Promise<Created> {
    const { api, timeoutMs } = this.context();
    const url = apiUrl(api ?? '', `/events/${encodeURIComponent(this.eventId)}/rsvps`);
    const { data } = await sendJson('POST', url, body, { idempotencyKey: this.draft.key, timeoutMs });
    const created = readCreated(url, data);
    this.sent = body;
    return created;
  }

  private async succeed(created: Created, replayed: boolean) {
    this.result = { ...created, replayed, sent: this.sent! };
    this.phase = 'done';
    this.notice = undefined;
    draftStore.clear(this.eventId);
    this.draft = emptyDraft(newIdempotencyKey());
    this.host.dispatchEvent(new RecoveryRsvpEvent({ eventId: this.eventId, status: created.status }));
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>(`#${this.base}-done`)?.focus();
    await this.context().refresh();
  }

  private async fail(error: unknown, body: RsvpRequest, event: AlumniEvent) {
    const status = errorStatus(error);
    const failure = sendFailure(error);
    // Still 'sending' while the events reload after a 409, so a tap meanwhile sends nothing.
    const reloaded = status === 409 ? await this.context().refresh() : undefined;
    this.phase = 'editing';
    if (failure.kind === 'fields') {
      const errors: FieldErrors = {};
      for (const { field } of failure.fields) {
        const formName = formField(field, body);
        if (formName) errors[formName] ??= messageFor(formName, event);
      }
      this.errors = errors;
      const count = Object.keys(errors).length;
      this.notice = count ? { key: 'rsvp.checkFields', params: { count }, alert: true } : { key: 'error.generic', alert: true };
      return this.showErrors();
    }
    if (status === 409) {
      const fresh = reloaded?.find((e) => e.id === this.eventId) ?? event;
      const closed = fresh.status === 'cancelled' || !fresh.rsvpOpen;
      this.notice = { key: closed ? 'rsvp.closed' : fresh.waitlist ? 'rsvp.fullWaitlist' : 'rsvp.full', alert: true };
    } else if (failure.kind === 'wait') {
      this.phase = 'waiting';
      this.notice = { key: 'rsvp.rateLimited', params: { count: failure.seconds }, alert: true };
      this.waitTimer = setTimeout(() => {
        this.phase = 'editing';
        this.notice = undefined;
        this.host.requestUpdate();
      }, failure.seconds * 1000);
    } else if (failure.kind === 'refused') {
      this.notice = { key: failure.status === 404 ? 'error.notFound' : 'error.generic', alert: true };
    } else {
      // The RSVP may or may not exist. Keep everything; retry with the same key.
      this.phase = 'failed';
      this.draft = withUnanswered(this.draft, body);
      draftStore.write(this.eventId, this.draft);
      this.notice = { key: 'rsvp.failed', alert: true };
    }
    const { t } = this.context();
    this.host.dispatchEvent(new RecoveryErrorEvent({ message: errorMessage(error, t), status }));
    this.host.requestUpdate();
  }

  private async showErrors() {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>(`#${this.base} [aria-invalid="true"]`)?.focus();
  }

  private renderDone(event: AlumniEvent): TemplateResult {
    return renderConfirmation({
      base: this.base,
      event,
      result: this.result!,
      links: this.links,
      context: this.context(),
      copied: this.copied,
      onCopied: (copied) => {
        this.copied = copied;
        this.host.requestUpdate();
      },
    });
  }
}

