/**
 * Events and RSVPs. Every change to an event's seats runs in one transaction that first locks the event row
 * (`for update`), so concurrent RSVPs for the last seat are decided one at a time: capacity is never exceeded.
 */
import type { Event, EventInput, Question, RsvpRequest } from '../../src/core/api/events.js';
import type { Database, Queryable } from './db.js';
import { checkSameRequest, lockKey } from './idempotency.js';
import { conflict, invalid, notFound } from './problems.js';
import { newId, newToken, sealToken, sha256, unsealToken } from './tokens.js';
import type { Mailer } from './mail/outbox.js';
import { mailLang } from './mail/messages.js';
import { queueRsvpMail } from './mail/rsvp-mail.js';

export interface EventRow {
  id: string;
  title: string;
  description: string;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
  venue: Event['venue'];
  online_url: string | null;
  capacity: number | null;
  waitlist: boolean;
  max_guests: number;
  contact_fields: Event['contactFields'];
  questions: Question[];
  substance_free: boolean;
  calendar_title: string | null;
  status: Event['status'];
  rsvp_open: boolean;
  tags: string[];
  reminder_hours: number | null;
  taken?: number | string;
}

export interface RsvpRow {
  id: string;
  seq: number | string;
  event_id: string;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  name: string;
  email: string | null;
  phone: string | null;
  guests: number;
  answers: RsvpRequest['answers'];
  created_at: Date;
  checked_in_at: Date | null;
  email_updates: boolean;
  lang: string;
  page_url: string | null;
  reminders: boolean;
  erased_at: Date | null;
}

const TAKEN = `(select coalesce(sum(1 + r.guests), 0) from rsvps r where r.event_id = e.id and r.status = 'confirmed')`;

export function toEvent(row: EventRow, now = new Date()): Event {
  const taken = Number(row.taken ?? 0);
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    start: row.starts_at.toISOString(),
    end: row.ends_at.toISOString(),
    timeZone: row.time_zone,
    venue: row.venue,
    online: row.online_url !== null,
    capacity: row.capacity,
    spotsLeft: row.capacity === null ? null : Math.max(0, row.capacity - taken),
    waitlist: row.waitlist,
    maxGuests: row.max_guests,
    contactFields: row.contact_fields,
    questions: row.questions,
    substanceFree: row.substance_free,
    calendarTitle: row.calendar_title,
    status: row.status,
    rsvpOpen: row.rsvp_open && row.status === 'scheduled' && row.starts_at > now,
    tags: row.tags,
  };
}

export async function listEvents(
  db: Queryable,
  { from = new Date(), to, limit = 100, tags = [] }: { from?: Date; to?: Date; limit?: number; tags?: string[] },
): Promise<Event[]> {
  const rows = await db.query<EventRow>(
    `select e.*, ${TAKEN} as taken from events e
      where e.ends_at > $1 and ($2::timestamptz is null or e.starts_at < $2)
        and (cardinality($3::text[]) = 0 or e.tags ?| $3::text[])
      order by e.starts_at, e.id limit $4`,
    [from, to ?? null, tags, limit],
  );
  return rows.map((row) => toEvent(row));
}

export async function getEvent(db: Queryable, id: string): Promise<Event> {
  const [row] = await db.query<EventRow>(`select e.*, ${TAKEN} as taken from events e where e.id = $1`, [id]);
  if (!row) throw notFound('This event');
  return toEvent(row);
}

async function lockEvent(tx: Queryable, id: string): Promise<EventRow> {
  const [row] = await tx.query<EventRow>('select * from events e where e.id = $1 for update', [id]);
  if (!row) throw notFound('This event');
  return row;
}

async function seatsTaken(tx: Queryable, eventId: string): Promise<number> {
  const [row] = await tx.query<{ taken: string | number }>(
    `select coalesce(sum(1 + guests), 0) as taken from rsvps where event_id = $1 and status = 'confirmed'`,
    [eventId],
  );
  return Number(row!.taken);
}

/**
 * Moves waitlisted parties up, in arrival order, each one that fits the seats left (party size counts), and tells each
 * who asked for e-mail that a seat opened.
 */
