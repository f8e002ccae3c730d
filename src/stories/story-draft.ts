/**
 * The story form without the DOM: the draft an author types, its checks (the contract's StorySubmission rules,
 * with a translated message per field), the request body, the mapping of a server's 422 fields back to the
 * form, and the draft kept in sessionStorage (with the intent's Idempotency-Key and the bodies sent without an
 * answer; see core/intent.ts), so a reload or a lost reply loses nothing and never sends the story twice.
 */
import type { StorySubmission } from '../core/api/stories.js';
import type { MessageKey } from '../core/i18n/messages.js';
import { draftStorage, type Intent } from '../core/intent.js';

export type { StorySubmission };

export type NameMode = StorySubmission['displayNameMode'];

export interface StoryDraft extends Intent<StorySubmission> {
  nameMode: NameMode;
  displayName: string;
  title: string;
  body: string;
  contentWarning: string;
  /** As typed; a whole number of years, or empty. */
  recoveryYears: string;
  email: string;
  consentPublish: boolean;
  consentShare: boolean;
}

/** The form's fields, named as the contract names them. */
export type StoryField = 'displayName' | 'title' | 'body' | 'contentWarning' | 'recoveryYears' | 'email' | 'consentPublish';
export type StoryErrors = Partial<Record<StoryField, MessageKey>>;

export const BODY_MIN = 50;
export const BODY_MAX = 20_000;

export function emptyStoryDraft(key: string): StoryDraft {
  return {
    key,
    nameMode: 'firstName',
    displayName: '',
    title: '',
    body: '',
    contentWarning: '',
    recoveryYears: '',
    email: '',
    consentPublish: false,
    consentShare: false,
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const INITIALS = /^[\p{L}][\p{L}.\s]{0,9}$/u;

/** The byline as it will appear: the name given, or "Anonymous" in the visitor's language (`anonymous`). */
export function byline(draft: Pick<StoryDraft, 'nameMode' | 'displayName'>, anonymous: string): string {
  return draft.nameMode === 'anonymous' ? anonymous : draft.displayName.trim();
}

/** Every problem with the draft, in the form's order (the first is where focus goes). */
export function validateStory(draft: StoryDraft): StoryErrors {
  const errors: StoryErrors = {};
  const name = draft.displayName.trim();
  if (draft.nameMode !== 'anonymous') {
    if (name.length === 0 || name.length > 60) errors.displayName = 'tell.error.displayName';
    else if (draft.nameMode === 'initials' && !INITIALS.test(name)) errors.displayName = 'tell.error.initials';
  }
  const title = draft.title.trim();
  if (title.length === 0 || title.length > 150) errors.title = 'tell.error.title';
  const body = draft.body.trim();
  if (body.length < BODY_MIN || body.length > BODY_MAX) errors.body = 'tell.error.body';
  if (draft.contentWarning.trim().length > 200) errors.contentWarning = 'tell.error.contentWarning';
  const years = draft.recoveryYears.trim();
  if (years !== '' && !(/^\d{1,2}$/.test(years) && Number(years) <= 80)) errors.recoveryYears = 'tell.error.recoveryYears';
  const email = draft.email.trim();
  if (email !== '' && (!EMAIL.test(email) || email.length > 254)) errors.email = 'tell.error.email';
  if (!draft.consentPublish) errors.consentPublish = 'tell.error.consentPublish';
  return errors;
}

/**
 * The body to send: trimmed, optional fields left out when empty. `lang`: the language the form was shown
 * in, taken as the story's; `website` is the honeypot's value.
 */
export function storyRequest(draft: StoryDraft, website = '', lang?: string): StorySubmission {
  const body: StorySubmission = {
    displayNameMode: draft.nameMode,
    title: draft.title.trim(),
    body: draft.body.trim(),
    contentWarning: draft.contentWarning.trim() || null,
    recoveryYears: draft.recoveryYears.trim() === '' ? null : Number(draft.recoveryYears.trim()),
    consentPublish: true,
    consentShare: draft.consentShare,
  };
  if (draft.nameMode !== 'anonymous') body.displayName = draft.displayName.trim();
  if (draft.email.trim()) body.email = draft.email.trim();
  if (website) body.website = website;
  if (lang && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) body.lang = lang;
  return body;
}

const FIELDS: readonly StoryField[] = ['displayName', 'title', 'body', 'contentWarning', 'recoveryYears', 'email', 'consentPublish'];

/** The form field a server's 422 `field` names (`displayNameMode` is the name's field), or undefined. */
export function storyField(serverField: string): StoryField | undefined {
  const head = serverField.split('.')[0];
  if (head === 'displayNameMode') return 'displayName';
  return FIELDS.find((field) => field === head);
}

const NAME_MODES: readonly NameMode[] = ['firstName', 'initials', 'anonymous'];

/** The draft kept for this tab: one story at a time per page. */
export const STORY_DRAFT_KEY = 'recovery-stories:draft';

export const storyDrafts = draftStorage<StoryDraft>((stored) => {
  const draft = stored as Partial<StoryDraft> | null;
  if (!draft || typeof draft.key !== 'string') return undefined;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    ...emptyStoryDraft(draft.key),
    nameMode: NAME_MODES.includes(draft.nameMode!) ? draft.nameMode! : 'firstName',
    displayName: text(draft.displayName),
    title: text(draft.title),
    body: text(draft.body),
    contentWarning: text(draft.contentWarning),
    recoveryYears: text(draft.recoveryYears),
    email: text(draft.email),
    consentPublish: draft.consentPublish === true,
    consentShare: draft.consentShare === true,
    unanswered: Array.isArray(draft.unanswered) ? draft.unanswered : undefined,
  };
});
