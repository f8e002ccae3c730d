import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RecoveryBase } from '../core/recovery-base.js';
import type { MessageKey, MessageParams } from '../core/i18n/messages.js';
import { LazyPart } from '../core/lazy-part.js';
import { renderCrisisLines, type CrisisLine } from '../core/crisis/crisis-lines.js';
import { formatCalendarDate, isValidTimeZone, parseCalendarDate, todayIn, visitorTimeZone, type CalendarDate, type LeapDayRule } from '../core/time.js';
import {
  calendarSpan,
  daysCompleted,
  firstDay,
  nextChange,
  parseSpans,
  startOfDay,
  progressOn,
  type DateMeaning,
  type Milestone,
  type PersonalDate,
  type Progress,
  type ScheduleName,
  type Span,
} from './milestones.js';
import { milestoneStyles } from './milestone.styles.js';
import type { CelebrationsList, MilestoneContext, PersonalEntry, ShareCard } from './extras/index.js';
import './i18n/index.js';

export type { PersonalDate };

/** The next milestone, for developers: its label in the UI language, its date (`YYYY-MM-DD`) and the days to go. */
export interface NextMilestone {
  label: string;
  date: string;
  daysRemaining: number;
}

export type { CrisisLine };


type Reading =
  | { kind: 'none' }
  | { kind: 'error'; key: MessageKey; params?: MessageParams }
  | { kind: 'count'; first: CalendarDate; today: CalendarDate; days: number; progress: Progress };

const HOUR = 3_600_000;

/**
 * Time in recovery from a calendar date: days (hours on day 1), years/months/days, the next milestone on an
 * AA, NA, monthly or custom schedule, the ones reached, and a quiet celebration on a milestone day.
 * With no `since`, the visitor may enter their own date; it stays on their device, and only if they ask.
 *
 * @tagname recovery-milestone
 * @summary Time in recovery, counted on calendar dates, with milestones and kind words.
 *
 * @csspart days - The day (or, on day 1, hour) count.
 * @csspart next - The next milestone and the progress to it.
 * @csspart reached - The milestones reached.
 * @csspart celebration - Shown on a milestone day.
 * @csspart error - A `since` date that cannot be counted, with what to do (a visitor's own date is explained at its field).
 * @csspart personal - The visitor's own date entry.
 * @csspart celebrations - The center's celebrations this month.
 * @csspart loading - The celebrations while they load.
 * @csspart empty - No celebrations this month.
 * @csspart retry - Tries again after a failure (the celebrations, or a part that could not load).
 * @csspart base - The themed root.
 *
 * @fires {RecoveryLoadEvent} recovery-load - The center's celebrations are shown (with `celebrations`); `detail: LoadDetail`, `{ total, skipped }`.
 * @fires {RecoveryErrorEvent} recovery-error - The celebrations could not be loaded; `detail: ErrorDetail`, `{ message, status? }`.
 */
export class RecoveryMilestone extends RecoveryBase {
  static override styles = [...RecoveryBase.styles, milestoneStyles];

  /** The date, `YYYY-MM-DD` (a calendar date, not an instant). Without it, the visitor may enter their own. */
  @property() since?: string;

  /** `first-sober-day` (the date is day 1; default) or `last-use` (the day after it is day 1). */
  @property({ attribute: 'date-means' }) dateMeans: DateMeaning = 'first-sober-day';

  /** `aa` (chips; default), `na` (keytags, with their colours) or `monthly`. */
  @property() schedule: ScheduleName = 'aa';

  /** A custom schedule instead, e.g. `30d,90d,6m,1y` (`h`, `d`, `w`, `m`, `y`). */
  @property() milestones?: string;

  /** `days` (default) or `full`: years, months and days as well. */
  @property() display: 'days' | 'full' = 'days';

  /** Where a Feb 29 anniversary falls in common years: `feb28` (default) or `mar1`. */
  @property({ attribute: 'leap-day' }) leapDay: LeapDayRule = 'feb28';

  /** Show the center's celebrations this month (from `api`: `/milestones/celebrations`). */
  @property({ type: Boolean }) celebrations = false;

  /**
   * The center's name, drawn small at the foot of a shared image card (never the visitor's own name or date).
   * Without it, the card names no one.
   */
  @property({ attribute: 'center-name' }) centerName?: string;

  /** Crisis lines shown with personal content; default: the US 988 Lifeline and SAMHSA Helpline. `[]` hides them. */
  @property({ attribute: false }) crisisLines?: CrisisLine[];

  /** The visitor's own date (personal mode); kept in memory unless they chose to remember it. */
  @state() personal?: PersonalDate;

  @state() private now = Date.now();
  @state() private announcement = '';

  /** @internal Parts loaded on first use; a test may make one fail. */
  static loaders = {
    /** Personal entry, sharing and the center's celebrations. */
    extras: () => import('./extras/index.js'),
  };

