import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { addStyles } from '../../core/adopt-styles.js';
import { formStyles } from '../../core/form.styles.js';
import { apiUrl, getJson } from '../../core/http.js';
import { sendJson } from '../../core/send.js';
import { HttpStatusError, errorMessage, errorStatus } from '../../core/errors.js';
import { RecoveryErrorEvent } from '../../core/events.js';
import { RecoveryRsvpEvent } from '../../core/submit-events.js';
import { LoadController } from '../../core/load-controller.js';
import { renderError, renderLoading } from '../../core/status.js';
import { eventWhen, timeLines } from '../format.js';
import { canRsvp } from '../parse.js';
import { renderNotices } from '../../core/form-field.js';
import { CalendarLinks } from './calendar-links.js';
import type { Host, Notice, RsvpContext } from './context.js';
import { TOKEN, readManagedRsvp, type ManagedRsvp } from './responses.js';
import { RsvpFormController } from './form.js';
import { rsvpStyles } from './rsvp.styles.js';

/** Changing guests or cancelling an RSVP, from the private link in the page's address (`#rsvp=<token>`). */
export class ManageController implements ReactiveController {
  private readonly data: LoadController<readonly [string | undefined], ManagedRsvp>;
  private busy = false;
  private confirming = false;
  private guests?: number;
  private notice?: Notice;
  private readonly links = new CalendarLinks();
  /** A new RSVP to the same event, after this one was cancelled. */
  private again?: RsvpFormController;

  constructor(
    private readonly host: Host,
    private readonly context: () => RsvpContext,
    private readonly token: string,
  ) {
    host.addController(this);
    addStyles(host, formStyles, rsvpStyles);
    this.data = new LoadController(host, {
      args: () => [this.context().api] as const,
      task: async ([api], { signal }) => {
        const url = apiUrl(api ?? '', `/rsvps/${token}`);
        // A link cut short (some mail apps wrap long ones) or changed is one no server knows: said at once.
        if (!TOKEN.test(token)) throw new HttpStatusError(url, 404, undefined);
        return readManagedRsvp(url, await getJson(url, { signal, timeoutMs: this.context().timeoutMs }));
      },
      onComplete: () => this.reveal(),
      onError: () => this.reveal(),
    });
  }

  private revealed = false;

  /** The link is one no server knows (cut short, changed, or its RSVP erased): the element then offers a new one. */
  get gone(): boolean {
    return this.data.status === 'error' && errorStatus(this.data.error) === 404;
  }

  /**
   * The visitor arrived by a link and may be screens above the view: once the RSVP (or why it cannot show) is
   * there, the view scrolls into sight and its heading or message takes focus, or, when it could not be read
   * for now, its Try again. Once: not after each reload.
   */
  private reveal() {
    if (this.revealed) return;
    this.revealed = true;
    void this.host.updateComplete.then(() => {
      const target = this.host.shadowRoot?.querySelector<HTMLElement>('[part~="manage"] :is([tabindex="-1"],[part~="retry"])');
      target?.scrollIntoView({ block: 'start' });
      target?.focus();
    });
  }

  hostDisconnected(): void {
    this.links.release();
  }

  dispose(): void {
    this.data.hostDisconnected();
    this.links.release();
    this.again?.hostDisconnected();
    if (this.again) this.host.removeController(this.again);
    this.host.removeController(this.data);
    this.host.removeController(this);
  }

  render(): TemplateResult {
    const { t } = this.context();
    return html`<section part="manage" class="manage">
      ${this.data.render({
        pending: () => renderLoading(t),
        // A link that no longer works is said plainly: trying again cannot help.
        error: (error) =>
          errorStatus(error) === 404
            ? html`<div part="empty" class="status gone" role="status">
                <h3 tabindex="-1">${t('rsvp.linkGoneHeading')}</h3>
                <p>${t('rsvp.linkGone')}</p>
              </div>`
            : renderError(errorMessage(error, t), () => void this.data.run(), t),
        complete: (detail) => this.renderDetail(detail),
      })}
      <p><button type="button" class="secondary" @click=${this.leave}>${t('rsvp.backToEvents')}</button></p>
    </section>`;
  }

  /** Back to the list: the private link leaves the address, and focus goes to the list that replaces this view. */
  private readonly leave = async () => {
    history.replaceState(history.state, '', location.pathname + location.search);
    this.context().leaveManage();
    // The button that was pressed is gone: keep the visitor's place.
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('.list')?.focus();
  };

