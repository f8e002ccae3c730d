import { html, nothing, type TemplateResult } from 'lit';
import { renderField, renderNotices, type Notice } from '../../core/form-field.js';
import { MEETING_TYPE_CODES, StaffMeetingListSchema, StaffMeetingResponseSchema, type StaffMeeting } from '../../core/api/staff-meetings.js';
import type { ConsoleContext, Host, Translate, View } from '../context.js';
import { Resource } from '../resource.js';
import { addStyles } from '../../core/adopt-styles.js';
import { meetingsStyles } from './meetings.styles.js';
import { routeHash, type Route } from '../route.js';
import { fieldErrors, problemNotice, serverFieldErrors } from '../problems.js';
import { loadTypeNames, typeLabel } from './type-names.js';
import { meetingDraft, meetingInputFrom, type Attendance, type MeetingDraft, type TextField } from './model.js';

const ATTENDANCE: Attendance[] = ['in_person', 'online', 'hybrid', 'inactive'];
const ZONES: readonly string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

const dayName = (day: number, lang: string) => new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2023, 0, 1 + day));

/**
 * The center's own meetings (`#/meetings`), one to add (`#/meetings/new`) or change (`#/meetings/<id>`), in Meeting
 * Guide terms: days, times and zone, types from the spec's list, in person, online or both, and removal after a
 * confirming step. `GET /meetings` serves them as saved.
 */
export class MeetingsView implements View {
  private readonly list: Resource<StaffMeeting[]>;
  private editing?: string;
  private draft?: MeetingDraft;
  private draftFor?: string;
  private errors: Record<string, string> = {};
  private notice?: Notice;
  private busy = false;
  private confirming = false;
  private typeFilter = '';

  constructor(
    private readonly host: Host,
    private readonly context: () => ConsoleContext,
  ) {
    this.list = new Resource(host);
    addStyles(host, meetingsStyles);
  }

  show(route: Route): void {
    this.editing = route.path[0];
    if (this.draftFor !== this.editing) [this.draft, this.draftFor, this.errors, this.notice, this.confirming, this.typeFilter] = [undefined, undefined, {}, undefined, false, ''];
    const { client, lang } = this.context();
    void loadTypeNames(lang).then(() => this.host.requestUpdate());
    void this.list.load(async () => (await client.get('/staff/meetings', StaffMeetingListSchema)).meetings);
  }

  render(): TemplateResult {
    const { t } = this.context();
    if (this.editing) return this.renderEditor(t);
    return html`<section aria-labelledby="view-heading">
      <div class="head">
        <h2 id="view-heading" tabindex="-1">${t('staff.area.meetings')}</h2>
        <a class="button primary" href=${routeHash('meetings', ['new'])}>${t('staffMeetings.add')}</a>
      </div>
      <p class="hint">${t('staffMeetings.intro')}</p>
      ${this.list.render(t, (meetings) =>
        meetings.length === 0
          ? html`<p class="callout" role="status">${t('staffMeetings.none')}</p>`
          : html`<ul class="cards compact">
              ${meetings.map((m) => this.renderCard(m, t))}
            </ul>`,
      )}
    </section>`;
  }

  private renderCard(m: StaffMeeting, t: Translate): TemplateResult {
    const { lang } = this.context();
    const days = m.day === undefined ? [] : Array.isArray(m.day) ? m.day : [m.day];
    const time = m.time && m.end_time ? t('staffMeetings.times', { start: m.time, end: m.end_time }) : (m.time ?? '');
    return html`<li class="card meeting" data-id=${m.id} data-slug=${m.slug}>
      <h3><a href=${routeHash('meetings', [m.id])}>${m.name}</a></h3>
      <p>${days.map((d) => dayName(d, lang)).join(', ')} · ${time}${m.timezone ? ` (${m.timezone})` : ''}</p>
      <p class="meta">
        ${m.attendance_option ? t(`staffMeetings.attendance.${m.attendance_option}`) : nothing}
        ${m.formatted_address ? html` · ${m.formatted_address}` : nothing}
      </p>
      ${m.types?.length ? html`<p class="row">${m.types.map((code) => html`<span class="badge">${typeLabel(code, lang)}</span>`)}</p>` : nothing}
    </li>`;
  }

  private renderEditor(t: Translate): TemplateResult {
    const id = this.editing!;
    const meeting = id === 'new' ? undefined : this.list.value?.find((m) => m.id === id);
    const heading = id === 'new' ? t('staffMeetings.newHeading') : meeting ? t('staffMeetings.editHeading', { name: meeting.name }) : t('staffMeetings.meetingHeading');
    return html`<section aria-labelledby="view-heading">
      <p><a href=${routeHash('meetings')}>${t('staffMeetings.allMeetings')}</a></p>
      <h2 id="view-heading" tabindex="-1">${heading}</h2>
      ${id === 'new'
        ? this.renderForm(t)
        : this.list.render(t, () => (meeting ? html`${this.renderForm(t, meeting)} ${this.renderRemove(meeting, t)}` : html`<p class="callout">${t('staff.notFound')}</p>`))}
    </section>`;
  }

