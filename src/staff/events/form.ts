import { html, nothing, type TemplateResult } from 'lit';
import { renderField, renderNotices, type Notice } from '../../core/form-field.js';
import { StaffEventResponseSchema, type StaffEvent } from '../../core/api/staff-events.js';
import { isValidTimeZone, zoneName } from '../../core/time.js';
import type { ConsoleContext, Host, Translate } from '../context.js';
import { fieldErrors, problemNotice, serverFieldErrors } from '../problems.js';
import { routeHash } from '../route.js';
import { eventDraft, eventInputFrom, formField, newEventDraft, type AttendMode, type EventDraft, type QuestionDraft } from './form-model.js';

type TextKey = { [K in keyof EventDraft]: EventDraft[K] extends string ? K : never }[keyof EventDraft];
type FlagKey = { [K in keyof EventDraft]: EventDraft[K] extends boolean ? K : never }[keyof EventDraft];

const ZONES: readonly string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

/**
 * Creating and editing an event, with every field of the contract: times as the event's own clocks read them, in
 * its zone (named beside them), where (a place, a link, or both), seats and RSVPs, questions, and privacy.
 */
export class EventForm {
  private draft: EventDraft;
  private errors: Record<string, string> = {};
  private notice?: Notice;
  private busy = false;

  constructor(
    private readonly host: Host,
    private readonly context: () => ConsoleContext,
    /** The event to edit; none to create one. */
    private readonly event?: StaffEvent,
  ) {
    this.draft = event ? eventDraft(event) : newEventDraft(Intl.DateTimeFormat().resolvedOptions().timeZone);
  }

  private set<K extends keyof EventDraft>(key: K, value: EventDraft[K]) {
    this.draft[key] = value;
    this.host.requestUpdate();
  }

  private text(key: TextKey, label: string, options: { hint?: string; required?: boolean; type?: string; multiline?: boolean; error?: string; list?: string } = {}) {
    const { t } = this.context();
    return renderField({
      id: `event-${key}`,
      label,
      hint: options.hint,
      note: options.required ? t('staff.required') : undefined,
      error: options.error ?? this.errors[key],
      control: ({ id, describedBy, invalid }) =>
        options.multiline
          ? html`<textarea id=${id} name=${key} rows="5" .value=${this.draft[key]} aria-describedby=${describedBy} aria-invalid=${invalid}
              @input=${(e: Event) => this.set(key, (e.target as HTMLTextAreaElement).value)}></textarea>`
          : html`<input id=${id} name=${key} type=${options.type ?? 'text'} .value=${this.draft[key]} list=${options.list ?? nothing}
              aria-describedby=${describedBy} aria-invalid=${invalid} @input=${(e: Event) => this.set(key, (e.target as HTMLInputElement).value)} />`,
    });
  }

  private flag(key: FlagKey, label: string) {
    return html`<label class="check"><input type="checkbox" name=${key} .checked=${this.draft[key]}
      @change=${(e: Event) => this.set(key, (e.target as HTMLInputElement).checked)} />${label}</label>`;
  }

