import { defineElement } from './define-element.js';
import { RecoveryProvider } from './provider.js';

defineElement('recovery-provider', RecoveryProvider);

declare global {
  interface HTMLElementTagNameMap {
    'recovery-provider': RecoveryProvider;
  }
}