async function promoteWaitlist(tx: Queryable, event: EventRow, mail?: Mailer): Promise<void> {
  const waiting = await tx.query<RsvpRow>(
    `select * from rsvps where event_id = $1 and status = 'waitlisted' order by seq`,
    [event.id],
  );
  let free = event.capacity === null ? Infinity : event.capacity - (await seatsTaken(tx, event.id));
  for (const party of waiting) {
    if (free <= 0) break;
    if (1 + party.guests > free) continue;
    await tx.query(`update rsvps set status = 'confirmed', updated_at = now() where id = $1`, [party.id]);
    await queueRsvpMail(tx, mail, 'rsvp-promoted', { ...party, status: 'confirmed' }, event);
    free -= 1 + party.guests;
  }
}

function checkAnswers(event: EventRow, request: RsvpRequest): void {
  if (request.guests > event.max_guests) {
    throw invalid('guests', event.max_guests === 0 ? 'This event does not take guests.' : `At most ${event.max_guests} guests.`);
  }
  if (event.capacity !== null && 1 + request.guests > event.capacity) {
    throw invalid('guests', `This event has ${event.capacity} seats in all.`);
  }
  for (const field of event.contact_fields) {
    if (!request[field]) throw invalid(field, field === 'email' ? 'Please enter an email address.' : 'Please enter a phone number.');
  }
  const answers = new Map(request.answers.map((a) => [a.questionId, a.value]));
  for (const questionId of answers.keys()) {
    if (!event.questions.some((q) => q.id === questionId)) throw invalid(`answers.${questionId}`, 'This event has no such question.');
  }
  for (const question of event.questions) {
    const value = answers.get(question.id);
    const empty = value === undefined || value === '';
    if (empty) {
      if (question.required) throw invalid(`answers.${question.id}`, 'Please answer this question.');
      continue;
    }
    const wrongKind =
      (question.kind === 'boolean' && typeof value !== 'boolean') ||
      (question.kind !== 'boolean' && typeof value !== 'string') ||
      (question.kind === 'choice' && !question.options.includes(value as string));
    if (wrongKind) throw invalid(`answers.${question.id}`, 'Please choose one of the answers offered.');
  }
}

export interface RsvpCreated {
  id: string;
  status: 'confirmed' | 'waitlisted';
  manageToken: string;
  joinUrl?: string;
  replayed: boolean;
}

/**
 * Takes an RSVP. The same Idempotency-Key with the same body returns the original answer (token included)
 * and never creates a second RSVP; with a different body it is refused.
 */
export async function createRsvp(
  db: Database,
  eventId: string,
  request: RsvpRequest,
  idempotencyKey: string,
  mail?: Mailer,
): Promise<RsvpCreated> {
  const scope = `rsvp:${eventId}`;
  const keyHash = sha256(idempotencyKey);
  const requestHash = sha256(JSON.stringify([scope, request]));
  const created = await db.transaction(async (tx): Promise<RsvpCreated> => {
    const earlier = await lockKey(tx, keyHash); // first the key, then the event: always in this order
    const event = await lockEvent(tx, eventId);
    if (earlier) {
      checkSameRequest(earlier, scope, requestHash);
      const status = earlier.response_status as RsvpCreated['status'];
      return {
        id: earlier.resource_id,
        status,
        manageToken: unsealToken(earlier.sealed_token, idempotencyKey),
        ...(status === 'confirmed' && event.online_url && { joinUrl: event.online_url }),
        replayed: true,
      };
    }

    if (event.status === 'cancelled') throw conflict('This event was cancelled.');
    if (!event.rsvp_open || event.starts_at <= new Date()) throw conflict('RSVPs are closed for this event.');
    checkAnswers(event, request);
    if (request.emailMe && !request.email) throw invalid('email', 'Please enter an email address.');
    if (request.emailMe && !request.page) throw invalid('page', 'The address of the page is needed for the links in e-mails.');

    const party = 1 + request.guests;
    const fits = event.capacity === null || (await seatsTaken(tx, event.id)) + party <= event.capacity;
    if (!fits && !event.waitlist) throw conflict('This event is full.');
    const status = fits ? 'confirmed' : 'waitlisted';

    const id = newId();
    const manageToken = newToken();
    const [row] = await tx.query<RsvpRow>(
      `insert into rsvps (id, event_id, status, name, email, phone, guests, answers, manage_token_hash, email_updates, lang, page_url)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) returning *`,
      [
        id, event.id, status, request.name, request.email ?? null, request.phone ?? null, request.guests, JSON.stringify(request.answers),
        sha256(manageToken), Boolean(request.emailMe), mailLang(request.lang), request.emailMe ? request.page : null,
      ],
    );
    await queueRsvpMail(tx, mail, status === 'confirmed' ? 'rsvp-confirmed' : 'rsvp-waitlisted', row!, event, { token: manageToken });
    await tx.query(
      `insert into idempotency_keys (key_hash, scope, request_hash, resource_id, response_status, sealed_token)
       values ($1, $2, $3, $4, $5, $6)`,
      [keyHash, scope, requestHash, id, status, sealToken(manageToken, idempotencyKey)],
    );
    return { id, status, manageToken, ...(status === 'confirmed' && event.online_url && { joinUrl: event.online_url }), replayed: false };
  });
  if (!created.replayed) mail?.wake();
  return created;
}

