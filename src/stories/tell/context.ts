import type { ReactiveControllerHost } from 'lit';
import type { MessageKey, MessageParams } from '../../core/i18n/messages.js';

export type { Notice } from '../../core/form-field.js';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** What `<recovery-stories>` lends the views it loads on demand. */
export interface TellContext {
  t: Translate;
  /** The language the form is shown in: sent as the story's language (staff may correct it). */
  lang: string;
  api?: string;
  timeoutMs: number;
  /** Leaves the withdraw view for the stories. */
  leaveWithdraw: () => void;
}

/** The element: the views re-render it, and focus and fire events inside it. */
export type Host = ReactiveControllerHost & HTMLElement;
