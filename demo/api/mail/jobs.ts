/**
 * The background work: reminders before events (every few minutes), and once a day the staff digest of new stories and
 * the erasure of personal data past its time. Each takes the time as an argument, so tests move the clock instead of
 * waiting; each is safe to run twice (reminders and digests are keyed, erasure is idempotent).
 */
import type { MailConfig } from '../config.js';
import type { Database } from '../db.js';
import type { EventRow, RsvpRow } from '../events.js';
import { composeStoryDigest } from './messages.js';
import type { Mailer } from './outbox.js';
import { queueRsvpMail } from './rsvp-mail.js';

const DAY_MS = 86_400_000;

/**
 * Writes the reminders now due: confirmed guests who asked for e-mail and did not stop reminders, for events that start
 * within their reminder time. Guests who RSVP'd inside that time already have everything in their confirmation. The
 * key holds the start, so an event moved later is reminded of again at its new time.
 */
export async function queueReminders(db: Database, mailer: Mailer, now: Date): Promise<number> {
  const due = await db.query<RsvpRow & { event: EventRow }>(
    `select r.*, to_jsonb(e.*) as event from rsvps r join events e on e.id = r.event_id
      where r.status = 'confirmed' and r.email_updates and r.reminders and r.erased_at is null
        and e.status = 'scheduled' and e.reminder_hours is not null
        and e.starts_at > $1 and e.starts_at <= $1 + make_interval(hours => e.reminder_hours)
        and r.created_at < e.starts_at - make_interval(hours => e.reminder_hours)
        and not exists (select 1 from mail_outbox m
                         where m.idempotency_key = 'event-reminder:' || r.id || ':' || floor(extract(epoch from e.starts_at))::bigint)
      order by e.starts_at limit 500`,
    [now],
  );
  for (const row of due) {
    const event = { ...row.event, starts_at: new Date(row.event.starts_at), ends_at: new Date(row.event.ends_at) };
    await db.transaction((tx) =>
      queueRsvpMail(tx, mailer, 'event-reminder', row, event, { keySuffix: `:${Math.floor(event.starts_at.getTime() / 1000)}`, now }),
    );
  }
  if (due.length > 0) mailer.wake();
  return due.length;
}

/**
 * One e-mail a day to each moderator and admin when stories arrived since the last digest: a count, nothing of the
 * stories themselves.
 */
export async function queueStoryDigest(db: Database, mailer: Mailer, now: Date): Promise<number> {
  const day = now.toISOString().slice(0, 10);
  const [{ n } = { n: 0 }] = await db.query<{ n: number }>(
    `select count(*)::int as n from story_submissions where status = 'pending'
       and submitted_at > coalesce((select value::timestamptz from meta where key = 'story_digest_at'), '-infinity')`,
  );
  if (n === 0) return 0;
  const staff = await db.query<{ id: string; email: string }>(
    `select id, email from staff_accounts where role in ('admin', 'moderator') and not disabled order by id`,
  );
  await db.transaction(async (tx) => {
    for (const account of staff) {
      // Staff accounts have no language setting: English, the console's default.
      await mailer.enqueue(tx, { key: `story-digest:${day}:${account.id}`, kind: 'story-digest', to: account.email, lang: 'en', composed: composeStoryDigest('en', n) });
    }
    await tx.query(
      `insert into meta (key, value) values ('story_digest_at', $1) on conflict (key) do update set value = excluded.value`,
      [now.toISOString()],
    );
  });
  mailer.wake();
  return staff.length;
}

export interface Erased {
  rsvps: number;
  stories: number;
  messages: number;
}

/**
 * Erases personal data past its time. RSVPs of events that ended more than `rsvpRetentionDays` ago keep their status,
 * party size and check-in (the counts) and lose name, e-mail, phone, answers, page and every link. Declined stories are
 * emptied `rejectedStoryRetentionDays` after they were sent; withdrawn ones already were. Messages are deleted after
 * `mailRetentionDays` (except those still being sent).
 */
export async function eraseExpired(db: Database, config: MailConfig, now: Date): Promise<Erased> {
  return db.transaction(async (tx) => {
    const rsvps = await tx.query(
      `update rsvps set name = '', email = null, phone = null, answers = '[]', page_url = null, email_updates = false,
         manage_token_hash = 'erased:' || id, erased_at = $1
        where erased_at is null and event_id in (select id from events where ends_at < $2) returning id`,
      [now, new Date(now.getTime() - config.rsvpRetentionDays * DAY_MS)],
    );
    await tx.query(`delete from rsvp_links where rsvp_id in (select id from rsvps where erased_at is not null)`);
    // Messages to erased guests that never went (held, waiting, failed) hold their names and addresses too.
    await tx.query(
      `delete from mail_outbox where status <> 'sending' and rsvp_id in (select id from rsvps where erased_at is not null)`,
    );
    const stories = await tx.query(
      `update story_submissions set erased_at = $1, display_name = '', title = '', body = '', content_warning = null,
         recovery_years = null, email = null, original_title = null, original_body = null, staff_disclosure = null,
         reject_reason = null
        where erased_at is null and status = 'rejected' and submitted_at < $2 returning id`,
      [now, new Date(now.getTime() - config.rejectedStoryRetentionDays * DAY_MS)],
    );
    const messages = await tx.query(
      `delete from mail_outbox where status in ('sent', 'held', 'dead') and created_at < $1 returning id`,
      [new Date(now.getTime() - config.mailRetentionDays * DAY_MS)],
    );
    return { rsvps: rsvps.length, stories: stories.length, messages: messages.length };
  });
}

/**
 * Runs the jobs on timers: reminders every five minutes, the digest and erasure at start and then daily. Returns a stop
 * function. Errors are logged by kind only (they could quote data).
 */
export function startJobs(db: Database, mailer: Mailer, config: MailConfig, now = () => new Date()): () => void {
  const run = (name: string, job: () => Promise<unknown>) => () => {
    job().catch((error: Error) =>
      console.error(JSON.stringify({ time: new Date().toISOString(), level: 'error', error: `${name} failed`, kind: error.name })),
    );
  };
  const reminders = run('reminders', () => queueReminders(db, mailer, now()));
  const daily = run('daily jobs', async () => {
    await queueStoryDigest(db, mailer, now());
    await eraseExpired(db, config, now());
  });
  const timers = [setInterval(reminders, 5 * 60_000), setInterval(daily, DAY_MS)];
  for (const timer of timers) timer.unref();
  reminders();
  daily();
  return () => timers.forEach(clearInterval);
}
