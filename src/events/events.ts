import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RecoveryElement } from '../core/recovery-element.js';
import { LoadController } from '../core/load-controller.js';
import { visitorTimeZone } from '../core/time.js';
import { LazyPart } from '../core/lazy-part.js';
import { shareLink, type ShareOutcome } from '../core/share.js';
import { EVENT_HASH, eventAddress } from './invite.js';
import { renderEmpty } from '../core/status.js';
import './i18n/index.js';
import { canRsvp, type AlumniEvent } from './parse.js';
import { fetchEvents, givenEvents } from './fetch-events.js';
import { eventWhen, timeLines } from './format.js';
import { eventsStyles } from './events.styles.js';
import type { LinkFormController, ManageController, RsvpContext, RsvpFormController } from './rsvp/index.js';

/** How often a visible list reads the seats again. */
const REFRESH_MS = 3 * 60_000;

/**
 * `#rsvp=<manage token>`: a fragment, so the secret never reaches a server log or a Referer header. Any
 * token: one cut short or changed is told, in the manage view, that it does not work.
 */
const MANAGE_HASH = /^#rsvp=(.+)/;

/**
 * Upcoming alumni events with RSVP: seats left, waitlist, guests, the event's questions, add to calendar,
 * and a private link to change or cancel.
 *
 * @tagname recovery-events
 * @summary Alumni events with an RSVP that never double-books and never loses what the visitor typed.
 *
 * @fires {RecoveryLoadEvent} recovery-load - The events are shown; `detail: LoadDetail`, `{ total, skipped }`.
 * @fires {RecoveryErrorEvent} recovery-error - Loading the events or sending an RSVP failed; `detail: ErrorDetail`, `{ message, status? }`.
 * @fires {RecoveryRsvpEvent} recovery-rsvp - An RSVP was confirmed, waitlisted or cancelled; `detail: RsvpDetail`, `{ eventId, status }`.
 *
 * @csspart event - One event (with `data-event-id`).
 * @csspart rsvp-form - The RSVP form of an event.
 * @csspart confirmation - What the visitor sees after an RSVP.
 * @csspart manage - Changing or cancelling an RSVP from its private link.
 * @csspart link-form - "Email me my link": the form for a lost link to an RSVP.
 * @csspart empty - Shown when there are no upcoming events.
 * @csspart error - Shown when the events could not be loaded.
 * @csspart loading - Shown while loading.
 * @csspart retry - Tries again after a failure.
 * @csspart base - The themed root.
 */
export class RecoveryEvents extends RecoveryElement {
  static override styles = [...RecoveryElement.styles, eventsStyles];

  /** Events given directly (records shaped like the API's), instead of loading them from `api`. */
  @property({ attribute: false }) events?: unknown[];

  /** Show this one event as an RSVP card, with its form open (an event's own page). */
  @property({ attribute: 'event-id' }) eventId?: string;

  /** At most this many events. */
  @property({ type: Number }) limit?: number;

  /** Comma-separated tags: only events with at least one of them. */
  @property() tags?: string;

  /** Milliseconds to wait for the center API before offering to try again. */
  @property({ type: Number }) timeout = 10_000;

  /** The address of an event's own page, with `{id}` (e.g. `/events/{id}`), for invitations; default: this page with `#event=<id>`. */
  @property({ attribute: 'event-url' }) eventUrl?: string;

  @state() private list: AlumniEvent[] = [];
  @state() private announcement = '';
  @state() private manageToken?: string;
  /** The event whose invitation link was just passed on, and how. */
  @state() private invited?: { id: string; outcome: ShareOutcome };

  /** @internal Parts loaded on first use; a test may make one fail. */
  static loaders = {
    /** The form, confirmation and manage views: most visitors only read the list. */
    rsvp: () => import('./rsvp/index.js'),
  };

