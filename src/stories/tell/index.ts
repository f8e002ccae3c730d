/**
 * The views of `<recovery-stories>` that load on first use: telling a story (the form, sending, the thank-you
 * with the withdraw link) and withdrawing one from its private link. Their strings and styles load with them.
 */
import './i18n/index.js';

export { StoryForm } from './form.js';
export { Withdrawal } from './withdraw.js';
export type { TellContext } from './context.js';