  private readonly extras = new LazyPart(this, () => RecoveryMilestone.loaders.extras());
  private personalEntry?: PersonalEntry;
  private share?: ShareCard;
  private celebrationsList?: CelebrationsList;

  private timer?: ReturnType<typeof setTimeout>;
  private announced?: string;
  private warnedFor?: string;

  /** Whole days completed since day 1 (0 on day 1); undefined without a date that can be counted, or before day 1. */
  get days(): number | undefined {
    const reading = this.reading();
    return reading.kind === 'count' && reading.days >= 0 ? reading.days : undefined;
  }

  /**
   * The zone whose midnight starts a new day. A visitor's own date counts in their own zone (or the element's
   * `time-zone`), never in the one a page's provider names for the center.
   */
  get countingZone(): string {
    if (this.pageGivesDate) return this.effectiveTimeZone;
    return isValidTimeZone(this.timeZone) ? this.timeZone : visitorTimeZone();
  }

  /** The next milestone; undefined without a countable date, or after the last of a custom schedule. */
  get nextMilestone(): NextMilestone | undefined {
    const reading = this.reading();
    const next = reading.kind === 'count' ? reading.progress.next : undefined;
    return next && { label: this.label(next), date: formatCalendarDate(next.date), daysRemaining: next.daysRemaining };
  }

  /** The date in effect: the `since` attribute, else the visitor's own. */
  private get date(): PersonalDate | undefined {
    if (this.pageGivesDate) return { since: this.since!, dateMeans: this.dateMeans };
    return this.personal;
  }

  private reading(): Reading {
    const date = this.date;
    if (!date) return { kind: 'none' };
    const text = date.since.trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return { kind: 'error', key: 'milestone.error.format' };
    const since = parseCalendarDate(text);
    if (!since) return { kind: 'error', key: 'milestone.error.impossible', params: { date: text } };
    const today = todayIn(this.countingZone, this.now);
    if (daysCompleted(since, today) < 0) return { kind: 'error', key: 'milestone.error.future' };
    const first = firstDay(since, date.dateMeans === 'last-use' ? 'last-use' : 'first-sober-day');
    return { kind: 'count', first, today, days: daysCompleted(first, today), progress: progressOn(first, today, this.scheduleInEffect(), this.leapDay) };
  }

  /** The custom list when it names any milestone (a list it cannot read is reported to the developer), else the schedule. */
  private scheduleInEffect(): ScheduleName | Span[] {
    const custom = this.milestones ? parseSpans(this.milestones) : undefined;
    if (custom?.invalid && this.warnedFor !== this.milestones) {
      this.warnedFor = this.milestones;
      console.warn(`<recovery-milestone>: ${custom.invalid} entries of milestones="${this.milestones}" are not like 30d, 6m or 1y`);
    }
    if (custom?.spans.length) return custom.spans;
    return ['aa', 'na', 'monthly'].includes(this.schedule) ? this.schedule : 'aa';
  }

  private label(milestone: Milestone): string {
    const t = this.i18n.t.bind(this.i18n);
    // A span of nothing is NA's white keytag, given on the first day: a welcome.
    const label = milestone.span.amount ? t(`milestone.${milestone.span.unit}`, { count: milestone.span.amount }) : t('milestone.welcome');
    return milestone.keytag ? t('milestone.keytag', { label, colour: t(`milestone.keytag.${milestone.keytag}`) }) : label;
  }

  /** A calendar date as the visitor's language writes it ("March 15, 2024"). */
  private formatDate({ year, month, day }: CalendarDate): string {
    return this.i18n.date(Date.UTC(year, month - 1, day), { dateStyle: 'long', timeZone: 'UTC' });
  }

