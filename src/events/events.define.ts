import { defineElement } from '../core/define-element.js';
import { RecoveryEvents } from './events.js';

defineElement('recovery-events', RecoveryEvents);

declare global {
  interface HTMLElementTagNameMap {
    'recovery-events': RecoveryEvents;
  }
}
