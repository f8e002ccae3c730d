/**
 * The shared events that only parts loaded on demand fire (an RSVP form, the story form): apart from events.ts so
 * that no element's first load carries them (bundlers split by module). Details carry ids and outcomes only.
 */

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
    'recovery-rsvp': RecoveryRsvpEvent;
    'recovery-story-submit': RecoveryStorySubmitEvent;
  }
}