/** The RSVP a manage token opens: its own, or one minted for an e-mail. Erased RSVPs are not found. */
async function rsvpByToken(tx: Queryable, token: string): Promise<RsvpRow> {
  const hash = sha256(token);
  const [row] = await tx.query<RsvpRow>(
    `select * from rsvps where erased_at is null and (manage_token_hash = $1
       or id = (select rsvp_id from rsvp_links where token_hash = $1 and purpose = 'manage'))`,
    [hash],
  );
  if (!row) throw notFound('This RSVP');
  return row;
}

export async function rsvpDetail(tx: Queryable, token: string) {
  const rsvp = await rsvpByToken(tx, token);
  const [position] =
    rsvp.status === 'waitlisted'
      ? await tx.query<{ n: string | number }>(
          `select count(*) as n from rsvps where event_id = $1 and status = 'waitlisted' and seq <= $2`,
          [rsvp.event_id, rsvp.seq],
        )
      : [];
  const [eventRow] = await tx.query<EventRow>(`select e.*, ${TAKEN} as taken from events e where e.id = $1`, [rsvp.event_id]);
  return {
    rsvp: {
      id: rsvp.id,
      eventId: rsvp.event_id,
      status: rsvp.status,
      name: rsvp.name,
      guests: rsvp.guests,
      waitlistPosition: position ? Number(position.n) : null,
      ...(rsvp.status === 'confirmed' && eventRow!.online_url && { joinUrl: eventRow!.online_url }),
    },
    event: toEvent(eventRow!),
  };
}

/** Changes the number of guests; fewer guests free seats that waitlisted parties take. */
export async function updateGuests(db: Database, token: string, guests: number, mail?: Mailer) {
  const detail = await db.transaction(async (tx) => {
    const { event_id: eventId } = await rsvpByToken(tx, token);
    const event = await lockEvent(tx, eventId);
    const rsvp = await rsvpByToken(tx, token); // read again under the lock
    if (rsvp.status === 'cancelled') throw conflict('This RSVP was cancelled.');
    if (guests > event.max_guests) throw invalid('guests', `At most ${event.max_guests} guests.`);
    if (rsvp.status === 'confirmed' && event.capacity !== null && guests > rsvp.guests) {
      const free = event.capacity - (await seatsTaken(tx, event.id));
      if (guests - rsvp.guests > free) {
        throw conflict(free === 0 ? 'There are no seats left for more guests.' : `Only ${free} more seats are left.`);
      }
    }
    await tx.query('update rsvps set guests = $1, updated_at = now() where id = $2', [guests, rsvp.id]);
    await promoteWaitlist(tx, event, mail);
    return rsvpDetail(tx, token);
  });
  mail?.wake();
  return detail;
}

/** Cancels an RSVP (again is fine) and moves the waitlist up. */
export async function cancelRsvp(db: Database, token: string, mail?: Mailer): Promise<void> {
  await db.transaction(async (tx) => {
    const { id, event_id: eventId } = await rsvpByToken(tx, token);
    const event = await lockEvent(tx, eventId);
    await tx.query(`update rsvps set status = 'cancelled', updated_at = now() where id = $1 and status <> 'cancelled'`, [id]);
    await promoteWaitlist(tx, event, mail);
  });
  mail?.wake();
}

const EVENT_COLUMNS: Record<keyof EventInput, string> = {
  title: 'title',
  description: 'description',
  start: 'starts_at',
  end: 'ends_at',
  timeZone: 'time_zone',
  venue: 'venue',
  onlineUrl: 'online_url',
  capacity: 'capacity',
  waitlist: 'waitlist',
  maxGuests: 'max_guests',
  contactFields: 'contact_fields',
  questions: 'questions',
  substanceFree: 'substance_free',
  calendarTitle: 'calendar_title',
  rsvpOpen: 'rsvp_open',
  tags: 'tags',
  reminderHours: 'reminder_hours',
};
const JSON_FIELDS = new Set<keyof EventInput>(['venue', 'contactFields', 'questions', 'tags']);
const dbValue = (field: keyof EventInput, value: unknown) =>
  JSON_FIELDS.has(field) && value !== null ? JSON.stringify(value) : value;