  private readonly rsvp = new LazyPart(this, () => RecoveryEvents.loaders.rsvp());
  /** "Email me my link", while open. */
  @state() private linkForm?: LinkFormController;
  private readonly forms = new Map<string, RsvpFormController>();
  private manage?: ManageController;

  private readonly data = new LoadController(this, {
    args: () => [this.effectiveApi, this.events, this.eventId, this.tags, this.limit] as const,
    task: (args, { signal }) => fetchEvents(...args, this.timeout, signal),
    given: (args) => givenEvents(...args),
    onComplete: ({ events, skipped }) => {
      this.list = events;
      // An event's own page opens its form at once, when there is an API to send it to.
      if (this.eventId && events[0] && canRsvp(events[0]) && this.effectiveApi) void this.openForm(events[0].id, false);
      void this.reportLoaded(events.length, skipped).then(() => this.openLinkedEvent());
    },
    onError: (error) => this.reportError(error),
  });

  /**
   * Loads the events again behind the current view (after an RSVP, seats change), and announces, politely,
   * each event whose seats left changed.
   */
  private refreshes = 0;

  private readonly refresh = async (): Promise<AlumniEvent[] | undefined> => {
    // Only the newest read counts: an older one (a poll, a tab return) that answers late must not put back
    // seats that an RSVP since has taken, nor a list from before the tags or limit changed.
    const run = ++this.refreshes;
    const loaded = this.data.value;
    try {
      const { events } = await fetchEvents(this.effectiveApi, this.events, this.eventId, this.tags, this.limit, this.timeout);
      if (run !== this.refreshes || loaded !== this.data.value) return undefined;
      const before = new Map(this.list.map((event) => [event.id, event.spotsLeft]));
      const changed = events.filter((event) => before.has(event.id) && before.get(event.id) !== event.spotsLeft && event.spotsLeft !== null);
      this.announcement = changed
        .map((event) => this.i18n.t('events.spotsChanged', { title: event.title, count: event.spotsLeft! }))
        .join(' ');
      this.list = events;
      return events;
    } catch {
      // The list on screen stays as it was; the RSVP itself already succeeded or failed on its own terms.
      return undefined;
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.readManageHash);
    document.addEventListener('visibilitychange', this.refreshWhenSeen);
    this.readManageHash();
    this.poll = setInterval(this.refreshWhenSeen, REFRESH_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.readManageHash);
    document.removeEventListener('visibilitychange', this.refreshWhenSeen);
    clearInterval(this.poll);
  }

  private poll?: ReturnType<typeof setInterval>;

  /**
   * Seats change as others RSVP: the list is read again when the visitor comes back to the tab, and every few
   * minutes while they look at it (never in a hidden tab), and changes are announced politely.
   */
  private readonly refreshWhenSeen = () => {
    if (document.visibilityState === 'visible' && this.effectiveApi && !this.events && this.data.status === 'complete') void this.refresh();
  };

  private readonly readManageHash = () => {
    const token = MANAGE_HASH.exec(location.hash)?.[1];
    if (token === this.manageToken) return;
    this.manageToken = token;
    this.manage?.dispose();
    this.manage = undefined;
    if (token) void this.openManage(token);
  };

  /** An invitation's `#event=<id>`: that event's card comes into view and takes focus. */
  private openLinkedEvent() {
    const id = EVENT_HASH.exec(location.hash)?.[1];
    const card = id && this.renderRoot.querySelector<HTMLElement>(`[part~="event"][data-event-id="${CSS.escape(id)}"]`);
    if (!card) return;
    card.scrollIntoView({ block: 'start' });
    card.focus();
  }

