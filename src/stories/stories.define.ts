import { defineElement } from '../core/define-element.js';
import { RecoveryStories } from './stories.js';

defineElement('recovery-stories', RecoveryStories);

declare global {
  interface HTMLElementTagNameMap {
    'recovery-stories': RecoveryStories;
  }
}
