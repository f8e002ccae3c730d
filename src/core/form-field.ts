import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey, MessageParams } from './i18n/messages.js';

/** What the control of a field needs to be tied to its label, hint and error. */
export interface FieldAttributes {
  id: string;
  describedBy: string | typeof nothing;
  invalid: 'true' | 'false';
}

export interface FieldOptions {
  id: string;
  label: string;
  /** Said after the label in words, "(required)" or "(optional)": never a symbol alone. */
  note?: string;
  hint?: string | TemplateResult;
  /** The field's problem, translated; the control is then marked invalid. */
  error?: string;
  control: (attributes: FieldAttributes) => TemplateResult;
}

/**
 * A labelled form control with its hint and its error, both tied to it for screen readers
 * (`aria-describedby`, `aria-invalid`): the one way the elements' forms lay out a field.
 */
export function renderField({ id, label, note, hint, error, control }: FieldOptions): TemplateResult {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for=${id}>${label}${note ? html` <span class="required">(${note})</span>` : nothing}</label>
    ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
    ${control({ id, describedBy: describedBy || nothing, invalid: error ? 'true' : 'false' })}
    ${error ? html`<span class="field-error" id="${id}-error">${error}</span>` : nothing}
  </div>`;
}

/** A message under a form: failures are alerts; the rest are polite. */
export interface Notice {
  key: MessageKey;
  params?: MessageParams;
  alert?: boolean;
}

/**
 * A form's two live regions, always on the page, so that screen readers hear what appears in them: one polite,
 * one for failures (a region that changed its role as its text arrived might go unheard). `retry`, when given,
 * is a "Try again" button in the failure region. No whitespace inside: an empty region must match `:empty`
 * to take no room (see form.styles.ts).
 */
export function renderNotices(
  notice: Notice | undefined,
  t: (key: MessageKey, params?: MessageParams) => string,
  retry?: () => unknown,
): TemplateResult {
  const message = notice && html`<p>${t(notice.key, notice.params)}</p>`;
  const button = retry && html`<button type="button" class="secondary" @click=${retry}>${t('status.retry')}</button>`;
  return html`<div class="notice" role="status">${notice && !notice.alert ? message : nothing}</div>
    <div class="notice error" role="alert">${notice?.alert ? message : nothing}${button ?? nothing}</div>`;
}
