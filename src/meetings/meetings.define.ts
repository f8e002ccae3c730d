import { defineElement } from '../core/define-element.js';
import { RecoveryMeetings } from './meetings.js';

defineElement('recovery-meetings', RecoveryMeetings);

declare global {
  interface HTMLElementTagNameMap {
    'recovery-meetings': RecoveryMeetings;
  }
}
