import type { ReactiveControllerHost } from 'lit';
import type { MessageKey, MessageParams } from '../../core/i18n/messages.js';

export type { Notice } from '../../core/form-field.js';
import type { AlumniEvent } from '../parse.js';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** What the element lends its RSVP views. */
export interface RsvpContext {
  t: Translate;
  lang: string;
  visitorZone: string;
  api?: string;
  timeoutMs: number;
  /** Loads the events again behind the view; resolves with them (undefined when that failed). */
  refresh: () => Promise<AlumniEvent[] | undefined>;
  /** Closes the manage view; the list shows again. */
  leaveManage: () => void;
}

/** The element that shows the RSVP views: it re-renders them, and they focus and fire events on it. */
export type Host = ReactiveControllerHost & HTMLElement;
