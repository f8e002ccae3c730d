/**
 * The transactional outbox and its sender.
 *
 * A message is written in the same transaction as the change that causes it (an RSVP, a cancellation), under an
 * idempotency key that names the cause (`confirmed:<rsvp id>`), so a cause yields one message however often it is
 * retried. After the commit the sender claims due messages (`for update skip locked`, so several instances never take
 * the same one), one at a time, sends it through SMTP with nodemailer, and marks it sent. A claim is a lease: if the
 * process dies while sending, the message is due again when the lease ends and is sent then. The lease (11 minutes by
 * default) outlasts nodemailer's own 10-minute socket timeout, so a slow send is never claimed by a second instance;
 * and only the latest claim may record the outcome. The one window left is a crash after the
 * mail server accepted a message and before it was marked sent; then it goes again, with the same Message-ID, which
 * mail systems use to drop the copy. Failures are retried with exponential back-off; a permanent refusal (SMTP 5xx)
 * or too many attempts make it dead, which staff see and can send again.
 *
 * With no SMTP_URL, messages are held: kept for staff to read in the console, and nothing leaves the machine.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type { MailKind, MailMessage, MailSettings, MailStatus } from '../../../src/core/api/mail.js';
import type { MailConfig } from '../config.js';
import type { Database, Queryable } from '../db.js';
import { conflict, notFound } from '../problems.js';
import { newId } from '../tokens.js';
import type { Composed } from './messages.js';

export interface OutgoingMessage {
  /** Names the cause: the same key is never written twice. */
  key: string;
  kind: MailKind;
  to: string;
  lang: string;
  composed: Composed;
  headers?: Record<string, string>;
  rsvpId?: string | null;
}

interface OutboxRow {
  id: string;
  idempotency_key: string;
  kind: MailKind;
  recipient: string;
  lang: string;
  subject: string;
  body_text: string | null;
  body_html: string | null;
  attachments: Composed['attachments'];
  headers: Record<string, string>;
  status: MailStatus;
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
}

export interface Mailer {
  readonly config: MailConfig;
  /** Writes a message in the caller's transaction. False when its key was written before (nothing new). */
  enqueue(tx: Queryable, message: OutgoingMessage): Promise<boolean>;
  /** A message was committed: look for due messages now rather than at the next poll. */
  wake(): void;
  /** Starts polling (only when SMTP is configured). */
  start(): void;
  /** Stops polling and waits for a round under way. */
  stop(): Promise<void>;
  /** One round: claims and sends what is due. Resolves with how many were sent. */
  sendDue(): Promise<number>;
  /** The address the API is reached at, for links in messages (PUBLIC_URL, or where the server listens). */
  apiUrl?: string;
}

/** Back-off after the n-th failed attempt: 30 s, 1 min, 2 min, ... up to 6 hours, with a fifth of jitter either way. */
export const retryDelayMs = (attempt: number, random = Math.random) =>
  Math.min(30_000 * 2 ** (attempt - 1), 6 * 3_600_000) * (0.8 + 0.4 * random());

