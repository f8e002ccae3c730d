import { html, nothing, type TemplateResult } from 'lit';

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
