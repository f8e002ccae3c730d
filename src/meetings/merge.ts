/**
 * Sources in one list. Pure: no DOM. Loaded on demand, while the sources load (load.ts).
 *
 * The same meeting is often listed twice: an AA intergroup and an NA region both list the Monday night
 * meeting at the hospital, or two intergroups list a shared online meeting. It is shown once, with every
 * source's program. Two listings from different sources are the same meeting when they meet on the same days
 * at the same start (and in the same zone, when both name one), and either
 * - they give the same conference link (host without its subdomains, and path: `us02web.zoom.us/j/123?pwd=…`
 *   is `zoom.us/j/123`), or
 * - they have the same name (ignoring case, accents and punctuation) at the same place: coordinates within
 *   150 m when both have them, else the same street (the address's first part), else the same location name,
 *   else neither has a place and they do not give two different links.
 * A source's own listings are never merged with each other: it knows its meetings apart. The first source's
 * listing is kept (its details, its feedback link); the programs are joined. A slug used twice (by two sources,
 * or twice in one hand-made feed) gets a suffix, so each meeting can still be opened on its own.
 */
import type { Meeting } from './normalize.js';

const fold = (value: string | undefined) =>
  (value ?? '')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The conference link without what varies between listings of one room (a subdomain such as `us02web.zoom.us`, the
 * query, a trailing slash). A link to a site's front page names no room, and a country's second level (`co.uk`)
 * is not a site: neither can make two meetings one.
 */
function linkKey(href: string | undefined): string | undefined {
  if (!href) return undefined;
  const url = new URL(href);
  const path = url.pathname.replace(/\/+$/, '');
  if (!path) return undefined;
  const labels = url.hostname.split('.');
  const site = labels.slice(labels.length > 2 && labels[labels.length - 2]!.length <= 3 ? -3 : -2).join('.');
  return `${site}${path}`.toLowerCase();
}

/** Metres between two points, near enough for "the same building" (equirectangular). */
function metresApart(a: Meeting, b: Meeting): number {
  const rad = Math.PI / 180;
  const x = (b.longitude! - a.longitude!) * rad * Math.cos(((a.latitude! + b.latitude!) / 2) * rad);
  const y = (b.latitude! - a.latitude!) * rad;
  return Math.hypot(x, y) * 6_371_000;
}

function samePlace(a: Meeting, b: Meeting): boolean {
  if (a.latitude !== undefined && b.latitude !== undefined) return metresApart(a, b) <= 150;
  if (a.address && b.address) return fold(a.address.split(',')[0]) === fold(b.address.split(',')[0]);
  if (a.location && b.location) return fold(a.location) === fold(b.location);
  return !a.address && !a.location && !b.address && !b.location && !(a.conferenceUrl && b.conferenceUrl);
}

/** Whether two listings (from different sources) are one meeting; see the module's comment. */
export function sameMeeting(a: Meeting, b: Meeting): boolean {
  if (a.days.join() !== b.days.join() || a.start !== b.start) return false;
  if (a.timeZone && b.timeZone && a.timeZone !== b.timeZone) return false;
  const link = linkKey(a.conferenceUrl);
  if (link && link === linkKey(b.conferenceUrl)) return true;
  return fold(a.name) === fold(b.name) && samePlace(a, b);
}

/** The sources' meetings in one list, in source order, each meeting once with the programs of all its listings. */
export function mergeSources(sources: Meeting[][]): Meeting[] {
  const unique = uniqueSlugs();
  if (sources.length === 1) return sources[0]!.map(unique); // nothing to compare: the common case, kept quick for a cold load
  const merged: Meeting[] = [];
  // Listings that may match share days and a start: only those are compared.
  const byWhen = new Map<string, Array<{ meeting: Meeting; source: number; index: number }>>();
  sources.forEach((meetings, source) => {
    for (const meeting of meetings) {
      const when = `${meeting.days.join()}|${meeting.start}`;
      const candidates = byWhen.get(when) ?? [];
      const twin = candidates.find((c) => c.source !== source && sameMeeting(c.meeting, meeting));
      if (twin) {
        const kept = merged[twin.index]!;
        const programs = [...new Set([...(kept.programs ?? []), ...(meeting.programs ?? [])])];
        if (programs.length) merged[twin.index] = { ...kept, programs };
        continue;
      }
      candidates.push({ meeting, source, index: merged.length });
      byWhen.set(when, candidates);
      merged.push(unique(meeting));
    }
  });
  return merged;
}

/**
 * Makes each slug unique, in order ("glebe", "glebe-2"): a slug opens one meeting. A renamed copy never leaves a
 * meeting's details unread behind it (see read-details.ts): normalizeFeed already made one feed's slugs unique, and
 * several sources have their details read before they are merged.
 */
function uniqueSlugs(): (meeting: Meeting) => Meeting {
  const slugs = new Set<string>();
  return (meeting) => {
    let slug = meeting.slug;
    for (let n = 2; slugs.has(slug); n++) slug = `${meeting.slug}-${n}`;
    slugs.add(slug);
    return slug === meeting.slug ? meeting : { ...meeting, slug };
  };
}