  private text(key: TextField | 'name' | 'latitude' | 'longitude' | 'timezone' | 'time' | 'end_time', label: string, options: { hint?: string; type?: string; required?: boolean; multiline?: boolean } = {}) {
    const { t } = this.context();
    const d = this.draft!;
    return renderField({
      id: `meeting-${key}`,
      label,
      hint: options.hint,
      note: options.required ? t('staff.required') : undefined,
      error: this.errors[key],
      control: ({ id, describedBy, invalid }) =>
        options.multiline
          ? html`<textarea id=${id} name=${key} rows="3" .value=${d[key]} aria-describedby=${describedBy} aria-invalid=${invalid}
              @input=${(e: Event) => this.set(key, (e.target as HTMLTextAreaElement).value)}></textarea>`
          : html`<input id=${id} name=${key} type=${options.type ?? 'text'} .value=${d[key]} list=${key === 'timezone' ? 'meeting-zones' : nothing}
              aria-describedby=${describedBy} aria-invalid=${invalid} @input=${(e: Event) => this.set(key, (e.target as HTMLInputElement).value)} />`,
    });
  }

  private set<K extends keyof MeetingDraft>(key: K, value: MeetingDraft[K]) {
    this.draft![key] = value;
    this.host.requestUpdate();
  }

  private renderForm(t: Translate, meeting?: StaffMeeting): TemplateResult {
    const { lang } = this.context();
    if (this.draftFor !== this.editing || !this.draft) [this.draft, this.draftFor] = [meetingDraft(meeting, Intl.DateTimeFormat().resolvedOptions().timeZone), this.editing];
    const d = this.draft;
    const online = d.attendance_option === 'online' || d.attendance_option === 'hybrid';
    const inPerson = d.attendance_option !== 'online';
    return html`<form class="stack meeting-form" novalidate @submit=${(e: SubmitEvent) => this.submit(e, meeting)}>
      <fieldset class="group">
        <legend>${t('staffMeetings.part.what')}</legend>
        ${this.text('name', t('staffMeetings.name'), { required: true })} ${this.text('group', t('staffMeetings.group'))}
        ${this.text('notes', t('staffMeetings.notes'), { multiline: true })}
      </fieldset>
      <fieldset class="group">
        <legend>${t('staffMeetings.part.when')}</legend>
        <fieldset aria-describedby=${this.errors.days ? 'meeting-days-error' : 'meeting-days-hint'}>
          <legend>${t('staffMeetings.days')} <span class="required">(${t('staff.required')})</span></legend>
          <span class="hint" id="meeting-days-hint">${t('staffMeetings.daysHint')}</span>
          <div class="row">
            ${d.days.map(
              (on, day) => html`<label class="check"><input type="checkbox" name="day" value=${day} .checked=${on}
                aria-invalid=${this.errors.days ? 'true' : 'false'}
                @change=${(e: Event) => this.set('days', d.days.map((v, i) => (i === day ? (e.target as HTMLInputElement).checked : v)))} />${dayName(day, lang)}</label>`,
            )}
          </div>
          ${this.errors.days ? html`<span class="field-error" id="meeting-days-error">${this.errors.days}</span>` : nothing}
        </fieldset>
        <div class="grid-2">
          ${this.text('time', t('staffMeetings.time'), { type: 'time', required: true })}
          ${this.text('end_time', t('staffMeetings.endTime'), { type: 'time' })}
        </div>
        ${this.text('timezone', t('staffMeetings.timezone'), { required: true })}
      </fieldset>
      <fieldset class="group">
        <legend>${t('staffMeetings.attendance')}</legend>
        <div class="row">
          ${ATTENDANCE.map(
            (a) => html`<label class="check"><input type="radio" name="attendance_option" value=${a} .checked=${d.attendance_option === a}
              @change=${() => this.set('attendance_option', a)} />${t(`staffMeetings.attendance.${a}`)}</label>`,
          )}
        </div>
      </fieldset>
      ${inPerson
        ? html`<fieldset class="group">
            <legend>${t('staffMeetings.part.where')}</legend>
            ${this.text('location', t('staffMeetings.location'))}
            ${this.text('formatted_address', t('staffMeetings.address'), { hint: t('staffMeetings.addressHint'), required: d.attendance_option !== 'inactive' })}
            ${this.text('location_notes', t('staffMeetings.locationNotes'), { multiline: true })}
            <div class="grid-2">
              ${this.text('region', t('staffMeetings.region'))} ${this.text('sub_region', t('staffMeetings.subRegion'))}
              ${this.text('latitude', t('staffMeetings.latitude'))} ${this.text('longitude', t('staffMeetings.longitude'))}
            </div>
          </fieldset>`
        : nothing}
      ${online || d.conference_url || d.conference_phone
        ? html`<fieldset class="group">
            <legend>${t('staffMeetings.part.online')}</legend>
            ${this.text('conference_url', t('staffMeetings.conferenceUrl'), { type: 'url' })}
            ${this.text('conference_url_notes', t('staffMeetings.conferenceUrlNotes'))}
            ${this.text('conference_phone', t('staffMeetings.conferencePhone'), { type: 'tel' })}
            ${this.text('conference_phone_notes', t('staffMeetings.conferencePhoneNotes'))}
          </fieldset>`
        : nothing}
      ${this.renderTypes(t)} ${this.text('website', t('staffMeetings.website'), { type: 'url' })}
      <div class="actions">
        <button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
          ${this.busy ? t('staff.saving') : meeting ? t('staffMeetings.save') : t('staffMeetings.create')}
        </button>
        <a class="button" href=${routeHash('meetings')}>${t('staff.cancel')}</a>
      </div>
      ${renderNotices(this.notice, t)}
      <datalist id="meeting-zones">${ZONES.map((zone) => html`<option value=${zone}></option>`)}</datalist>
    </form>`;
  }

