import { expect } from '@open-wc/testing';
import { meetingWhen } from '../../src/meetings/when.js';

// Intl may put a narrow no-break space before AM/PM; people read it as a space.
const plain = (when: { time: string; local?: string }) => ({ time: when.time.replace(/\s/g, ' '), local: when.local?.replace(/\s/g, ' ') });
// Monday 2026-11-23, 17:30 in New York.
const START = new Date('2026-11-23T22:30:00Z');

describe('when a meeting starts, for the visitor', () => {
  it("puts the visitor's clock first and the meeting's own, with its zone's short name, second", () => {
    expect(plain(meetingWhen(START, 'America/New_York', 'America/Los_Angeles', 'en-US'))).to.deep.equal({ time: '2:30 PM', local: '5:30 PM ET' });
  });

  it('shows one clock when the two agree, whatever the zones are called', () => {
    expect(plain(meetingWhen(START, 'America/New_York', 'America/Toronto', 'en-US'))).to.deep.equal({ time: '5:30 PM', local: undefined });
  });

  it("names the meeting's weekday when it is another day for the visitor", () => {
    expect(plain(meetingWhen(START, 'America/New_York', 'Asia/Tokyo', 'en-US'))).to.deep.equal({ time: '7:30 AM', local: 'Mon 5:30 PM ET' });
  });

  it('speaks Spanish, zone name included', () => {
    expect(plain(meetingWhen(START, 'America/New_York', 'America/Los_Angeles', 'es'))).to.deep.equal({ time: '14:30', local: '17:30 hora oriental' });
  });
});
