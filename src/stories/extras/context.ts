import type { ReactiveControllerHost } from 'lit';
import type { MessageKey, MessageParams } from '../../core/i18n/messages.js';
import type { Story } from '../parse.js';

/** What `<recovery-stories>` lends its carousel and share panel. */
export interface StoriesExtrasContext {
  t: (key: MessageKey, params?: MessageParams) => string;
  /** A story as the element draws it. */
  renderStory: (story: Story) => unknown;
  /** The address to share for a story. */
  address: (story: Story) => string;
  /** The `share-targets` attribute as the page wrote it. */
  shareTargets?: string;
  /** Whether the carousel may move by itself (`autoplay`). */
  autoplay: boolean;
}

/** The element: the parts re-render it, and focus inside it. */
export type Host = ReactiveControllerHost & HTMLElement;
