/**
 * The e-mail endpoints: "e-mail me my link", the one-click unsubscribe (RFC 8058) with its page, and the staff outbox.
 */
import type { Context, Hono } from 'hono';
import { ManageLinkRequestSchema } from '../../src/core/api/events.js';
import { MailStatusSchema, type MailStatus } from '../../src/core/api/mail.js';
import type { Database } from './db.js';
import * as events from './events.js';
import type { Mailer } from './mail/outbox.js';
import { listMessages, mailSettings, retryMessage } from './mail/outbox.js';
import { escapeHtml, mailLang } from './mail/messages.js';
import { pageAllowed, queueRsvpMail } from './mail/rsvp-mail.js';
import { invalid } from './problems.js';
import { RateLimiter } from './rate-limit.js';
import { idParam, jsonBody } from './request.js';
import { token } from '../../src/core/api/common.js';
import { audit, callerOf, type StaffDeps } from './staff-auth.js';
import { AREAS } from '../../src/core/api/accounts.js';
import { sha256 } from './tokens.js';
import type { ServerConfig } from './config.js';
import type { EventRow, RsvpRow } from './events.js';

/** Link requests per address and event: enough for a visitor who mistyped, too few to flood an inbox. */
const LINK_REQUESTS_PER_HOUR = 3;

export function mailRoutes(app: Hono, { db, config, mailer, staff }: { db: Database; config: ServerConfig; mailer: Mailer; staff: StaffDeps }) {
  const linkRequests = new RateLimiter(LINK_REQUESTS_PER_HOUR, 3_600_000);

  app.post('/events/:id/manage-link', async (c) => {
    const eventId = idParam(c, 'id', 'This event');
    const request = await jsonBody(c, ManageLinkRequestSchema);
    await events.getEvent(db, eventId); // 404 for an unknown event: that is public anyway
    if (!pageAllowed(request.page, config, c.req.url)) {
      throw invalid('page', "Must be a page on one of the center's sites.");
    }
    // The answer goes before the lookup, so it is the same, and as quick, whether or not there is such an RSVP.
    const email = request.email.trim().toLowerCase();
    if (config.mail.emailUpdates && linkRequests.take(sha256(`${eventId}\n${email}`)) === 0) {
      setTimeout(() => {
        sendManageLinks(db, mailer, eventId, email, request).catch((error: Error) =>
          console.error(JSON.stringify({ time: new Date().toISOString(), level: 'error', error: 'manage link not sent', kind: error.name })),
        );
      }, 0);
    }
    return c.json({ message: 'If that address has an RSVP for this event, a new link to it is on its way.' }, 202);
  });

  // A token of the wrong shape finds nothing, like an unknown one: the same page.
  const unsubscribeToken = (c: Context) => (token.safeParse(c.req.param('token')).success ? c.req.param('token')! : undefined);
  app.get('/mail/unsubscribe/:token', async (c) => {
    const rsvp = await rsvpForUnsubscribe(db, unsubscribeToken(c));
    if (!rsvp) return page(c, 'en', 404, WORDS.en.gone);
    const w = WORDS[mailLang(rsvp.lang)];
    // Opening the link changes nothing (mail scanners open links); the button does.
    return page(c, mailLang(rsvp.lang), 200, rsvp.reminders ? w.ask : w.done, rsvp.reminders ? w.button : undefined);
  });

  app.post('/mail/unsubscribe/:token', async (c) => {
    const rsvp = await rsvpForUnsubscribe(db, unsubscribeToken(c));
    if (!rsvp) return page(c, 'en', 404, WORDS.en.gone);
    await db.query('update rsvps set reminders = false where id = $1', [rsvp.id]);
    return page(c, mailLang(rsvp.lang), 200, WORDS[mailLang(rsvp.lang)].done);
  });

  app.get('/staff/mail', async (c) => c.json(await mailSettings(db, config.mail)));

  app.get('/staff/mail/messages', async (c) => {
    const status = c.req.query('status') || undefined;
    if (status !== undefined && !MailStatusSchema.safeParse(status).success) {
      throw invalid('status', 'Must be held, pending, sending, sent or dead.');
    }
    // Story authors' names and addresses are for those who moderate stories (the form says staff questions only).
    const stories = AREAS.stories.includes(callerOf(c).role);
    return c.json({ messages: await listMessages(db, status as MailStatus | undefined, { stories }) });
  });

  app.post('/staff/mail/messages/:id/retry', async (c) => {
    const id = idParam(c, 'id', 'This message');
    const message = await retryMessage(db, config.mail, id, staff.now());
    await audit(c, staff, 'mail.retry', 'mail', id);
    mailer.wake();
    return c.json({ message });
  });
}

/** A fresh manage link for each RSVP to this event with this address that is still coming. */
async function sendManageLinks(db: Database, mailer: Mailer, eventId: string, email: string, request: { lang?: string; page: string }) {
  await db.transaction(async (tx) => {
    const [event] = await tx.query<EventRow>('select * from events where id = $1', [eventId]);
    const rsvps = await tx.query<RsvpRow>(
      `select r.* from rsvps r join events e on e.id = r.event_id
        where r.event_id = $1 and lower(r.email) = $2 and r.status <> 'cancelled' and r.erased_at is null and e.ends_at > now()`,
      [eventId, email],
    );
    for (const rsvp of rsvps) {
      // Asking now is the consent for this one message; the page is the one asked from.
      const asked = { ...rsvp, email_updates: true, page_url: request.page, lang: request.lang ?? rsvp.lang };
      await queueRsvpMail(tx, mailer, 'manage-link', asked, event!, { keySuffix: `:${Date.now()}:${Math.random().toString(36).slice(2)}` });
    }
  });
  mailer.wake();
}

async function rsvpForUnsubscribe(db: Database, token: string | undefined) {
  if (!token) return undefined;
  const [rsvp] = await db.query<{ id: string; lang: string; reminders: boolean }>(
    `select r.id, r.lang, r.reminders from rsvp_links l join rsvps r on r.id = l.rsvp_id
      where l.token_hash = $1 and l.purpose = 'unsubscribe' and r.erased_at is null`,
    [sha256(token)],
  );
  return rsvp;
}

const WORDS = {
  en: {
    title: 'Reminders',
    ask: 'Stop reminder e-mails for this RSVP? Your place stays as it is.',
    button: 'Stop reminders',
    done: 'Done: no more reminders for this RSVP. Your place stays as it is.',
    gone: 'This link no longer works.',
  },
  es: {
    title: 'Recordatorios',
    ask: '¿Dejar de recibir recordatorios de esta reserva? Su lugar sigue reservado.',
    button: 'No enviar más recordatorios',
    done: 'Listo: no recibirá más recordatorios de esta reserva. Su lugar sigue reservado.',
    gone: 'Este enlace ya no funciona.',
  },
} as const;

/** A small page of its own, with a strict CSP: no script at all. */
function page(c: Context, lang: 'en' | 'es', status: 200 | 404, message: string, button?: string) {
  c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'");
  c.header('Cache-Control', 'no-store');
  const form = button ? `<form method="post"><button type="submit">${escapeHtml(button)}</button></form>` : '';
  return c.html(
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
      `<title>${WORDS[lang].title}</title><style>body{font:1.125rem/1.5 system-ui,sans-serif;max-width:32em;margin:2em auto;padding:0 1em}` +
      `button{font:inherit;min-height:44px;padding:.5em 1em}</style></head>` +
      `<body><main><h1>${WORDS[lang].title}</h1><p role="status">${escapeHtml(message)}</p>${form}</main></body></html>`,
    status,
  );
}
