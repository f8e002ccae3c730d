/**
 * Staff accounts, their sessions and the audit log (the staff console's own schemas). A role decides what an account
 * may do: `admin` everything, staff accounts and the audit log included; `coordinator` events, RSVPs, celebrations
 * and meetings; `moderator` stories.
 */
import * as z from 'zod/mini';
import { id, instant, safeText, text } from './common.js';

export const RoleSchema = z.enum(['admin', 'coordinator', 'moderator']);
export type Role = z.infer<typeof RoleSchema>;

/** The parts of the console, each open to some roles (see `AREAS`). */
export const AreaSchema = z.enum(['stories', 'events', 'celebrations', 'meetings', 'mail', 'accounts', 'audit']);
export type Area = z.infer<typeof AreaSchema>;

/** Which roles may use each area: the server checks every `/staff/*` request against it. */
export const AREAS: Record<Area, readonly Role[]> = {
  stories: ['admin', 'moderator'],
  events: ['admin', 'coordinator'],
  celebrations: ['admin', 'coordinator'],
  meetings: ['admin', 'coordinator'],
  mail: ['admin', 'coordinator'],
  accounts: ['admin'],
  audit: ['admin'],
};

export const areasOf = (role: Role): Area[] => (Object.keys(AREAS) as Area[]).filter((area) => AREAS[area].includes(role));

const email = z.email().check(z.maxLength(254));

/** A password as it is chosen: 12 to 200 characters, kept exactly as typed (not trimmed). */
export const newPassword = z.string().check(z.minLength(12), z.maxLength(200), safeText());

/** A staff account as admins see it. Never its password or its hash. */
export const AccountSchema = z.object({
  id,
  email,
  displayName: text(1, 100),
  role: RoleSchema,
  /** A disabled account cannot sign in, and its sessions ended when it was disabled. */
  disabled: z.boolean(),
  /** True after an admin set the password: until the person chooses their own, only the session endpoints answer. */
  mustChangePassword: z.boolean(),
  createdAt: instant,
  lastSignInAt: z.nullable(instant),
});
export type Account = z.infer<typeof AccountSchema>;

export const AccountListSchema = z.object({ accounts: z.array(AccountSchema).check(z.maxLength(1000)) });
export const AccountResponseSchema = z.object({ account: AccountSchema });

/** An admin creates an account with a first password, which the person must change when they first sign in. */
export const AccountInputSchema = z.object({
  email,
  displayName: text(1, 100),
  role: RoleSchema,
  password: newPassword,
});

/** What an admin changes on an account. Disabling ends its sessions. */
export const AccountUpdateSchema = z.object({
  displayName: z.optional(text(1, 100)),
  role: z.optional(RoleSchema),
  disabled: z.optional(z.boolean()),
});

/** An admin sets a new password (ending every session of the account); the person must change it at next sign-in. */
export const PasswordResetSchema = z.object({ password: newPassword });

// ---------------------------------------------------------------------------------------------------------------
// Sessions.

export const SignInSchema = z.object({
  email: z.string().check(z.trim(), z.minLength(1), z.maxLength(254), safeText()),
  password: z.string().check(z.minLength(1), z.maxLength(200), safeText()),
});

/** Who is signed in, and what the console may show them. */
export const StaffSessionSchema = z.object({
  account: AccountSchema,
  /** The console's areas this account's role opens. */
  areas: z.array(AreaSchema).check(z.maxLength(7)),
  /** When the session ends if nothing is done (each request moves it on), and when it ends whatever is done. */
  idleExpiresAt: instant,
  expiresAt: instant,
});
export type StaffSession = z.infer<typeof StaffSessionSchema>;

/** Changing one's own password ends every session of the account and begins a new one for this browser. */
export const PasswordChangeSchema = z.object({
  currentPassword: z.string().check(z.minLength(1), z.maxLength(200), safeText()),
  newPassword,
});

// ---------------------------------------------------------------------------------------------------------------
// The audit log: who did what to which record, and when. Never the personal data itself: field names, not values.

export const AuditActionSchema = z.enum([
  'session.sign-in',
  'session.sign-out',
  'account.create',
  'account.update',
  'account.password-change',
  'account.password-reset',
  'story.approve',
  'story.reject',
  'story.update',
  'story.unpublish',
  'event.create',
  'event.update',
  'event.cancel',
  'event.attendees-read',
  'event.rsvps-export',
  'rsvp.check-in',
  'rsvp.undo-check-in',
  'celebration.create',
  'celebration.update',
  'celebration.delete',
  'meeting.create',
  'meeting.update',
  'meeting.delete',
  'mail.retry',
]);
export type AuditAction = z.infer<typeof AuditActionSchema>;

export const RecordTypeSchema = z.enum(['account', 'story', 'event', 'rsvp', 'celebration', 'meeting', 'mail']);
export type RecordType = z.infer<typeof RecordTypeSchema>;

export const AuditEntrySchema = z.object({
  id,
  at: instant,
  /** The account that acted; null for the deprecated STAFF_TOKEN (`via: 'token'`). */
  actor: z.nullable(z.object({ id, displayName: text(1, 100) })),
  via: z.enum(['session', 'token']),
  action: AuditActionSchema,
  recordType: RecordTypeSchema,
  recordId: id,
  /** The names of the fields a change touched (e.g. `capacity`, `role`), never their values. */
  fields: z.array(z.string().check(z.maxLength(40), z.regex(/^[A-Za-z_]{1,40}$/))).check(z.maxLength(30)),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditListSchema = z.object({
  entries: z.array(AuditEntrySchema).check(z.maxLength(200)),
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: z.nullable(z.string().check(z.maxLength(200))),
});
