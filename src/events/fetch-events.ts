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
  const tagList = (tags ?? '').split(',').map((tag) => tag.trim()).filter(Boolean);
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
    const url = apiUrl(api, '/events', { limit, tags: tagList.join(',') || undefined });
    const body = await getJson<{ events?: unknown }>(url, options);
    if (!Array.isArray(body?.events)) throw new InvalidShapeError(`${url} did not answer with a list of events`, url);
    found = readEvents(body.events);
  }
  const events = upcomingEvents(found.events, { now: Date.now(), tags: tagList, limit }).filter(
    (event) => !eventId || event.id === eventId,
  );
  return { events, skipped: found.skipped };
}
