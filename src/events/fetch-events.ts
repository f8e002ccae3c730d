/**
 * Reading the events to show: given directly (the `events` property), one event (`event-id`), or the list,
 * from the center API; then only what is still to come, with a matching tag, soonest first.
 */
import { apiUrl, getJson } from '../core/http.js';
import { InvalidShapeError } from '../core/errors.js';
import { readEvents, upcomingEvents, type EventList } from './parse.js';

export async function fetchEvents(
  api: string | undefined,
  given: unknown[] | undefined,
  eventId: string | undefined,
  tags: string | undefined,
  limit: number | undefined,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<EventList> {
  const options = { signal, timeoutMs };
  let found: EventList;
  if (given) {
    found = readEvents(given);
  } else if (!api) {
    found = { events: [], skipped: 0 };
  } else if (eventId) {
    const url = apiUrl(api, `/events/${encodeURIComponent(eventId)}`);
    const body = await getJson<{ event?: unknown }>(url, options);
    found = readEvents([body?.event]);
    if (found.skipped) throw new InvalidShapeError(`${url} did not answer with an event`, url);
  } else {
    const url = apiUrl(api, '/events', { limit, tags: tagList(tags).join(',') || undefined });
    const body = await getJson<{ events?: unknown }>(url, options);
    if (!Array.isArray(body?.events)) throw new InvalidShapeError(`${url} did not answer with a list of events`, url);
    found = readEvents(body.events);
  }
  return toCome(found, eventId, tags, limit);
}

/**
 * Events given directly, at once (no load): the first render shows them, and a server renders them. Takes
 * the element's inputs as `fetchEvents` does (the API is not needed).
 */
export const givenEvents = (_api: unknown, given: unknown[] | undefined, eventId?: string, tags?: string, limit?: number): EventList | undefined =>
  given && toCome(readEvents(given), eventId, tags, limit);

const tagList = (tags?: string) => (tags ?? '').split(',').map((tag) => tag.trim()).filter(Boolean);

function toCome({ events, skipped }: EventList, eventId?: string, tags?: string, limit?: number): EventList {
  const upcoming = upcomingEvents(events, { now: Date.now(), tags: tagList(tags), limit });
  return { events: upcoming.filter((event) => !eventId || event.id === eventId), skipped };
}
