import { expect } from '@open-wc/testing';
import { eventWhen, timeLines } from '../../src/events/format.js';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const dinner = { start: '2026-12-04T18:30:00-05:00', end: '2026-12-04T20:30:00-05:00', timeZone: 'America/New_York' };

describe('when an event happens, as text', () => {
  it('shows the day and times in the event zone, and nothing more for a visitor in the same zone', () => {
    const when = eventWhen(dinner, 'en-US', 'America/New_York', NOW);
    expect(when.date).to.equal('Friday, December 4');
    expect(when.time).to.match(/^6:30\s*–\s*8:30\s*PM ET$/);
    expect(when.visitor).to.equal(undefined);
  });

  it('adds the visitor’s own clock when it differs, with the visitor’s day and no zone (it is theirs)', () => {
    const when = eventWhen(dinner, 'en-US', 'Europe/Madrid', NOW);
    expect(when.visitor).to.match(/^Sat(urday)?,? 12:30\s*–\s*2:30\s*AM$/);
  });

  it('a visitor whose clock passes midnight during the event reads both days', () => {
    const when = eventWhen(dinner, 'en-US', 'UTC', NOW);
    expect(when.visitor).to.match(/^Fri,? 11:30\s*PM – Sat,? 1:30\s*AM$/);
  });

  it('zones with other names but the same offset do not differ', () => {
    expect(eventWhen(dinner, 'en-US', 'America/Toronto', NOW).visitor).to.equal(undefined);
  });

  it('an event that spans midnight shows both days', () => {
    const when = eventWhen({ ...dinner, end: '2026-12-05T01:00:00-05:00' }, 'en-US', 'America/New_York', NOW);
    expect(when.date).to.contain('December 4').and.to.contain('December 5');
    expect(when.time).to.equal('');
  });

  it('names the year only when it is not this year', () => {
    const nextYear = { ...dinner, start: '2027-01-08T09:00:00-05:00', end: '2027-01-08T12:00:00-05:00' };
    expect(eventWhen(nextYear, 'en-US', 'America/New_York', NOW).date).to.equal('Friday, January 8, 2027');
  });

  it('on the night clocks fall back, the hours are the zone’s own', () => {
    // 2026-11-01 in New York: 1:00-1:59 happens twice. From 0:30 EDT to 3:00 EST is three and a half hours.
    const when = eventWhen({ start: '2026-11-01T00:30:00-04:00', end: '2026-11-01T03:00:00-05:00', timeZone: 'America/New_York' }, 'en-US', 'UTC', NOW);
    expect(when.time).to.match(/^12:30\s*AM EDT\s*–\s*3:00\s*AM EST$/);
    expect(when.visitor).to.match(/4:30\s*–\s*8:00\s*AM$/);
  });

  it('speaks Spanish, naming the zone in Spanish rather than by its offset', () => {
    const when = eventWhen(dinner, 'es', 'America/New_York', NOW);
    expect(when.date).to.equal('viernes, 4 de diciembre');
    expect(when.time).to.match(/^18:30\s*–\s*20:30 hora oriental$/);
    expect(when.time).not.to.contain('GMT');
  });

  it('names the zone as the reader’s language does, never by its id', () => {
    expect(eventWhen(dinner, 'es-US', 'America/New_York', NOW).time).to.match(/ ET$/);
    expect(eventWhen(dinner, 'en-GB', 'America/New_York', NOW).time).to.match(/ Eastern Time$/);
    const pacific = { start: '2026-12-04T18:30:00-08:00', end: '2026-12-04T20:30:00-08:00', timeZone: 'America/Los_Angeles' };
    expect(eventWhen(pacific, 'en-US', 'America/Los_Angeles', NOW).time).to.match(/PM PT$/);
  });

  it('puts the visitor’s clock first when it differs, labelled as theirs, then the event’s named time', () => {
    const yours = (time: string) => `${time} your time`;
    const there = eventWhen(dinner, 'en-US', 'Europe/Madrid', NOW);
    expect(timeLines(there, yours)).to.deep.equal([`${there.visitor!} your time`, there.time]);
    const here = eventWhen(dinner, 'en-US', 'America/New_York', NOW);
    expect(timeLines(here, yours)).to.deep.equal([here.time, '']);
  });
});
