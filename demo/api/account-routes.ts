/** The session, account and audit endpoints (`/staff/session`, `/staff/accounts`, `/staff/audit`). */
import type { Context, Hono } from 'hono';
import {
  AccountInputSchema,
  AccountUpdateSchema,
  AuditActionSchema,
  PasswordChangeSchema,
  PasswordResetSchema,
  RecordTypeSchema,
  SignInSchema,
} from '../../src/core/api/accounts.js';
import {
  accountById,
  checkCredentials,
  createAccount,
  endSession,
  listAccounts,
  normalEmail,
  sessionView,
  setPassword,
  startSession,
  sweepSessions,
  toAccount,
  updateAccount,
  wrongCurrentPassword,
} from './accounts.js';
import { listAudit } from './audit.js';
import { Problem, invalid } from './problems.js';
import { sha256 } from './tokens.js';
import { dateParam, idParam, intParam, jsonBody } from './request.js';
import { audit, callerOf, clearSessionCookie, clientAddress, sessionCookie, setSessionCookie, type StaffDeps } from './staff-auth.js';
import { LoginThrottle } from './throttle.js';

/** One answer for every failed sign-in, so it never tells whether an e-mail has an account. */
const SIGN_IN_FAILED = 'The e-mail or the password is not right.';

export function accountRoutes(app: Hono, deps: StaffDeps): void {
  const { db, hasher, config } = deps;
  const perAccount = new LoginThrottle(config.signInFreeFailuresPerAccount);
  const perClient = new LoginThrottle(config.signInFreeFailuresPerClient);

  const tooMany = (c: Context, wait: number) => {
    c.header('Retry-After', String(wait));
    return c.json({ message: `Too many attempts. Please wait ${wait} seconds and try again.` }, 429);
  };

  app.post('/staff/session', async (c) => {
    const { email, password } = await jsonBody(c, SignInSchema);
    const now = deps.now();
    const accountKey = `account:${normalEmail(email)}`;
    const clientKey = `client:${clientAddress(c, config)}`;
    const wait = Math.max(perAccount.wait(accountKey, now.getTime()), perClient.wait(clientKey, now.getTime()));
    if (wait > 0) return tooMany(c, wait);
    const account = await checkCredentials(db, hasher, email, password);
    if (!account) {
      perAccount.fail(accountKey, now.getTime());
      perClient.fail(clientKey, now.getTime());
      return c.json({ message: SIGN_IN_FAILED }, 401);
    }
    perAccount.succeed(accountKey);
    await sweepSessions(db, now);
    const { id, row } = await startSession(db, account, now, deps.times);
    setSessionCookie(c, deps, id);
    await audit(withCaller(c, account.id), deps, 'session.sign-in', 'account', account.id);
    return c.json(sessionView({ ...account, last_sign_in_at: now }, row, deps.times));
  });

  app.get('/staff/session', (c) => {
    const { account, session } = callerOf(c);
    return c.json(sessionView(account!, session!, deps.times));
  });

  app.delete('/staff/session', async (c) => {
    const id = sessionCookie(c);
    if (id) {
      const [row] = await db.query<{ account_id: string }>('select account_id from staff_sessions where id_hash = $1', [sha256(id)]);
      await endSession(db, id);
      if (row) await audit(withCaller(c, row.account_id), deps, 'session.sign-out', 'account', row.account_id);
    }
    clearSessionCookie(c, deps);
    return c.body(null, 204);
  });

  app.post('/staff/session/password', async (c) => {
    const { account } = callerOf(c);
    const { currentPassword, newPassword } = await jsonBody(c, PasswordChangeSchema);
    const now = deps.now();
    const key = `account:${account!.email}`;
    const wait = perAccount.wait(key, now.getTime());
    if (wait > 0) return tooMany(c, wait);
    if (!(await hasher.verify(account!.password_hash, currentPassword))) {
      perAccount.fail(key, now.getTime());
      throw wrongCurrentPassword();
    }
    if (newPassword === currentPassword) throw new Problem(422, 'Choose a password other than the current one.', [
      { field: 'newPassword', message: 'Choose a password other than the current one.' },
    ]);
    const changed = await setPassword(db, hasher, account!.id, newPassword, false); // ends every session, this one too
    const { id, row } = await startSession(db, changed, now, deps.times);
    setSessionCookie(c, deps, id);
    await audit(c, deps, 'account.password-change', 'account', changed.id);
    return c.json(sessionView({ ...changed, last_sign_in_at: now }, row, deps.times));
  });

  const accountId = (c: Context) => idParam(c, 'id', 'This account');

  app.get('/staff/accounts', async (c) => c.json({ accounts: await listAccounts(db) }));

  app.post('/staff/accounts', async (c) => {
    const input = await jsonBody(c, AccountInputSchema);
    const row = await createAccount(db, hasher, input, { now: deps.now() });
    await audit(c, deps, 'account.create', 'account', row.id, ['email', 'displayName', 'role', 'password']);
    return c.json({ account: toAccount(row) }, 201);
  });

  app.patch('/staff/accounts/:id', async (c) => {
    const id = accountId(c);
    const changes = await jsonBody(c, AccountUpdateSchema);
    const row = await updateAccount(db, id, changes);
    await audit(c, deps, 'account.update', 'account', id, Object.keys(changes));
    return c.json({ account: toAccount(row) });
  });

  app.post('/staff/accounts/:id/password', async (c) => {
    const id = accountId(c);
    const { password } = await jsonBody(c, PasswordResetSchema);
    await accountById(db, id);
    const row = await setPassword(db, hasher, id, password, true);
    await audit(c, deps, 'account.password-reset', 'account', id, ['password']);
    return c.json({ account: toAccount(row) });
  });

  app.get('/staff/audit', async (c) => {
    const query = (name: string) => c.req.query(name) || undefined;
    const action = query('action');
    const recordType = query('recordType');
    if (action !== undefined && !AuditActionSchema.safeParse(action).success) throw invalid('action', 'Not an action the log records.');
    if (recordType !== undefined && !RecordTypeSchema.safeParse(recordType).success) throw invalid('recordType', 'Not a kind of record.');
    return c.json(
      await listAudit(db, {
        actor: query('actor'),
        action: AuditActionSchema.safeParse(action).data,
        recordType: RecordTypeSchema.safeParse(recordType).data,
        from: dateParam(query('from'), 'from'),
        to: dateParam(query('to'), 'to'),
        cursor: query('cursor'),
        limit: intParam(c.req.query('limit'), 'limit', 1, 200, 50),
      }),
    );
  });
}

/** The context with its caller set to an account, for the audit entries of sign-in and sign-out (no session yet, or no longer). */
function withCaller(c: Context, accountId: string): Context {
  (c.set as (key: string, value: unknown) => void)('staffCaller', { actor: { via: 'session', accountId }, role: 'admin' });
  return c;
}
