import { defineElement } from '../core/define-element.js';
import { RecoveryStaff } from './staff.js';

defineElement('recovery-staff', RecoveryStaff);

declare global {
  interface HTMLElementTagNameMap {
    'recovery-staff': RecoveryStaff;
  }
}
