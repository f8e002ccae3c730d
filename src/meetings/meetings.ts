import { html, nothing, type CSSResult, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RecoveryElement } from '../core/recovery-element.js';
import { LoadController } from '../core/load-controller.js';
import { apiUrl } from '../core/http.js';
import { LazyPart } from '../core/lazy-part.js';
import { addStyles } from '../core/adopt-styles.js';
import { perObject } from '../core/per-object.js';
import './i18n/index.js';
import { renderEmpty } from '../core/status.js';
import { daysBetween, isValidTimeZone, todayIn, visitorTimeZone, wallTimeAt, zoneName, zoneOffsetMinutes } from '../core/time.js';
import { filterSchedule, hasNoFilter, scheduleKeeper, type MeetingQuery } from './filter.js';
import { renderFilters, type FiltersContext } from './filters-view.js';
import { FIRST_GIVEN, PAGE, renderDays, renderLegend, screenful, type DaysContext } from './list-view.js';
import { loadMeetings } from './load.js';
import { resolveSources, type MeetingSource } from './sources.js';
import { hasDetails, normalizeFeed, type Meeting } from './normalize.js';
import { loadDetailsReader, readMeetingDetails } from './read-details.js';
import { loadTypeNames, typeName } from './types.js';
import { meetingWhen } from './when.js';
import { meetingsStyles } from './meetings.styles.js';
import type { DetailContext } from './detail/detail.js';
import type { RefineContext } from './refine/refine.js';

/** The zones a list's meetings name (undefined: the finder's). */
const meetingZones = perObject((meetings: Meeting[]) => new Set(meetings.map((m) => m.timeZone)));

