/**
 * The RSVP views of `<recovery-events>`, loaded the first time a visitor opens a form or a manage link, so the
 * list alone stays small: the form and its confirmation, managing an RSVP from its private link, and what a
 * card says after an invitation. Their strings and styles load with them.
 */
import './i18n/index.js';

export { RsvpFormController } from './form.js';
export { ManageController } from './manage.js';
export { inviteStatus } from './invite-status.js';
export type { RsvpContext } from './context.js';