function checkTimes(start: Date, end: Date) {
  if (!(end > start)) throw invalid('end', 'The end must be after the start.');
}

export async function createEvent(db: Database, input: EventInput, id = newId()): Promise<Event> {
  checkTimes(new Date(input.start), new Date(input.end));
  // Fields left out (only optional ones can be) take the column's default: a reminder 24 hours before.
  const fields = (Object.keys(EVENT_COLUMNS) as Array<keyof EventInput>).filter((f) => input[f] !== undefined);
  await db.query(
    `insert into events (id, ${fields.map((f) => EVENT_COLUMNS[f]).join(', ')})
     values ($1, ${fields.map((_, i) => `$${i + 2}`).join(', ')})`,
    [id, ...fields.map((f) => dbValue(f, input[f]))],
  );
  return getEvent(db, id);
}

export async function updateEvent(db: Database, id: string, changes: Partial<EventInput>, mail?: Mailer): Promise<Event> {
  await db.transaction(async (tx) => {
    const event = await lockEvent(tx, id);
    checkTimes(changes.start ? new Date(changes.start) : event.starts_at, changes.end ? new Date(changes.end) : event.ends_at);
    const fields = (Object.keys(changes) as Array<keyof EventInput>).filter((f) => f in EVENT_COLUMNS && changes[f] !== undefined);
    if (fields.length > 0) {
      await tx.query(
        `update events set ${fields.map((f, i) => `${EVENT_COLUMNS[f]} = $${i + 2}`).join(', ')} where id = $1`,
        [id, ...fields.map((f) => dbValue(f, changes[f]))],
      );
    }
    const changed = await lockEvent(tx, id);
    await promoteWaitlist(tx, changed, mail); // with the changed capacity
    // Each real change is its own cause (moving back to an earlier time is news too); an edit that leaves time and
    // place as they were tells nobody.
    await tellGuests(tx, mail, changed, 'event-changed', `:${newId()}`, whenAndWhere(changed) !== whenAndWhere(event));
  });
  mail?.wake();
  return getEvent(db, id);
}

/** What a guest is told about when it changes: the time and the place (or the online link). */
const whenAndWhere = (e: EventRow) => JSON.stringify([e.starts_at.toISOString(), e.ends_at.toISOString(), e.venue, e.online_url]);

/** Writes a message to every guest still coming (confirmed or waitlisted) who asked for e-mail. */
async function tellGuests(tx: Queryable, mail: Mailer | undefined, event: EventRow, kind: 'event-changed' | 'event-cancelled', keySuffix: string, when = true) {
  if (!mail || !when) return;
  const guests = await tx.query<RsvpRow>(
    `select * from rsvps where event_id = $1 and status <> 'cancelled' and email_updates and erased_at is null order by seq`,
    [event.id],
  );
  for (const guest of guests) await queueRsvpMail(tx, mail, kind, guest, event, { keySuffix });
}

export async function cancelEvent(db: Database, id: string, mail?: Mailer): Promise<Event> {
  await db.transaction(async (tx) => {
    await lockEvent(tx, id);
    const [event] = await tx.query<EventRow>(
      `update events set status = 'cancelled', rsvp_open = false where id = $1 and status <> 'cancelled' returning *`,
      [id],
    );
    if (event) await tellGuests(tx, mail, event, 'event-cancelled', '');
  });
  mail?.wake();
  return getEvent(db, id);
}

/** An event's RSVPs as CSV, for staff. Cells that a spreadsheet would run as a formula are defused. */
export async function rsvpsCsv(db: Database, eventId: string): Promise<string> {
  const event = await getEvent(db, eventId);
  const rows = await db.query<RsvpRow>('select * from rsvps where event_id = $1 order by seq', [eventId]);
  const header = ['status', 'name', 'email', 'phone', 'guests', 'rsvp_at', 'checked_in_at', ...event.questions.map((q) => q.label)];
  const lines = rows.map((r) => {
    const answers = new Map(r.answers.map((a) => [a.questionId, a.value]));
    return [r.status, r.name, r.email ?? '', r.phone ?? '', String(r.guests), r.created_at.toISOString(), r.checked_in_at?.toISOString() ?? '',
      ...event.questions.map((q) => { const v = answers.get(q.id); return v === undefined ? '' : String(v); })];
  });
  return [header, ...lines].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
