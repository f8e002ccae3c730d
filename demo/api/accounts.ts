/**
 * Staff accounts and their sessions. A session id is 256 random bits in the browser's HttpOnly cookie; the server
 * keeps only its SHA-256 hash, with when it began, when it was last used and its absolute end. Every session of an
 * account ends when its password changes or it is disabled.
 */
import { randomBytes } from 'node:crypto';
import { areasOf, type Account, type Role, type StaffSession } from '../../src/core/api/accounts.js';
import type { Database, Queryable } from './db.js';
import type { PasswordHasher } from './passwords.js';
import { Problem, conflict, invalid, notFound } from './problems.js';
import { newId, sha256 } from './tokens.js';

export interface AccountRow {
  id: string;
  email: string;
  display_name: string;
  role: Role;
  password_hash: string;
  disabled: boolean;
  must_change_password: boolean;
  created_at: Date;
  last_sign_in_at: Date | null;
}

export interface SessionRow {
  id_hash: string;
  account_id: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
}

export interface SessionTimes {
  idleMs: number;
  maxMs: number;
}

export const toAccount = (row: AccountRow): Account => ({
  id: row.id,
  email: row.email,
  displayName: row.display_name,
  role: row.role,
  disabled: row.disabled,
  mustChangePassword: row.must_change_password,
  createdAt: row.created_at.toISOString(),
  lastSignInAt: row.last_sign_in_at?.toISOString() ?? null,
});

export const normalEmail = (email: string) => email.trim().toLowerCase();

export function sessionView(account: AccountRow, session: SessionRow, times: SessionTimes): StaffSession {
  const idleEnd = Math.min(session.last_seen_at.getTime() + times.idleMs, session.expires_at.getTime());
  return {
    account: toAccount(account),
    areas: areasOf(account.role),
    idleExpiresAt: new Date(idleEnd).toISOString(),
    expiresAt: session.expires_at.toISOString(),
  };
}

export async function accountByEmail(db: Queryable, email: string): Promise<AccountRow | undefined> {
  const [row] = await db.query<AccountRow>('select * from staff_accounts where email = $1', [normalEmail(email)]);
  return row;
}

export async function accountById(db: Queryable, id: string): Promise<AccountRow> {
  const [row] = await db.query<AccountRow>('select * from staff_accounts where id = $1', [id]);
  if (!row) throw notFound('This account');
  return row;
}

export async function listAccounts(db: Queryable): Promise<Account[]> {
  return (await db.query<AccountRow>('select * from staff_accounts order by lower(display_name), id limit 1000')).map(toAccount);
}

export async function createAccount(
  db: Queryable,
  hasher: PasswordHasher,
  input: { email: string; displayName: string; role: Role; password: string },
  { mustChangePassword = true, now = new Date() } = {},
): Promise<AccountRow> {
  const email = normalEmail(input.email);
  if (await accountByEmail(db, email)) throw conflict('An account with this e-mail exists.');
  const hash = await hasher.hash(input.password);
  try {
    const [row] = await db.query<AccountRow>(
      `insert into staff_accounts (id, email, display_name, role, password_hash, must_change_password, created_at)
       values ($1, $2, $3, $4, $5, $6, $7) returning *`,
      [newId(), email, input.displayName, input.role, hash, mustChangePassword, now],
    );
    return row!;
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw conflict('An account with this e-mail exists.'); // created meanwhile
    throw error;
  }
}

/** Changes name, role or disabled. Never leaves the center without an enabled admin; disabling ends the sessions. */
export async function updateAccount(
  db: Database,
  id: string,
  changes: { displayName?: string; role?: Role; disabled?: boolean },
): Promise<AccountRow> {
  return db.transaction(async (tx) => {
    await tx.query(`select id from staff_accounts where role = 'admin' for update`); // one such change at a time
    const before = await accountById(tx, id);
    const role = changes.role ?? before.role;
    const disabled = changes.disabled ?? before.disabled;
    if (before.role === 'admin' && !before.disabled && (role !== 'admin' || disabled)) {
      const [{ n } = { n: 0 }] = await tx.query<{ n: number }>(
        `select count(*)::int as n from staff_accounts where role = 'admin' and not disabled and id <> $1`,
        [id],
      );
      if (n === 0) throw conflict('This is the only enabled admin: make another account an admin first.');
    }
    const [row] = await tx.query<AccountRow>(
      'update staff_accounts set display_name = $2, role = $3, disabled = $4 where id = $1 returning *',
      [id, changes.displayName ?? before.display_name, role, disabled],
    );
    if (disabled) await tx.query('delete from staff_sessions where account_id = $1', [id]);
    return row!;
  });
}

