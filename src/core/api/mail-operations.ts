/** The operations for e-mail: a lost manage link, the one-click unsubscribe, and the staff outbox. */
import { eventId, forbidden, invalid, limited, notFound, notJson, pathParam, tooLarge, unauthorized } from './operation-parts.js';
import type { Operation } from './registry.js';
import { AREAS } from './accounts.js';

const coordinators = AREAS.mail;
const unsubscribeToken = pathParam('token', 'The secret unsubscribe token from the e-mail.');

export const mailOperations: Operation[] = [
  {
    method: 'post',
    path: '/events/{id}/manage-link',
    operationId: 'requestManageLink',
    summary:
      'E-mail me my link: sends a fresh manage link to the address if it has an RSVP for this event (asking is the ' +
      'consent for that one message). The answer, and its timing, are the same either way.',
    tags: ['events'],
    parameters: [eventId],
    requestBody: 'ManageLinkRequest',
    responses: {
      202: { description: 'Taken: if there is such an RSVP, the link is on its way.', schema: 'MessageError' },
      404: notFound,
      413: tooLarge,
      415: notJson,
      422: invalid,
      429: limited,
    },
  },
  {
    method: 'get',
    path: '/mail/unsubscribe/{token}',
    operationId: 'unsubscribePage',
    summary: 'The page an unsubscribe link opens: a button that stops reminders (opening the link alone changes nothing).',
    tags: ['mail'],
    parameters: [unsubscribeToken],
    responses: { 200: { description: 'The page.', contentType: 'text/html' }, 404: { description: 'Not found.', contentType: 'text/html' } },
  },
  {
    method: 'post',
    path: '/mail/unsubscribe/{token}',
    operationId: 'unsubscribe',
    summary: 'Stops reminders for this RSVP: the one-click unsubscribe of RFC 8058 (List-Unsubscribe-Post), and the page’s button.',
    tags: ['mail'],
    parameters: [unsubscribeToken],
    responses: { 200: { description: 'Done (also when it already was).', contentType: 'text/html' }, 404: { description: 'Not found.', contentType: 'text/html' }, 429: limited },
  },
  {
    method: 'get',
    path: '/staff/mail',
    operationId: 'getMailSettings',
    summary: 'How e-mail is sent, the data-retention policy, and the outbox at a glance.',
    tags: ['staff', 'mail'],
    staff: coordinators,
    responses: { 200: { description: 'The settings.', schema: 'MailSettings' }, 401: unauthorized, 403: forbidden },
  },
  {
    method: 'get',
    path: '/staff/mail/messages',
    operationId: 'listMailMessages',
    summary:
      'The outbox, newest first: held (e-mail not set up), pending, sent or failed (dead) messages. Messages about ' +
      'stories only for roles that moderate them.',
    tags: ['staff', 'mail'],
    staff: coordinators,
    parameters: [
      {
        name: 'status',
        in: 'query',
        required: false,
        description: 'held, pending, sending, sent or dead (default: all).',
        schema: { type: 'string', enum: ['held', 'pending', 'sending', 'sent', 'dead'] },
      },
    ],
    responses: { 200: { description: 'At most 500 messages.', schema: 'MailMessageList' }, 401: unauthorized, 403: forbidden, 422: invalid },
  },
  {
    method: 'post',
    path: '/staff/mail/messages/{id}/retry',
    operationId: 'retryMailMessage',
    summary: 'Send a failed (dead) message again.',
    tags: ['staff', 'mail'],
    staff: coordinators,
    parameters: [pathParam('id', 'The message id.')],
    responses: {
      200: { description: 'Queued again.', schema: 'MailMessageResponse' },
      401: unauthorized,
      403: forbidden,
      404: notFound,
      409: { description: 'The message has not failed (or e-mail is not set up).', schema: 'MessageError' },
    },
  },
];
