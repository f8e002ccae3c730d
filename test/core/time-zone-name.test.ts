import { expect } from '@open-wc/testing';
import { zoneName } from '../../src/core/time.js';

const WINTER = Date.parse('2026-01-15T17:00:00Z');
const SUMMER = Date.parse('2026-07-15T17:00:00Z');

describe('zone names for people', () => {
  // [language, zone, name]: what a reader of that language recognises, the same in winter and summer.
  const names: Array<[string, string, string]> = [
    ['en-US', 'America/New_York', 'ET'],
    ['en-US', 'America/Los_Angeles', 'PT'],
    ['en-US', 'America/Phoenix', 'MST'], // no daylight time: its abbreviation is the standard one all year
    ['es-US', 'America/New_York', 'ET'],
    ['es', 'America/New_York', 'hora oriental'], // Spanish has no abbreviation: its name, not "GMT-5"
    ['es', 'America/Los_Angeles', 'hora del Pacífico'],
    ['en-GB', 'America/New_York', 'Eastern Time'],
    ['en-GB', 'Europe/Madrid', 'CET'],
    ['en-US', 'UTC', 'UTC'],
  ];
  for (const [lang, zone, expected] of names) {
    it(`${zone} in ${lang} is "${expected}"`, () => {
      expect(zoneName(WINTER, zone, lang)).to.equal(expected);
      expect(zoneName(SUMMER, zone, lang)).to.equal(expected);
    });
  }

  it('Mexican Spanish names the United States zone it means', () => {
    expect(zoneName(WINTER, 'America/Chicago', 'es-MX')).to.match(/^hora central\b/);
  });

  it('falls back to the offset where a zone has no name, and then it follows the clock', () => {
    expect(zoneName(WINTER, 'Etc/GMT+5', 'en-US')).to.equal('GMT-5');
    expect(zoneName(WINTER, 'Etc/GMT+5', 'es')).to.equal('GMT-5');
  });

  it('never shows an IANA id, in any language the package speaks', () => {
    const zones = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Anchorage', 'Pacific/Honolulu', 'America/Puerto_Rico',
      'America/Mexico_City', 'America/Bogota', 'Europe/London', 'Europe/Madrid', 'Asia/Kolkata', 'Australia/Sydney', 'Pacific/Kiritimati'];
    for (const lang of ['en', 'en-US', 'en-GB', 'es', 'es-US', 'es-MX']) {
      for (const zone of zones) {
        const name = zoneName(SUMMER, zone, lang);
        expect(name, `${zone} in ${lang}`).not.to.contain('/');
        expect(name.length, `${zone} in ${lang}: ${name}`).to.be.within(2, 40);
      }
    }
  });
});
