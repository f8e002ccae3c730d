/**
 * The outbox across a crash (issue 18): the real server runs as its own process; the moment its sender starts to hand a
 * committed message to the SMTP server, the process is killed (SIGKILL: no shutdown code runs). Started again on the same
 * database, it sends that message, exactly once.
 */
import { after, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import { startSmtp } from '../support/smtp.js';
import { eventInput, freshDatabase } from './server.js';

const STAFF_TOKEN = 'restart-test-staff-token-0123456789';
const cleanups: Array<() => unknown> = [];
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** Starts `npm run api`'s server as a child process; resolves with it and its address once it listens. */
async function startApi(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'demo/api/server.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  cleanups.push(() => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL'));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /center API: (http:\/\/[^/\s]+)\//.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before it listened:\n${output}`)));
  });
  return { child, url };
}

it('a message committed before a SIGKILL is sent exactly once after the restart', { timeout: 120_000 }, async () => {
  const smtp = await startSmtp();
  cleanups.push(() => smtp.close());
  // The database: a fresh one on the PostgreSQL server under test, or an embedded one in a directory of its own.
  const env: Record<string, string> = {
    PORT: '0',
    HOST: '127.0.0.1',
    SEED: '0',
    LOG_LEVEL: 'error',
    STAFF_TOKEN,
    SMTP_URL: smtp.url,
    EMAIL_UPDATES: 'on',
    MAIL_POLL_SECONDS: '1',
    MAIL_LEASE_SECONDS: '1',
  };
  if (process.env.TEST_DATABASE_URL) {
    const { url, dispose } = await freshDatabase(); // dropped at the end
    env.DATABASE_URL = url!;
    cleanups.push(dispose);
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'recovery-mail-restart-'));
    env.DATA_DIR = dir;
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  }

  let first = await startApi(env);
  let killed = false;
  smtp.onMailFrom = () => {
    if (killed) return true;
    killed = true;
    first.child.kill('SIGKILL'); // the message is committed and claimed; the mail server has not taken it
    return false;
  };

  const call = (url: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(url + path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const created = await call(first.url, '/staff/events', eventInput(), { Authorization: `Bearer ${STAFF_TOKEN}` });
  assert.equal(created.status, 201);
  const { event } = (await created.json()) as { event: { id: string } };
  const rsvp = await call(
    first.url,
    `/events/${event.id}/rsvps`,
    { name: 'Robin', guests: 0, answers: [], email: 'robin@example.org', emailMe: true, lang: 'en', page: `${first.url}/events` },
    { 'Idempotency-Key': randomUUID() },
  );
  assert.equal(rsvp.status, 201);

  if (first.child.exitCode === null && first.child.signalCode === null) await once(first.child, 'exit');
  assert.equal(first.child.signalCode, 'SIGKILL');
  assert.equal(smtp.received.length, 0, 'nothing was delivered before the crash');

  first = await startApi(env);
  const [message] = await smtp.waitFor(1, 30_000);
  assert.deepEqual(message!.to, ['robin@example.org']);
  assert.match(message!.mail.subject!, /^Confirmed: /);
  await new Promise((resolve) => setTimeout(resolve, 3000)); // three more sender rounds, past another lease
  assert.equal(smtp.received.length, 1, 'exactly once');

  first.child.kill('SIGTERM');
  await once(first.child, 'exit');
});
