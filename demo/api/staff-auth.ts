/**
 * Who is calling a `/staff/*` endpoint, and whether they may: the session cookie (or the deprecated STAFF_TOKEN),
 * the role the contract gives the operation, a password an admin set that must be changed first, and for writes
 * the Origin (the API's own, or one listed in STAFF_ORIGINS), so a page elsewhere cannot use a signed-in browser.
 */
import type { Mailer } from './mail/outbox.js';
import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import { operations, type Operation } from '../../src/core/api/contract.js';
import { STAFF_SESSION_COOKIE } from '../../src/core/api/openapi.js';
import type { AuditAction, RecordType, Role } from '../../src/core/api/accounts.js';
import type { ServerConfig } from './config.js';
import type { Database } from './db.js';
import type { PasswordHasher } from './passwords.js';
import { findSession, mustChangeFirst, type AccountRow, type SessionRow, type SessionTimes } from './accounts.js';
import { writeAudit, type Actor } from './audit.js';
import { Problem } from './problems.js';
import { sameSecret } from './tokens.js';

export interface StaffDeps {
  db: Database;
  /** The outbox: staff changes to events write messages to their guests. */
  mail: Mailer;
  config: ServerConfig;
  hasher: PasswordHasher;
  /** The time: injectable, so tests can move it on instead of sleeping. */
  now: () => Date;
  times: SessionTimes;
  basePath: string;
}

export interface Caller {
  actor: Actor;
  role: Role;
  account?: AccountRow;
  session?: SessionRow;
}

/** The caller of a staff endpoint, as the middleware found it. */
export function callerOf(c: Context): Caller {
  const caller = (c.get as (key: string) => Caller | undefined)('staffCaller');
  if (!caller) throw new Problem(401, 'Please sign in.');
  return caller;
}

/** Writes an audit entry for what the caller just did. */
export function audit(c: Context, deps: StaffDeps, action: AuditAction, recordType: RecordType, recordId: string, fields: string[] = []) {
  return writeAudit(deps.db, callerOf(c).actor, deps.now(), action, recordType, recordId, fields);
}

/** The client's address (for sign-in throttling), as the write rate limit takes it. */
export function clientAddress(c: Context, config: ServerConfig): string {
  const forwarded = config.trustProxy ? c.req.header('X-Forwarded-For')?.split(',')[0]?.trim() : undefined;
  if (forwarded) return forwarded;
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // not on Node: one shared bucket
  }
}

/** The API's own origin, as the browser sees it (behind a trusted proxy, with the scheme it was reached by). */
function ownOrigin(c: Context, config: ServerConfig): string {
  const url = new URL(c.req.url);
  const proto = config.trustProxy ? c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim() : undefined;
  if (proto === 'https' || proto === 'http') url.protocol = `${proto}:`;
  return url.origin;
}

export function originAllowed(c: Context, config: ServerConfig): boolean {
  const origin = c.req.header('Origin');
  return Boolean(origin) && (origin === ownOrigin(c, config) || config.staffOrigins.includes(origin!));
}

const secure = (c: Context, config: ServerConfig) => config.cookieSecure || ownOrigin(c, config).startsWith('https:');

export function setSessionCookie(c: Context, deps: StaffDeps, id: string): void {
  setCookie(c, STAFF_SESSION_COOKIE, id, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure: secure(c, deps.config),
    maxAge: Math.floor(deps.times.maxMs / 1000),
  });
}

export function clearSessionCookie(c: Context, deps: StaffDeps): void {
  deleteCookie(c, STAFF_SESSION_COOKIE, { httpOnly: true, sameSite: 'Strict', path: '/', secure: secure(c, deps.config) });
}

export const sessionCookie = (c: Context) => getCookie(c, STAFF_SESSION_COOKIE);

/** The contract's staff operations as patterns, so the server checks exactly the roles the document states. */
const staffRoutes = operations
  .filter((op) => op.path.startsWith('/staff/'))
  .map((op) => ({
    op,
    pattern: new RegExp(`^${op.path.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }));

const findOperation = (method: string, path: string): Operation | undefined =>
  staffRoutes.find(({ op, pattern }) => op.method === method.toLowerCase() && pattern.test(path))?.op;

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function guardStaff(app: Hono, deps: StaffDeps): void {
  const { config } = deps;
  app.use('/staff/*', async (context, next) => {
    const c = context as Context;
    const method = c.req.method;
    if (method === 'OPTIONS') return next();
    const path = c.req.path.slice(deps.basePath.length);
    const write = !READS.has(method);
    const refuseOrigin = () => c.json({ message: 'Staff changes must come from the staff console’s own site.' }, 403);

    // Signing in and out need no session, but only the console's own pages may do them (no login CSRF).
    if (path === '/staff/session' && (method === 'POST' || method === 'DELETE')) {
      return originAllowed(c, config) ? next() : refuseOrigin();
    }

    let caller: Caller;
    const authorization = c.req.header('Authorization');
    if (authorization !== undefined) {
      // Deprecated: the shared STAFF_TOKEN, for scripts (no cookie, so no cross-site risk). Acts as an admin.
      const given = authorization.startsWith('Bearer ') ? authorization.slice('Bearer '.length).trim() : '';
      if (!config.staffToken || !given || !sameSecret(given, config.staffToken)) {
        c.header('WWW-Authenticate', 'Bearer');
        return c.json({ message: 'This staff token is not valid. Sign in with a staff account.' }, 401);
      }
      caller = { actor: { via: 'token' }, role: 'admin' };
    } else {
      const id = sessionCookie(c);
      const found = id ? await findSession(deps.db, id, deps.now(), deps.times) : undefined;
      if (!found) {
        if (id) clearSessionCookie(c, deps);
        return c.json({ message: 'Please sign in.' }, 401);
      }
      if (write && !originAllowed(c, config)) return refuseOrigin();
      caller = { actor: { via: 'session', accountId: found.account.id }, role: found.account.role, ...found };
    }

    const op = findOperation(method, path);
    if (op?.staff === 'signed-in' && !caller.account) return c.json({ message: 'Please sign in with a staff account.' }, 401);
    if (op?.staff && op.staff !== 'signed-in') {
      if (caller.account?.must_change_password) throw mustChangeFirst();
      if (!op.staff.includes(caller.role)) return c.json({ message: 'Your role does not allow this.' }, 403);
    }
    (c.set as (key: string, value: Caller) => void)('staffCaller', caller);
    return next(); // an unknown /staff/ path is a 404, but only for callers who are signed in
  });
}