  /**
   * Invites a friend: the share sheet, else the clipboard, else the link shown to copy. What is shared is
   * discreet, as a calendar entry is (the event's calendar title or "Community event", the date, the link):
   * never the event's full title, and never who is going.
   */
  private async invite(event: AlumniEvent) {
    const when = eventWhen(event, this.resolvedLang(), visitorTimeZone());
    const title = event.calendarTitle ?? this.i18n.t('events.neutralTitle');
    // An event over several days has its times in its date, and no time line.
    const outcome = await shareLink({ title, text: `${title}: ${when.date}${when.time && ', ' + when.time}`, url: eventAddress(event.id, this.eventUrl, location.href) });
    // What the card says next (and the link selected, to copy by hand) loads with the RSVP views.
    await this.rsvp.use('invite', ({ selectInvite }) => {
      this.invited = { id: event.id, outcome };
      return selectInvite(this, event.id, outcome);
    });
  }

  private openManage(token: string) {
    return this.rsvp.use('manage', ({ ManageController }) => {
      if (this.manageToken !== token) return;
      this.manage?.dispose();
      this.manage = new ManageController(this, () => this.rsvpContext(), token);
      this.requestUpdate();
    });
  }

  private readonly toggleLink = () =>
    this.linkForm
      ? (this.linkForm = undefined)
      : this.rsvp.use('link', ({ LinkFormController }) => {
          this.linkForm = new LinkFormController(this, () => ({ ...this.rsvpContext(), events: this.list }));
          return this.linkForm.focus();
        });

  /** The manage view's way out (it puts the address back and moves focus itself). */
  private readonly leaveManage = () => {
    this.manage?.dispose();
    this.manage = this.manageToken = undefined;
  };

  private rsvpContext(): RsvpContext {
    return {
      t: this.i18n.t.bind(this.i18n),
      lang: this.resolvedLang(),
      visitorZone: visitorTimeZone(),
      api: this.effectiveApi,
      timeoutMs: this.timeout,
      refresh: this.refresh,
      leaveManage: this.leaveManage,
    };
  }

  /**
   * Opens an event's form (which closes itself: its code is in by then); when the form's code cannot load, the retry
   * opens every form that waited for it.
   */
  private openForm(eventId: string, focus = true) {
    return this.rsvp.use(`form:${eventId}`, ({ RsvpFormController }) => {
      if (!this.forms.has(eventId)) this.forms.set(eventId, new RsvpFormController(this, () => this.rsvpContext(), eventId));
      return this.forms.get(eventId)!.show(focus);
    });
  }

  protected override renderContent(): unknown {
    const t = this.i18n.t.bind(this.i18n);
    // The list can take focus (from script only): where focus goes when the manage view it replaces closes.
    const body = this.manage
      ? this.manage.render()
      : html`<div class="list" tabindex="-1">${this.renderLoad(this.data, () => this.renderList())}</div>`;
    // A lost link is found again here: under the list, and under a manage link that no longer works.
    const lost = this.effectiveApi && this.manage?.gone !== false && this.list.some((event) => event.emailUpdates);
    return html`${body}${lost
        ? html`<p class="lost"><button type="button" aria-expanded=${!!this.linkForm} @click=${this.toggleLink}>${t('events.lostLink')}</button></p>
            ${this.linkForm?.render()}`
        : nothing}${this.rsvp.renderFailure(t)}
      <p class="visually-hidden" role="status">${this.announcement}</p>`;
  }

  private renderList(): unknown {
    const t = this.i18n.t.bind(this.i18n);
    if (this.list.length === 0) return renderEmpty(t(this.eventId ? 'events.notFound' : 'events.none'));
    if (this.eventId) return this.renderEvent(this.list[0]!);
    // A long list can be passed over from the keyboard: the link and its landing place show when focused.
    const long = this.list.length > 3;
    return html`${long ? html`<a class="visually-hidden skip" href="#events-end" @click=${this.skipList}>${t('events.skip')}</a>` : nothing}
      <ul class="events">
        ${this.list.map((event) => html`<li>${this.renderEvent(event)}</li>`)}
      </ul>
      ${long ? html`<p class="visually-hidden skip" id="events-end" tabindex="-1">${t('events.end')}</p>` : nothing}`;
  }

