/**
 * Meetings by distance from the visitor. Pure: no DOM. Loaded with the rest of the "refine" part, when the
 * visitor first opens the filters or asks for meetings near them: a visitor who never shares a position never
 * downloads it.
 *
 * Distance orders and limits only the meetings that have a place. Online meetings have none, and a visitor
 * near a town still wants them: they stay listed, set apart (see `nearestFirst`), never silently dropped.
 */
import type { Near, Occurrence } from '../filter.js';
import type { Meeting } from '../normalize.js';

/** Great-circle distance (haversine) in kilometres. */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Whether a meeting is only online: it has no place to be near. */
export const onlineOnly = (meeting: Meeting) => meeting.attendance === 'online';

/**
 * The occurrences within `near.maxKm`, each with its distance. Online meetings stay (distance does not apply
 * to them); a meeting in person whose feed gives no position stays while any distance will do, and goes
 * when the visitor chose a limit, since it cannot be shown to be within it.
 */
export function withinReach(occurrences: Occurrence[], near: Near): Occurrence[] {
  const kept: Occurrence[] = [];
  for (const occurrence of occurrences) {
    const { meeting } = occurrence;
    if (onlineOnly(meeting)) kept.push(occurrence);
    else if (meeting.latitude === undefined || meeting.longitude === undefined) {
      if (near.maxKm === Infinity) kept.push(occurrence);
    } else {
      const distance = distanceKm(near, { latitude: meeting.latitude, longitude: meeting.longitude });
      if (distance <= near.maxKm) kept.push({ ...occurrence, distanceKm: distance });
    }
  }
  return kept;
}

/**
 * One day's occurrences, nearest first: those with a place by distance (the soonest first among equals,
 * those without a known position last), and the online ones apart, in time order.
 */
export function nearestFirst(occurrences: Occurrence[]): { placed: Occurrence[]; online: Occurrence[] } {
  const placed = occurrences.filter((o) => !onlineOnly(o.meeting));
  placed.sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || a.start.getTime() - b.start.getTime());
  return { placed, online: occurrences.filter((o) => onlineOnly(o.meeting)) };
}
