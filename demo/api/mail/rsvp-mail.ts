/**
 * Messages about RSVPs, written into the outbox inside the transaction of the change that causes them. Only for guests
 * who ticked "e-mail me about this RSVP" and gave an address; never otherwise.
 */
import type { MailKind } from '../../../src/core/api/mail.js';
import type { ServerConfig } from '../config.js';
import type { Queryable } from '../db.js';
import { newToken, sha256 } from '../tokens.js';
import { composeRsvpMail, mailLang, type EventFacts } from './messages.js';
import type { Mailer } from './outbox.js';

/** The RSVP columns a message needs. */
export interface MailableRsvp {
  id: string;
  name: string;
  email: string | null;
  email_updates: boolean;
  lang: string;
  page_url: string | null;
  status: string;
}

/** The event columns a message needs. */
export interface MailableEvent {
  id: string;
  title: string;
  calendar_title: string | null;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
  venue: { name: string; address: string } | null;
  online_url: string | null;
  status: string;
}

type RsvpKind = Exclude<MailKind, 'story-published' | 'story-digest'>;

/** A further secret link to an RSVP; only its hash is kept, like the RSVP's own manage token. */
export async function mintLink(tx: Queryable, rsvpId: string, purpose: 'manage' | 'unsubscribe'): Promise<string> {
  const token = newToken();
  await tx.query('insert into rsvp_links (token_hash, rsvp_id, purpose) values ($1, $2, $3)', [sha256(token), rsvpId, purpose]);
  return token;
}

export const eventFacts = (event: MailableEvent, confirmed: boolean): EventFacts => ({
  id: event.id,
  title: event.title,
  calendarTitle: event.calendar_title,
  start: event.starts_at,
  end: event.ends_at,
  timeZone: event.time_zone,
  venue: event.venue,
  online: event.online_url !== null,
  joinUrl: confirmed ? event.online_url : null,
  cancelled: event.status === 'cancelled',
});

/**
 * Writes one message about an RSVP, under the key `<kind>:<rsvp id><suffix>`: a cause never yields two. Mints the links
 * it carries (unless given the RSVP's own manage token, on the confirmation). Does nothing without the guest's opt-in.
 */
export async function queueRsvpMail(
  tx: Queryable,
  mailer: Mailer | undefined,
  kind: RsvpKind,
  rsvp: MailableRsvp,
  event: MailableEvent,
  { token, keySuffix = '', now = new Date() }: { token?: string; keySuffix?: string; now?: Date } = {},
): Promise<void> {
  if (!mailer || !rsvp.email_updates || !rsvp.email || !rsvp.page_url) return;
  const key = `${kind}:${rsvp.id}${keySuffix}`;
  if ((await tx.query('select 1 from mail_outbox where idempotency_key = $1', [key])).length > 0) return;

  const manageToken = token ?? (await mintLink(tx, rsvp.id, 'manage'));
  const api = mailer.config.publicUrl;
  const unsubscribeUrl = kind === 'event-reminder' && api ? `${api}/mail/unsubscribe/${await mintLink(tx, rsvp.id, 'unsubscribe')}` : undefined;
  const [position] =
    kind === 'rsvp-waitlisted'
      ? await tx.query<{ n: number }>(
          `select count(*)::int as n from rsvps where event_id = $1 and status = 'waitlisted'
             and seq <= (select seq from rsvps where id = $2)`,
          [event.id, rsvp.id],
        )
      : [];
  const lang = mailLang(rsvp.lang);
  const composed = composeRsvpMail({
    kind,
    lang,
    name: rsvp.name,
    event: eventFacts(event, rsvp.status === 'confirmed'),
    realTitles: mailer.config.realTitles,
    manageUrl: `${rsvp.page_url}#rsvp=${manageToken}`,
    unsubscribeUrl,
    waitlistPosition: position?.n ?? null,
    uidDomain: new URL(rsvp.page_url).hostname,
    now,
  });
  await mailer.enqueue(tx, {
    key,
    kind,
    to: rsvp.email,
    lang,
    composed,
    rsvpId: rsvp.id,
    // RFC 8058 one-click unsubscribe, for the reminders that recur.
    headers: unsubscribeUrl ? { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : undefined,
  });
}

/**
 * Where e-mailed links may lead: a page on one of the center's sites (CORS_ORIGINS, SITE_ORIGINS, PUBLIC_URL's origin).
 * Without PUBLIC_URL, the API's own origin counts only on a loopback host (the demo, tests): a Host header can be
 * forged, and links in a center's e-mail must never be steered elsewhere.
 */
export function pageAllowed(page: string, config: Pick<ServerConfig, 'corsOrigins' | 'mail'>, requestUrl: string): boolean {
  const origin = new URL(page).origin;
  const { siteOrigins, publicUrl } = config.mail;
  if (config.corsOrigins.includes(origin) || siteOrigins.includes(origin)) return true;
  if (publicUrl) return new URL(publicUrl).origin === origin;
  const own = new URL(requestUrl);
  return own.origin === origin && ['localhost', '127.0.0.1', '[::1]'].includes(own.hostname);
}
