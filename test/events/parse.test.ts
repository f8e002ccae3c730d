import { expect } from '@open-wc/testing';
import { EventSchema } from '../../src/core/api/events.js';
import { canRsvp, readEvent, readEvents, upcomingEvents } from '../../src/events/parse.js';
import { wouldWaitlist } from '../../src/events/rsvp-model.js';
import { sampleEvent } from '../support/sample-event.js';

describe('reading events', () => {
  it('accepts an event exactly as the contract describes it', () => {
    const event = sampleEvent();
    expect(EventSchema.safeParse(event).success).to.equal(true);
    // Absent, emailUpdates reads as false: no email is offered.
    expect(readEvent(event)).to.deep.equal({ ...event, emailUpdates: false });
    const mailable = sampleEvent({ emailUpdates: true });
    expect(EventSchema.safeParse(mailable).success).to.equal(true);
    expect(readEvent(mailable)).to.deep.equal(mailable);
  });

  // Each record is broken in one way. The hand-written reader must refuse what the contract's schema refuses,
  // so the browser bundle can leave zod out without accepting anything the API would never send.
  const broken: Array<[string, Record<string, unknown>]> = [
    ['no id', { id: undefined }],
    ['an id with a slash', { id: 'a/b' }],
    ['an empty title', { title: '   ' }],
    ['a title too long', { title: 'x'.repeat(201) }],
    ['a start without an offset', { start: '2026-12-04T18:30:00' }],
    ['a start that is not a date', { start: 'next Friday' }],
    ['an unknown status', { status: 'postponed' }],
    ['rsvpOpen missing', { rsvpOpen: undefined }],
    ['a negative number of spots', { spotsLeft: -1 }],
    ['a fractional guest limit', { maxGuests: 1.5 }],
    ['guests beyond 20', { maxGuests: 21 }],
    ['an unknown contact field', { contactFields: ['fax'] }],
    ['a question of unknown kind', { questions: [{ id: 'q', label: 'Q', kind: 'date', required: false, options: [] }] }],
    ['a question id with capitals', { questions: [{ id: 'Q', label: 'Q', kind: 'text', required: false, options: [] }] }],
    ['a venue without a name', { venue: { name: '', address: '', latitude: null, longitude: null } }],
    ['tags that are not text', { tags: [42] }],
    ['emailUpdates that is not true or false', { emailUpdates: 'yes' }],
  ];
  for (const [what, change] of broken) {
    it(`skips an event with ${what}, as the contract does`, () => {
      const record = { ...sampleEvent(), ...change };
      expect(EventSchema.safeParse(record).success, 'the contract refuses it too').to.equal(false);
      expect(readEvent(record)).to.equal(undefined);
    });
  }

  it('fills in display-only fields a center API leaves out, and keeps the rest', () => {
    const { description, tags, questions, calendarTitle, substanceFree, ...bare } = sampleEvent();
    void [description, tags, questions, calendarTitle, substanceFree];
    const event = readEvent(bare)!;
    expect(event.description).to.equal('');
    expect(event.tags).to.deep.equal([]);
    expect(event.questions).to.deep.equal([]);
    expect(event.calendarTitle).to.equal(null);
    expect(event.substanceFree).to.equal(false);
  });

  it('skips an event in a time zone no clock knows (the contract checks only its spelling)', () => {
    expect(readEvent(sampleEvent({ timeZone: 'Mars/Olympus' }))).to.equal(undefined);
  });

  it('an event that ends before it starts is skipped', () => {
    expect(readEvent(sampleEvent({ end: '2026-12-04T17:00:00-05:00' }))).to.equal(undefined);
  });

  it('counts what it skips', () => {
    const list = readEvents([sampleEvent(), null, 'text', { id: 'x' }, sampleEvent({ id: 'second' })]);
    expect(list.events.map((e) => e.id)).to.deep.equal(['potluck', 'second']);
    expect(list.skipped).to.equal(3);
    expect(readEvents({ events: [] })).to.deep.equal({ events: [], skipped: 0 });
  });
});

describe('which events show', () => {
  const now = Date.parse('2026-12-04T22:00:00Z');
  const ended = sampleEvent({ id: 'ended', start: '2026-12-03T18:00:00-05:00', end: '2026-12-03T20:00:00-05:00' });
  const underway = sampleEvent({ id: 'underway', start: '2026-12-04T16:00:00-05:00', end: '2026-12-04T18:00:00-05:00', tags: ['Social'] });
  const later = sampleEvent({ id: 'later', start: '2026-12-10T18:00:00-05:00', end: '2026-12-10T20:00:00-05:00', tags: [] });
  const soon = sampleEvent({ id: 'soon' });

  it('hides past events and sorts the rest soonest first', () => {
    expect(upcomingEvents([later, ended, soon, underway], { now }).map((e) => e.id)).to.deep.equal(['underway', 'soon', 'later']);
  });

  it('filters by any of the tags, ignoring case, and limits the count', () => {
    expect(upcomingEvents([later, soon, underway], { now, tags: ['social', 'dinner'] }).map((e) => e.id)).to.deep.equal(['underway', 'soon']);
    expect(upcomingEvents([later, soon, underway], { now, limit: 1 }).map((e) => e.id)).to.deep.equal(['underway']);
  });
});

describe('seats', () => {
  it('a party that does not fit goes on the waitlist, when there is one', () => {
    expect(wouldWaitlist(sampleEvent({ spotsLeft: 2 }), 1)).to.equal(false);
    expect(wouldWaitlist(sampleEvent({ spotsLeft: 2 }), 2)).to.equal(true);
    expect(wouldWaitlist(sampleEvent({ spotsLeft: null }), 20)).to.equal(false);
    expect(wouldWaitlist(sampleEvent({ spotsLeft: 0, waitlist: false }), 0)).to.equal(false);
  });

  it('can be booked only when scheduled, open, and with a seat or a waitlist', () => {
    expect(canRsvp(sampleEvent())).to.equal(true);
    expect(canRsvp(sampleEvent({ spotsLeft: 0 }))).to.equal(true);
    expect(canRsvp(sampleEvent({ spotsLeft: 0, waitlist: false }))).to.equal(false);
    expect(canRsvp(sampleEvent({ status: 'cancelled' }))).to.equal(false);
    expect(canRsvp(sampleEvent({ rsvpOpen: false }))).to.equal(false);
  });
});
