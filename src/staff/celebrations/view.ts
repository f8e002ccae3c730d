import { html, nothing, type TemplateResult } from 'lit';
import { renderField, renderNotices, type Notice } from '../../core/form-field.js';
import { StaffCelebrationListSchema, StaffCelebrationResponseSchema, type StaffCelebration } from '../../core/api/staff-meetings.js';
import { todayIn } from '../../core/time.js';
import type { ConsoleContext, Host, Translate, View } from '../context.js';
import { Resource } from '../resource.js';
import { routeHash, type Route } from '../route.js';
import { fieldErrors, problemNotice } from '../problems.js';
import { celebrationDraft, celebrationInputFrom, isMonth, shiftMonth, type CelebrationDraft, type SpanUnit } from './model.js';

const UNITS: SpanUnit[] = ['days', 'months', 'years'];

/**
 * Celebrations by month (`#/celebrations?month=2026-12`): add one (the person's consent confirmed each time), change
 * one in its place in the list, remove one after a confirming step.
 */
export class CelebrationsView implements View {
  private month = '';
  private readonly list: Resource<StaffCelebration[]>;
  /** The form: adding (`new`), or changing the celebration with this id. */
  private editing = 'new';
  private draft: CelebrationDraft = celebrationDraft();
  private errors: Record<string, string> = {};
  private notice?: Notice;
  private busy = false;
  private removing?: string;

  constructor(
    private readonly host: Host,
    private readonly context: () => ConsoleContext,
  ) {
    this.list = new Resource(host);
  }

  show(route: Route): void {
    const month = isMonth(route.query.month) ? route.query.month : this.thisMonth();
    if (month !== this.month) {
      this.list.clear();
      this.startAdding(month);
    }
    this.month = month;
    const { client } = this.context();
    void this.list.load(async () => (await client.get('/staff/celebrations', StaffCelebrationListSchema, { month })).celebrations);
  }

  private thisMonth() {
    const { year, month } = todayIn();
    return `${year}-${String(month).padStart(2, '0')}`;
  }

  private startAdding(month: string) {
    [this.editing, this.draft, this.errors, this.notice, this.removing] = ['new', celebrationDraft(undefined, month), {}, undefined, undefined];
  }