  /** What the parts loaded on demand may read and change: nothing else of the element. */
  private partContext(): MilestoneContext {
    return {
      t: (key: MessageKey, params?: MessageParams) => this.i18n.t(key, params),
      formatDate: (date) => this.formatDate(date),
      countingZone: this.countingZone,
      timeZone: this.effectiveTimeZone,
      api: this.effectiveApi,
      personal: this.personal,
      setPersonal: (date) => (this.personal = date),
      centerName: this.centerName,
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.now = Date.now();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  /** Without a `since`, the visitor may enter their own date. */
  private get pageGivesDate(): boolean {
    return this.since !== undefined && this.since !== null;
  }

  protected override willUpdate(): void {
    // Personal entry and the center's list need the extras; the count alone does not. Loaded by itself once;
    // after a failure, only the visitor's retry loads again. The parts are made here, before the controllers'
    // own update, so the celebrations start loading in this same update.
    const parts = this.extras.module;
    if (!parts) {
      if ((!this.pageGivesDate || this.celebrations) && this.extras.status === 'idle') void this.extras.use('parts', () => this.requestUpdate());
      return;
    }
    const context = () => this.partContext();
    if (!this.pageGivesDate) this.personalEntry ??= new parts.PersonalEntry(this, context);
    if (this.celebrations) this.celebrationsList ??= new parts.CelebrationsList(this, context);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const reading = this.reading();
    this.scheduleTick(reading);
    // Announced once per milestone day, through a live region that was already on the page.
    const celebrating = reading.kind === 'count' && reading.progress.today ? this.celebrationText(reading.progress.today) : '';
    if (celebrating !== this.announced) {
      this.announced = celebrating;
      setTimeout(() => (this.announcement = celebrating), 100);
    }
  }

  /** The count changes at local midnight (every hour on day 1), not every second. */
  private scheduleTick(reading: Reading): void {
    clearTimeout(this.timer);
    if (reading.kind !== 'count') return;
    const at = nextChange(this.now, this.countingZone, reading.first, reading.today);
    this.timer = setTimeout(() => (this.now = Date.now()), Math.min(Math.max(at - Date.now(), 1000), 2 ** 31 - 1));
  }

  private celebrationText(milestone: Milestone): string {
    // NA's white keytag, on day 1, is a welcome rather than a count.
    if (!milestone.span.amount) return this.i18n.t('milestone.todayWelcome');
    return this.i18n.t('milestone.today', { label: this.label(milestone) });
  }

  protected override renderContent(): unknown {
    const reading = this.reading();
    return html`
      ${reading.kind === 'error'
        ? html`<p part="error" class="error" role="alert">${this.i18n.t(reading.key, reading.params)}</p>`
        : nothing}
      ${reading.kind === 'count' ? this.renderCount(reading) : nothing}
      ${!this.pageGivesDate && this.personalEntry ? this.personalEntry.render() : nothing}
      ${this.celebrations && this.celebrationsList ? this.celebrationsList.render() : nothing}
      ${this.extras.renderFailure(this.i18n.t.bind(this.i18n))}
      ${renderCrisisLines(this.crisisLines, this.i18n.t.bind(this.i18n))}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    `;
  }

  private renderCount({ first, today, days, progress }: Extract<Reading, { kind: 'count' }>): unknown {
    const t = this.i18n.t.bind(this.i18n);
    if (days < 0) return html`<p class="count">${t('milestone.notBegun')}</p>`;
    const hours = days === 0 ? Math.floor((this.now - startOfDay(first, this.countingZone)) / HOUR) : 0;
    const full = calendarSpan(first, today, this.leapDay);
    const fullText = new Intl.ListFormat(this.resolvedLang(), { type: 'conjunction' }).format(
      (['y', 'm', 'd'] as const)
        .map((unit, i) => [unit, [full.years, full.months, full.days][i]!] as const)
        .filter(([unit, count]) => count > 0 || (unit === 'd' && full.years + full.months === 0))
        .map(([unit, count]) => t(`milestone.${unit}`, { count })),
    );
    const { next, reached } = progress;
    const shown = reached.slice(-12).reverse();
    return html`<section class="counter">
      ${progress.today
        ? html`<p part="celebration" class="celebration">${this.celebrationText(progress.today)}</p>`
        : nothing}
      <p class="count">
        <span part="days" class="number">${this.i18n.number(days === 0 ? hours : days)}</span>
        <span class="unit">${days === 0 ? t('milestone.hours', { count: hours }) : t('milestone.days', { count: days })}</span>
      </p>
      ${this.display === 'full' && days > 0 ? html`<p class="full">${fullText}</p>` : nothing}
      <p class="muted">${t('milestone.since', { date: this.formatDate(first) })}</p>
      ${next
        ? html`<div part="next" class="next">
            <p>${t('milestone.next', { label: this.label(next), date: this.formatDate(next.date) })}</p>
            <p class="muted">${t('milestone.toGo', { count: next.daysRemaining })}</p>
            <progress max="1" .value=${next.progress} aria-label=${t('milestone.progressTo', { label: this.label(next) })}></progress>
          </div>`
        : html`<p part="next">${t('milestone.allReached')}</p>`}
      ${shown.length
        ? html`<div part="reached" class="reached">
            <h3>${t('milestone.reached')}</h3>
            <ul>
              ${shown.map(
                (m) => html`<li>
                  <span class="keytag ${m.keytag ?? ''}" aria-hidden="true"></span>
                  <span>${this.label(m)} <span class="muted">${this.formatDate(m.date)}</span></span>
                </li>`,
              )}
            </ul>
            ${reached.length > shown.length ? html`<p class="muted">${t('milestone.earlier', { count: reached.length - shown.length })}</p>` : nothing}
          </div>`
        : nothing}
      ${this.share?.render(days, progress) ??
      html`<button type="button" class="secondary" aria-expanded="false" @click=${this.openShare}>${t('milestone.share')}</button>`}
    </section>`;
  }

  private readonly openShare = () =>
    this.extras.use('share', ({ ShareCard }) => (this.share ??= new ShareCard(this, () => this.partContext())).open());

}