/**
 * A meeting finder for recovery support meetings, reading Meeting Guide JSON feeds and BMLT root servers.
 *
 * @tagname recovery-meetings
 * @summary Search, filter and open recovery meetings of every program from Meeting Guide feeds and BMLT servers.
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

  /** Sources with their program, `[{ url, format?: 'meeting-guide' | 'bmlt', label?: 'NA' }]`: a property, or JSON
   * in the attribute (whose type the manifest gives). @type {string} */
  @property({ type: Array }) sources?: MeetingSource[];

  /** Meetings given directly (raw Meeting Guide records), instead of `src` or `api`. */
  @property({ attribute: false }) meetings?: unknown[];

  /** Keep the filters and the open meeting in the page URL, for links and the back button. */
  @property({ type: Boolean, attribute: 'url-state' }) urlState = false;

  /** Largest feed accepted, in bytes, per source (a regional feed of 20,000 meetings is about 15-18 MB). Default 32 MiB. */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes?: number;

  /** `km` or `mi` for distances. Default: miles for English in the US and UK, else kilometres. */
  @property({ attribute: 'distance-unit' }) distanceUnit?: 'km' | 'mi';

  @state() private query: MeetingQuery = {};
  @state() private openSlug?: string;
  @state() private locating: 'idle' | 'busy' | 'failed' = 'idle';
  @state() private copied = false;
  @state() private now = new Date();
  @state() private shownRows = screenful();
  /** The first paint after a load is done (showPage): from then on, every render has every meeting's details. */
  @state() private settled = false;
  @state() private filtersOpen = false;

  private readonly scheduleFor = scheduleKeeper(); // the week, kept between renders
  private clock?: ReturnType<typeof setInterval>;
  private returnFocusTo?: string;

  /** @internal Parts loaded on first use; a test may make one fail. */
  static loaders = {
    /** The open-meeting view. */
    detail: () => import('./detail/detail.js'),
    /** Reading and writing the filters and the open meeting in the page URL (with `url-state`). */
    urlState: () => import('./url-state.js'),
    /** The filters behind "Filters", and meetings near the visitor. */
    refine: () => import('./refine/refine.js'),
    bmlt: () => import('./bmlt/index.js'), // the BMLT reader, for a BMLT source
    /** The reader of meetings' details, for meetings given as a property (a load asks for it itself). */
    details: () => loadDetailsReader(),
  };

  // A part's styles join the element's when its code arrives.
  private readonly detail = new LazyPart(this, () => RecoveryMeetings.loaders.detail().then(this.styled));
  private readonly urlSync = new LazyPart(this, () => RecoveryMeetings.loaders.urlState());
  private readonly refine = new LazyPart(this, () => RecoveryMeetings.loaders.refine().then(this.styled));
  private readonly detailsReader = new LazyPart(this, () => RecoveryMeetings.loaders.details());

  private readonly styled = <M extends { styles: CSSResult }>(module: M) => (addStyles(this, module.styles), module);

  private readonly data = new LoadController(this, {
    args: () => [this.src, this.effectiveApi, this.meetings, this.sources, this.maxBytes] as const,
    task: async ([src, api, , given, maxBytes], { signal }) => {
      const names = loadTypeNames(); // beside the feed, not before it
      const sources = resolveSources(src || given ? src : api && apiUrl(api, '/meetings'), given, document.baseURI);
      const loading = loadMeetings(sources, { signal, lang: this.resolvedLang(), bmlt: RecoveryMeetings.loaders.bmlt, maxBytes: maxBytes || undefined });
      void this.feedZone; // Intl's zone data (~25 ms, once) loads once the feed is asked for, not after it comes
      const [loaded] = await Promise.all([loading, names]);
      return loaded;
    },
    // Given meetings show at once (their type names and details reader came before the update: see scheduleUpdate).
    given: ([, , given]) => given && { ...normalizeFeed(given, 'meetings'), failures: [], programs: [] },
    onComplete: ({ meetings, skipped, failures }) => {
      void this.reportLoaded(meetings.length, skipped).then(this.showPage);
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

  /** With `url-state`, the first render waits for the URL's state. Given meetings wait for their type names and
   * details reader (given before this element was defined, they are not set yet here: see renderContent). */
  protected override async scheduleUpdate(): Promise<void> {
    if (this.urlState && this.urlSync.status === 'idle') await this.readUrl();
    if (this.meetings && this.detailsReader.status !== 'failed') await Promise.all([loadTypeNames(), this.detailsReader.load()]); // failed: its retry
    await super.scheduleUpdate();
  }

  private readonly onPopState = () => void (this.urlState && this.readUrl());

  /** The zone of meetings whose feed names none: the element's or provider's, else the visitor's. */
  private get feedZone(): { zone: string; isVisitors: boolean } {
    const configured = [this.timeZone, this.inherited?.timeZone].find(isValidTimeZone);
    return configured ? { zone: configured, isVisitors: false } : { zone: visitorTimeZone(), isVisitors: true };
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('openSlug')) {
      if (this.openSlug) this.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();
      else if (this.returnFocusTo) {
        this.renderRoot.querySelector<HTMLElement>(`[data-slug="${CSS.escape(this.returnFocusTo)}"] button`)?.focus();
        this.returnFocusTo = undefined;
      }
    }
  }

  protected override renderContent() {
    const t = this.i18n.t.bind(this.i18n);
    return this.renderLoad(this.data, ({ meetings, failures, programs }) => {
      const complete = !this.firstRows && readMeetingDetails(meetings); // see firstRows
      // Meetings given before this element was defined: rendered with names and times until the reader is in.
      if (!complete && !this.firstRows && this.detailsReader.status === 'idle') void this.detailsReader.load();
      const open = this.openSlug ? meetings.find((m) => m.slug === this.openSlug) : undefined;
      const detail = this.detail.module;
      const shown = programs.length > 1 ? programs : []; // two programs or more to tell apart, or no badge and no filter
      return html`
        ${failures.map(({ source, label }) => html`<p class="alert" role="alert">${t('meetings.sourceFailed', { source: [label, new URL(source).host].filter(Boolean).join(', ') })}</p>`)}
        ${this.detail.renderFailure(t)}${this.urlSync.renderFailure(t)}${this.refine.renderFailure(t)}${this.detailsReader.renderFailure(t)}
        ${open && detail
          ? detail.renderDetail(open, this.detailContext(shown))
          : meetings.length === 0
            ? renderEmpty(t('meetings.noneListed')) // nothing to filter: no filters, no "try fewer filters"
            : this.renderFinder(meetings, shown, complete)}
      `;
    });
  }

  /**
   * Whether this is the first paint of a fetched feed, nothing asked yet: it reads the details (place, links, kind)
   * of the rows it shows only, and leaves out the print legend. Every other render reads them all first.
   */
  private get firstRows(): boolean {
    return !this.meetings && !this.settled && !this.openSlug && !this.filtersOpen && hasNoFilter(this.query);
  }

  /** After the first rows are painted (or soon, in a tab that gets no frames), the rest of the page. */
  private readonly showPage = async () => {
    if (typeof requestAnimationFrame === 'function') await new Promise((done) => (requestAnimationFrame(() => setTimeout(done)), setTimeout(done, 100)));
    [this.settled, this.shownRows] = [true, Math.max(this.shownRows, PAGE)];
  };

  private setQuery(patch: Partial<MeetingQuery>, base = this.query) {
    this.query = { ...base, ...patch };
    this.shownRows = PAGE;
    this.writeUrl('replace');
  }

  private renderFinder(meetings: Meeting[], programs: string[], complete: boolean) {
    const t = this.i18n.t.bind(this.i18n);
    const { zone, isVisitors } = this.feedZone;
    const { near } = this.query;
    const refine = this.refine.module;
    const { byAppointment, ...filtered } = filterSchedule(this.scheduleFor(meetings, { now: this.now, zone }), this.query);
    const occurrences = near && refine ? refine.withinReach(filtered.occurrences, near) : filtered.occurrences;
    const total = occurrences.length + byAppointment.length;
    const lang = this.resolvedLang();
    const visitorZone = visitorTimeZone();
    const offset = zoneOffsetMinutes(this.now, visitorZone);
    const differs = [...meetingZones(meetings)].some((z) => zoneOffsetMinutes(this.now, z ?? zone) !== offset);
    // Given meetings' first paint has as many rows as a server's render of them (which a hydrating render must match).
    const limit = this.meetings && !this.settled ? FIRST_GIVEN : this.shownRows;
    const rows = Math.min(occurrences.length, limit) + byAppointment.length;
    const shown = occurrences.slice(0, limit);
    if (this.firstRows) readMeetingDetails([...shown.map((o) => o.meeting), ...byAppointment]);
    const view = this.context(zone, programs);

    return html`<div class="finder">
      ${renderFilters(view, this.filtersOpen, this.toggleFilters, this.filtersOpen && refine ? refine.renderPanel(view, meetings) : nothing)}
      <div class="list-head">
        <p class="count" role="status">${t(near && refine ? 'meetings.countNear' : 'meetings.count', { count: total })}</p>
        <button type="button" class="secondary near-me" aria-disabled=${this.locating === 'busy'} @click=${this.nearMe}>
          ${near ? t('meetings.stopNear') : this.locating === 'busy' ? t('meetings.locating') : t('meetings.nearMe')}
        </button>
      </div>
      ${this.locating === 'failed' ? html`<p class="note" role="alert">${t('meetings.locationUnavailable')}</p>` : nothing}
      ${near && refine ? refine.renderNearBar(view) : nothing}
      ${differs
        ? html`<p class="note">${t('meetings.localTimes', { zone: zoneName(this.now, visitorZone, lang) })}</p>`
        : meetingZones(meetings).has(undefined) && isVisitors
          ? html`<p class="note">${t('time.yourZone', { zone: zoneName(this.now, zone, lang) })}</p>`
          : nothing}
      ${rows > 5 ? html`<a class="skip" href="#list-end" @click=${this.skipList}>${t('meetings.skipList')}</a>` : nothing}
      ${total === 0
        ? html`${renderEmpty(t('meetings.none'))}<div><button type="button" class="secondary" @click=${this.clearFilters}>${t('meetings.clear')}</button></div>`
        : renderDays(shown, byAppointment, view)}
      ${occurrences.length > limit
        ? html`<button type="button" class="secondary" @click=${() => (this.shownRows = limit + PAGE)}>
            ${t('meetings.showMore', { count: occurrences.length - limit })}
          </button>`
        : nothing}
      ${rows > 5 ? html`<p class="list-end" id="list-end" tabindex="-1">${t('meetings.listEnd')}</p>` : nothing}
      ${complete ? renderLegend(meetings, view) : nothing}
    </div>`;
  }

  private readonly toggleFilters = () => {
    if (this.filtersOpen) this.filtersOpen = false;
    else void this.refine.use('panel', () => (this.filtersOpen = true));
  };

  /**
   * Near me asks for the position (its code loads then); pressed again, it stops using it. While the device
   * looks, a press does nothing, and the button stays enabled (aria-disabled): a disabled one drops the focus.
   */
  private readonly nearMe = () => {
    if (this.locating === 'busy') return;
    if (this.query.near) this.setQuery({ near: undefined });
    else void this.refine.use('near', ({ locate }) => locate(this.context()));
  };

  // A link's own jump cannot reach into a shadow root: the end of the list takes the focus itself.
  private readonly skipList = (event: Event) => (event.preventDefault(), this.renderRoot.querySelector<HTMLElement>('#list-end')?.focus());

  // Clearing keeps the visitor's position: it is not a filter, and "Stop using my location" says so.
  private readonly clearFilters = () => this.setQuery({ near: this.query.near }, {});

  // 2023-01-01 was a Sunday: day 0.
  private readonly dayName = (day: number) => this.i18n.date(Date.UTC(2023, 0, 1 + day, 12), { weekday: 'long', timeZone: 'UTC' });

  private readonly typeName = (code: string): string => typeName(code, this.resolvedLang());

  /** What the filters, the list and the parts read and do: one context for them all. */
  private context(zone = this.feedZone.zone, programs: string[] = []): FiltersContext & RefineContext & DaysContext {
    const t = this.i18n.t.bind(this.i18n);
    const visitorZone = visitorTimeZone();
    const today = todayIn(visitorZone, this.now);
    const refine = this.refine.module;
    const view: FiltersContext & RefineContext & DaysContext = {
      t,
      lang: this.resolvedLang(),
      query: this.query,
      setQuery: (patch) => this.setQuery(patch),
      clear: this.clearFilters,
      dayName: (day) => this.dayName(day),
      typeName: (code) => this.typeName(code),
      distanceUnit: this.distanceUnit,
      number: (value, options) => this.i18n.number(value, options),
      setLocating: (state) => (this.locating = state),
      // None while its details are still to read: a meeting's way to attend is one of them, and not yet known.
      attendanceLabel: (meeting) => (hasDetails(meeting) ? t(({ in_person: 'meetings.inPerson', online: 'meetings.online', hybrid: 'meetings.hybrid', inactive: 'meetings.inactive' } as const)[meeting.attendance]) : ''),
      open: (slug) => this.open(slug),
      when: (o) => meetingWhen(o.start, o.meeting.timeZone ?? zone, visitorZone, this.resolvedLang()),
      dayLabel: (start) => {
        const ahead = daysBetween(today, wallTimeAt(start, visitorZone));
        return ahead === 0 ? t('meetings.today') : ahead === 1 ? t('meetings.tomorrow') : this.i18n.date(start, { weekday: 'long', month: 'long', day: 'numeric', timeZone: visitorZone });
      },
      nearestFirst: this.query.near ? refine?.nearestFirst : undefined,
      distance: refine && ((km) => refine.distanceText(view, km)),
      programs,
    };
    return view;
  }

  /** Opens a meeting; when the view's code cannot load, its failure shows, and its retry opens the meeting. */
  private open(slug: string) {
    return this.detail.use('open', () => {
      [this.returnFocusTo, this.openSlug, this.copied] = [slug, slug, false];
      this.writeUrl('push');
    });
  }

  private detailContext(programs: string[]): DetailContext {
    return {
      ...this.context(undefined, programs),
      weekday: (start) => this.i18n.date(start, { weekday: 'long', timeZone: visitorTimeZone() }),
      zone: this.feedZone.zone,
      now: this.now,
      when: (start, zone) => meetingWhen(start, zone, visitorTimeZone(), this.resolvedLang()),
      copied: this.copied,
      onBack: this.close,
      onCopied: () => (this.copied = true),
    };
  }

  private readonly close = () => {
    [this.returnFocusTo, this.openSlug] = [this.openSlug, undefined];
    this.writeUrl('push');
  };

  /** Applies the page URL's state (`url-state`, whose code loads then); a meeting named there opens with the view. */
  private readUrl() {
    return this.urlSync.use('read', async ({ stateFromUrl }) => {
      const { query, openSlug } = stateFromUrl(location.href);
      this.query = query;
      if (openSlug) await this.detail.use('open', () => (this.openSlug = openSlug));
      else this.openSlug = undefined;
    });
  }

  private writeUrl(mode: 'push' | 'replace') {
    if (this.urlState) this.urlSync.module?.writeState(mode, this.query, this.openSlug);
  }
}