/** Sets a password and ends every session of the account. */
export async function setPassword(db: Database, hasher: PasswordHasher, id: string, password: string, mustChange: boolean): Promise<AccountRow> {
  const hash = await hasher.hash(password);
  return db.transaction(async (tx) => {
    const [row] = await tx.query<AccountRow>(
      'update staff_accounts set password_hash = $2, must_change_password = $3 where id = $1 returning *',
      [id, hash, mustChange],
    );
    if (!row) throw notFound('This account');
    await tx.query('delete from staff_sessions where account_id = $1', [id]);
    return row;
  });
}

/**
 * Checks an e-mail and password: the account when both are right and it is enabled, else undefined. An unknown
 * e-mail is checked against a dummy hash, so every failure costs the same work and the same time.
 */
export async function checkCredentials(db: Queryable, hasher: PasswordHasher, email: string, password: string): Promise<AccountRow | undefined> {
  const account = await accountByEmail(db, email);
  const right = await hasher.verify(account?.password_hash ?? (await hasher.dummy), password);
  return account && right && !account.disabled ? account : undefined;
}

/** A new session for the account; returns the id for the cookie (only its hash is stored). */
export async function startSession(db: Queryable, account: AccountRow, now: Date, times: SessionTimes): Promise<{ id: string; row: SessionRow }> {
  const id = randomBytes(32).toString('base64url');
  const [row] = await db.query<SessionRow>(
    `insert into staff_sessions (id_hash, account_id, created_at, last_seen_at, expires_at) values ($1, $2, $3, $3, $4) returning *`,
    [sha256(id), account.id, now, new Date(now.getTime() + times.maxMs)],
  );
  await db.query('update staff_accounts set last_sign_in_at = $2 where id = $1', [account.id, now]);
  return { id, row: row! };
}

/**
 * The session a cookie names, when it is still valid: not past its idle or absolute end, its account enabled. A
 * valid one is marked used now; an expired one is deleted.
 */
export async function findSession(
  db: Queryable,
  id: string,
  now: Date,
  times: SessionTimes,
): Promise<{ account: AccountRow; session: SessionRow } | undefined> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(id)) return undefined;
  const idHash = sha256(id);
  const [session] = await db.query<SessionRow>('select * from staff_sessions where id_hash = $1', [idHash]);
  if (!session) return undefined;
  const [account] = await db.query<AccountRow>('select * from staff_accounts where id = $1', [session.account_id]);
  const expired = now >= session.expires_at || now.getTime() >= session.last_seen_at.getTime() + times.idleMs;
  if (!account || account.disabled || expired) {
    await db.query('delete from staff_sessions where id_hash = $1', [idHash]);
    return undefined;
  }
  const [touched] = await db.query<SessionRow>(
    'update staff_sessions set last_seen_at = greatest(last_seen_at, $2) where id_hash = $1 returning *',
    [idHash, now],
  );
  return touched ? { account, session: touched } : undefined;
}

export async function endSession(db: Queryable, id: string): Promise<void> {
  await db.query('delete from staff_sessions where id_hash = $1', [sha256(id)]);
}

/** Deletes sessions past their absolute end (the idle ones go when next seen, or at their absolute end). */
export async function sweepSessions(db: Queryable, now: Date): Promise<void> {
  await db.query('delete from staff_sessions where expires_at <= $1', [now]);
}

/** The problem for a wrong current password on a password change. */
export const wrongCurrentPassword = () => invalid('currentPassword', 'This is not your current password.');
export const mustChangeFirst = () => new Problem(403, 'Please choose a new password first: an admin set the one you have.');