  private renderDetail({ rsvp, event }: ManagedRsvp): TemplateResult {
    const { t, lang, visitorZone } = this.context();
    const when = eventWhen(event, lang, visitorZone);
    const times = timeLines(when, (time) => t('events.yourTime', { time }));
    const cancelled = rsvp.status === 'cancelled' || event.status === 'cancelled';
    // Said once, here: when the center cancelled the event, that is what matters, whatever the RSVP says.
    const statusKey =
      event.status === 'cancelled' ? 'rsvp.eventCancelled' : rsvp.status === 'confirmed' ? 'rsvp.confirmed' : rsvp.status === 'waitlisted' ? 'rsvp.waitlisted' : 'rsvp.cancelled';
    const guests = this.guests ?? rsvp.guests;
    const heading = html`<h3 tabindex="-1">${t('rsvp.manageHeading', { title: event.title })}</h3>
      <p class="when">
        <time datetime=${event.start}>${when.date}</time> ${times[0]}
        ${times[1] ? html`<span class="muted">${times[1]}</span>` : nothing}
      </p>`;
    // Once the new RSVP is made, its confirmation is what this view is about.
    if (this.again?.done) return html`${heading}${this.again.render(event)}`;
    return html`${heading}
      <p class="rsvp-status ${cancelled ? 'off' : rsvp.status}" tabindex="-1"><strong>${t(statusKey)}</strong>
        ${rsvp.waitlistPosition ? html` ${t('rsvp.waitlistPosition', { count: rsvp.waitlistPosition })}` : nothing}</p>
      ${rsvp.status === 'confirmed' && rsvp.joinUrl && !cancelled
        ? html`<p><a class="button" href=${rsvp.joinUrl} target="_blank" rel="noopener noreferrer">${t('rsvp.join')}</a></p>`
        : nothing}
      ${!cancelled && event.maxGuests > 0
        ? html`<form class="guests" @submit=${(e: SubmitEvent) => {
            e.preventDefault();
            void this.saveGuests();
          }}>
            <label for="manage-guests">${t('rsvp.guests')}</label>
            <div class="row">
              <select id="manage-guests" @change=${(e: Event) => {
                this.guests = Number((e.target as HTMLSelectElement).value);
                this.host.requestUpdate();
              }}>
                ${Array.from({ length: event.maxGuests + 1 }, (_, n) => html`<option value=${n} ?selected=${guests === n}>${n}</option>`)}
              </select>
              <button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${t('rsvp.changeGuests')}</button>
            </div>
          </form>`
        : nothing}
      ${cancelled ? nothing : this.links.render('manage-calendar', event, rsvp.status === 'confirmed' ? rsvp.joinUrl : undefined, this.context(), false)}
      ${renderNotices(this.notice, t)}
      ${cancelled ? this.renderAgain(rsvp, event) : this.renderCancel()}`;
  }

  /** After a cancellation, while the event still takes RSVPs and has a seat (or a waitlist): a new one, here. */
  private renderAgain(rsvp: ManagedRsvp['rsvp'], event: ManagedRsvp['event']): TemplateResult | typeof nothing {
    if (this.again) return this.again.render(event);
    if (rsvp.status !== 'cancelled' || !canRsvp(event)) return nothing;
    return html`<p><button type="button" @click=${() => void this.rsvpAgain(rsvp.name, event.id)}>${this.context().t('rsvp.again')}</button></p>`;
  }

  private async rsvpAgain(name: string, eventId: string) {
    this.again = new RsvpFormController(this.host, this.context, eventId);
    this.again.prefill(name);
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('[part~="manage"] form[part~="rsvp-form"] input')?.focus();
  }

  private renderCancel(): TemplateResult {
    const { t } = this.context();
    if (!this.confirming) {
      return html`<p><button type="button" class="danger" @click=${() => this.askToCancel()}>${t('rsvp.cancel')}</button></p>`;
    }
    return html`<div class="confirm" role="group" aria-labelledby="cancel-question">
      <p id="cancel-question">${t('rsvp.cancelConfirm')}</p>
      <div class="row">
        <button type="button" class="danger" aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => void this.cancel()}>
          ${t('rsvp.cancelYes')}
        </button>
        <button type="button" class="secondary" @click=${() => this.keep()}>${t('rsvp.cancelNo')}</button>
      </div>
    </div>`;
  }

  private async askToCancel() {
    this.confirming = true;
    this.notice = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('.confirm button')?.focus();
  }

  private async keep() {
    this.confirming = false;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('button.danger')?.focus();
  }

  private url(): string {
    return apiUrl(this.context().api ?? '', `/rsvps/${this.token}`);
  }

  /** Guests are set, not added: sending the same change twice is harmless, so a retry needs no key. */
  private async saveGuests() {
    if (this.busy) return;
    const guests = this.guests ?? this.data.value!.rsvp.guests;
    await this.write(async () => {
      const before = this.data.value!.rsvp.status;
      const { data } = await sendJson('PATCH', this.url(), { guests }, { timeoutMs: this.context().timeoutMs });
      const detail = readManagedRsvp(this.url(), data);
      this.data.value = detail;
      this.guests = undefined;
      this.notice = { key: 'rsvp.saved' };
      if (detail.rsvp.status !== before) this.announceStatus(detail);
    });
  }

  private async cancel() {
    if (this.busy) return;
    await this.write(async () => {
      const { timeoutMs } = this.context();
      await sendJson('DELETE', this.url(), undefined, { timeoutMs });
      const detail = this.data.value!;
      // Read again for the seats it freed (RSVP again depends on them); if that read fails, what is known stands.
      this.data.value = await getJson(this.url(), { timeoutMs }).then(
        (data) => readManagedRsvp(this.url(), data),
        () => ({ ...detail, rsvp: { ...detail.rsvp, status: 'cancelled' as const, waitlistPosition: null } }),
      );
      this.confirming = false;
      // No notice: the status says it, and takes focus, so it is heard once and read once.
      this.notice = undefined;
      this.announceStatus(this.data.value);
      // The confirming buttons are gone: focus the RSVP's status, which now says it is cancelled.
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.shadowRoot?.querySelector<HTMLElement>('.rsvp-status')?.focus();
    });
  }

  private announceStatus({ rsvp, event }: ManagedRsvp) {
    this.host.dispatchEvent(new RecoveryRsvpEvent({ eventId: event.id, status: rsvp.status }));
    void this.context().refresh();
  }

  private async write(change: () => Promise<void>) {
    this.busy = true;
    this.host.requestUpdate();
    try {
      await change();
    } catch (error) {
      const { t } = this.context();
      const status = errorStatus(error);
      this.notice = { key: status === 409 ? 'rsvp.noSeats' : 'rsvp.changeFailed', alert: true };
      if (status !== 409) this.host.dispatchEvent(new RecoveryErrorEvent({ message: errorMessage(error, t), status }));
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }
}
