import { html, nothing, type TemplateResult } from 'lit';
import { addStyles } from '../../core/adopt-styles.js';
import { formStyles } from '../../core/form.styles.js';
import { renderField } from '../../core/form-field.js';
import type { MessageKey, MessageParams } from '../../core/i18n/messages.js';
import { formatCalendarDate, parseCalendarDate, todayIn, type CalendarDate } from '../../core/time.js';
import { daysCompleted, type PersonalDate } from '../milestones.js';
import type { Host, MilestoneContext } from './context.js';
import { extrasStyles } from './extras.styles.js';

/** The one key this element ever writes, and only when the visitor ticks "remember on this device". */
export const STORAGE_KEY = 'recovery-milestone:date';

export function readRemembered(): PersonalDate | undefined {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<PersonalDate> | null;
    if (!saved || typeof saved.since !== 'string') return undefined;
    return { since: saved.since, dateMeans: saved.dateMeans === 'last-use' ? 'last-use' : 'first-sober-day' };
  } catch {
    return undefined;
  }
}

function remember(date: PersonalDate | undefined): void {
  try {
    if (date) localStorage.setItem(STORAGE_KEY, JSON.stringify(date));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage blocked: the date stays in memory for this visit.
  }
}

/** What is wrong with a date typed in, in the element's words; undefined when it can be counted. */
export function dateProblem(text: string, today: CalendarDate): { key: MessageKey; params?: MessageParams } | undefined {
  if (!text.trim()) return { key: 'milestone.error.missing' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text.trim())) return { key: 'milestone.error.format' };
  const date = parseCalendarDate(text.trim());
  if (!date) return { key: 'milestone.error.impossible', params: { date: text.trim() } };
  return daysCompleted(date, today) < 0 ? { key: 'milestone.error.future' } : undefined;
}

/**
 * The visitor's own date: kept in memory by the element, and on this device only when they tick "remember";
 * a visible "forget my date" removes it. A new date is welcomed, never called a failure. A date that cannot
 * be counted is explained beside its field, in the element's words, and never replaces the one shown.
 */
export class PersonalEntry {
  private remembered = false;
  private editing = false;
  private notice?: MessageKey;
  private problem?: ReturnType<typeof dateProblem>;

  constructor(
    private readonly host: Host,
    private readonly context: () => MilestoneContext,
  ) {
    addStyles(host, formStyles, extrasStyles);
    const saved = readRemembered();
    if (saved) {
      this.remembered = true;
      context().setPersonal(saved);
    }
  }

  render(): TemplateResult {
    const { t } = this.context();
    // The notice stays in one place whichever view shows, so that screen readers hear what appears in it.
    return html`${this.renderView()}<p class="notice" role="status">${this.notice ? t(this.notice) : nothing}</p>`;
  }

  private renderView(): TemplateResult {
    const { t, personal, countingZone } = this.context();
    if (personal && !this.editing) {
      return html`<div part="personal" class="personal actions">
        <button type="button" class="secondary" @click=${() => this.edit(true)}>${t('milestone.change')}</button>
        ${this.remembered ? html`<button type="button" class="secondary" @click=${this.forget}>${t('milestone.forget')}</button>` : nothing}
      </div>`;
    }
    const today = formatCalendarDate(todayIn(countingZone));
    const meaning = personal?.dateMeans ?? 'first-sober-day';
    const { problem } = this;
    // novalidate: the element explains a date it cannot count in its own words, beside the field, instead of
    // the browser's bubble, which differs by browser and language and vanishes on its own.
    return html`<form part="personal" class="personal" novalidate @submit=${this.save}>
      ${personal ? nothing : html`<p class="intro">${t('milestone.intro')}</p>`}
      ${renderField({
        id: 'personal-date',
        label: t('milestone.yourDate'),
        error: problem && t(problem.key, problem.params),
        control: ({ id, describedBy, invalid }) =>
          html`<input id=${id} name="since" type="date" required max=${today} .value=${personal?.since ?? ''}
            aria-describedby=${describedBy} aria-invalid=${invalid} @input=${this.changed} />`,
      })}
      <fieldset>
        <legend>${t('milestone.meaning')}</legend>
        <label class="check"><input type="radio" name="meaning" value="first-sober-day" ?checked=${meaning === 'first-sober-day'} />${t('milestone.meaningFirst')}</label>
        <label class="check"><input type="radio" name="meaning" value="last-use" ?checked=${meaning === 'last-use'} />${t('milestone.meaningLast')}</label>
      </fieldset>
      <label class="check"><input type="checkbox" name="remember" ?checked=${this.remembered} />${t('milestone.remember')}</label>
      <p class="muted">${t('milestone.privacy')}</p>
      <div class="actions"><button type="submit">${t('milestone.show')}</button></div>
    </form>`;
  }

  /** A new date typed: what was said about the last one (its problem, "updated", "removed") no longer holds. */
  private readonly changed = () => {
    if (!this.problem && !this.notice) return;
    this.problem = this.notice = undefined;
    this.host.requestUpdate();
  };

  /** `keep`: the problem just found stays (it is why focus goes back to the field). */
  private async edit(editing: boolean, notice?: MessageKey, keep = false) {
    this.editing = editing;
    this.notice = notice;
    if (!keep) this.problem = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>(editing ? '#personal-date' : '[part~="personal"] button')?.focus();
  }

  private readonly save = (event: SubmitEvent) => {
    event.preventDefault();
    const { personal, countingZone, setPersonal } = this.context();
    const data = new FormData(event.target as HTMLFormElement);
    const since = data.get('since'); // a date input: text, never a file
    const date: PersonalDate = {
      since: typeof since === 'string' ? since.trim() : '',
      dateMeans: data.get('meaning') === 'last-use' ? 'last-use' : 'first-sober-day',
    };
    const before = personal && parseCalendarDate(personal.since);
    // Only a date that can be counted is kept or changes what is stored; any other is explained at its field.
    this.problem = dateProblem(date.since, todayIn(countingZone));
    this.remembered = data.get('remember') === 'on';
    // Unticking "remember" forgets at once, whatever the date; a ticked one is kept only when it can be counted.
    if (!this.remembered) remember(undefined);
    if (this.problem) return void this.edit(true, undefined, true);
    if (this.remembered) remember(date);
    setPersonal(date);
    // A new date is a fresh start, and is welcomed as one: never called a failure or a reset.
    void this.edit(false, before && daysCompleted(before, parseCalendarDate(date.since)!) !== 0 ? 'milestone.updated' : undefined);
  };

  private readonly forget = () => {
    remember(undefined);
    this.remembered = false;
    this.context().setPersonal(undefined);
    // The button pressed is gone: focus goes to the date field of the form that replaces it.
    void this.edit(true, 'milestone.forgotten');
  };
}
