import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RecoveryElement } from '../core/recovery-element.js';
import { LoadController } from '../core/load-controller.js';
import { apiUrl } from '../core/http.js';
import { LazyPart } from '../core/lazy-part.js';
import './i18n/index.js';
import { renderEmpty } from '../core/status.js';
import { daysBetween, formatTimeOfDay, isValidTimeZone, todayIn, visitorTimeZone, wallTimeAt, zoneOffsetMinutes } from '../core/time.js';
import { filterSchedule, scheduleOf, type MeetingQuery, type Occurrence, type Schedule } from './filter.js';
import { renderFilters, type FiltersContext } from './filters-view.js';
import { renderLegend, renderMeetingItem, type ListContext } from './list-view.js';
import { feedUrls, loadMeetings } from './load.js';
import { normalizeMeetings, type Meeting } from './normalize.js';
import { typeName } from './types.js';
import { meetingsStyles } from './meetings.styles.js';

/** Rows rendered at first and per "show more": a long list stays quick on old phones. */
const PAGE = 100;

/**
 * A meeting finder for recovery support meetings, reading Meeting Guide JSON feeds.
 *
 * @tagname recovery-meetings
 * @summary Search, filter and open recovery meetings from one or more Meeting Guide feeds.
 *
 * @fires {RecoveryLoadEvent} recovery-load - The meetings are shown; `detail: LoadDetail`, `{ total, skipped }`.
 * @fires {RecoveryErrorEvent} recovery-error - A feed could not be loaded; `detail: ErrorDetail`, `{ message, status? }`.
 *
 * @csspart meeting - One listed meeting (with `data-slug`).
 * @csspart detail - The open meeting.
 * @csspart empty - Shown when no meeting matches.
 * @csspart error - Shown when the meetings could not be loaded.
 * @csspart loading - Shown while loading.
 * @csspart retry - Tries again after a failure.
 * @csspart base - The themed root.
 */
export class RecoveryMeetings extends RecoveryElement {
  static override styles = [...RecoveryElement.styles, meetingsStyles];

  /** One or more Meeting Guide feed URLs, comma-separated; merged into one list. */
  @property() src?: string;

  /** Meetings given directly (raw Meeting Guide records), instead of `src` or `api`. */
  @property({ attribute: false }) meetings?: unknown[];

  /** Keep the filters and the open meeting in the page URL, for links and the back button. */
  @property({ type: Boolean, attribute: 'url-state' }) urlState = false;

  /** `km` or `mi` for distances. Default: miles for English in the US and UK, else kilometres. */
  @property({ attribute: 'distance-unit' }) distanceUnit?: 'km' | 'mi';

  @state() private query: MeetingQuery = {};
  @state() private openSlug?: string;
  @state() private locating: 'idle' | 'busy' | 'failed' = 'idle';
  @state() private copied = false;
  @state() private now = new Date();
  @state() private shownRows = PAGE;

  // The week's schedule depends on the meetings, the minute and the zone, not on the filters: kept between renders.
  private schedule?: { meetings: Meeting[]; now: Date; zone: string; value: Schedule };

  private scheduleFor(meetings: Meeting[], zone: string): Schedule {
    const cached = this.schedule;
    if (cached && cached.meetings === meetings && cached.now === this.now && cached.zone === zone) return cached.value;
    const value = scheduleOf(meetings, { now: this.now, zone });
    this.schedule = { meetings, now: this.now, zone, value };
    return value;
  }

  private clock?: ReturnType<typeof setInterval>;
  private returnFocusTo?: string;

  /** @internal Parts loaded on first use; a test may make one fail. */
  static loaders = {
    /** The open-meeting view. */
    detail: () => import('./detail/detail.js'),
    /** Reading and writing the filters and the open meeting in the page URL (with `url-state`). */
    urlState: () => import('./url-state.js'),
  };

  private readonly detail = new LazyPart(this, () => RecoveryMeetings.loaders.detail());
  private readonly urlSync = new LazyPart(this, () => RecoveryMeetings.loaders.urlState());

  private readonly data = new LoadController(this, {
    args: () => [this.src, this.effectiveApi, this.meetings] as const,
    task: async ([src, api, given], { signal }) => {
      if (given) return { ...normalizeMeetings(given, 'meetings'), failures: [] };
      const sources = src ? feedUrls(src) : api ? [apiUrl(api, '/meetings')] : [];
      if (sources.length === 0) return { meetings: [], skipped: 0, failures: [] };
      return loadMeetings(sources, signal);
    },
    onComplete: ({ meetings, skipped, failures }) => {
      void this.reportLoaded(meetings.length, skipped);
      for (const failure of failures) this.reportError(failure.error);
    },
    onError: (error) => this.reportError(error),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // "Upcoming" and "in progress" move with the clock.
    this.clock = setInterval(() => (this.now = new Date()), 60_000);
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.clock);
    window.removeEventListener('popstate', this.onPopState);
  }

