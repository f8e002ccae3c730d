/**
 * The RSVP form without the DOM: the draft a visitor types, its checks (the same rules as the contract's
 * RsvpRequest, with a translated message per field), the request body, the mapping of a server's 422 field
 * names back to form fields, and the draft kept in sessionStorage so a reload loses nothing.
 *
 * The draft also holds the intent's Idempotency-Key, and the bodies whose fate is unknown (sent, but no answer
 * came back): see core/intent.ts, which the story form shares.
 */
import type { RsvpRequest } from '../core/api/events.js';
import type { MessageKey, MessageParams } from '../core/i18n/messages.js';
import { draftStorage, type Intent } from '../core/intent.js';
import type { AlumniEvent } from './parse.js';

export type { RsvpRequest };

export type Answer = string | boolean;

/** The intent's Idempotency-Key and unanswered bodies come with `Intent` (core/intent.ts). */
export interface Draft extends Intent<RsvpRequest> {
  name: string;
  email: string;
  phone: string;
  guests: number;
  /** By question id; a boolean for yes/no questions. */
  answers: Record<string, Answer>;
  /** Ticked "e-mail me about this RSVP": never assumed (unticked in a new draft). */
  emailMe: boolean;
}

/** What is wrong with one field, as a message to translate (not the HTTP client's server `FieldError`). */
export interface FieldProblem {
  key: MessageKey;
  params?: MessageParams;
}

/** Form field ids: `name`, `email`, `phone`, `guests`, and `answers.<question id>`. */
export type FieldErrors = Record<string, FieldProblem>;

export const answerField = (questionId: string) => `answers.${questionId}`;

/** True when an RSVP of the visitor plus `guests` would go on the waitlist rather than be confirmed. */
export function wouldWaitlist(event: AlumniEvent, guests: number): boolean {
  return event.waitlist && event.spotsLeft !== null && event.spotsLeft < 1 + guests;
}

export function emptyDraft(key: string): Draft {
  return { name: '', email: '', phone: '', guests: 0, answers: noAnswers(), emailMe: false, key };
}

/**
 * Answers by question id, without a prototype: a question may be called `constructor` (the contract allows
 * it), and `answers.constructor` on a plain object is Object's own function, an answer nobody gave.
 */
function noAnswers(from: Record<string, Answer> = {}): Record<string, Answer> {
  return Object.assign(Object.create(null) as Record<string, Answer>, from);
}

/** The visitor's answer to a question, if they gave one. */
export function answerOf(draft: Draft, questionId: string): Answer | undefined {
  return Object.prototype.hasOwnProperty.call(draft.answers, questionId) ? draft.answers[questionId] : undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** An address that looks deliverable (the server checks it fully). */
export const isEmail = (value: string): boolean => EMAIL.test(value) && value.length <= 254;
const PHONE = /^[0-9+()\-.\s]{3,40}$/;

/** The visitor asked for e-mail about this RSVP, and the center can send it. */
export const wantsEmail = (draft: Draft, event: AlumniEvent): boolean => draft.emailMe && event.emailUpdates === true;

/** The form asks for an e-mail address: the event asks for one, or the visitor ticked "e-mail me". */
export const asksEmail = (draft: Draft, event: AlumniEvent): boolean => event.contactFields.includes('email') || wantsEmail(draft, event);

/** Every problem with the draft, in the form's order (the first is where focus goes). */
export function validateDraft(draft: Draft, event: AlumniEvent): FieldErrors {
  const errors: FieldErrors = {};
  const name = draft.name.trim();
  if (name.length === 0 || name.length > 100) errors.name = { key: 'rsvp.error.name' };
  if (asksEmail(draft, event)) {
    if (!isEmail(draft.email.trim())) errors.email = { key: 'rsvp.error.email' };
  }
  if (event.contactFields.includes('phone')) {
    const phone = draft.phone.trim();
    if (!PHONE.test(phone) || phone.replace(/\D/g, '').length < 3) errors.phone = { key: 'rsvp.error.phone' };
  }
  if (!Number.isInteger(draft.guests) || draft.guests < 0 || draft.guests > event.maxGuests) {
    errors.guests = { key: 'rsvp.error.guests', params: { count: event.maxGuests } };
  }
  for (const question of event.questions) {
    const value = answerOf(draft, question.id);
    const empty = value === undefined || (typeof value === 'string' && value.trim() === '');
    const invalid =
      (empty && question.required) ||
      (!empty && question.kind === 'choice' && !question.options.includes(value as string)) ||
      (typeof value === 'string' && value.length > 1000);
    if (invalid) errors[answerField(question.id)] = { key: 'rsvp.error.answer' };
  }
  return errors;
}

/** Where the visitor is: their language, and the page (without its fragment) that e-mailed links lead back to. */
export interface Origin {
  lang: string;
  page: string;
}

/**
 * The body to send: trimmed, only the contact fields the form asks for, only answered questions. `emailMe`,
 * `lang` and `page` only when the visitor ticked "e-mail me": without the tick, the server has no reason to
 * write to them, and is not given one.
 */
export function requestBody(draft: Draft, event: AlumniEvent, origin: Origin): RsvpRequest {
  const body: RsvpRequest = { name: draft.name.trim(), guests: draft.guests, answers: [] };
  if (asksEmail(draft, event)) body.email = draft.email.trim();
  if (event.contactFields.includes('phone')) body.phone = draft.phone.trim();
  for (const question of event.questions) {
    const value = answerOf(draft, question.id);
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
    body.answers.push({ questionId: question.id, value: typeof value === 'string' ? value.trim() : value });
  }
  if (wantsEmail(draft, event)) Object.assign(body, { emailMe: true }, origin);
  return body;
}

/**
 * The form field a server's 422 `field` names, or undefined for a problem with the request as a whole.
 * Servers name answers either by question (`answers.dish`) or by position in the body (`answers.0.value`).
 */
export function formField(serverField: string, body: RsvpRequest): string | undefined {
  const [head, second] = serverField.split('.');
  if (head === 'name' || head === 'email' || head === 'phone' || head === 'guests') return head;
  if (head !== 'answers' || second === undefined) return undefined;
  const byPosition = /^\d+$/.test(second) ? body.answers[Number(second)]?.questionId : undefined;
  return answerField(byPosition ?? second);
}

/**
 * The draft in sessionStorage, one per event (core/intent.ts): it lasts as long as the tab, survives a
 * reload, and is removed after success.
 */
const stored = draftStorage<Draft>((value) => {
  const draft = value as Partial<Draft> | null;
  if (!draft || typeof draft.key !== 'string' || typeof draft.name !== 'string') return undefined;
  return {
    ...emptyDraft(draft.key),
    ...draft,
    guests: Number.isInteger(draft.guests) ? draft.guests! : 0,
    emailMe: draft.emailMe === true,
    answers: noAnswers(typeof draft.answers === 'object' && draft.answers ? draft.answers : {}),
    unanswered: Array.isArray(draft.unanswered) ? draft.unanswered : undefined,
  };
});

export const draftStore = {
  key: (eventId: string) => `recovery-events:rsvp:${eventId}`,
  read: (eventId: string) => stored.read(draftStore.key(eventId)),
  write: (eventId: string, draft: Draft) => stored.write(draftStore.key(eventId), draft),
  clear: (eventId: string) => stored.clear(draftStore.key(eventId)),
};
