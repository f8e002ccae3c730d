/**
 * The e-mails' words, in English and Spanish: pure functions from facts to a subject, a plain-text body, simple
 * accessible HTML and attachments. Discreet by default: inboxes are shared and subject lines, sender names and the
 * preview (the first words of the body) are read by others, so none of them names the event's real title (which may
 * say what the program is) unless the center opted in (MAIL_REAL_TITLES); they use its calendar title, chosen by staff
 * for exactly this, or "Community event". The body does the same; the manage link opens everything else.
 */
import { buildCalendar } from '../../../src/core/ics.js';
import type { MailKind } from '../../../src/core/api/mail.js';

export type MailLang = 'en' | 'es';

/** The language of the e-mails for a visitor's language tag: Spanish for `es…`, otherwise English. */
export const mailLang = (tag: string | null | undefined): MailLang => (tag?.toLowerCase().startsWith('es') ? 'es' : 'en');

export interface EventFacts {
  id: string;
  title: string;
  calendarTitle: string | null;
  start: Date;
  end: Date;
  timeZone: string;
  venue: { name: string; address: string } | null;
  online: boolean;
  /** The join link: only ever given to a confirmed guest. */
  joinUrl?: string | null;
  cancelled?: boolean;
}

export interface Composed {
  subject: string;
  text: string;
  html: string;
  attachments: Array<{ filename: string; contentType: string; content: string }>;
}

export interface RsvpMailFacts {
  kind: Exclude<MailKind, 'story-published' | 'story-digest'>;
  lang: MailLang;
  name: string;
  event: EventFacts;
  realTitles: boolean;
  /** The private link to change or cancel (page#rsvp=token). */
  manageUrl: string;
  /** For a reminder: the one-click link that stops reminders. */
  unsubscribeUrl?: string;
  waitlistPosition?: number | null;
  /** For the calendar file's UID: stable, without personal data. */
  uidDomain: string;
  now: Date;
}

const WORDS = {
  en: {
    neutral: 'Community event',
    hello: (name: string) => `Hello ${name},`,
    subject: {
      'rsvp-confirmed': (what: string, when: string) => `Confirmed: ${what}, ${when}`,
      'rsvp-waitlisted': (what: string, when: string) => `On the waitlist: ${what}, ${when}`,
      'rsvp-promoted': (what: string, when: string) => `A seat opened: ${what}, ${when}`,
      'event-reminder': (what: string, when: string) => `Reminder: ${what}, ${when}`,
      'event-changed': (what: string, when: string) => `Changed: ${what}, now ${when}`,
      'event-cancelled': (what: string, when: string) => `Cancelled: ${what}, ${when}`,
      'manage-link': (what: string, when: string) => `Your link: ${what}, ${when}`,
    },
    lead: {
      'rsvp-confirmed': 'You have a place. We look forward to seeing you.',
      'rsvp-waitlisted': 'The event is full for now, so you are on the waitlist. We will e-mail you if a seat opens.',
      'rsvp-promoted': 'A seat opened and it is yours: you are confirmed.',
      'event-reminder': 'A reminder that this is coming up.',
      'event-changed': 'The time or place has changed. Here are the details as they are now.',
      'event-cancelled': 'We are sorry: this event is cancelled. There is nothing you need to do.',
      'manage-link': 'Here is a new private link to your RSVP, as you asked.',
    },
    position: (n: number) => `You are number ${n} on the waitlist.`,
    when: 'When',
    where: 'Where',
    online: 'Online',
    join: 'Link to join',
    manage: 'To see, change or cancel your RSVP',
    keep: 'Keep this link to yourself: anyone with it can change your RSVP.',
    calendar: 'A calendar file is attached.',
    stop: 'To stop reminders for this RSVP',
    why: 'You are getting this because you asked for e-mail about your RSVP.',
  },
  es: {
    neutral: 'Evento comunitario',
    hello: (name: string) => `Hola, ${name}:`,
    subject: {
      'rsvp-confirmed': (what: string, when: string) => `Confirmado: ${what}, ${when}`,
      'rsvp-waitlisted': (what: string, when: string) => `En lista de espera: ${what}, ${when}`,
      'rsvp-promoted': (what: string, when: string) => `Se liberó un lugar: ${what}, ${when}`,
      'event-reminder': (what: string, when: string) => `Recordatorio: ${what}, ${when}`,
      'event-changed': (what: string, when: string) => `Cambio: ${what}, ahora ${when}`,
      'event-cancelled': (what: string, when: string) => `Cancelado: ${what}, ${when}`,
      'manage-link': (what: string, when: string) => `Su enlace: ${what}, ${when}`,
    },
    lead: {
      'rsvp-confirmed': 'Tiene un lugar reservado. Le esperamos.',
      'rsvp-waitlisted': 'Por ahora el evento está completo: está en la lista de espera. Le escribiremos si se libera un lugar.',
      'rsvp-promoted': 'Se liberó un lugar y es suyo: su asistencia está confirmada.',
      'event-reminder': 'Le recordamos que se acerca la fecha.',
      'event-changed': 'Cambió la hora o el lugar. Estos son los datos actuales.',
      'event-cancelled': 'Lo sentimos: este evento se canceló. No necesita hacer nada.',
      'manage-link': 'Aquí tiene un nuevo enlace privado a su reserva, como pidió.',
    },
    position: (n: number) => `Tiene el número ${n} en la lista de espera.`,
    when: 'Cuándo',
    where: 'Dónde',
    online: 'En línea',
    join: 'Enlace para unirse',
    manage: 'Para ver, cambiar o cancelar su reserva',
    keep: 'No comparta este enlace: quien lo tenga puede cambiar su reserva.',
    calendar: 'Adjuntamos un archivo de calendario.',
    stop: 'Para no recibir más recordatorios de esta reserva',
    why: 'Recibe este mensaje porque pidió correos sobre su reserva.',
  },
} as const;

