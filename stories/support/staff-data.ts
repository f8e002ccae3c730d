// What the staff console's stories answer with: records shaped as the contract says (the console checks them), so a
// story shows what a center's staff would see. Times are relative to now, so the lists stay upcoming.
import { areasOf, type Account, type Role, type StaffSession, type AuditEntry } from '../../src/core/api/accounts.js';
import type { StaffSubmission } from '../../src/core/api/staff.js';
import type { Attendee, StaffEvent } from '../../src/core/api/staff-events.js';
import type { StaffCelebration, StaffMeeting } from '../../src/core/api/staff-meetings.js';
import type { MailMessage, MailSettings } from '../../src/core/api/mail.js';

export const API = '/__stories__/api';

const iso = (ms: number) => new Date(ms).toISOString();
const hours = (n: number) => n * 3_600_000;
const now = Date.now();

export function account(role: Role, overrides: Partial<Account> = {}): Account {
  const names: Record<Role, string> = { admin: 'Robin Avery', coordinator: 'Sam Ortiz', moderator: 'Jordan Lee' };
  return {
    id: `acct-${role}`,
    email: `${role}@harborlight.example`,
    displayName: names[role],
    role,
    disabled: false,
    mustChangePassword: false,
    createdAt: iso(now - hours(24 * 90)),
    lastSignInAt: iso(now - hours(2)),
    ...overrides,
  };
}

export function session(role: Role): StaffSession {
  return { account: account(role), areas: areasOf(role), idleExpiresAt: iso(now + hours(0.5)), expiresAt: iso(now + hours(12)) };
}

export const submissions: StaffSubmission[] = [
  {
    id: 'sub-chris',
    displayName: 'Chris',
    title: 'What the alumni calls mean to me',
    body: 'Every Monday at noon I close my office door and join the alumni call. Twenty minutes of people who get it.\n\nThat is all it takes to reset my week.',
    contentWarning: null,
    recoveryYears: 1,
    originalTitle: null,
    originalBody: null,
    email: 'chris@example.org',
    consentPublish: true,
    consentShare: false,
    tags: [],
    featured: false,
    staffDisclosure: null,
    status: 'pending',
    submittedAt: iso(now - hours(50)),
    publishedAt: null,
    rejectReason: null,
    lang: 'en',
  },
  {
    id: 'sub-ana',
    displayName: 'A. M.',
    title: 'Lo que aprendí en el primer año',
    body: 'El primer año no fue fácil. Hubo noches largas y llamadas a las tres de la mañana.\n\nPero aprendí a pedir ayuda.',
    contentWarning: 'Menciona una recaída',
    recoveryYears: 0,
    originalTitle: null,
    originalBody: null,
    email: null,
    consentPublish: true,
    consentShare: true,
    tags: [],
    featured: false,
    staffDisclosure: null,
    status: 'pending',
    submittedAt: iso(now - hours(20)),
    publishedAt: null,
    rejectReason: null,
    lang: 'es',
  },
];

function event(id: string, title: string, inDays: number, overrides: Partial<StaffEvent> = {}): StaffEvent {
  const start = new Date(now + hours(24 * inDays));
  start.setUTCHours(23, 0, 0, 0);
  return {
    id,
    title,
    description: 'Cards, board games and coffee. Newcomers to the alumni group especially welcome.',
    start: start.toISOString(),
    end: iso(start.getTime() + hours(2.5)),
    timeZone: 'America/New_York',
    venue: { name: 'Harbor Light Community Hall', address: '210 Wharf Street, Lewes, DE 19958', latitude: null, longitude: null },
    onlineUrl: null,
    online: false,
    capacity: 12,
    spotsLeft: 0,
    waitlist: true,
    maxGuests: 1,
    contactFields: ['email'],
    questions: [{ id: 'snack', label: 'Will you bring a snack?', kind: 'boolean', required: false, options: [] }],
    substanceFree: true,
    calendarTitle: 'Game night',
    rsvpOpen: true,
    status: 'scheduled',
    tags: ['social'],
    reminderHours: 24,
    seats: { capacity: 12, confirmed: 12, waitlisted: 2, checkedIn: 3 },
    ...overrides,
  };
}

