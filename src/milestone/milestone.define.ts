import { defineElement } from '../core/define-element.js';
import { RecoveryMilestone } from './milestone.js';

defineElement('recovery-milestone', RecoveryMilestone);

declare global {
  interface HTMLElementTagNameMap {
    'recovery-milestone': RecoveryMilestone;
  }
}
