/** The console's pure logic: the event form ↔ contract, the door list, story tags, and the address in the fragment. */
import { expect } from '@open-wc/testing';
import { eventDraft, eventInputFrom, newEventDraft, questionId, zonedInstant, type EventDraft } from '../../src/staff/events/form-model.js';
import { doorCounts, doorList, matches } from '../../src/staff/events/check-in-model.js';
import { parseTags } from '../../src/staff/stories/model.js';
import { homeArea, parseRoute, routeHash } from '../../src/staff/route.js';
import { canRead, canRetry, countTiles, mailFilter, mailQuery } from '../../src/staff/mail/model.js';
import type { Attendee, StaffEvent } from '../../src/core/api/staff-events.js';

const draft = (overrides: Partial<EventDraft> = {}): EventDraft => ({
  ...newEventDraft('America/New_York', new Date('2026-03-01T12:00:00Z')),
  title: 'Picnic',
  venueName: 'The park',
  ...overrides,
});

const inputOf = (d: EventDraft) => {
  const result = eventInputFrom(d);
  if ('issues' in result) throw new Error(JSON.stringify(result.issues));
  return result.input;
};
const issuesOf = (d: EventDraft) => {
  const result = eventInputFrom(d);
  return 'issues' in result ? result.issues.map((i) => [i.path.join('.'), i.messageKey ?? i.code]) : [];
};

