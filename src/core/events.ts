/**
 * The shared events of DESIGN.md, as typed classes. They bubble and cross shadow roots. Details carry
 * ids and counts only: never names, contacts, sobriety dates or free text.
 */

export interface LoadDetail {
  /** Records accepted and shown. */
  total: number;
  /** Records rejected as invalid. */
  skipped: number;
}

/** Data is loaded and shown. */
export class RecoveryLoadEvent extends CustomEvent<LoadDetail> {
  static get eventName() {
    return 'recovery-load';
  }
  constructor(detail: LoadDetail) {
    super(RecoveryLoadEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface ErrorDetail {
  /** The translated message the element shows. */
  message: string;
  /** The HTTP status, when the server answered. */
  status?: number;
}

/** Loading or submitting failed; the element shows the error too. */
export class RecoveryErrorEvent extends CustomEvent<ErrorDetail> {
  static get eventName() {
    return 'recovery-error';
  }
  constructor(detail: ErrorDetail) {
    super(RecoveryErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface RsvpDetail {
  eventId: string;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
}

/** An RSVP was confirmed, waitlisted or cancelled. No name, contact or answer: only the event and the outcome. */
export class RecoveryRsvpEvent extends CustomEvent<RsvpDetail> {
  static get eventName() {
    return 'recovery-rsvp';
  }
  constructor(detail: RsvpDetail) {
    super(RecoveryRsvpEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface StorySubmitDetail {
  status: 'pending';
}

/** A story was sent for moderation. No title, text or name: only that it waits for staff. */
export class RecoveryStorySubmitEvent extends CustomEvent<StorySubmitDetail> {
  static get eventName() {
    return 'recovery-story-submit';
  }
  constructor(detail: StorySubmitDetail) {
    super(RecoveryStorySubmitEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'recovery-load': RecoveryLoadEvent;
    'recovery-error': RecoveryErrorEvent;
    'recovery-rsvp': RecoveryRsvpEvent;
    'recovery-story-submit': RecoveryStorySubmitEvent;
  }
}
