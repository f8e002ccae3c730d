import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RecoveryElement } from '../core/recovery-element.js';
import { LoadController } from '../core/load-controller.js';
import { apiUrl } from '../core/http.js';
import { LazyPart } from '../core/lazy-part.js';
import './i18n/index.js';
import { renderEmpty } from '../core/status.js';
import { daysBetween, formatTimeOfDay, isValidTimeZone, todayIn, visitorTimeZone, wallTimeAt, zoneOffsetMinutes } from '../core/time.js';
import { KM_PER_MILE, TIMES_OF_DAY, filterSchedule, scheduleOf, type MeetingQuery, type Occurrence, type Schedule, type TimeOfDay } from './filter.js';
import { feedUrls, loadMeetings } from './load.js';
import { normalizeMeetings, type Meeting } from './normalize.js';
import { typeName } from './types.js';
import { meetingsStyles } from './meetings.styles.js';

const DISTANCES = [2, 5, 10, 25, 50];
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
    detail: () => import('./detail.js'),
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
        ${open && detail ? detail.renderDetail(open, this.detailContext()) : this.renderFinder(meetings)}
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
    const regions = [...new Set(meetings.flatMap((m) => m.regions))].sort((a, b) => a.localeCompare(b, this.resolvedLang()));
    const types = [...new Set(meetings.flatMap((m) => m.types))].sort((a, b) =>
      typeName(a, this.resolvedLang()).localeCompare(typeName(b, this.resolvedLang()), this.resolvedLang()),
    );
    const chosenTypes = this.query.types ?? [];
    const withoutZone = meetings.some((m) => !m.timeZone);

    return html`<div class="finder">
      <form class="filters" role="search" aria-label=${t('meetings.filters')} @submit=${(e: Event) => e.preventDefault()}>
        <label class="search">
          ${t('meetings.search')}
          <span class="hint" id="search-hint">${t('meetings.searchHint')}</span>
          <input type="search" aria-describedby="search-hint" .value=${this.query.search ?? ''}
            @input=${(e: Event) => this.setQuery({ search: (e.target as HTMLInputElement).value })} />
        </label>
        <label>
          ${t('meetings.day')}
          <select @change=${(e: Event) => {
            const value = (e.target as HTMLSelectElement).value;
            this.setQuery({ day: value === '' ? undefined : Number(value) });
          }}>
            <option value="" ?selected=${this.query.day === undefined}>${t('meetings.upcoming')}</option>
            ${[0, 1, 2, 3, 4, 5, 6].map(
              (day) => html`<option value=${day} ?selected=${this.query.day === day}>${this.dayName(day)}</option>`,
            )}
          </select>
        </label>
        <label>
          ${t('meetings.time')}
          <select @change=${(e: Event) => {
            const value = (e.target as HTMLSelectElement).value as TimeOfDay | '';
            this.setQuery({ timesOfDay: value ? [value] : undefined });
          }}>
            <option value="" ?selected=${!this.query.timesOfDay?.length}>${t('meetings.anyTime')}</option>
            ${TIMES_OF_DAY.map(
              (time) => html`<option value=${time} ?selected=${this.query.timesOfDay?.[0] === time}>${t(`meetings.${time}`)}</option>`,
            )}
          </select>
        </label>
        <fieldset>
          <legend>${t('meetings.attendance')}</legend>
          ${(['in_person', 'online'] as const).map(
            (mode) => html`<label class="check">
              <input type="checkbox" .checked=${this.query.attendance?.includes(mode) ?? false}
                @change=${(e: Event) => {
                  const on = (e.target as HTMLInputElement).checked;
                  const rest = (this.query.attendance ?? []).filter((a) => a !== mode);
                  this.setQuery({ attendance: on ? [...rest, mode] : rest });
                }} />
              ${t(mode === 'online' ? 'meetings.online' : 'meetings.inPerson')}
            </label>`,
          )}
        </fieldset>
        ${types.length > 0
          ? html`<details ?open=${chosenTypes.length > 0}>
              <summary>${chosenTypes.length ? t('meetings.typesChosen', { count: chosenTypes.length }) : t('meetings.types')}</summary>
              <fieldset>
                <legend class="visually-hidden">${t('meetings.types')}</legend>
                ${types.map(
                  (code) => html`<label class="check">
                    <input type="checkbox" .checked=${chosenTypes.includes(code)}
                      @change=${(e: Event) => {
                        const on = (e.target as HTMLInputElement).checked;
                        const rest = chosenTypes.filter((c) => c !== code);
                        this.setQuery({ types: on ? [...rest, code] : rest });
                      }} />
                    ${typeName(code, this.resolvedLang())}
                  </label>`,
                )}
              </fieldset>
            </details>`
          : nothing}
        ${regions.length > 1
          ? html`<label>
              ${t('meetings.region')}
              <select @change=${(e: Event) => this.setQuery({ region: (e.target as HTMLSelectElement).value || undefined })}>
                <option value="" ?selected=${!this.query.region}>${t('meetings.allRegions')}</option>
                ${regions.map((region) => html`<option ?selected=${this.query.region === region}>${region}</option>`)}
              </select>
            </label>`
          : nothing}
        ${this.renderNear()}
        <button type="button" class="secondary" @click=${this.clearFilters}>${t('meetings.clear')}</button>
      </form>

      <p class="count" role="status">${t('meetings.count', { count: total })}</p>
      ${withoutZone && isVisitors ? html`<p class="note">${t('time.yourZone', { zone })}</p>` : nothing}
      ${total === 0 ? renderEmpty(t('meetings.none')) : this.renderList(occurrences.slice(0, this.shownRows), byAppointment, zone)}
      ${occurrences.length > this.shownRows
        ? html`<button type="button" class="secondary" @click=${() => (this.shownRows += PAGE)}>
            ${t('meetings.showMore', { count: occurrences.length - this.shownRows })}
          </button>`
        : nothing}
      ${this.renderLegend(meetings)}
    </div>`;
  }

  private renderNear() {
    const t = this.i18n.t.bind(this.i18n);
    if (!this.query.near) {
      return html`<div class="near">
        <button type="button" class="secondary" @click=${this.locate} ?disabled=${this.locating === 'busy'}>
          ${this.locating === 'busy' ? t('meetings.locating') : t('meetings.nearMe')}
        </button>
        ${this.locating === 'failed' ? html`<p class="note" role="alert">${t('meetings.locationUnavailable')}</p>` : nothing}
      </div>`;
    }
    const factor = this.unit === 'mi' ? KM_PER_MILE : 1;
    return html`<div class="near">
      <label>
        ${t('meetings.within')}
        <select @change=${(e: Event) => {
          const value = Number((e.target as HTMLSelectElement).value);
          this.setQuery({ near: { ...this.query.near!, maxKm: value ? value * factor : Infinity } });
        }}>
          <option value="0" ?selected=${this.query.near.maxKm === Infinity}>${t('meetings.anyDistance')}</option>
          ${DISTANCES.map(
            (d) => html`<option value=${d} ?selected=${Math.abs(this.query.near!.maxKm - d * factor) < 0.01}>
              ${this.i18n.number(d, { style: 'unit', unit: this.unit === 'mi' ? 'mile' : 'kilometer' })}
            </option>`,
          )}
        </select>
      </label>
      <p class="note">${t('meetings.locationPrivacy')}</p>
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

  private renderList(occurrences: Occurrence[], byAppointment: Meeting[], zone: string) {
    const t = this.i18n.t.bind(this.i18n);
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
          ${list.map((o) => this.renderItem(o.meeting, this.timeText(o.start, o.meeting.timeZone ?? zone), o))}
        </ul>
      </section>`,
    )}
    ${byAppointment.length
      ? html`<section>
          <h3 class="day">${t('meetings.byAppointment')}</h3>
          <ul class="meetings">${byAppointment.map((m) => this.renderItem(m, t('meetings.byAppointment')))}</ul>
        </section>`
      : nothing}`;
  }

  private attendanceLabel(meeting: Meeting): string {
    const keys = { in_person: 'meetings.inPerson', online: 'meetings.online', hybrid: 'meetings.hybrid', inactive: 'meetings.inactive' } as const;
    return this.i18n.t(keys[meeting.attendance]);
  }

  private renderItem(meeting: Meeting, time: string, occurrence?: Occurrence) {
    const t = this.i18n.t.bind(this.i18n);
    const place = meeting.attendance === 'online' ? t('meetings.online') : meeting.location ?? meeting.address ?? '';
    const distance =
      occurrence?.distanceKm === undefined
        ? undefined
        : this.i18n.number(this.unit === 'mi' ? occurrence.distanceKm / KM_PER_MILE : occurrence.distanceKm, {
            style: 'unit',
            unit: this.unit === 'mi' ? 'mile' : 'kilometer',
            maximumFractionDigits: 1,
          });
    return html`<li part="meeting" data-slug=${meeting.slug}>
      <button type="button" @click=${() => this.open(meeting.slug)}>
        <span class="time">${time}</span>
        <span class="name">${meeting.name}</span>
        ${place ? html`<span class="meta">${place}${distance ? html` · ${t('meetings.distance', { distance })}` : nothing}</span>` : nothing}
        <span class="badges">
          ${occurrence?.inProgress ? html`<span class="badge live">${t('meetings.inProgress')}</span>` : nothing}
          <span class="badge">${this.attendanceLabel(meeting)}</span>
          ${meeting.types
            .filter((code) => code !== 'ONL') // the attendance badge already says so
            .slice(0, 4)
            .map((code) => html`<span class="badge">${typeName(code, this.resolvedLang())}</span>`)}
        </span>
      </button>
      ${meeting.conferenceUrl ? html`<span class="print-links">${meeting.conferenceUrl}</span>` : nothing}
    </li>`;
  }

  private renderLegend(meetings: Meeting[]) {
    const codes = [...new Set(meetings.flatMap((m) => m.types))].sort();
    return html`<section class="legend" aria-hidden="true">
      <h3>${this.i18n.t('meetings.typeLegend')}</h3>
      <p>${codes.map((code) => `${code}: ${typeName(code, this.resolvedLang())}`).join(' · ')}</p>
    </section>`;
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

  private detailContext(): import('./detail.js').DetailContext {
    return {
      t: this.i18n.t.bind(this.i18n),
      lang: this.resolvedLang(),
      zone: this.feedZone.zone,
      now: this.now,
      dayName: (day) => this.dayName(day),
      timeText: (start, zone) => this.timeText(start, zone),
      attendanceLabel: (meeting) => this.attendanceLabel(meeting),
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