export const events: StaffEvent[] = [
  event('game-night', 'Board game night', 2),
  event('potluck', 'Alumni dinner: winter potluck', 4, { capacity: 40, spotsLeft: 33, seats: { capacity: 40, confirmed: 7, waitlisted: 0, checkedIn: 0 }, tags: ['dinner', 'family'] }),
  event('online', 'Online alumni check-in', 6, { venue: null, online: true, onlineUrl: 'https://meet.example.org/alumni', capacity: null, spotsLeft: null, seats: { capacity: null, confirmed: 4, waitlisted: 0, checkedIn: 0 }, tags: [] }),
];

const NAMES = ['Maya Torres', 'Dev Patel', 'Keisha Williams', 'Tomás Ruiz', 'Sam Park', 'Lee Morgan', 'Priya Shah', 'Jordan Rivers', 'Ana María López', 'Chris Doyle', 'Alex Kim'];

export const attendees: Attendee[] = [
  ...NAMES.map((name, i) => ({
    id: `rsvp-${i}`,
    status: 'confirmed' as const,
    name,
    email: `${name.split(' ')[0]!.toLowerCase()}@example.org`,
    phone: null,
    guests: i === 2 ? 1 : 0,
    answers: [{ questionId: 'snack', value: i % 2 === 0 }],
    rsvpAt: iso(now - hours(100 - i)),
    checkedInAt: i < 3 ? iso(now - hours(0.2) + i * 60_000) : null,
    waitlistPosition: null,
  })),
  { id: 'rsvp-w1', status: 'waitlisted', name: 'Riley Evans', email: 'riley@example.org', phone: null, guests: 0, answers: [], rsvpAt: iso(now - hours(10)), checkedInAt: null, waitlistPosition: 1 },
  { id: 'rsvp-w2', status: 'waitlisted', name: 'Quinn Foster', email: null, phone: null, guests: 1, answers: [], rsvpAt: iso(now - hours(9)), checkedInAt: null, waitlistPosition: 2 },
  { id: 'rsvp-c1', status: 'cancelled', name: 'Morgan Blake', email: 'morgan@example.org', phone: null, guests: 0, answers: [], rsvpAt: iso(now - hours(80)), checkedInAt: null, waitlistPosition: null },
];

const month = new Date(now).toISOString().slice(0, 7);
export const celebrations: StaffCelebration[] = [
  { id: '1', displayName: 'Maria G.', span: { count: 30, unit: 'days' }, date: `${month}-01` },
  { id: '2', displayName: 'Keisha W.', span: { count: 6, unit: 'months' }, date: `${month}-07` },
  { id: '3', displayName: 'Tomás', span: { count: 1, unit: 'years' }, date: `${month}-10` },
  { id: '4', displayName: 'L. M.', span: { count: 5, unit: 'years' }, date: `${month}-19` },
];

export const meetings: StaffMeeting[] = [
  { id: '1', slug: 'sober-sunday-sun-1000', name: 'Sober Sunday', day: 0, time: '10:00', end_time: '11:00', timezone: 'America/New_York', types: ['O', 'D'], attendance_option: 'in_person', location: 'Harbor Light, room 2', formatted_address: '210 Wharf Street, Lewes, DE 19958, USA' },
  { id: '2', slug: 'night-owls-tue-2100', name: 'Night Owls (online)', day: [2, 4], time: '21:00', end_time: '22:00', timezone: 'America/New_York', types: ['C', 'ONL'], attendance_option: 'online', conference_url: 'https://meet.example.org/night-owls' },
];

export const accounts: Account[] = [
  account('moderator', { lastSignInAt: null, mustChangePassword: true }),
  account('admin'),
  account('coordinator', { id: 'acct-old', email: 'pat@harborlight.example', displayName: 'Pat Quinn', disabled: true }),
  account('coordinator'),
];

const actions: Array<[AuditEntry['action'], AuditEntry['recordType'], string, string[]]> = [
  ['story.approve', 'story', 'sub-lee', ['tags', 'staffDisclosure']],
  ['rsvp.check-in', 'rsvp', 'rsvp-2', []],
  ['event.update', 'event', 'game-night', ['capacity']],
  ['event.attendees-read', 'event', 'game-night', []],
  ['account.create', 'account', 'acct-moderator', ['email', 'displayName', 'role', 'password']],
  ['session.sign-in', 'account', 'acct-admin', []],
];
export const audit: AuditEntry[] = actions.map(([action, recordType, recordId, fields], i) => ({
  id: `a${i}`,
  at: iso(now - hours(i * 3)),
  actor: i === 1 ? { id: 'acct-coordinator', displayName: 'Sam Ortiz' } : { id: 'acct-admin', displayName: 'Robin Avery' },
  via: 'session',
  action,
  recordType,
  recordId,
  fields,
}));

