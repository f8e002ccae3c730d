/**
 * The finder's state in the page URL (`url-state`): filters and the open meeting as query parameters with a
 * `meetings-` prefix, so a site's own parameters are left alone. Loaded only when `url-state` is on; pure, but
 * for `writeState`, which writes the page's history.
 */
import { TIMES_OF_DAY, type MeetingQuery, type TimeOfDay } from './filter.js';

const PREFIX = 'meetings-';

export function stateFromUrl(href: string): { query: MeetingQuery; openSlug?: string } {
  const params = new URL(href).searchParams;
  const get = (name: string) => params.get(PREFIX + name) || undefined;
  const list = (name: string) => get(name)?.split(',').filter(Boolean);
  const day = get('day') === undefined ? NaN : Number(get('day'));
  return {
    query: {
      search: get('q'),
      day: Number.isInteger(day) && day >= 0 && day <= 6 ? day : undefined,
      timesOfDay: list('time')?.filter((v): v is TimeOfDay => TIMES_OF_DAY.includes(v as TimeOfDay)),
      attendance: list('attendance')?.filter((v): v is 'in_person' | 'online' => v === 'in_person' || v === 'online'),
      types: list('types'),
      programs: list('programs'),
      region: get('region'),
    },
    openSlug: get('meeting'),
  };
}

export function urlWithState(href: string, query: MeetingQuery, openSlug: string | undefined): string {
  const url = new URL(href);
  const values: Record<string, string | undefined> = {
    q: query.search || undefined,
    day: query.day?.toString(),
    time: query.timesOfDay?.join(',') || undefined,
    attendance: query.attendance?.join(',') || undefined,
    types: query.types?.join(',') || undefined,
    programs: query.programs?.join(',') || undefined,
    region: query.region,
    meeting: openSlug,
  };
  for (const [name, value] of Object.entries(values)) {
    if (value) url.searchParams.set(PREFIX + name, value);
    else url.searchParams.delete(PREFIX + name);
  }
  return url.href;
}

/** Puts the finder's state in the page URL: a new history entry (`push`, for opening and closing a meeting) or the current one. */
export function writeState(mode: 'push' | 'replace', query: MeetingQuery, openSlug: string | undefined): void {
  const href = urlWithState(location.href, query, openSlug);
  if (href === location.href) return;
  if (mode === 'push') history.pushState(null, '', href);
  else history.replaceState(null, '', href);
}

/** A link to one meeting on this page: what "share" hands out (without the sharer's filters). */
export function meetingLink(href: string, slug: string): string {
  return urlWithState(href, {}, slug);
}
