/**
 * Staff sessions (sign in, who am I, sign out, own password), staff accounts (admin) and the audit log (admin).
 * The session is an HttpOnly cookie; writes need the Origin to be the API's own or a listed one.
 */
import { forbidden, invalid, limited, notFound, pathParam, staffWrite, unauthorized } from './operation-parts.js';
import type { Operation } from './registry.js';
import { AuditActionSchema, RecordTypeSchema } from './accounts.js';

const admins = ['admin'] as const;
const accountId = pathParam('id', 'The account id.');
const sessionCookie =
  'Sets the session cookie (`HttpOnly; SameSite=Strict; Path=/`, and `Secure` over https): a random id, of which the ' +
  'server keeps only a hash, ending after a while without requests and at a fixed time after sign-in.';

const sessionOperations: Operation[] = [
  {
    method: 'post',
    path: '/staff/session',
    operationId: 'signIn',
    summary:
      'Sign in with e-mail and password. A wrong password, an unknown e-mail and a disabled account all get the same ' +
      'answer in about the same time; repeated failures wait longer and longer (429), per account and per client.',
    tags: ['staff', 'session'],
    requestBody: 'SignIn',
    responses: {
      200: { description: `Signed in. ${sessionCookie}`, schema: 'StaffSession' },
      401: { description: 'The e-mail or the password is not right.', schema: 'MessageError' },
      403: { description: "A page of another origin sent it (the Origin header must be the API's own or a listed one).", schema: 'MessageError' },
      413: staffWrite[413],
      415: staffWrite[415],
      422: invalid,
      429: limited,
    },
  },
  {
    method: 'get',
    path: '/staff/session',
    operationId: 'getSession',
    summary: 'Who is signed in, with the areas of the console their role opens and when the session ends.',
    tags: ['staff', 'session'],
    staff: 'signed-in',
    responses: { 200: { description: 'The session.', schema: 'StaffSession' }, 401: unauthorized },
  },
  {
    method: 'delete',
    path: '/staff/session',
    operationId: 'signOut',
    summary: 'Sign out: ends this session and clears the cookie (also when there was none).',
    tags: ['staff', 'session'],
    responses: { 204: { description: 'Signed out.' }, 403: forbidden },
  },
  {
    method: 'post',
    path: '/staff/session/password',
    operationId: 'changePassword',
    summary: 'Change one’s own password. Every session of the account ends; this browser gets a new one.',
    tags: ['staff', 'session'],
    staff: 'signed-in',
    requestBody: 'PasswordChange',
    responses: {
      200: { description: `Changed. ${sessionCookie}`, schema: 'StaffSession' },
      ...staffWrite,
      422: { description: 'Invalid fields, or the current password is not right (`currentPassword`).', schema: 'ValidationError' },
      429: limited,
    },
  },
];

const accountOperations: Operation[] = [
  {
    method: 'get',
    path: '/staff/accounts',
    operationId: 'listAccounts',
    summary: 'Every staff account, by display name.',
    tags: ['staff', 'accounts'],
    staff: admins,
    responses: { 200: { description: 'The accounts.', schema: 'AccountList' }, 401: unauthorized, 403: forbidden },
  },
  {
    method: 'post',
    path: '/staff/accounts',
    operationId: 'createAccount',
    summary: 'Create an account with a first password, which its owner must change when they first sign in.',
    tags: ['staff', 'accounts'],
    staff: admins,
    requestBody: 'AccountInput',
    responses: {
      201: { description: 'Created.', schema: 'AccountResponse' },
      ...staffWrite,
      409: { description: 'An account with this e-mail exists.', schema: 'MessageError' },
    },
  },
  {
    method: 'patch',
    path: '/staff/accounts/{id}',
    operationId: 'updateAccount',
    summary: 'Change the display name or role, or disable (ending every session) or enable an account.',
    tags: ['staff', 'accounts'],
    staff: admins,
    parameters: [accountId],
    requestBody: 'AccountUpdate',
    responses: {
      200: { description: 'Changed.', schema: 'AccountResponse' },
      ...staffWrite,
      404: notFound,
      409: { description: 'This would leave no enabled admin.', schema: 'MessageError' },
    },
  },
  {
    method: 'post',
    path: '/staff/accounts/{id}/password',
    operationId: 'resetPassword',
    summary: 'Set a new password for an account; every session of it ends, and its owner must change it at next sign-in.',
    tags: ['staff', 'accounts'],
    staff: admins,
    parameters: [accountId],
    requestBody: 'PasswordReset',
    responses: { 200: { description: 'Set.', schema: 'AccountResponse' }, ...staffWrite, 404: notFound },
  },
  {
    method: 'get',
    path: '/staff/audit',
    operationId: 'listAudit',
    summary: 'The audit log, newest first, a page at a time: who did what to which record, and when.',
    tags: ['staff', 'audit'],
    staff: admins,
    parameters: [
      { name: 'actor', in: 'query', required: false, description: 'Only what this account did (its id).', schema: { type: 'string', maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' } },
      { name: 'action', in: 'query', required: false, description: 'Only this action.', schema: { type: 'string', enum: AuditActionSchema.options } },
      { name: 'recordType', in: 'query', required: false, description: 'Only records of this type.', schema: { type: 'string', enum: RecordTypeSchema.options } },
      { name: 'from', in: 'query', required: false, description: 'Only entries at or after this instant, or date YYYY-MM-DD (its start in UTC).', schema: { type: 'string', format: 'date-time', maxLength: 40 } },
      { name: 'to', in: 'query', required: false, description: 'Only entries before this instant, or date YYYY-MM-DD (its start in UTC).', schema: { type: 'string', format: 'date-time', maxLength: 40 } },
      { name: 'cursor', in: 'query', required: false, description: 'The `nextCursor` of the previous page.', schema: { type: 'string', maxLength: 200 } },
      { name: 'limit', in: 'query', required: false, description: 'Entries per page (1-200, default 50).', schema: { type: 'integer', minimum: 1, maximum: 200 } },
    ],
    responses: { 200: { description: 'A page of entries.', schema: 'AuditList' }, 401: unauthorized, 403: forbidden, 422: invalid },
  },
];

export const sessionAndAccountOperations: Operation[] = [...sessionOperations, ...accountOperations];
