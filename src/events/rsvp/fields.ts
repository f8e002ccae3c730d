/**
 * The RSVP form's fields, drawn from the draft: name, the contact fields, guests, the event's questions, and last
 * "Email me about this RSVP" (beside the privacy note and the send button, where an opt-in is looked for). Each with its label, hint and error tied to it (core/form-field.ts). The form itself
 * (form.ts) keeps the draft, the sending and what follows.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderField, type FieldOptions } from '../../core/form-field.js';
import type { AlumniEvent, Question } from '../parse.js';
import { answerField, answerOf, asksEmail, type Draft, type FieldErrors } from '../rsvp-model.js';
import type { Translate } from './context.js';

export interface FieldsView {
  /** The form's id, which the fields' ids start with. */
  base: string;
  event: AlumniEvent;
  draft: Draft;
  errors: FieldErrors;
  t: Translate;
}

export function renderFields(view: FieldsView): TemplateResult {
  const { event, draft, t } = view;
  const field = fieldOf(view);
  const email = () =>
    field('email', t('rsvp.email'), true, undefined, (attrs) =>
      html`<input id=${attrs.id} name="email" type="email" autocomplete="email" maxlength="254" required
        aria-describedby=${attrs.describedBy} aria-invalid=${attrs.invalid} .value=${draft.email} />`,
    );
  const asked = event.contactFields.includes('email');
  return html`${field('name', t('rsvp.name'), true, t('rsvp.nameHint'), (attrs) =>
      html`<input id=${attrs.id} name="name" type="text" autocomplete="name" maxlength="100" required
        aria-describedby=${attrs.describedBy} aria-invalid=${attrs.invalid} .value=${draft.name} />`,
    )}
    ${asked ? email() : nothing}
    ${event.contactFields.includes('phone')
      ? field('phone', t('rsvp.phone'), true, undefined, (attrs) =>
          html`<input id=${attrs.id} name="phone" type="tel" autocomplete="tel" maxlength="40" required
            aria-describedby=${attrs.describedBy} aria-invalid=${attrs.invalid} .value=${draft.phone} />`,
        )
      : nothing}
    ${event.maxGuests > 0
      ? field('guests', t('rsvp.guests'), false, t('rsvp.guestsHint', { count: event.maxGuests }), (attrs) =>
          html`<select id=${attrs.id} name="guests" aria-describedby=${attrs.describedBy} aria-invalid=${attrs.invalid}>
            ${Array.from({ length: event.maxGuests + 1 }, (_, n) => html`<option value=${n} ?selected=${draft.guests === n}>${n}</option>`)}
          </select>`,
        )
      : nothing}
    ${event.questions.map((question) => renderQuestion(view, question))}
    ${event.emailUpdates ? renderEmailMe(view) : nothing}
    ${!asked && asksEmail(draft, event) ? email() : nothing}`;
}

/**
 * The opt-in, unticked until the visitor ticks it, with what it brings. Ticked, the e-mail field follows it at
 * once (the next stop from the keyboard), unless the event already asked for one above.
 */
function renderEmailMe({ base, draft, t }: FieldsView): TemplateResult {
  return html`<div class="field">
    <label class="check"><input type="checkbox" name="emailMe" .checked=${draft.emailMe} aria-describedby="${base}-emailMe-hint" />${t('rsvp.emailMe')}</label>
    <span class="hint" id="${base}-emailMe-hint">${t('rsvp.emailMeHint')}</span>
  </div>`;
}

function renderQuestion({ base, draft, errors, t, ...view }: FieldsView, question: Question): TemplateResult {
  const field = answerField(question.id);
  const value = answerOf(draft, question.id);
  if (question.kind === 'boolean') {
    const id = `${base}-${field.replace('.', '-')}`;
    const error = errors[field];
    const describedBy = error ? `${id}-error` : undefined;
    const radio = (answer: boolean) =>
      html`<label class="check"><input type="radio" name=${field} value=${answer ? 'yes' : 'no'}
        .checked=${value === answer} ?required=${question.required}
        aria-describedby=${describedBy ?? nothing} aria-invalid=${error ? 'true' : 'false'} />${t(answer ? 'rsvp.yes' : 'rsvp.no')}</label>`;
    return html`<fieldset class="field">
      <legend>${question.label}${question.required ? html` <span class="required">(${t('rsvp.required')})</span>` : nothing}</legend>
      <div class="choices">${radio(true)}${radio(false)}</div>
      ${error ? html`<span class="field-error" id="${id}-error">${t(error.key, error.params)}</span>` : nothing}
    </fieldset>`;
  }
  return fieldOf({ base, draft, errors, t, ...view })(field, question.label, question.required, undefined, (attrs) =>
    question.kind === 'choice'
      ? html`<select id=${attrs.id} name=${field} ?required=${question.required}
          aria-describedby=${attrs.describedBy} aria-invalid=${attrs.invalid}>
          <option value="" ?selected=${!value}>${t('rsvp.choose')}</option>
          ${question.options.map((option) => html`<option value=${option} ?selected=${value === option}>${option}</option>`)}
        </select>`
      : html`<input id=${attrs.id} name=${field} type="text" maxlength="1000" ?required=${question.required}
          aria-describedby=${attrs.describedBy} aria-invalid=${attrs.invalid} .value=${typeof value === 'string' ? value : ''} />`,
  );
}

/** A labelled control with its hint and its error (core/form-field.ts). */
function fieldOf({ base, errors, t }: FieldsView) {
  return (field: string, label: string, required: boolean, hint: string | undefined, control: FieldOptions['control']): TemplateResult => {
    const error = errors[field];
    return renderField({
      id: `${base}-${field.replace('.', '-')}`,
      label,
      note: required ? t('rsvp.required') : undefined,
      hint,
      error: error && t(error.key, error.params),
      control,
    });
  };
}