describe('event form ↔ contract', () => {
  it('writes times as the event’s clocks read them, with the offset of their own day (across DST)', () => {
    // New York springs forward on 2026-03-08: the day before is -05:00, the day after -04:00.
    expect(inputOf(draft({ startDate: '2026-03-07', startTime: '18:00', endDate: '2026-03-07', endTime: '20:00' })).start).to.equal('2026-03-07T18:00:00-05:00');
    expect(inputOf(draft({ startDate: '2026-03-09', startTime: '18:00', endDate: '2026-03-09', endTime: '20:00' })).start).to.equal('2026-03-09T18:00:00-04:00');
    expect(inputOf(draft({ timeZone: 'Asia/Kolkata', startDate: '2026-03-09', startTime: '09:30', endDate: '2026-03-09', endTime: '10:00' })).start).to.equal(
      '2026-03-09T09:30:00+05:30',
    );
    expect(zonedInstant(new Date('2026-07-01T00:00:00Z'), 'UTC')).to.equal('2026-07-01T00:00:00+00:00');
  });

  it('reads an event back into the same fields, and the same event out of them', () => {
    const event: StaffEvent = {
      id: 'e1',
      title: 'Dinner',
      description: 'Food.',
      start: '2026-11-01T01:30:00-04:00', // an hour before New York falls back
      end: '2026-11-01T03:00:00-05:00',
      timeZone: 'America/New_York',
      venue: { name: 'Hall', address: '1 Main St', latitude: 40.5, longitude: -73.25 },
      onlineUrl: 'https://meet.example.org/x',
      online: true,
      capacity: 20,
      spotsLeft: 20,
      waitlist: false,
      maxGuests: 2,
      contactFields: ['phone'],
      questions: [{ id: 'diet', label: 'Diet?', kind: 'choice', required: true, options: ['Any', 'Vegan'] }],
      substanceFree: true,
      calendarTitle: 'Dinner',
      rsvpOpen: false,
      status: 'scheduled',
      tags: ['alumni', 'family'],
      reminderHours: 48,
      seats: { capacity: 20, confirmed: 0, waitlisted: 0, checkedIn: 0 },
    };
    const d = eventDraft(event);
    expect([d.startDate, d.startTime, d.endDate, d.endTime, d.mode, d.capacity, d.askPhone, d.askEmail, d.tags]).to.deep.equal([
      '2026-11-01', '01:30', '2026-11-01', '03:00', 'both', '20', true, false, 'alumni, family',
    ]);
    const input = inputOf(d);
    expect(Date.parse(input.start)).to.equal(Date.parse(event.start));
    expect(input).to.deep.include({ venue: event.venue, onlineUrl: event.onlineUrl, capacity: 20, questions: event.questions, contactFields: ['phone'], rsvpOpen: false });
    expect(input.reminderHours).to.equal(48);
    const none = eventDraft({ ...event, reminderHours: null });
    expect([none.reminder, none.reminderHours]).to.deep.equal([false, '24']);
    expect(inputOf(none).reminderHours).to.equal(null);
  });

  it('sends a reminder a day before unless staff choose otherwise, and checks the hours', () => {
    expect(inputOf(draft()).reminderHours).to.equal(24);
    expect(inputOf(draft({ reminderHours: ' 2 ' })).reminderHours).to.equal(2);
    // Turned off, the hours typed do not matter: none is sent, and nothing is wrong.
    expect(inputOf(draft({ reminder: false, reminderHours: 'x' })).reminderHours).to.equal(null);
    expect(issuesOf(draft({ reminderHours: '' }))).to.deep.equal([['reminderHours', 'invalid_type']]);
    expect(issuesOf(draft({ reminderHours: '0' }))).to.deep.equal([['reminderHours', 'too_small']]);
    expect(issuesOf(draft({ reminderHours: '337' }))).to.deep.equal([['reminderHours', 'too_big']]);
  });

  it('sends only what the chosen way of attending needs, and no limit for an empty capacity', () => {
    const online = inputOf(draft({ mode: 'online', onlineUrl: 'https://meet.example.org/a', capacity: '' }));
    expect([online.venue, online.onlineUrl, online.capacity]).to.deep.equal([null, 'https://meet.example.org/a', null]);
    const inPerson = inputOf(draft({ mode: 'venue', onlineUrl: 'https://meet.example.org/a' }));
    expect(inPerson.onlineUrl).to.equal(null);
  });

  it('names each problem by the field staff typed it in', () => {
    expect(issuesOf(draft({ title: ' ', startTime: '20:00', endTime: '19:00' }))).to.deep.equal([
      ['endDate', 'staffEvents.endBeforeStart'],
      ['title', 'too_small'],
    ]);
    expect(issuesOf(draft({ timeZone: 'Mars/Olympus' }))).to.deep.equal([['timeZone', 'staffEvents.zoneUnknown']]);
    expect(issuesOf(draft({ mode: 'online', onlineUrl: 'meet.example.org' }))).to.deep.equal([['onlineUrl', 'invalid_format']]);
    expect(issuesOf(draft({ venueName: '' }))).to.deep.equal([['venueName', 'too_small']]);
    expect(issuesOf(draft({ capacity: '2.5', maxGuests: '' }))).to.deep.equal([['capacity', 'invalid_type']]);
    expect(issuesOf(draft({ questions: [{ id: '', label: 'Pick', kind: 'choice', required: false, options: 'Only one' }] }))).to.deep.equal([
      ['questions.0.options', 'too_small'],
    ]);
  });

  it('makes question ids from labels, unique, and keeps the ids questions have', () => {
    expect(questionId('Any allergies? (Peanuts, etc.)', [])).to.equal('any-allergies-peanuts-etc');
    expect(questionId('¿Qué traerá?', [])).to.equal('que-traera');
    expect(questionId('Diet', ['diet', 'diet-2'])).to.equal('diet-3');
    expect(questionId('???', [])).to.equal('question');
    const input = inputOf(draft({ questions: [{ id: 'kept', label: 'Diet', kind: 'text', required: false, options: '' }, { id: '', label: 'Diet', kind: 'boolean', required: true, options: 'x' }] }));
    expect(input.questions.map((q) => [q.id, q.options])).to.deep.equal([['kept', []], ['diet', []]]);
  });
});