/** What subjects and bodies call the event: its real title only if the center opted in. */
export const discreetTitle = (event: EventFacts, lang: MailLang, realTitles: boolean) =>
  realTitles ? event.title : (event.calendarTitle ?? WORDS[lang].neutral);

/** "Fri, Dec 4" in the event's own zone: short enough for a subject line. */
const shortDate = (event: EventFacts, lang: MailLang) =>
  new Intl.DateTimeFormat(lang, { weekday: 'short', month: 'short', day: 'numeric', timeZone: event.timeZone }).format(event.start);

/** "Friday, December 4, 6:30 – 8:30 PM EST", in the event's own zone and named so. */
const fullTime = (event: EventFacts, lang: MailLang) =>
  new Intl.DateTimeFormat(lang, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: event.timeZone,
    timeZoneName: 'short',
  }).formatRange(event.start, event.end);

export const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Only http(s) links become links. */
const isWebUrl = (value: string) => /^https?:\/\//i.test(value);

interface Block {
  label?: string;
  text: string;
  link?: boolean;
}

/** Plain text and HTML from the same blocks, so the two always say the same. */
export function render(lang: MailLang, subject: string, preview: string, blocks: Block[]): { text: string; html: string } {
  const text = blocks.map((b) => (b.label ? `${b.label}:\n${b.text}` : b.text)).join('\n\n') + '\n';
  const htmlBlock = (b: Block) => {
    const value = b.link && isWebUrl(b.text) ? `<a href="${escapeHtml(b.text)}">${escapeHtml(b.text)}</a>` : escapeHtml(b.text).replace(/\n/g, '<br>');
    return b.label ? `<p><strong>${escapeHtml(b.label)}</strong><br>${value}</p>` : `<p>${value}</p>`;
  };
  const html =
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
    `<title>${escapeHtml(subject)}</title></head>` +
    `<body style="font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;max-width:40em;margin:0 auto;padding:1em">` +
    // The preview a mail app shows beside the subject: neutral, and then hidden in the message itself.
    `<div style="display:none;max-height:0;overflow:hidden">${escapeHtml(preview)}</div>` +
    blocks.map(htmlBlock).join('') +
    `</body></html>`;
  return { text, html };
}