  private readonly skipList = (e: Event) => {
    e.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('#events-end')?.focus();
  };

  private renderEvent(event: AlumniEvent): unknown {
    const t = this.i18n.t.bind(this.i18n);
    // Each event carries its own zone; the second clock is the visitor's own (as in the meeting finder),
    // whatever zone the page's provider names for the center.
    const when = eventWhen(event, this.resolvedLang(), visitorTimeZone());
    const times = timeLines(when, (time) => t('events.yourTime', { time }));
    const cancelled = event.status === 'cancelled';
    const form = this.forms.get(event.id);
    const open = form?.open;
    const titleId = `title-${event.id}`;
    // The day at a glance, as on a calendar page ("DEC 19", "19 DIC"), in the event's zone: one line that
    // wraps in two in its tile. Heard once, in the full date below.
    return html`<article part="event" class="event" data-event-id=${event.id} aria-labelledby=${titleId} tabindex="-1">
      <div class="head">
        <p class="tile" aria-hidden="true">
          ${new Intl.DateTimeFormat(this.resolvedLang(), { month: 'short', day: 'numeric', timeZone: event.timeZone }).format(new Date(event.start))}
        </p>
        <div>
          <h3 id=${titleId}>${event.title}</h3>
          <p class="badges">
            ${cancelled ? html`<span class="badge cancelled">${t('events.cancelled')}</span>` : nothing}
            ${event.substanceFree ? html`<span class="badge">${t('events.substanceFree')}</span>` : nothing}
          </p>
        </div>
      </div>
      <p class="when">
        <time datetime=${event.start}>${when.date}</time>
        ${times[0] ? html`<span>${times[0]}</span>` : nothing}
        ${times[1] ? html`<span class="muted">${times[1]}</span>` : nothing}
      </p>
      <p class="where">
        ${event.venue
          ? html`<span>${event.venue.name}</span>${event.venue.address ? html`<span class="muted">${event.venue.address}</span>` : nothing}`
          : t('events.online')}
      </p>
      ${event.description ? html`<p class="description">${event.description}</p>` : nothing}
      ${cancelled ? nothing : html`<p class="spots">${this.seatsText(event)}</p>`}
      <div class="actions">
        ${form?.done || this.eventId || !canRsvp(event) || !this.effectiveApi
          ? nothing
          : html`<button
              type="button"
              class="toggle ${open ? 'secondary' : ''}"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${open ? `rsvp-${event.id}` : nothing}
              @click=${() => (open ? form.hide() : this.openForm(event.id))}
            >
              ${open ? t('events.hideForm') : event.spotsLeft === 0 ? t('events.joinWaitlist') : t('events.rsvp')}
            </button>`}
        ${cancelled ? nothing : this.renderInviteButton(event)}
      </div>
      <div class="invite" role="status">${this.invited?.id === event.id ? this.rsvp.module?.inviteStatus(this, event.id, this.invited.outcome, eventAddress(event.id, this.eventUrl, location.href), t) : nothing}</div>
      ${form && (open || form.done) ? form.render(event) : nothing}
    </article>`;
  }

  private renderInviteButton(event: AlumniEvent): unknown {
    const t = this.i18n.t.bind(this.i18n);
    return html`<button type="button" class="secondary" aria-label=${t('events.inviteName', { title: event.title })} @click=${() => this.invite(event)}>
      ${t('events.invite')}
    </button>`;
  }

  private seatsText(event: AlumniEvent): string {
    const t = this.i18n.t.bind(this.i18n);
    if (!event.rsvpOpen) return t('events.rsvpClosed');
    if (event.spotsLeft === null) return '';
    if (event.spotsLeft === 0) return t(event.waitlist ? 'events.fullWaitlist' : 'events.full');
    return t('events.spotsLeft', { count: event.spotsLeft });
  }
}