export function createMailer({
  db,
  config,
  now = () => new Date(),
  transport,
}: {
  db: Database;
  config: MailConfig;
  now?: () => Date;
  /** Tests may pass their own; by default nodemailer's SMTP transport for SMTP_URL. */
  transport?: Transporter;
}): Mailer {
  const smtp = transport ?? (config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : undefined);
  const domain = /@([^>\s]+)>?\s*$/.exec(config.from)?.[1] ?? 'localhost';
  let timer: ReturnType<typeof setInterval> | undefined;
  let round: Promise<number> | undefined;
  let woken: ReturnType<typeof setTimeout> | undefined;

  const sendOne = async (row: OutboxRow): Promise<boolean> => {
    try {
      await smtp!.sendMail({
        from: config.from,
        to: row.recipient,
        subject: row.subject,
        text: row.body_text ?? '',
        html: row.body_html ?? undefined,
        attachments: row.attachments,
        headers: row.headers,
        messageId: `<${row.id}@${domain}>`, // the same on a resend: lets mail systems drop a copy
      });
      // The text held private links: once sent, only the record stays (until it is pruned).
      await db.query(
        `update mail_outbox set status = 'sent', sent_at = $2, body_text = null, body_html = null, attachments = '[]',
           headers = '{}', last_error = null where id = $1 and status = 'sending' and attempts = $3`,
        [row.id, now(), row.attempts],
      );
      return true;
    } catch (error) {
      const { responseCode, code, message } = error as { responseCode?: number; code?: string; message?: string };
      const permanent = typeof responseCode === 'number' && responseCode >= 500;
      const dead = permanent || row.attempts >= config.maxAttempts;
      const reason = [code, responseCode, message].filter(Boolean).join(' ').slice(0, 500);
      await db.query(
        `update mail_outbox set status = $2, last_error = $3, next_attempt_at = $4 where id = $1 and status = 'sending' and attempts = $5`,
        [row.id, dead ? 'dead' : 'pending', reason, new Date(now().getTime() + retryDelayMs(row.attempts)), row.attempts],
      );
      return false;
    }
  };

  const sendDue = (): Promise<number> => {
    if (!smtp) return Promise.resolve(0);
    round ??= (async () => {
      try {
        let sent = 0;
        for (;;) {
          const at = now();
          const claimed = await db.query<OutboxRow>(
            `update mail_outbox set status = 'sending', attempts = attempts + 1, next_attempt_at = $2
              where id in (select id from mail_outbox
                            where status in ('pending', 'sending') and next_attempt_at <= $1
                            order by created_at limit 1 for update skip locked)
              returning *`,
            [at, new Date(at.getTime() + config.leaseSeconds * 1000)],
          );
          if (claimed.length === 0) return sent;
          for (const row of claimed) if (await sendOne(row)) sent += 1;
        }
      } finally {
        round = undefined;
      }
    })();
    return round;
  };

  const tick = () => {
    sendDue().catch((error: Error) =>
      console.error(JSON.stringify({ time: new Date().toISOString(), level: 'error', error: 'mail round failed', kind: error.name })),
    );
  };

  return {
    config,
    async enqueue(tx, message) {
      const rows = await tx.query(
        `insert into mail_outbox (id, idempotency_key, kind, recipient, lang, subject, body_text, body_html, attachments, headers,
           rsvp_id, status, next_attempt_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
         on conflict (idempotency_key) do nothing returning id`,
        [
          newId(),
          message.key,
          message.kind,
          message.to,
          message.lang,
          message.composed.subject,
          message.composed.text,
          message.composed.html,
          JSON.stringify(message.composed.attachments),
          JSON.stringify(message.headers ?? {}),
          message.rsvpId ?? null,
          smtp ? 'pending' : 'held',
          now(),
        ],
      );
      return rows.length > 0;
    },
    wake() {
      if (!smtp || !timer || woken) return;
      woken = setTimeout(() => {
        woken = undefined;
        tick();
      }, 20);
      woken.unref();
    },
    start() {
      if (!smtp || timer) return;
      timer = setInterval(tick, config.pollMs);
      timer.unref();
      tick(); // what was due before a restart goes now
    },
    async stop() {
      clearInterval(timer);
      clearTimeout(woken);
      timer = undefined;
      await round?.catch(() => {});
      smtp?.close();
    },
    sendDue,
  };
}

const toMessage = (row: OutboxRow): MailMessage => ({
  id: row.id,
  kind: row.kind,
  to: row.recipient,
  lang: row.lang,
  subject: row.subject,
  text: row.body_text,
  status: row.status,
  attempts: row.attempts,
  lastError: row.last_error,
  createdAt: row.created_at.toISOString(),
  sentAt: row.sent_at?.toISOString() ?? null,
  nextAttemptAt: row.status === 'pending' || row.status === 'sending' ? row.next_attempt_at.toISOString() : null,
});

export async function mailSettings(db: Queryable, config: MailConfig): Promise<MailSettings> {
  const rows = await db.query<{ status: MailStatus; n: number }>('select status, count(*)::int as n from mail_outbox group by status');
  const count = (status: MailStatus) => rows.find((r) => r.status === status)?.n ?? 0;
  return {
    delivery: config.smtpUrl ? 'smtp' : 'outbox',
    from: config.from,
    emailUpdates: config.emailUpdates,
    realTitles: config.realTitles,
    reminderHours: 24,
    retention: {
      rsvpDays: config.rsvpRetentionDays,
      mailDays: config.mailRetentionDays,
      rejectedStoryDays: config.rejectedStoryRetentionDays,
    },
    counts: { held: count('held'), pending: count('pending') + count('sending'), sent: count('sent'), dead: count('dead') },
  };
}

/** `stories`: whether the caller may see messages about stories (their authors' names and addresses). */
export async function listMessages(db: Queryable, status: MailStatus | undefined, { stories }: { stories: boolean }): Promise<MailMessage[]> {
  const rows = await db.query<OutboxRow>(
    `select * from mail_outbox where ($1::text is null or status = $1) and ($2 or kind not like 'story-%')
      order by created_at desc, id desc limit 500`,
    [status ?? null, stories],
  );
  return rows.map(toMessage);
}

/** A dead message goes back to pending, due now, with its attempts counted afresh. */
export async function retryMessage(db: Queryable, config: MailConfig, id: string, now = new Date()): Promise<MailMessage> {
  const [row] = await db.query<OutboxRow>('select * from mail_outbox where id = $1', [id]);
  if (!row) throw notFound('This message');
  if (row.status !== 'dead' || !config.smtpUrl) throw conflict(config.smtpUrl ? 'This message has not failed.' : 'E-mail is not set up.');
  const [updated] = await db.query<OutboxRow>(
    `update mail_outbox set status = 'pending', attempts = 0, next_attempt_at = $2, last_error = null where id = $1 and status = 'dead' returning *`,
    [id, now],
  );
  if (!updated) throw conflict('This message has not failed.');
  return toMessage(updated);
}