  render(): TemplateResult {
    const { t } = this.context();
    const heading = this.event ? t('staffEvents.editHeading', { title: this.event.title }) : t('staffEvents.newHeading');
    const back = this.event ? routeHash('events', [this.event.id]) : routeHash('events');
    return html`<section aria-labelledby="view-heading">
      <p><a href=${back}>${this.event ? t('staffEvents.backToEvent') : t('staffEvents.allEvents')}</a></p>
      <h2 id="view-heading" tabindex="-1">${heading}</h2>
      <form class="stack event-form" novalidate @submit=${this.submit}>
        <fieldset class="group">
          <legend>${t('staffEvents.part.what')}</legend>
          ${this.text('title', t('staffEvents.title'), { required: true })}
          ${this.text('description', t('staffEvents.description'), { hint: t('staffEvents.descriptionHint'), multiline: true })}
        </fieldset>
        ${this.renderWhen(t)} ${this.renderWhere(t)}
        <fieldset class="group">
          <legend>${t('staffEvents.part.rsvp')}</legend>
          ${this.flag('rsvpOpen', t('staffEvents.rsvpOpen'))}
          <div class="grid-2">
            ${this.text('capacity', t('staffEvents.capacityField'), { hint: t('staffEvents.capacityHint'), type: 'number' })}
            ${this.text('maxGuests', t('staffEvents.maxGuests'), { type: 'number', required: true })}
          </div>
          ${this.flag('waitlist', t('staffEvents.allowWaitlist'))}
          <p class="hint" id="contact-hint">${t('staffEvents.contactHint')}</p>
          ${this.flag('askEmail', t('staffEvents.askEmail'))} ${this.flag('askPhone', t('staffEvents.askPhone'))}
        </fieldset>
        ${this.renderReminder(t)} ${this.renderQuestions(t)}
        <fieldset class="group">
          <legend>${t('staffEvents.part.privacy')}</legend>
          ${this.flag('substanceFree', t('staffEvents.substanceFree'))}
          ${this.text('calendarTitle', t('staffEvents.calendarTitle'), { hint: t('staffEvents.calendarTitleHint') })}
          ${this.text('tags', t('staffEvents.tags'), { hint: t('staffEvents.tagsHint') })}
        </fieldset>
        <div class="actions">
          <button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${this.busy ? t('staff.saving') : this.event ? t('staffEvents.saveEdit') : t('staffEvents.saveNew')}
          </button>
          <a class="button" href=${back}>${t('staff.cancel')}</a>
        </div>
        ${renderNotices(this.notice, t)}
      </form>
      <datalist id="zones">${ZONES.map((zone) => html`<option value=${zone}></option>`)}</datalist>
    </section>`;
  }

  private renderWhen(t: Translate) {
    const { lang } = this.context();
    const named = isValidTimeZone(this.draft.timeZone) ? zoneName(new Date(), this.draft.timeZone, lang) : '';
    const zone = named && named !== this.draft.timeZone ? `${this.draft.timeZone}, ${named}` : named;
    return html`<fieldset class="group">
      <legend>${t('staffEvents.part.when')}</legend>
      <div class="grid-2">
        ${this.text('startDate', t('staffEvents.startDate'), { type: 'date', required: true })}
        ${this.text('startTime', t('staffEvents.startTime'), { type: 'time', required: true })}
        ${this.text('endDate', t('staffEvents.endDate'), { type: 'date', required: true })}
        ${this.text('endTime', t('staffEvents.endTime'), { type: 'time', required: true })}
      </div>
      ${this.text('timeZone', t('staffEvents.zone'), { required: true, list: 'zones', hint: zone ? t('staffEvents.zoneHint', { zone }) : undefined })}
    </fieldset>`;
  }

  private renderWhere(t: Translate) {
    const mode = this.draft.mode;
    const modes: AttendMode[] = ['venue', 'online', 'both'];
    return html`<fieldset class="group">
      <legend>${t('staffEvents.part.where')}</legend>
      <fieldset>
        <legend>${t('staffEvents.mode')}</legend>
        <div class="row">
          ${modes.map(
            (m) => html`<label class="check"><input type="radio" name="mode" value=${m} .checked=${mode === m}
              @change=${() => this.set('mode', m)} />${t(`staffEvents.mode.${m}`)}</label>`,
          )}
        </div>
      </fieldset>
      ${mode !== 'online'
        ? html`${this.text('venueName', t('staffEvents.venueName'), { required: true })}
            ${this.text('venueAddress', t('staffEvents.venueAddress'))}
            <p class="hint">${t('staffEvents.mapHint')}</p>
            <div class="grid-2">
              ${this.text('latitude', t('staffEvents.latitude'), { type: 'text' })} ${this.text('longitude', t('staffEvents.longitude'), { type: 'text' })}
            </div>`
        : nothing}
      ${mode !== 'venue'
        ? this.text('onlineUrl', t('staffEvents.onlineUrl'), { type: 'url', required: true, hint: t('staffEvents.onlineUrlHint') })
        : nothing}
    </fieldset>`;
  }

  /** "Reminder e-mail: N hours before / none": the contract's `reminderHours`, a day before unless staff change it. */
  private renderReminder(t: Translate) {
    return html`<fieldset class="group reminder">
      <legend>${t('staffEvents.part.reminder')}</legend>
      <p class="hint">${t('staffEvents.reminderHint')}</p>
      ${this.flag('reminder', t('staffEvents.reminder'))}
      ${this.draft.reminder
        ? this.text('reminderHours', t('staffEvents.reminderHours'), { type: 'number', required: true, hint: t('staffEvents.reminderHoursHint') })
        : nothing}
    </fieldset>`;
  }