  private monthName(month: string) {
    const { lang } = this.context();
    const [year, m] = month.split('-').map(Number);
    return new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year!, m! - 1, 1));
  }

  render(): TemplateResult {
    const { t } = this.context();
    const month = this.month;
    return html`<section aria-labelledby="view-heading">
      <h2 id="view-heading" tabindex="-1">${t('staff.area.celebrations')}</h2>
      <p class="callout">${t('staffCelebrations.consent')}</p>
      ${this.editing === 'new' ? this.renderForm(t) : nothing}
      <section class="stack" aria-labelledby="month-heading">
        <h3 id="month-heading" tabindex="-1">${t('staffCelebrations.listHeading', { month: this.monthName(month) })}</h3>
        <div class="row">
          <a class="button" href=${routeHash('celebrations', [], { month: shiftMonth(month, -1) })}>${t('staffCelebrations.previous')}</a>
          <label class="inline" for="celebrations-month">${t('staffCelebrations.month')}</label>
          <input id="celebrations-month" type="month" .value=${month} @change=${this.pickMonth} />
          <a class="button" href=${routeHash('celebrations', [], { month: shiftMonth(month, 1) })}>${t('staffCelebrations.next')}</a>
        </div>
        ${this.list.render(t, (celebrations) =>
          celebrations.length === 0
            ? html`<p class="muted" role="status">${t('staffCelebrations.none', { month: this.monthName(month) })}</p>`
            : html`<ul class="cards compact">
                ${celebrations.map((c) => this.renderItem(c, t))}
              </ul>`,
        )}
      </section>
    </section>`;
  }

  private readonly pickMonth = (event: Event) => {
    const month = (event.target as HTMLInputElement).value;
    if (isMonth(month)) this.context().go(routeHash('celebrations', [], { month }));
  };

  private renderItem(c: StaffCelebration, t: Translate): TemplateResult {
    const { lang } = this.context();
    if (this.editing === c.id) return html`<li class="card" data-id=${c.id}>${this.renderForm(t, c)}</li>`;
    const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${c.date}T00:00:00Z`));
    return html`<li class="card" data-id=${c.id}>
      <h4>${c.displayName}</h4>
      <p>${t(`staffCelebrations.span.${c.span.unit}`, { count: c.span.count })} · ${date}</p>
      ${this.removing === c.id
        ? html`<div class="confirm stack" role="group" aria-labelledby="remove-${c.id}">
            <p id="remove-${c.id}">${t('staffCelebrations.removeConfirm', { name: c.displayName })}</p>
            <div class="actions">
              <button type="button" class="danger confirm-yes" @click=${() => this.remove(c)}>${t('staffCelebrations.removeYes')}</button>
              <button type="button" class="secondary" @click=${() => this.askRemove(undefined, c.id)}>${t('staffCelebrations.keep')}</button>
            </div>
          </div>`
        : html`<div class="actions">
            <button type="button" class="secondary" aria-label=${t('staffCelebrations.editName', { name: c.displayName })} @click=${() => this.edit(c)}>
              ${t('staff.edit')}
            </button>
            <button type="button" class="danger" aria-label=${t('staffCelebrations.removeName', { name: c.displayName })}
              @click=${() => this.askRemove(c.id, c.id)}>${t('staff.remove')}</button>
          </div>`}
    </li>`;
  }

  private renderForm(t: Translate, editing?: StaffCelebration): TemplateResult {
    const d = this.draft;
    const set = <K extends keyof CelebrationDraft>(key: K, value: CelebrationDraft[K]) => {
      d[key] = value;
      this.host.requestUpdate();
    };
    const input = (key: 'displayName' | 'count' | 'date', label: string, type: string, hint?: string) =>
      renderField({
        id: `celebration-${key}`,
        label,
        hint,
        note: t('staff.required'),
        error: this.errors[key],
        control: ({ id, describedBy, invalid }) => html`<input id=${id} name=${key} type=${type} min=${type === 'number' ? '1' : nothing}
          .value=${d[key]} aria-describedby=${describedBy} aria-invalid=${invalid} @input=${(e: Event) => set(key, (e.target as HTMLInputElement).value)} />`,
      });
    return html`<form class="stack celebration-form" novalidate aria-labelledby="celebration-form-heading" @submit=${this.submit}>
      <h3 id="celebration-form-heading">
        ${editing ? t('staffCelebrations.editHeading', { name: editing.displayName }) : t('staffCelebrations.addHeading')}
      </h3>
      ${input('displayName', t('staffCelebrations.name'), 'text', t('staffCelebrations.nameHint'))}
      <div class="grid-2">
        ${input('count', t('staffCelebrations.count'), 'number')}
        ${renderField({
          id: 'celebration-unit',
          label: t('staffCelebrations.unit'),
          control: ({ id }) => html`<select id=${id} name="unit" @change=${(e: Event) => set('unit', (e.target as HTMLSelectElement).value as SpanUnit)}>
            ${UNITS.map((unit) => html`<option value=${unit} ?selected=${d.unit === unit}>${t(`staffCelebrations.unit.${unit}`)}</option>`)}
          </select>`,
        })}
      </div>
      ${input('date', t('staffCelebrations.date'), 'date')}
      <div class="field">
        <label class="check"><input type="checkbox" name="agreed" .checked=${d.agreed} aria-invalid=${this.errors.agreed ? 'true' : 'false'}
          aria-describedby=${this.errors.agreed ? 'celebration-agreed-error' : nothing}
          @change=${(e: Event) => set('agreed', (e.target as HTMLInputElement).checked)} />${t('staffCelebrations.agreed')}</label>
        ${this.errors.agreed ? html`<span class="field-error" id="celebration-agreed-error">${this.errors.agreed}</span>` : nothing}
      </div>
      <div class="actions">
        <button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
          ${this.busy ? t('staff.saving') : editing ? t('staffCelebrations.save') : t('staffCelebrations.add')}
        </button>
        ${editing ? html`<button type="button" class="secondary" @click=${() => this.stopEditing(editing.id)}>${t('staff.cancel')}</button>` : nothing}
      </div>
      ${renderNotices(this.notice, t)}
    </form>`;
  }

  private async focus(selector: string) {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }

  private edit(c: StaffCelebration) {
    [this.editing, this.draft, this.errors, this.notice, this.removing] = [c.id, celebrationDraft(c), {}, undefined, undefined];
    void this.focus('#celebration-displayName');
  }

  private stopEditing(id: string) {
    this.startAdding(this.month);
    void this.focus(`.card[data-id="${id}"] button.secondary`);
  }

  private askRemove(id: string | undefined, focusOn: string) {
    this.removing = id;
    void this.focus(id ? `.card[data-id="${focusOn}"] .confirm button` : `.card[data-id="${focusOn}"] button.danger`);
  }

  private readonly submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (this.busy) return;
    const { t, client, announce } = this.context();
    const result = celebrationInputFrom(this.draft);
    this.notice = undefined;
    if ('issues' in result) {
      this.errors = fieldErrors(result.issues, t);
      return this.focus('.celebration-form [aria-invalid="true"]');
    }
    this.errors = {};
    this.busy = true;
    this.host.requestUpdate();
    const editing = this.editing;
    try {
      const { celebration } =
        editing === 'new'
          ? await client.send('POST', '/staff/celebrations', result.input, StaffCelebrationResponseSchema)
          : await client.send('PUT', `/staff/celebrations/${editing}`, result.input, StaffCelebrationResponseSchema);
      announce(t(editing === 'new' ? 'staffCelebrations.added' : 'staffCelebrations.saved', { name: celebration.displayName }));
      this.startAdding(this.month);
      const month = celebration.date.slice(0, 7);
      if (month !== this.month) this.context().go(routeHash('celebrations', [], { month }));
      else await this.list.reload();
      await this.focus(editing === 'new' ? '#celebration-displayName' : `.card[data-id="${editing}"] button.secondary`);
    } catch (error) {
      this.notice = problemNotice(error);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  };

  private async remove(c: StaffCelebration) {
    const { t, client, announce } = this.context();
    try {
      await client.send('DELETE', `/staff/celebrations/${c.id}`);
      this.removing = undefined;
      await this.list.reload(); // said once the list no longer shows it
      announce(t('staffCelebrations.removed', { name: c.displayName }));
      await this.focus('#month-heading');
    } catch (error) {
      this.notice = problemNotice(error);
      this.host.requestUpdate();
    }
  }
}
