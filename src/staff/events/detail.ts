import { html, nothing, type TemplateResult } from 'lit';
import { renderNotices, type Notice } from '../../core/form-field.js';
import { AttendeeListSchema, StaffEventResponseSchema, type Attendee, type StaffEvent } from '../../core/api/staff-events.js';
import type { ConsoleContext, Host, Translate } from '../context.js';
import { problemNotice } from '../problems.js';
import { Resource } from '../resource.js';
import { routeHash } from '../route.js';
import { formatDateTime, formatTime, whenText, whereText } from './format.js';

export type AttendeeList = { event: StaffEvent; attendees: Attendee[] };

/**
 * One event as staff run it: its facts, seats at a glance, the way to check guests in, the RSVP export (the
 * server makes it formula-safe), cancelling with a confirming step, and who is coming, grouped by status.
 */
export class EventDetail {
  readonly data: Resource<AttendeeList>;
  private confirming = false;
  private busy = false;
  private notice?: Notice;

  constructor(
    private readonly host: Host,
    private readonly context: () => ConsoleContext,
    readonly id: string,
  ) {
    this.data = new Resource(host);
  }

  load(): Promise<void> {
    const { client } = this.context();
    return this.data.load(() => client.get(`/staff/events/${this.id}/attendees`, AttendeeListSchema));
  }

  render(): TemplateResult {
    const { t } = this.context();
    const event = this.data.value?.event;
    return html`<section aria-labelledby="view-heading">
      <p><a href=${routeHash('events')}>${t('staffEvents.allEvents')}</a></p>
      <h2 id="view-heading" tabindex="-1">${event?.title ?? t('staffEvents.eventHeading')}</h2>
      ${this.data.render(t, ({ event, attendees }) => this.renderEvent(event, attendees, t))}
    </section>`;
  }

