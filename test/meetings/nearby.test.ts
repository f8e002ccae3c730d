import { expect } from '@open-wc/testing';
import { upcoming, type Occurrence } from '../../src/meetings/filter.js';
import { normalizeMeetings } from '../../src/meetings/details.js';
import { type Meeting } from '../../src/meetings/normalize.js';
import { distanceKm, nearestFirst, withinReach } from '../../src/meetings/refine/nearby.js';

const feed = (records: Array<Record<string, unknown>>): Meeting[] => normalizeMeetings(records).meetings;
const meeting = (overrides: Record<string, unknown>) => ({ slug: String(overrides.name), day: 1, ...overrides });
// Monday 2026-11-23, 10:00 in New York: every Monday meeting below is still to come today.
const NOW = new Date('2026-11-23T15:00:00Z');
const LEWES = { latitude: 38.7745, longitude: -75.1393 };
const names = (list: Occurrence[]) => list.map((o) => o.meeting.name);

describe('meetings near the visitor', () => {
  // In time order: Early Online, Milton (15 km), Hall (0 km), No Position, Rehoboth hybrid (8 km), Georgetown (30 km), Late Online.
  const meetings = feed([
    meeting({ name: 'Early Online', time: '10:30', conference_url: 'https://zoom.us/j/1' }),
    meeting({ name: 'Milton', time: '12:00', formatted_address: '3 Main St, Milton, DE 19968, USA', latitude: 38.7776, longitude: -75.3099 }),
    meeting({ name: 'Hall', time: '17:30', formatted_address: '1 Main St, Lewes, DE 19958, USA', ...LEWES }),
    meeting({ name: 'No Position', time: '18:00', formatted_address: '5 Elm St, Lewes, DE 19958, USA' }),
    meeting({ name: 'Rehoboth', time: '19:00', formatted_address: '2 Main St, Rehoboth Beach, DE 19971, USA', conference_url: 'https://zoom.us/j/2', latitude: 38.7172, longitude: -75.0829 }),
    meeting({ name: 'Georgetown', time: '20:00', formatted_address: '12 N Race St, Georgetown, DE 19947, USA', latitude: 38.6901, longitude: -75.3855 }),
    meeting({ name: 'Late Online', time: '21:00', conference_url: 'https://zoom.us/j/3' }),
  ]);
  const today = upcoming(meetings, {}, { now: NOW, zone: 'America/New_York' }).occurrences.filter((o) => o.day === 1);

  it('measures great-circle distances', () => {
    // Lewes to Rehoboth Beach is about 8 km; Lewes to Milton about 15 km.
    expect(distanceKm(LEWES, { latitude: 38.7172, longitude: -75.0829 })).to.be.closeTo(8.0, 0.5);
    expect(distanceKm(LEWES, { latitude: 38.7776, longitude: -75.3099 })).to.be.closeTo(14.8, 0.5);
  });

  it('sorts the meetings with a place nearest first, and keeps the online ones apart in time order', () => {
    const { placed, online } = nearestFirst(withinReach(today, { ...LEWES, maxKm: Infinity }));
    expect(names(placed)).to.deep.equal(['Hall', 'Rehoboth', 'Milton', 'Georgetown', 'No Position']);
    const distances = placed.map((o) => o.distanceKm ?? Infinity);
    expect(distances).to.deep.equal([...distances].sort((a, b) => a - b));
    expect(names(online)).to.deep.equal(['Early Online', 'Late Online']);
  });

  it('a limit drops the places beyond it and those of unknown position, never the online meetings', () => {
    const kept = withinReach(today, { ...LEWES, maxKm: 10 });
    expect(names(kept)).to.deep.equal(['Early Online', 'Hall', 'Rehoboth', 'Late Online']);
    expect(kept.find((o) => o.meeting.name === 'Rehoboth')!.distanceKm).to.be.closeTo(8.0, 0.5);
  });

  it('among meetings at one place, the sooner comes first', () => {
    const twice = feed([
      meeting({ name: 'Evening', time: '19:00', ...LEWES }),
      meeting({ name: 'Noon', time: '12:00', ...LEWES }),
    ]);
    const list = upcoming(twice, {}, { now: NOW, zone: 'America/New_York' }).occurrences.filter((o) => o.day === 1);
    expect(names(nearestFirst(withinReach(list, { ...LEWES, maxKm: Infinity })).placed)).to.deep.equal(['Noon', 'Evening']);
  });
});
