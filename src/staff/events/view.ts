import { html, nothing, type TemplateResult } from 'lit';
import { StaffEventListSchema, StaffEventResponseSchema, type StaffEvent } from '../../core/api/staff-events.js';
import type { ConsoleContext, Host, Translate, View } from '../context.js';
import { Resource } from '../resource.js';
import { addStyles } from '../../core/adopt-styles.js';
import { eventsStyles } from './events.styles.js';
import { routeHash, type Route } from '../route.js';
import { EventDetail } from './detail.js';
import { CheckIn } from './check-in.js';
import { EventForm } from './form.js';
import { seatsText, whenText, whereText } from './format.js';

const PERIODS = ['upcoming', 'past', 'cancelled'] as const;
type Period = (typeof PERIODS)[number];

type Screen =
  | { kind: 'list' }
  | { kind: 'new'; form: EventForm }
  | { kind: 'detail'; detail: EventDetail }
  | { kind: 'check-in'; checkIn: CheckIn }
  | { kind: 'edit'; id: string; event: Resource<StaffEvent>; form?: EventForm };

/**
 * Events: the lists (`#/events`, `?when=past|cancelled`), a new one (`#/events/new`), one event with who is coming
 * (`#/events/<id>`), its form (`#/events/<id>/edit`) and the door (`#/events/<id>/check-in`). Each visit reads the
 * server again, so an RSVP that arrived meanwhile shows.
 */
export class EventsView implements View {
  private period: Period = 'upcoming';
  private readonly list: Resource<StaffEvent[]>;
  private screen: Screen = { kind: 'list' };
  private detail?: EventDetail;
  private checkIn?: CheckIn;

  constructor(
    private readonly host: Host,
    private readonly context: () => ConsoleContext,
  ) {
    this.list = new Resource(host);
    addStyles(host, eventsStyles);
  }

  show(route: Route): void {
    const [id, action] = route.path;
    if (!id) return this.showList(route);
    if (id === 'new') {
      this.screen = { kind: 'new', form: new EventForm(this.host, this.context) };
      return;
    }
    if (action === 'edit') return this.showEdit(id);
    if (this.detail?.id !== id) [this.detail, this.checkIn] = [new EventDetail(this.host, this.context, id), undefined];
    const detail = this.detail;
    void detail.load();
    if (action === 'check-in') {
      this.checkIn ??= new CheckIn(this.host, this.context, detail);
      this.checkIn.reset();
      this.screen = { kind: 'check-in', checkIn: this.checkIn };
    } else {
      this.screen = { kind: 'detail', detail };
    }
  }

  private showList(route: Route) {
    const period = (PERIODS as readonly string[]).includes(route.query.when ?? '') ? (route.query.when as Period) : 'upcoming';
    if (period !== this.period) this.list.clear();
    this.period = period;
    this.screen = { kind: 'list' };
    const { client } = this.context();
    void this.list.load(async () => (await client.get('/staff/events', StaffEventListSchema, { when: period, limit: 500 })).events);
  }

  private showEdit(id: string) {
    const { client } = this.context();
    const event = new Resource<StaffEvent>(this.host);
    const screen: Screen = { kind: 'edit', id, event };
    this.screen = screen;
    // The form replaces the loading view and its heading: the focus, if it was there, goes to the form's own.
    const root = this.host.shadowRoot;
    let onHeading = false;
    void event
      .load(async () => {
        const found = (await client.get(`/staff/events/${id}`, StaffEventResponseSchema)).event;
        onHeading = root?.activeElement?.id === 'view-heading';
        screen.form = new EventForm(this.host, this.context, found);
        return found;
      })
      .then(() => this.host.updateComplete)
      .then(() => {
        if (onHeading && this.screen === screen) root?.querySelector<HTMLElement>('#view-heading')?.focus();
      });
  }

  render(): TemplateResult {
    const { t } = this.context();
    const screen = this.screen;
    switch (screen.kind) {
      case 'new':
        return screen.form.render();
      case 'detail':
        return screen.detail.render();
      case 'check-in':
        return screen.checkIn.render();
      case 'edit':
        return screen.form
          ? screen.form.render()
          : html`<section aria-labelledby="view-heading">
              <p><a href=${routeHash('events', [screen.id])}>${t('staffEvents.backToEvent')}</a></p>
              <h2 id="view-heading" tabindex="-1">${t('staffEvents.edit')}</h2>
              ${screen.event.render(t, () => nothing)}
            </section>`;
      default:
        return this.renderList(t);
    }
  }

  private renderList(t: Translate): TemplateResult {
    return html`<section aria-labelledby="view-heading">
      <div class="head">
        <h2 id="view-heading" tabindex="-1">${t('staff.area.events')}</h2>
        <a class="button primary" href=${routeHash('events', ['new'])}>${t('staffEvents.create')}</a>
      </div>
      <nav class="subtabs" aria-label=${t('staffEvents.periods')}>
        ${PERIODS.map(
          (period) => html`<a href=${routeHash('events', [], { when: period === 'upcoming' ? undefined : period })}
            aria-current=${period === this.period ? 'page' : nothing}>${t(`staffEvents.when.${period}`)}</a>`,
        )}
      </nav>
      ${this.list.render(t, (events) =>
        events.length === 0
          ? html`<p class="callout" role="status">${t('staffEvents.none')}</p>`
          : html`<ul class="cards">
              ${events.map((event) => this.renderCard(event, t))}
            </ul>`,
      )}
    </section>`;
  }

  private renderCard(event: StaffEvent, t: Translate): TemplateResult {
    const { lang } = this.context();
    return html`<li class="card event" data-id=${event.id}>
      <h3><a href=${routeHash('events', [event.id])}>${event.title}</a></h3>
      <p>${whenText(event, lang, t)}</p>
      <p class="meta">${whereText(event, t)}</p>
      <p>${seatsText(event.seats, t, this.period !== 'upcoming' || event.seats.checkedIn > 0)}</p>
      <p class="row">
        ${event.status === 'cancelled' ? html`<span class="badge warn">${t('staffEvents.cancelledBadge')}</span>` : nothing}
        ${event.status !== 'cancelled' && !event.rsvpOpen ? html`<span class="badge">${t('staffEvents.rsvpClosed')}</span>` : nothing}
        ${event.tags.map((tag) => html`<span class="badge">#${tag}</span>`)}
      </p>
    </li>`;
  }
}
