/**
 * The door list: who can be checked in (confirmed RSVPs), found by any part of a name, e-mail or phone as typed on a
 * phone (no matter the case or accents: "jose" finds "José"), in a steady alphabetical order so that rows do not
 * jump while the door is busy. Pure: no DOM.
 */
import type { Attendee } from '../../core/api/staff-events.js';

/** Lowercase, without accents, spaces collapsed: what a search compares. */
export const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

const digits = (text: string) => text.replace(/\D/g, '');

/** Whether every word of `query` is in the attendee's name or e-mail, or its digits in their phone. */
export function matches(attendee: Attendee, query: string): boolean {
  const words = fold(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(`${attendee.name} ${attendee.email ?? ''}`);
  const phone = digits(attendee.phone ?? '');
  return words.every((word) => haystack.includes(word) || (digits(word).length >= 3 && phone.includes(digits(word))));
}

/** The confirmed RSVPs that match, by name (then by arrival, for two people of one name). */
export function doorList(attendees: readonly Attendee[], query: string, lang: string): Attendee[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  return attendees
    .filter((a) => a.status === 'confirmed' && matches(a, query))
    .sort((a, b) => collator.compare(a.name, b.name) || a.rsvpAt.localeCompare(b.rsvpAt));
}

/** People (each with their guests) checked in, and expected, among the confirmed. */
export function doorCounts(attendees: readonly Attendee[]): { checkedIn: number; expected: number } {
  let checkedIn = 0;
  let expected = 0;
  for (const a of attendees) {
    if (a.status !== 'confirmed') continue;
    expected += 1 + a.guests;
    if (a.checkedInAt) checkedIn += 1 + a.guests;
  }
  return { checkedIn, expected };
}
