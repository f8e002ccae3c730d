/**
 * The shared events of DESIGN.md, as typed classes. They bubble and cross shadow roots. Details carry
 * ids and counts only: never names, contacts, sobriety dates or free text. The events that only a part loaded on
 * demand fires (an RSVP, a story sent) are in submit-events.ts, so that no element's first load carries them.
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

declare global {
  interface GlobalEventHandlersEventMap {
    'recovery-load': RecoveryLoadEvent;
    'recovery-error': RecoveryErrorEvent;
  }
}