  /**
   * With `url-state`, the first render waits for the state in the URL (its code loads on demand), so
   * nothing the visitor does can race with it.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (this.urlState && this.urlSync.status === 'idle') await this.readUrl();
    await super.scheduleUpdate();
  }

  private readonly onPopState = () => {
    if (this.urlState) void this.readUrl();
  };

  private get unit(): 'km' | 'mi' {
    if (this.distanceUnit === 'km' || this.distanceUnit === 'mi') return this.distanceUnit;
    return /^en(-(US|GB|LR|MM))?$/i.test(this.resolvedLang()) ? 'mi' : 'km';
  }

  /** The zone of meetings whose feed names none: the element's or provider's, else the visitor's. */
  private get feedZone(): { zone: string; isVisitors: boolean } {
    const configured = [this.timeZone, this.inherited?.timeZone].find(isValidTimeZone);
    return configured ? { zone: configured, isVisitors: false } : { zone: visitorTimeZone(), isVisitors: true };
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('openSlug')) {
      if (this.openSlug) {
        this.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();
      } else if (this.returnFocusTo) {
        this.renderRoot.querySelector<HTMLElement>(`[data-slug="${CSS.escape(this.returnFocusTo)}"] button`)?.focus();
        this.returnFocusTo = undefined;
      }
    }
  }

  protected override renderContent() {
    const t = this.i18n.t.bind(this.i18n);
    return this.renderLoad(this.data, ({ meetings, failures }) => {
      const open = this.openSlug ? meetings.find((m) => m.slug === this.openSlug) : undefined;
      const detail = this.detail.module;
      return html`
        ${failures.map(
          (failure) => html`<p class="alert" role="alert">${t('meetings.sourceFailed', { source: new URL(failure.source).host })}</p>`,
        )}
        ${this.detail.renderFailure(t)}${this.urlSync.renderFailure(t)}
        ${open && detail
          ? detail.renderDetail(open, this.detailContext())
          : meetings.length === 0
            ? renderEmpty(t('meetings.noneListed')) // nothing to filter: no filters, no "try fewer filters"
            : this.renderFinder(meetings)}
      `;
    });
  }

  private setQuery(patch: Partial<MeetingQuery>) {
    this.query = { ...this.query, ...patch };
    this.shownRows = PAGE;
    this.writeUrl('replace');
  }

  private renderFinder(meetings: Meeting[]) {
    const t = this.i18n.t.bind(this.i18n);
    const { zone, isVisitors } = this.feedZone;
    const { occurrences, byAppointment } = filterSchedule(this.scheduleFor(meetings, zone), this.query);
    const total = occurrences.length + byAppointment.length;
    const view = this.viewContext();
    const regions = [...new Set(meetings.flatMap((m) => m.regions))].sort((a, b) => a.localeCompare(b, view.lang));
    const types = [...new Set(meetings.flatMap((m) => m.types))].sort((a, b) => view.typeName(a).localeCompare(view.typeName(b), view.lang));
    const withoutZone = meetings.some((m) => !m.timeZone);

    return html`<div class="finder">
      ${renderFilters(view, types, regions)}

      <p class="count" role="status">${t('meetings.count', { count: total })}</p>
      ${withoutZone && isVisitors ? html`<p class="note">${t('time.yourZone', { zone })}</p>` : nothing}
      ${total === 0 ? renderEmpty(t('meetings.none')) : this.renderList(occurrences.slice(0, this.shownRows), byAppointment, zone, view)}
      ${occurrences.length > this.shownRows
        ? html`<button type="button" class="secondary" @click=${() => (this.shownRows += PAGE)}>
            ${t('meetings.showMore', { count: occurrences.length - this.shownRows })}
          </button>`
        : nothing}
      ${renderLegend(meetings, view)}
    </div>`;
  }

  private readonly locate = () => {
    if (!('geolocation' in navigator)) {
      this.locating = 'failed';
      return;
    }
    this.locating = 'busy';
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        this.locating = 'idle';
        this.setQuery({ near: { latitude: coords.latitude, longitude: coords.longitude, maxKm: Infinity } });
      },
      () => (this.locating = 'failed'),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
    );
  };

  private readonly clearFilters = () => {
    this.query = {};
    this.writeUrl('replace');
  };

  private dayName(day: number, style: 'long' | 'short' = 'long'): string {
    // 2023-01-01 was a Sunday: day 0.
    return this.i18n.date(Date.UTC(2023, 0, 1 + day, 12), { weekday: style, timeZone: 'UTC' });
  }

  private timeText(occurrenceStart: Date, meetingZone: string): string {
    const lang = this.resolvedLang();
    const visitorZone = visitorTimeZone();
    const inZone = formatTimeOfDay(occurrenceStart, lang, meetingZone);
    if (zoneOffsetMinutes(occurrenceStart, meetingZone) === zoneOffsetMinutes(occurrenceStart, visitorZone)) return inZone;
    return this.i18n.t('time.bothZones', {
      time: inZone,
      zone: meetingZone,
      visitorTime: formatTimeOfDay(occurrenceStart, lang, visitorZone),
    });
  }

  /** What the filters and the list read and do: one context for both views. */
  private viewContext(): FiltersContext & ListContext {
    return {
      t: this.i18n.t.bind(this.i18n),
      lang: this.resolvedLang(),
      query: this.query,
      setQuery: (patch) => this.setQuery(patch),
      clear: this.clearFilters,
      typeName: (code) => typeName(code, this.resolvedLang()),
      dayName: (day) => this.dayName(day),
      unit: this.unit,
      number: (value, options) => this.i18n.number(value, options),
      locating: this.locating,
      locate: this.locate,
      attendanceLabel: (meeting) => this.attendanceLabel(meeting),
      open: (slug) => this.open(slug),
    };
  }

  private renderList(occurrences: Occurrence[], byAppointment: Meeting[], zone: string, view: ListContext) {
    const { t } = view;
    const visitorZone = visitorTimeZone();
    const today = todayIn(visitorZone, this.now);
    const groups = new Map<string, Occurrence[]>();
    for (const occurrence of occurrences) {
      const date = wallTimeAt(occurrence.start, visitorZone);
      const ahead = daysBetween(today, date);
      const label =
        ahead === 0 ? t('meetings.today') : ahead === 1 ? t('meetings.tomorrow') : this.i18n.date(occurrence.start, { weekday: 'long', month: 'long', day: 'numeric', timeZone: visitorZone });
      groups.set(label, [...(groups.get(label) ?? []), occurrence]);
    }
    return html`${[...groups].map(
      ([label, list]) => html`<section>
        <h3 class="day">${label}</h3>
        <ul class="meetings">
          ${list.map((o) => renderMeetingItem(o.meeting, this.timeText(o.start, o.meeting.timeZone ?? zone), o, view))}
        </ul>
      </section>`,
    )}
    ${byAppointment.length
      ? html`<section>
          <h3 class="day">${t('meetings.byAppointment')}</h3>
          <ul class="meetings">${byAppointment.map((m) => renderMeetingItem(m, t('meetings.byAppointment'), undefined, view))}</ul>
        </section>`
      : nothing}`;
  }

  private attendanceLabel(meeting: Meeting): string {
    const keys = { in_person: 'meetings.inPerson', online: 'meetings.online', hybrid: 'meetings.hybrid', inactive: 'meetings.inactive' } as const;
    return this.i18n.t(keys[meeting.attendance]);
  }

  /** Opens a meeting; when the view's code cannot load, its failure shows, and its retry opens the meeting. */
  private open(slug: string) {
    return this.detail.use('open', () => {
      this.returnFocusTo = slug;
      this.openSlug = slug;
      this.copied = false;
      this.writeUrl('push');
    });
  }

  private detailContext(): import('./detail/detail.js').DetailContext {
    return {
      ...this.viewContext(),
      zone: this.feedZone.zone,
      now: this.now,
      timeText: (start, zone) => this.timeText(start, zone),
      copied: this.copied,
      onBack: this.close,
      onCopied: () => (this.copied = true),
    };
  }

  private readonly close = () => {
    this.returnFocusTo = this.openSlug;
    this.openSlug = undefined;
    this.writeUrl('push');
  };

  /**
   * Applies the state in the page URL (with `url-state`); the code for it loads only then. A meeting named
   * there opens once the view's code is in (or with the view's retry).
   */
  private readUrl() {
    return this.urlSync.use('read', async ({ stateFromUrl }) => {
      const { query, openSlug } = stateFromUrl(location.href);
      this.query = query;
      if (openSlug) await this.detail.use('open', () => (this.openSlug = openSlug));
      else this.openSlug = undefined;
    });
  }

  private writeUrl(mode: 'push' | 'replace') {
    const sync = this.urlSync.module;
    if (!this.urlState || !sync) return;
    const href = sync.urlWithState(location.href, this.query, this.openSlug);
    if (href === location.href) return;
    if (mode === 'push') history.pushState(null, '', href);
    else history.replaceState(null, '', href);
  }
}