export function composeRsvpMail(facts: RsvpMailFacts): Composed {
  const { kind, lang, event } = facts;
  const w = WORDS[lang];
  const what = discreetTitle(event, lang, facts.realTitles);
  const subject = w.subject[kind](what, shortDate(event, lang));
  const place = [
    ...(event.venue ? [[event.venue.name, event.venue.address].filter(Boolean).join('\n')] : []),
    ...(event.online ? [w.online] : []),
  ].join('\n');
  const confirmed = kind === 'rsvp-confirmed' || kind === 'rsvp-promoted' || kind === 'event-reminder' || kind === 'event-changed';
  const withCalendar = kind !== 'rsvp-waitlisted' && kind !== 'manage-link';
  const blocks: Block[] = [
    { text: w.hello(facts.name) },
    { text: w.lead[kind] },
    ...(kind === 'rsvp-waitlisted' && facts.waitlistPosition ? [{ text: w.position(facts.waitlistPosition) }] : []),
    { label: what, text: `${w.when}: ${fullTime(event, lang)}\n${w.where}: ${place}` },
    ...(confirmed && event.joinUrl ? [{ label: w.join, text: event.joinUrl, link: true }] : []),
    ...(kind === 'event-cancelled' ? [] : [{ label: w.manage, text: facts.manageUrl, link: true }, { text: w.keep }]),
    ...(withCalendar ? [{ text: w.calendar }] : []),
    ...(facts.unsubscribeUrl ? [{ label: w.stop, text: facts.unsubscribeUrl, link: true }] : []),
    { text: w.why },
  ];
  const { text, html } = render(lang, subject, w.lead[kind], blocks);
  const attachments = withCalendar
    ? [
        {
          filename: 'event.ics',
          contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
          content: buildCalendar(
            [
              {
                uid: `event-${event.id}@${facts.uidDomain}`,
                summary: what,
                start: event.start,
                end: event.end,
                timeZone: event.timeZone,
                location: event.venue ? [event.venue.name, event.venue.address].filter(Boolean).join(', ') : undefined,
                url: confirmed && event.joinUrl ? event.joinUrl : undefined,
                cancelled: kind === 'event-cancelled',
              },
            ],
            { now: facts.now },
          ),
        },
      ]
    : [];
  return { subject, text, html, attachments };
}

const STORY_WORDS = {
  en: {
    publishedSubject: 'Your story is on our site',
    published: (name: string) => [
      `Hello ${name},`,
      'Thank you: the story you sent is now published.',
      'It stays yours. You can withdraw it at any time with the private link you were given when you sent it.',
      'You are getting this because you left this address with your story.',
    ],
    digestSubject: (n: number) => (n === 1 ? '1 new submission to review' : `${n} new submissions to review`),
    digest: (n: number) => [
      n === 1 ? 'One new submission is waiting for review.' : `${n} new submissions are waiting for review.`,
      'Open the staff console to read them.',
    ],
  },
  es: {
    publishedSubject: 'Su historia está en nuestro sitio',
    published: (name: string) => [
      `Hola, ${name}:`,
      'Gracias: la historia que envió ya está publicada.',
      'Sigue siendo suya. Puede retirarla cuando quiera con el enlace privado que recibió al enviarla.',
      'Recibe este mensaje porque dejó esta dirección con su historia.',
    ],
    digestSubject: (n: number) => (n === 1 ? '1 envío nuevo para revisar' : `${n} envíos nuevos para revisar`),
    digest: (n: number) => [
      n === 1 ? 'Hay un envío nuevo esperando revisión.' : `Hay ${n} envíos nuevos esperando revisión.`,
      'Abra la consola del personal para leerlos.',
    ],
  },
} as const;

export function composeStoryPublished(lang: MailLang, name: string): Composed {
  const w = STORY_WORDS[lang];
  const lines = w.published(name);
  return { subject: w.publishedSubject, ...render(lang, w.publishedSubject, lines[1]!, lines.map((text) => ({ text }))), attachments: [] };
}

export function composeStoryDigest(lang: MailLang, count: number): Composed {
  const w = STORY_WORDS[lang];
  const subject = w.digestSubject(count);
  const lines = w.digest(count);
  return { subject, ...render(lang, subject, lines[0]!, lines.map((text) => ({ text }))), attachments: [] };
}
