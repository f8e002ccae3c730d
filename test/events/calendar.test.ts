import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { calendarEntry, googleCalendarUrl, icsFile, outlookCalendarUrl } from '../../src/events/calendar.js';
import { sampleEvent } from '../support/sample-event.js';

const NOW = new Date('2026-11-22T12:00:00Z');
const choice = { neutralTitle: 'Community event', uidDomain: 'center.example.org' };

function parseBack(text: string) {
  const calendar = ICAL.Component.fromString(text);
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const [vevent] = calendar.getAllSubcomponents('vevent');
  if (!vevent) throw new Error('the calendar file has no VEVENT');
  return { vevent, event: new ICAL.Event(vevent) };
}

describe('add to calendar', () => {
  it('is discreet: the calendar title, the address, no description, nothing about the person', () => {
    const entry = calendarEntry(sampleEvent({ description: 'Alumni of the recovery program' }), choice);
    const { event, vevent } = parseBack(icsFile(entry, NOW));
    expect(event.summary).to.equal('Community dinner');
    expect(event.location).to.equal('210 Wharf Street');
    expect(event.description).to.equal(null);
    expect(vevent.getFirstPropertyValue('uid')).to.equal('event-potluck@center.example.org');
    expect(event.startDate.toJSDate().toISOString()).to.equal('2026-12-04T23:30:00.000Z');
  });

  it('uses a neutral title when the event has no calendar title', () => {
    const entry = calendarEntry(sampleEvent({ title: 'Relapse prevention alumni group', calendarTitle: null }), choice);
    expect(parseBack(icsFile(entry, NOW)).event.summary).to.equal('Community event');
  });

  it('the same event always has the same UID', () => {
    const a = calendarEntry(sampleEvent(), choice);
    const b = calendarEntry(sampleEvent({ spotsLeft: 1 }), { ...choice, joinUrl: 'https://meet.example.org/x' });
    expect(a.uid).to.equal(b.uid);
  });

  it('a confirmed online RSVP carries the join link; the venue, if any, stays the location', () => {
    const online = calendarEntry(sampleEvent({ venue: null, online: true }), { ...choice, joinUrl: 'https://meet.example.org/alumni' });
    const { event, vevent } = parseBack(icsFile(online, NOW));
    expect(event.location).to.equal('https://meet.example.org/alumni');
    expect(vevent.getFirstPropertyValue('url')).to.equal('https://meet.example.org/alumni');
  });

  for (const [language, title] of [
    ['Spanish', 'Cena de exalumnos: ¿qué traerás? Ñandú, café y más'],
    ['Japanese', '同窓会の夕食会：持ち寄りパーティー（冬）とボードゲームの夜'],
  ]) {
    it(`a ${language} title across a DST change reads back exactly, at the right instants`, () => {
      // Overnight as the clocks fall back in New York: 0:30 EDT to 3:00 EST is three and a half hours.
      const entry = calendarEntry(
        sampleEvent({ calendarTitle: title, start: '2026-11-01T00:30:00-04:00', end: '2026-11-01T03:00:00-05:00' }),
        choice,
      );
      const text = icsFile(entry, NOW);
      expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).to.equal(true);
      const { event } = parseBack(text);
      expect(event.summary).to.equal(title);
      expect(event.startDate.toJSDate().toISOString()).to.equal('2026-11-01T04:30:00.000Z');
      expect(event.endDate.toJSDate().toISOString()).to.equal('2026-11-01T08:00:00.000Z');
    });
  }

  it('Google Calendar and Outlook links carry the same discreet entry, in UTC', () => {
    const entry = calendarEntry(sampleEvent(), choice);
    const google = new URL(googleCalendarUrl(entry));
    expect(google.origin + google.pathname).to.equal('https://calendar.google.com/calendar/render');
    expect(google.searchParams.get('text')).to.equal('Community dinner');
    expect(google.searchParams.get('dates')).to.equal('20261204T233000Z/20261205T013000Z');
    expect(google.searchParams.get('location')).to.equal('210 Wharf Street');
    const outlook = new URL(outlookCalendarUrl(entry));
    expect(outlook.hostname).to.equal('outlook.live.com');
    expect(outlook.searchParams.get('subject')).to.equal('Community dinner');
    expect(outlook.searchParams.get('startdt')).to.equal('2026-12-04T23:30:00.000Z');
    expect(`${google}${outlook}`).not.to.contain('Alumni');
  });
});
