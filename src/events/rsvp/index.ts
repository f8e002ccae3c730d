/**
 * The RSVP views of `<recovery-events>`, loaded the first time a visitor opens a form or a manage link, so the
 * list alone stays small: the form and its confirmation, managing an RSVP from its private link, what a card
 * says after an invitation, and "Email me my link" (the few who need it often come from a manage link that no
 * longer works, when these views are in already). Their strings and styles load with them.
 */
import './i18n/index.js';

export { RsvpFormController } from './form.js';
export { ManageController } from './manage.js';
export { inviteStatus, selectInvite } from './invite-status.js';
export type { RsvpContext } from './context.js';
export { LinkFormController } from '../link/index.js';