  private renderEvent(event: StaffEvent, attendees: Attendee[], t: Translate): TemplateResult {
    const { lang, client } = this.context();
    const cancelled = event.status === 'cancelled';
    const { seats } = event;
    return html`<p class="row">
        ${cancelled ? html`<span class="badge warn">${t('staffEvents.cancelledBadge')}</span>` : nothing}
        ${!cancelled && !event.rsvpOpen ? html`<span class="badge">${t('staffEvents.rsvpClosed')}</span>` : nothing}
      </p>
      <p>${whenText(event, lang, t)}</p>
      <p>${whereText(event, t)}</p>
      <p class="reminder-setting">${event.reminderHours === null ? t('staffEvents.noReminder') : t('staffEvents.reminderAt', { count: event.reminderHours })}</p>
      <section class="seats" aria-labelledby="seats-heading">
        <h3 id="seats-heading">${t('staffEvents.seatsHeading')}</h3>
        <dl class="tiles">
          <div><dt>${t('staffEvents.capacity')}</dt><dd>${seats.capacity ?? t('staffEvents.noLimit')}</dd></div>
          <div><dt>${t('staffEvents.taken')}</dt><dd>${seats.confirmed}</dd></div>
          <div><dt>${t('staffEvents.waitlist')}</dt><dd>${seats.waitlisted}</dd></div>
          <div><dt>${t('staffEvents.checkedIn')}</dt><dd>${seats.checkedIn}</dd></div>
        </dl>
      </section>
      <div class="actions">
        ${cancelled ? nothing : html`<a class="button primary" href=${routeHash('events', [event.id, 'check-in'])}>${t('staffEvents.checkIn')}</a>`}
        <a class="button" href=${routeHash('events', [event.id, 'edit'])}>${t('staffEvents.edit')}</a>
        <a class="button" href=${client.url(`/staff/events/${event.id}/rsvps.csv`)} download=${`rsvps-${event.id}.csv`}>${t('staffEvents.csv')}</a>
        ${cancelled || this.confirming
          ? nothing
          : html`<button type="button" class="danger" @click=${() => this.confirm(true)}>${t('staffEvents.cancel')}</button>`}
      </div>
      ${this.confirming
        ? html`<div class="confirm stack" role="group" aria-labelledby="cancel-question">
            <p id="cancel-question">${t('staffEvents.cancelConfirm', { title: event.title })}</p>
            <div class="actions">
              <button type="button" class="danger confirm-yes" aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => this.cancel(event)}>
                ${t('staffEvents.cancelYes')}
              </button>
              <button type="button" class="secondary" @click=${() => this.confirm(false)}>${t('staffEvents.cancelNo')}</button>
            </div>
          </div>`
        : nothing}
      ${renderNotices(this.notice, t)}
      <section class="attendees" aria-labelledby="attendees-heading">
        <div class="head">
          <h3 id="attendees-heading">${t('staffEvents.attendees')}</h3>
          ${this.renderRefresh(t)}
        </div>
        ${(['confirmed', 'waitlisted', 'cancelled'] as const).map((status) => this.renderGroup(event, attendees.filter((a) => a.status === status), status, t))}
      </section>`;
  }

  private renderGroup(event: StaffEvent, people: Attendee[], status: Attendee['status'], t: Translate) {
    const { lang } = this.context();
    const label = (id: string) => event.questions.find((q) => q.id === id)?.label ?? id;
    const answer = (value: string | boolean) => (value === true ? t('staffEvents.answerYes') : value === false ? t('staffEvents.answerNo') : value);
    return html`<section class="group-${status}" aria-labelledby="group-${status}">
      <h4 id="group-${status}">${t(`staffEvents.group.${status}`, { count: people.length })}</h4>
      ${people.length === 0
        ? html`<p class="muted">${t('staffEvents.noOne')}</p>`
        : html`<ul class="people">
            ${people.map(
              (a) => html`<li class="person" data-id=${a.id}>
                <p>
                  <strong>${a.name}</strong>
                  ${a.guests > 0 ? html` ${t('staffEvents.guests', { count: a.guests })}` : nothing}
                  ${a.checkedInAt ? html` · <span class="badge ok">${t('staffEvents.checkedInAt', { time: formatTime(a.checkedInAt, lang, event.timeZone) })}</span>` : nothing}
                </p>
                <p class="meta">
                  ${[a.email, a.phone].filter(Boolean).join(' · ')}
                  ${a.waitlistPosition ? html`<span>${t('staffEvents.position', { count: a.waitlistPosition })}</span>` : nothing}
                  <span>${t('staffEvents.rsvpAt', { date: formatDateTime(a.rsvpAt, lang, event.timeZone) })}</span>
                </p>
                ${a.answers.length
                  ? html`<dl class="facts answers">
                      ${a.answers.map((x) => html`<dt>${label(x.questionId)}</dt><dd>${answer(x.value)}</dd>`)}
                    </dl>`
                  : nothing}
              </li>`,
            )}
          </ul>`}
    </section>`;
  }

  /** Reads the RSVPs again (one may have arrived), saying when the list is up to date. */
  renderRefresh(t: Translate): TemplateResult {
    const busy = this.data.busy;
    return html`<button type="button" class="secondary refresh" aria-disabled=${busy ? 'true' : 'false'} @click=${this.refresh}>
      ${busy ? t('staffEvents.refreshing') : t('staffEvents.refresh')}
    </button>`;
  }

  private readonly refresh = async () => {
    if (this.data.busy) return;
    await this.load();
    const { t, announce } = this.context();
    if (this.data.value) announce(t('staffEvents.refreshed'));
  };

  private async confirm(open: boolean) {
    this.confirming = open;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const target = open ? '.confirm button' : '.actions button.danger';
    this.host.shadowRoot?.querySelector<HTMLElement>(target)?.focus();
  }

  private async cancel(event: StaffEvent) {
    if (this.busy) return;
    const { t, client, announce } = this.context();
    this.busy = true;
    this.notice = undefined;
    this.host.requestUpdate();
    try {
      const { event: cancelled } = await client.send('POST', `/staff/events/${event.id}/cancel`, undefined, StaffEventResponseSchema);
      this.data.set({ ...this.data.value!, event: cancelled });
      this.confirming = false;
      announce(t('staffEvents.cancelled', { title: event.title }));
    } catch (error) {
      this.notice = problemNotice(error);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
    if (!this.confirming) {
      await this.host.updateComplete;
      this.host.shadowRoot?.querySelector<HTMLElement>('#view-heading')?.focus();
    }
  }

  /** Seats after a check-in (from the check-in view), so both views agree. */
  update(attendee: Attendee, seats: StaffEvent['seats']): void {
    const list = this.data.value;
    if (!list) return;
    this.data.set({ event: { ...list.event, seats }, attendees: list.attendees.map((a) => (a.id === attendee.id ? attendee : a)) });
  }
}
