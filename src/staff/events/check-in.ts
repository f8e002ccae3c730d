import { html, nothing, type TemplateResult } from 'lit';
import { renderNotices, type Notice } from '../../core/form-field.js';
import { CheckInResponseSchema, type Attendee, type StaffEvent } from '../../core/api/staff-events.js';
import type { ConsoleContext, Host, Translate } from '../context.js';
import { problemNotice } from '../problems.js';
import { routeHash } from '../route.js';
import type { EventDetail } from './detail.js';
import { doorCounts, doorList } from './check-in-model.js';
import { formatTime } from './format.js';

/**
 * Check-in at the door, on a phone: a search field and a list of the confirmed guests, each with one big button.
 * The button keeps its place (and focus) when it turns into Undo, so a mistaken tap is undone where it was made.
 */
export class CheckIn {
  private query = '';
  private busy = new Set<string>();
  private notice?: Notice;

  constructor(
    private readonly host: Host,
    private readonly context: () => ConsoleContext,
    private readonly detail: EventDetail,
  ) {}

  render(): TemplateResult {
    const { t } = this.context();
    const event = this.detail.data.value?.event;
    return html`<section class="check-in" aria-labelledby="view-heading">
      <p><a href=${routeHash('events', [this.detail.id])}>${t('staffEvents.backToEvent')}</a></p>
      <h2 id="view-heading" tabindex="-1">${event ? t('staffEvents.checkInHeading', { title: event.title }) : t('staffEvents.checkIn')}</h2>
      ${this.detail.data.render(t, ({ event, attendees }) => this.renderDoor(event, attendees, t))}
    </section>`;
  }

  private renderDoor(event: StaffEvent, attendees: Attendee[], t: Translate): TemplateResult {
    const { lang } = this.context();
    const list = doorList(attendees, this.query, lang);
    const { checkedIn, expected } = doorCounts(attendees);
    const confirmed = attendees.some((a) => a.status === 'confirmed');
    const waiting = attendees.filter((a) => a.status === 'waitlisted').length;
    return html`<p class="hint">${t('staffEvents.checkInIntro')}</p>
      <div class="head">
        <p class="door-count"><strong>${t('staffEvents.checkedInCount', { checkedIn, taken: expected })}</strong></p>
        ${this.detail.renderRefresh(t)}
      </div>
      <div class="field">
        <label for="door-search">${t('staffEvents.find')}</label>
        <span class="hint" id="door-search-hint">${t('staffEvents.findHint')}</span>
        <input id="door-search" type="search" autocomplete="off" spellcheck="false" enterkeyhint="search" aria-describedby="door-search-hint"
          .value=${this.query} @input=${(e: Event) => this.search((e.target as HTMLInputElement).value)} />
      </div>
      ${renderNotices(this.notice, t)}
      ${!confirmed
        ? html`<p class="callout">${t('staffEvents.nobodyConfirmed')}</p>`
        : list.length === 0
          ? html`<p class="callout" role="status">${t('staffEvents.noMatch', { query: this.query.trim() })}</p>`
          : html`<ul class="door">
              ${list.map((a) => this.renderGuest(a, event, t, lang))}
            </ul>`}
      ${waiting > 0 ? html`<p class="hint">${t('staffEvents.waitingNote', { count: waiting })}</p>` : nothing}`;
  }

  private renderGuest(a: Attendee, event: StaffEvent, t: Translate, lang: string): TemplateResult {
    const inside = a.checkedInAt !== null;
    return html`<li class="guest ${inside ? 'inside' : ''}" data-id=${a.id}>
      <span class="who">
        <strong>${a.name}</strong>
        ${a.guests > 0 ? html`<span>${t('staffEvents.guests', { count: a.guests })}</span>` : nothing}
        ${inside ? html`<span class="done">✓ ${t('staffEvents.checkedInAt', { time: formatTime(a.checkedInAt!, lang, event.timeZone) })}</span>` : nothing}
      </span>
      <button type="button" class=${inside ? 'secondary' : ''} aria-disabled=${this.busy.has(a.id) ? 'true' : 'false'}
        aria-label=${inside ? t('staffEvents.undoName', { name: a.name }) : t('staffEvents.checkInName', { name: a.name })}
        @click=${() => this.toggle(a)}>${inside ? t('staffEvents.undo') : t('staffEvents.checkInButton')}</button>
    </li>`;
  }

  private search(query: string) {
    this.query = query;
    this.host.requestUpdate();
  }

  private async toggle(attendee: Attendee) {
    if (this.busy.has(attendee.id)) return;
    const { t, client, announce } = this.context();
    const undo = attendee.checkedInAt !== null;
    this.busy.add(attendee.id);
    this.notice = undefined;
    this.host.requestUpdate();
    try {
      const { attendee: changed, seats } = await client.send(
        undo ? 'DELETE' : 'POST',
        `/staff/events/${this.detail.id}/attendees/${attendee.id}/check-in`,
        undefined,
        CheckInResponseSchema,
      );
      this.detail.update(changed, seats);
      announce(t(undo ? 'staffEvents.isUndone' : 'staffEvents.isCheckedIn', { name: attendee.name }));
    } catch (error) {
      this.notice = problemNotice(error);
      // Cancelled meanwhile, say: read the list again, so the door shows who is really coming.
      void this.detail.load();
    } finally {
      this.busy.delete(attendee.id);
      this.host.requestUpdate();
    }
  }

  reset(): void {
    this.query = '';
    this.notice = undefined;
  }
}