  private renderTypes(t: Translate): TemplateResult {
    const { lang } = this.context();
    const d = this.draft!;
    const filter = this.typeFilter.trim().toLowerCase();
    const codes = [...MEETING_TYPE_CODES]
      .map((code) => ({ code, name: typeLabel(code, lang) }))
      .filter(({ code, name }) => !filter || d.types.includes(code) || name.toLowerCase().includes(filter) || code.toLowerCase() === filter)
      .sort((a, b) => a.name.localeCompare(b.name, lang));
    return html`<fieldset class="group types">
      <legend>${t('staffMeetings.part.types')}</legend>
      <span class="hint">${t('staffMeetings.typesHint')} ${t('staffMeetings.typesChosen', { count: d.types.length })}</span>
      <div class="field">
        <label for="meeting-type-filter">${t('staffMeetings.findType')}</label>
        <input id="meeting-type-filter" type="search" .value=${this.typeFilter}
          @input=${(e: Event) => ((this.typeFilter = (e.target as HTMLInputElement).value), this.host.requestUpdate())} />
      </div>
      <div class="type-list">
        ${codes.map(
          ({ code, name }) => html`<label class="check"><input type="checkbox" name="types" value=${code} .checked=${d.types.includes(code)}
            @change=${(e: Event) => this.set('types', (e.target as HTMLInputElement).checked ? [...d.types, code] : d.types.filter((c) => c !== code))} />${name}</label>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderRemove(meeting: StaffMeeting, t: Translate): TemplateResult {
    if (!this.confirming) {
      return html`<p><button type="button" class="danger" @click=${() => this.confirm(true)}>${t('staffMeetings.remove')}</button></p>`;
    }
    return html`<div class="confirm stack" role="group" aria-labelledby="remove-question">
      <p id="remove-question">${t('staffMeetings.removeConfirm', { name: meeting.name })}</p>
      <div class="actions">
        <button type="button" class="danger confirm-yes" @click=${() => this.remove(meeting)}>${t('staffMeetings.removeYes')}</button>
        <button type="button" class="secondary" @click=${() => this.confirm(false)}>${t('staffMeetings.keep')}</button>
      </div>
    </div>`;
  }

  private async confirm(open: boolean) {
    this.confirming = open;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>(open ? '.confirm button' : 'button.danger')?.focus();
  }

  private async submit(event: SubmitEvent, meeting?: StaffMeeting) {
    event.preventDefault();
    if (this.busy) return;
    const { t, client, announce, go } = this.context();
    const result = meetingInputFrom(this.draft!);
    this.notice = undefined;
    if ('issues' in result) {
      this.errors = fieldErrors(result.issues, t);
      this.notice = { key: 'staff.error.invalid', alert: true };
    } else {
      this.errors = {};
      this.busy = true;
      this.host.requestUpdate();
      try {
        const { meeting: saved } = meeting
          ? await client.send('PUT', `/staff/meetings/${meeting.id}`, result.input, StaffMeetingResponseSchema)
          : await client.send('POST', '/staff/meetings', result.input, StaffMeetingResponseSchema);
        announce(t(meeting ? 'staffMeetings.saved' : 'staffMeetings.created', { name: saved.name }));
        this.draftFor = undefined;
        go(routeHash('meetings'));
        return;
      } catch (error) {
        this.errors = serverFieldErrors(error);
        this.notice = problemNotice(error);
      } finally {
        this.busy = false;
        this.host.requestUpdate();
      }
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('.meeting-form [aria-invalid="true"]')?.focus();
  }

  private async remove(meeting: StaffMeeting) {
    const { t, client, announce, go } = this.context();
    try {
      await client.send('DELETE', `/staff/meetings/${meeting.id}`);
      announce(t('staffMeetings.removed', { name: meeting.name }));
      this.confirming = false;
      go(routeHash('meetings'));
    } catch (error) {
      this.notice = problemNotice(error);
      this.host.requestUpdate();
    }
  }
}