  private renderQuestions(t: Translate) {
    const questions = this.draft.questions;
    const change = (q: QuestionDraft, patch: Partial<QuestionDraft>) => {
      Object.assign(q, patch);
      this.host.requestUpdate();
    };
    return html`<fieldset class="group">
      <legend>${t('staffEvents.part.questions')}</legend>
      ${questions.map((q, i) => {
        const n = i + 1;
        return html`<fieldset class="group question">
          <legend>${t('staffEvents.question', { count: n })}</legend>
          ${renderField({
            id: `question-${i}-label`,
            label: t('staffEvents.questionLabel'),
            note: t('staff.required'),
            error: this.errors[`questions.${i}.label`],
            control: ({ id, describedBy, invalid }) => html`<input id=${id} .value=${q.label} aria-describedby=${describedBy} aria-invalid=${invalid}
              @input=${(e: Event) => change(q, { label: (e.target as HTMLInputElement).value })} />`,
          })}
          ${renderField({
            id: `question-${i}-kind`,
            label: t('staffEvents.questionKind'),
            control: ({ id }) => html`<select id=${id} @change=${(e: Event) => change(q, { kind: (e.target as HTMLSelectElement).value as QuestionDraft['kind'] })}>
              ${(['text', 'choice', 'boolean'] as const).map((kind) => html`<option value=${kind} ?selected=${q.kind === kind}>${t(`staffEvents.kind.${kind}`)}</option>`)}
            </select>`,
          })}
          ${q.kind === 'choice'
            ? renderField({
                id: `question-${i}-options`,
                label: t('staffEvents.questionOptions'),
                error: this.errors[`questions.${i}.options`],
                control: ({ id, describedBy, invalid }) => html`<textarea id=${id} rows="3" .value=${q.options} aria-describedby=${describedBy}
                  aria-invalid=${invalid} @input=${(e: Event) => change(q, { options: (e.target as HTMLTextAreaElement).value })}></textarea>`,
              })
            : nothing}
          <label class="check"><input type="checkbox" .checked=${q.required}
            @change=${(e: Event) => change(q, { required: (e.target as HTMLInputElement).checked })} />${t('staffEvents.questionRequired')}</label>
          <p><button type="button" class="danger" @click=${() => this.removeQuestion(i)}>${t('staffEvents.removeQuestion', { count: n })}</button></p>
        </fieldset>`;
      })}
      ${questions.length < 10
        ? html`<p><button type="button" class="secondary" @click=${this.addQuestion}>${t('staffEvents.addQuestion')}</button></p>`
        : nothing}
    </fieldset>`;
  }

  private readonly addQuestion = async () => {
    this.draft.questions.push({ id: '', label: '', kind: 'text', required: false, options: '' });
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>(`#question-${this.draft.questions.length - 1}-label`)?.focus();
  };

  private async removeQuestion(index: number) {
    this.draft.questions.splice(index, 1);
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('.event-form .question:last-of-type input, .event-form button.secondary')?.focus();
  }

  private readonly submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (this.busy) return;
    const { t, client, announce, go } = this.context();
    const result = eventInputFrom(this.draft);
    this.notice = undefined;
    if ('issues' in result) {
      this.errors = fieldErrors(result.issues, t);
      this.notice = { key: 'staff.error.invalid', alert: true };
      return this.focusInvalid();
    }
    this.errors = {};
    this.busy = true;
    this.host.requestUpdate();
    try {
      const { event: saved } = this.event
        ? await client.send('PATCH', `/staff/events/${this.event.id}`, result.input, StaffEventResponseSchema)
        : await client.send('POST', '/staff/events', result.input, StaffEventResponseSchema);
      announce(t(this.event ? 'staffEvents.saved' : 'staffEvents.created', { title: saved.title }));
      go(routeHash('events', [saved.id]));
    } catch (error) {
      this.errors = Object.fromEntries(Object.entries(serverFieldErrors(error)).map(([field, message]) => [formField(field), message]));
      this.notice = problemNotice(error);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
    if (Object.keys(this.errors).length) await this.focusInvalid();
  };

  private async focusInvalid() {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('.event-form [aria-invalid="true"]')?.focus();
  }
}
