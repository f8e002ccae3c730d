/**
 * Staff sessions (issue 12): signing in and out, the cookie, idle and absolute expiry (on the server's clock, moved
 * on rather than slept through), sign-in throttling, the same answer for an unknown e-mail and a wrong password,
 * writes from other origins refused, and every session of an account ending when its password changes or it is
 * disabled.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createAdmin } from '../../demo/api/cli.js';
import { startServer, STAFF, type StaffClient, type TestServer } from './server.js';

const MINUTE = 60_000;
const LISTED = 'https://console.center.example';

let server: TestServer;
before(async () => {
  server = await startServer({ staffOrigins: [LISTED], trustProxy: true, sessionIdleMinutes: 30, sessionMaxHours: 12 });
});
after(() => server.close());

const signIn = (email: string, password: string, headers: Record<string, string> = {}) =>
  server.call('/staff/session', { method: 'POST', body: { email, password }, headers: { Origin: server.url, ...headers } });
const cookieOf = (answer: { headers: Headers }) => answer.headers.getSetCookie().find((c) => c.startsWith('rw_staff_session='));

describe('signing in and out', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie for the whole site, and keeps only a hash of its id', async () => {
    const { email, password, id } = await server.account('coordinator', { displayName: 'Pat Doe' });
    const answer = await signIn(email.toUpperCase(), password);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.deepEqual(
      [answer.body.account.id, answer.body.account.displayName, answer.body.account.role, answer.body.areas],
      [id, 'Pat Doe', 'coordinator', ['events', 'celebrations', 'meetings', 'mail']],
    );
    assert.ok(!JSON.stringify(answer.body).includes('scrypt'), 'no password hash in the answer');
    const cookie = cookieOf(answer)!;
    assert.match(cookie, /; HttpOnly/);
    assert.match(cookie, /; SameSite=Strict/);
    assert.match(cookie, /; Path=\//);
    assert.doesNotMatch(cookie, /; Secure/, 'not over plain http');
    const value = cookie.split(';')[0]!.split('=')[1]!;
    assert.ok(value.length >= 43, '256 random bits');
    const stored = await server.db.query<{ id_hash: string }>('select id_hash from staff_sessions where account_id = $1', [id]);
    assert.deepEqual(stored.map((s) => s.id_hash), [createHash('sha256').update(value).digest('hex')]);
  });

  it('marks the cookie Secure when the API is reached over https', async () => {
    const { email, password } = await server.account('moderator');
    const https = server.url.replace('http:', 'https:');
    const answer = await signIn(email, password, { 'X-Forwarded-Proto': 'https', Origin: https });
    assert.equal(answer.status, 200);
    assert.match(cookieOf(answer)!, /; Secure/);
  });

  it('says who is signed in, and signing out ends the session and clears the cookie', async () => {
    const staff = await server.as('moderator');
    const me = await staff.call('/staff/session');
    assert.equal(me.status, 200);
    assert.equal(me.body.account.id, staff.accountId);
    assert.deepEqual(me.body.areas, ['stories']);
    const out = await staff.call('/staff/session', { method: 'DELETE' });
    assert.equal(out.status, 204);
    assert.match(cookieOf(out)!, /Max-Age=0/);
    assert.equal((await staff.call('/staff/session')).status, 401);
    assert.equal((await staff.call('/staff/submissions')).status, 401);
    assert.equal((await server.call('/staff/session', { method: 'DELETE', headers: { Origin: server.url } })).status, 204, 'again: fine');
  });

  it('answers 401 without a session, with a forged cookie, and with the STAFF_TOKEN on the session endpoints', async () => {
    assert.equal((await server.call('/staff/session')).status, 401);
    assert.equal((await server.call('/staff/session', { headers: { Cookie: 'rw_staff_session=forged' } })).status, 401);
    assert.equal((await server.call('/staff/session', { headers: { Cookie: `rw_staff_session=${'A'.repeat(43)}` } })).status, 401);
    assert.equal((await server.staff('/staff/session')).status, 401, 'the token is not an account');
  });
});

describe('expiry', () => {
  it('ends a session after 30 minutes without a request; each request moves the end on', async () => {
    const staff = await server.as('coordinator');
    server.advance(29 * MINUTE);
    const still = await staff.call('/staff/session');
    assert.equal(still.status, 200, 'used within the idle time');
    assert.ok(Date.parse(still.body.idleExpiresAt) - Date.parse(still.body.expiresAt) <= 0);
    server.advance(29 * MINUTE);
    assert.equal((await staff.call('/staff/events')).status, 200, '58 minutes after sign-in, 29 after the last request');
    server.advance(30 * MINUTE + 1000);
    assert.equal((await staff.call('/staff/session')).status, 401, 'idle for 30 minutes');
    assert.equal((await server.db.query('select 1 from staff_sessions where account_id = $1', [staff.accountId])).length, 0, 'deleted');
  });

  it('ends a session 12 hours after sign-in, however busy', async () => {
    const staff = await server.as('moderator');
    for (let minutes = 25; minutes <= 700; minutes += 25) {
      server.advance(25 * MINUTE);
      assert.equal((await staff.call('/staff/submissions')).status, 200, `${minutes} minutes in`);
    }
    server.advance(19 * MINUTE);
    assert.equal((await staff.call('/staff/session')).status, 200, 'a minute before the end');
    server.advance(MINUTE);
    assert.equal((await staff.call('/staff/session')).status, 401, 'at 12 hours');
  });
});

describe('failed sign-ins', () => {
  it('answer the same, after the same work, for an unknown e-mail, a wrong password and a disabled account', async () => {
    const { email, password, id } = await server.account('coordinator');
    const disabled = await server.account('moderator');
    await server.db.query('update staff_accounts set disabled = true where id = $1', [disabled.id]);
    const attempt = async (e: string, p: string) => {
      const verifiedBefore = server.hashing.verify;
      const started = performance.now();
      const answer = await signIn(e, p, { 'X-Forwarded-For': `198.51.100.${Math.floor(Math.random() * 250)}` });
      return { ...answer, ms: performance.now() - started, verified: server.hashing.verify - verifiedBefore };
    };
    const unknown = await attempt('nobody@center.example', password);
    const wrong = await attempt(email, `${password}!`);
    const off = await attempt(disabled.email, disabled.password);
    for (const answer of [unknown, wrong, off]) {
      assert.equal(answer.status, 401);
      assert.deepEqual(answer.body, { message: 'The e-mail or the password is not right.' });
      assert.equal(cookieOf(answer), undefined);
      assert.equal(answer.verified, 1, 'one password hash computed, also for an e-mail with no account');
    }
    assert.equal((await server.db.query('select 1 from staff_sessions where account_id = $1', [id])).length, 0);

    // Similar time: medians of a few tries each (the hash dominates at the real cost; here it is cheap, so loosely).
    const median = async (e: string, p: string) => {
      const times = [];
      for (let i = 0; i < 7; i++) times.push((await attempt(e, p)).ms);
      return times.sort((a, b) => a - b)[3]!;
    };
    const [a, b] = [await median('nobody-else@center.example', 'whatever it is'), await median(email, 'not the password')];
    assert.ok(Math.abs(a - b) < Math.max(15, Math.max(a, b)), `unknown e-mail ${a.toFixed(1)} ms, wrong password ${b.toFixed(1)} ms`);
  });

  it('wait longer and longer per account (429 with Retry-After), whatever the client, even for the right password', async () => {
    const { email, password } = await server.account('moderator');
    const from = (n: number) => ({ 'X-Forwarded-For': `203.0.113.${n}` }); // a new client each time
    for (let i = 1; i <= 5; i++) assert.equal((await signIn(email, 'wrong password', from(i))).status, 401, `free failure ${i}`);
    assert.equal((await signIn(email, 'wrong password', from(6))).status, 401, 'the sixth failure starts the back-off');
    const limited = await signIn(email, password, from(7));
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('Retry-After'), '1');
    server.advance(1000);
    assert.equal((await signIn(email, 'wrong password', from(8))).status, 401);
    const longer = await signIn(email, password, from(9));
    assert.equal(longer.status, 429);
    assert.equal(longer.headers.get('Retry-After'), '2', 'twice as long');
    const unknownLimited = await (async () => {
      for (let i = 0; i < 6; i++) await signIn('ghost@center.example', 'x', from(20 + i));
      return signIn('ghost@center.example', 'x', from(30));
    })();
    assert.equal(unknownLimited.status, 429, 'an e-mail without an account is throttled the same');
    server.advance(2000);
    assert.equal((await signIn(email, password, from(10))).status, 200, 'after the wait, the right password');
    assert.equal((await signIn(email, 'wrong password', from(11))).status, 401, 'a success starts the count afresh');
    assert.equal((await signIn(email, password, from(12))).status, 200);
  });

  it('wait per client too, across e-mails', async () => {
    const client = { 'X-Forwarded-For': '192.0.2.77' };
    for (let i = 0; i < 21; i++) {
      const answer = await signIn(`someone-${i}@center.example`, 'guess', client);
      assert.equal(answer.status, 401, `failure ${i + 1}`);
    }
    const limited = await signIn('someone-else@center.example', 'guess', client);
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('Retry-After')) >= 1);
    const { email, password } = await server.account('coordinator');
    assert.equal((await signIn(email, password, client)).status, 429, 'even with the right password, from that client');
    assert.equal((await signIn(email, password, { 'X-Forwarded-For': '192.0.2.78' })).status, 200, 'another client is not held up');
  });
});

describe('writes from other origins', () => {
  let staff: StaffClient;
  before(async () => {
    staff = await server.as('coordinator');
  });
  const write = (origin: string | undefined) =>
    server.call('/staff/celebrations', {
      method: 'POST',
      body: { displayName: 'Kim', span: { count: 1, unit: 'years' }, date: '2026-05-02' },
      headers: { Cookie: staff.cookie, ...(origin && { Origin: origin }) },
    });

  it('refuses a write with a valid session cookie from a page of another origin, or with no Origin', async () => {
    const before = (await server.db.query('select count(*)::int as n from celebrations'))[0];
    for (const origin of ['https://evil.example', 'null', server.url.replace('127.0.0.1', 'localhost'), undefined]) {
      const answer = await write(origin);
      assert.equal(answer.status, 403, `Origin ${origin}`);
    }
    assert.deepEqual((await server.db.query('select count(*)::int as n from celebrations'))[0], before, 'nothing written');
    assert.equal((await staff.call('/staff/session')).status, 200, 'reads need no Origin; the session goes on');
  });

  it('takes it from the API’s own origin and from a listed one', async () => {
    assert.equal((await write(server.url)).status, 201);
    assert.equal((await write(LISTED)).status, 201);
  });

  it('refuses sign-in and sign-out from another origin (no login CSRF)', async () => {
    const { email, password } = await server.account('moderator');
    const answer = await server.call('/staff/session', { method: 'POST', body: { email, password }, headers: { Origin: 'https://evil.example' } });
    assert.equal(answer.status, 403);
    assert.equal(cookieOf(answer), undefined);
    const out = await server.call('/staff/session', { method: 'DELETE', headers: { Cookie: staff.cookie, Origin: 'https://evil.example' } });
    assert.equal(out.status, 403);
    assert.equal((await staff.call('/staff/session')).status, 200, 'still signed in');
  });

  it('answers CORS preflights with credentials for listed origins only', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/staff/events`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' } });
    const listed = await preflight(LISTED);
    assert.equal(listed.headers.get('Access-Control-Allow-Origin'), LISTED);
    assert.equal(listed.headers.get('Access-Control-Allow-Credentials'), 'true');
    assert.equal((await preflight('https://evil.example')).headers.get('Access-Control-Allow-Origin'), null);
  });
});

describe('passwords and disabling end sessions', () => {
  it('changing one’s own password ends every session of the account and starts a new one here', async () => {
    const { email, password } = await server.account('coordinator');
    const here = await server.signIn(email, password);
    const elsewhere = await server.signIn(email, password);
    const wrong = await here.call('/staff/session/password', { method: 'POST', body: { currentPassword: 'not it at all', newPassword: 'a brand new password' } });
    assert.equal(wrong.status, 422);
    assert.equal(wrong.body.errors[0].field, 'currentPassword');
    const short = await here.call('/staff/session/password', { method: 'POST', body: { currentPassword: password, newPassword: 'short' } });
    assert.equal(short.status, 422);
    assert.equal(short.body.errors[0].field, 'newPassword');

    const changed = await here.call('/staff/session/password', { method: 'POST', body: { currentPassword: password, newPassword: 'a brand new password' } });
    assert.equal(changed.status, 200);
    assert.equal((await here.call('/staff/session')).status, 401, 'the old session here ended');
    assert.equal((await elsewhere.call('/staff/session')).status, 401, 'and the one elsewhere');
    const fresh = cookieOf(changed)!.split(';')[0]!;
    assert.equal((await server.call('/staff/session', { headers: { Cookie: fresh } })).status, 200, 'the new one works');
    assert.equal((await signIn(email, password)).status, 401, 'the old password no longer');
    assert.equal((await signIn(email, 'a brand new password')).status, 200);
  });

  it('a reset by an admin ends the sessions, and the new password must be changed before anything else', async () => {
    const admin = await server.as('admin');
    const { id, email, password } = await server.account('coordinator');
    const before = await server.signIn(email, password);
    const reset = await admin.call(`/staff/accounts/${id}/password`, { method: 'POST', body: { password: 'set by the admin today' } });
    assert.equal(reset.status, 200);
    assert.equal(reset.body.account.mustChangePassword, true);
    assert.equal((await before.call('/staff/events')).status, 401);

    const after = await server.signIn(email, 'set by the admin today');
    const me = await after.call('/staff/session');
    assert.equal(me.body.account.mustChangePassword, true);
    const blocked = await after.call('/staff/events');
    assert.equal(blocked.status, 403);
    assert.match(blocked.body.message, /new password/);
    const changed = await after.call('/staff/session/password', { method: 'POST', body: { currentPassword: 'set by the admin today', newPassword: 'my own password now' } });
    assert.equal(changed.status, 200);
    assert.equal(changed.body.account.mustChangePassword, false);
    const cookie = cookieOf(changed)!.split(';')[0]!;
    assert.equal((await server.call('/staff/events', { headers: { Cookie: cookie } })).status, 200);
  });

  it('disabling an account ends its sessions and refuses its sign-in; enabling lets it sign in again', async () => {
    const admin = await server.as('admin');
    const { id, email, password } = await server.account('moderator');
    const session = await server.signIn(email, password);
    assert.equal((await admin.call(`/staff/accounts/${id}`, { method: 'PATCH', body: { disabled: true } })).body.account.disabled, true);
    assert.equal((await session.call('/staff/submissions')).status, 401);
    const refused = await signIn(email, password);
    assert.equal(refused.status, 401);
    assert.deepEqual(refused.body, { message: 'The e-mail or the password is not right.' });
    await admin.call(`/staff/accounts/${id}`, { method: 'PATCH', body: { disabled: false } });
    assert.equal((await signIn(email, password)).status, 200);
  });

  it('never leaves the center without an enabled admin', async () => {
    const fresh = await startServer();
    try {
      const only = await fresh.as('admin');
      const demote = await only.call(`/staff/accounts/${only.accountId}`, { method: 'PATCH', body: { role: 'coordinator' } });
      assert.equal(demote.status, 409);
      const disable = await only.call(`/staff/accounts/${only.accountId}`, { method: 'PATCH', body: { disabled: true } });
      assert.equal(disable.status, 409);
      const second = await fresh.account('admin');
      assert.equal((await only.call(`/staff/accounts/${second.id}`, { method: 'PATCH', body: { disabled: true } })).status, 200);
      assert.equal((await only.call(`/staff/accounts/${only.accountId}`, { method: 'PATCH', body: { role: 'moderator' } })).status, 409);
    } finally {
      await fresh.close();
    }
  });
});

describe('the deprecated STAFF_TOKEN', () => {
  it('works as an admin when set, and not at all when it is not', async () => {
    assert.equal((await server.staff('/staff/accounts')).status, 200);
    const without = await startServer({ staffToken: undefined });
    try {
      const answer = await without.call('/staff/events', { headers: { Authorization: `Bearer ${STAFF}` } });
      assert.equal(answer.status, 401);
      assert.equal((await without.call('/staff/events', { headers: { Authorization: 'Bearer ' } })).status, 401);
    } finally {
      await without.close();
    }
  });
});

describe('the first admin', () => {
  it('is created by `npm run api -- create-admin` from ADMIN_EMAIL, ADMIN_NAME and ADMIN_PASSWORD, and can sign in', async () => {
    const log = console.log;
    console.log = () => {};
    try {
      const env = { ADMIN_EMAIL: 'First.Admin@center.example', ADMIN_NAME: 'First Admin', ADMIN_PASSWORD: 'the very first password' };
      await createAdmin(server.db, { ...server.config, passwordCost: 14 }, env);
      const [row] = await server.db.query<{ role: string; must_change_password: boolean; password_hash: string }>(
        'select role, must_change_password, password_hash from staff_accounts where email = $1',
        ['first.admin@center.example'],
      );
      assert.deepEqual([row?.role, row?.must_change_password], ['admin', false]);
      assert.match(row!.password_hash, /^scrypt\$14\$8\$1\$/, 'scrypt, its parameters stored with it');
      assert.equal((await signIn('first.admin@center.example', 'the very first password')).status, 200);
      await assert.rejects(createAdmin(server.db, server.config, env), /exists/, 'not twice');
      await assert.rejects(createAdmin(server.db, server.config, { ...env, ADMIN_EMAIL: 'b@center.example', ADMIN_PASSWORD: 'short' }), /password/);
      await assert.rejects(createAdmin(server.db, server.config, { ...env, ADMIN_EMAIL: 'not an e-mail' }), /email/);
    } finally {
      console.log = log;
    }
  });
});
