import type { ReactiveControllerHost } from 'lit';
import type { MessageKey, MessageParams } from '../../core/i18n/messages.js';
import type { CalendarDate } from '../../core/time.js';
import type { PersonalDate } from '../milestones.js';

/** What `<recovery-milestone>` lends the parts it loads on demand: settings in effect, words, and the visitor's date. */
export interface MilestoneContext {
  t: (key: MessageKey, params?: MessageParams) => string;
  /** A calendar date as the visitor's language writes it ("March 15, 2024"). */
  formatDate: (date: CalendarDate) => string;
  /** The zone whose midnight starts the visitor's day. */
  countingZone: string;
  /** The zone in effect for the center (its month of celebrations). */
  timeZone: string;
  api?: string;
  /** The visitor's own date, kept in memory by the element. */
  personal?: PersonalDate;
  setPersonal: (date: PersonalDate | undefined) => void;
  /** The `center-name` attribute: the only name a shared card carries. */
  centerName?: string;
}

/** The element: the parts re-render it, and focus and fire events inside it. */
export type Host = ReactiveControllerHost & HTMLElement;