const attendee = (name: string, overrides: Partial<Attendee> = {}): Attendee => ({
  id: name.replace(/\W/g, ''),
  status: 'confirmed',
  name,
  email: null,
  phone: null,
  guests: 0,
  answers: [],
  rsvpAt: '2026-01-01T00:00:00Z',
  checkedInAt: null,
  waitlistPosition: null,
  ...overrides,
});

describe('the door list', () => {
  it('finds people by any words of their name or e-mail, whatever the case and accents, or by phone digits', () => {
    const jose = attendee('José Álvarez', { email: 'jose.a@example.org', phone: '+1 (555) 010-2030' });
    expect(['jose', 'ALV', 'álvarez jos', 'example.org', '010-20', '5550102'].map((q) => matches(jose, q))).to.deep.equal([true, true, true, true, true, true]);
    expect(['maria', 'jose maria', '55'].map((q) => matches(jose, q))).to.deep.equal([false, false, false]);
  });

  it('lists only confirmed RSVPs, by name, and counts people with their guests', () => {
    const list = [
      attendee('zoe', { guests: 2, checkedInAt: '2026-01-02T00:00:00Z' }),
      attendee('Ana'),
      attendee('Ángel', { status: 'waitlisted' }),
      attendee('Bo', { status: 'cancelled' }),
      attendee('anna'),
    ];
    expect(doorList(list, '', 'en').map((a) => a.name)).to.deep.equal(['Ana', 'anna', 'zoe']);
    expect(doorCounts(list)).to.deep.equal({ checkedIn: 3, expected: 5 });
  });
});

describe('story tags and the address', () => {
  it('turns typed topics into the contract’s tags', () => {
    expect(parseTags('First year, Family;  spanish\nFirst-Year, Año nuevo, ,')).to.deep.equal(['first-year', 'family', 'spanish', 'ano-nuevo']);
  });

  it('reads and writes routes, and falls back to the home section for anything else', () => {
    expect(parseRoute('#/events/abc/check-in', 'stories')).to.deep.equal({ area: 'events', path: ['abc', 'check-in'], query: {} });
    expect(parseRoute('#/audit?action=story.approve&actor=', 'events')).to.deep.equal({ area: 'audit', path: [], query: { action: 'story.approve' } });
    expect(parseRoute('#/nowhere', 'events').area).to.equal('events');
    expect(parseRoute('#/events/<script>', 'stories')).to.deep.equal({ area: 'stories', path: [], query: {} });
    expect(parseRoute('', 'meetings').area).to.equal('meetings');
    expect(routeHash('events', ['abc', 'check-in'])).to.equal('#/events/abc/check-in');
    expect(routeHash('events', [], { when: 'past', other: undefined })).to.equal('#/events?when=past');
    expect(parseRoute('#/mail/dead', 'events')).to.deep.equal({ area: 'mail', path: ['dead'], query: {} });
  });

  it('puts e-mail after meetings when choosing where to land', () => {
    expect(homeArea(['mail', 'meetings'])).to.equal('meetings');
  });
});

describe('the outbox', () => {
  it('filters by status from the address, and asks for all without one', () => {
    expect(['dead', 'held', 'nonsense', undefined].map(mailFilter)).to.deep.equal(['dead', 'held', 'all', 'all']);
    expect(mailQuery('all')).to.deep.equal({});
    expect(mailQuery('pending')).to.deep.equal({ status: 'pending' });
  });

  it('offers to send again only what failed, and to read only what still has its text', () => {
    expect((['held', 'pending', 'sending', 'sent', 'dead'] as const).map((status) => canRetry({ status }))).to.deep.equal([false, false, false, false, true]);
    expect([canRead({ text: 'Hello' }), canRead({ text: null })]).to.deep.equal([true, false]);
    expect(countTiles({ held: 3, pending: 1, sent: 40, dead: 2 })).to.deep.equal([
      { status: 'held', count: 3 },
      { status: 'pending', count: 1 },
      { status: 'sent', count: 40 },
      { status: 'dead', count: 2 },
    ]);
  });
});