/** E-mail as a demo center without SMTP has it: held, not sent. */
export function mailSettings(overrides: Partial<MailSettings> = {}): MailSettings {
  return {
    delivery: 'outbox',
    from: 'Community events <events@harborlight.example>',
    emailUpdates: true,
    realTitles: false,
    reminderHours: 24,
    retention: { rsvpDays: 30, mailDays: 30, rejectedStoryDays: 30 },
    counts: { held: 3, pending: 0, sent: 0, dead: 0 },
    ...overrides,
  };
}

const mail = (id: string, overrides: Partial<MailMessage>): MailMessage => ({
  id,
  kind: 'rsvp-confirmed',
  to: 'maya@example.org',
  lang: 'en',
  subject: 'Confirmed: Game night, Sat, Dec 5',
  text: null,
  status: 'held',
  attempts: 0,
  lastError: null,
  createdAt: iso(now - hours(1)),
  sentAt: null,
  nextAttemptAt: null,
  ...overrides,
});

const page = 'https://harborlight.example/events/';
export const heldMessages: MailMessage[] = [
  mail('mail-maya', {
    text: `Hello Maya,\n\nYou have a place. We look forward to seeing you.\n\nGame night:\nWhen: Saturday, December 5, 6:00 – 8:30 PM EST\nWhere: Harbor Light Community Hall\n210 Wharf Street, Lewes, DE 19958\n\nTo change or cancel your RSVP, open this private link (keep it to yourself):\n${page}#rsvp=Xq3…\n\nThe calendar file is attached.\n\nCommunity events`,
    createdAt: iso(now - hours(0.2)),
  }),
  mail('mail-ana', {
    kind: 'rsvp-waitlisted',
    to: 'ana.maria@example.org',
    lang: 'es',
    subject: 'En lista de espera: Game night, sáb, 5 dic',
    text: `Hola, Ana María:\n\nEl evento está lleno, así que está en la lista de espera (lugar 1). Le escribiremos si se libera un lugar.\n\nPara cambiar o cancelar su inscripción, abra este enlace privado:\n${page}#rsvp=Lm8…\n\nEventos comunitarios`,
    createdAt: iso(now - hours(3)),
  }),
  mail('mail-dev', {
    kind: 'event-reminder',
    to: 'dev@example.org',
    subject: 'Reminder: Community event, Sat, Dec 5',
    text: `Hello Dev,\n\nA reminder: Community event, tomorrow at 6:00 PM, Harbor Light Community Hall.\n\nYour RSVP: ${page}#rsvp=Pw2…\n\nNo more reminders for this RSVP: ${page}unsubscribe\n\nCommunity events`,
    createdAt: iso(now - hours(20)),
  }),
];

/** E-mail as a center with SMTP has it: most sent, one waiting for its next attempt, one failed for good. */
export const smtpMessages: MailMessage[] = [
  mail('mail-pending', {
    to: 'keisha@example.org',
    subject: 'Confirmed: Community dinner, Mon, Dec 7',
    text: `Hello Keisha,\n\nYou have a place. We look forward to seeing you.\n\nCommunity events`,
    status: 'pending',
    attempts: 2,
    lastError: 'connect ECONNREFUSED 203.0.113.25:465',
    createdAt: iso(now - hours(0.5)),
    nextAttemptAt: iso(now + hours(0.25)),
  }),
  mail('mail-sent', { to: 'tomas@example.org', status: 'sent', attempts: 1, createdAt: iso(now - hours(26)), sentAt: iso(now - hours(26) + 4000) }),
  mail('mail-dead', {
    kind: 'rsvp-promoted',
    to: 'riley@example.invalid',
    subject: 'A seat opened: Game night, Sat, Dec 5',
    text: `Hello Riley,\n\nA seat opened for Game night: you’re in.\n\nYour RSVP: ${page}#rsvp=Rt5…\n\nCommunity events`,
    status: 'dead',
    attempts: 8,
    lastError: '550 5.1.1 <riley@example.invalid>: Recipient address rejected: User unknown',
    createdAt: iso(now - hours(30)),
  }),
];
