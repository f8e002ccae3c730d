/**
 * Reading a BMLT root server (Narcotics Anonymous' meeting data) into the finder's `Meeting` shape. Loaded on
 * demand: `load.ts` imports this module only when a page names a BMLT source, so the meetings entry does not
 * carry it.
 *
 * Interface agreed with the element side (sources, merging, labels, feedback link):
 *
 *   const { readBmlt } = await import('./bmlt/index.js');
 *   const { meetings, skipped } = await readBmlt(url, { lang, signal });
 *
 * - `url` is the server's root (`https://bmlt.example.org/main_server/`) or any URL under it, such as a
 *   `client_interface/json/?switcher=GetSearchResults&services[]=12&recursive=1` a region publishes. The search
 *   filters it carries (`services[]`, `recursive`, `weekdays[]`, `venue_types[]`, `lat_val`/`long_val`/
 *   `geo_width`/`geo_width_km`) are kept; everything else is rebuilt.
 * - It asks the 4.0+ `client_interface/tsml/` switcher first (Meeting Guide form) and, when an older server
 *   answers 4xx (422), falls back to the JSON switcher and GetServiceBodies. GetFormats (in `lang`, English
 *   filling the gaps) is asked beside either: both answers name formats only by id.
 * - It rejects like `getJson` does (HttpStatusError, NetworkError, TimeoutError, NotJsonError,
 *   InvalidShapeError when the answer is not a list, AbortError when `signal` aborts), so a failing BMLT source is
 *   reported beside the others exactly like a failing Meeting Guide feed.
 * - Each meeting may carry `feedbackUrl` / `feedbackEmails` (the Meeting Guide spec's `feedback_url` and
 *   `feedback_emails` from the tsml switcher; from the JSON switcher, the contact e-mail of the meeting's
 *   service body, which servers publish only when configured to).
 * - Formats with a Meeting Guide code (through the format's `world_id`) become that code in `types`; the others
 *   are put in `types` as their name in the visitor's language (the server's translation when it has one),
 *   which `typeName` shows as written, as it does any unknown code.
 */
import { HttpStatusError, InvalidShapeError, NotJsonError, isAbortError } from '../../core/errors.js';
import { getJson } from '../../core/http.js';
import type { Meeting } from '../normalize.js';
import { normalizeBmlt, type BmltFormat, type BmltServiceBody } from './normalize.js';
import { normalizeTsml } from './tsml.js';

export { normalizeBmlt } from './normalize.js';
export { normalizeTsml } from './tsml.js';

/** Meetings as the rest of the finder holds them (`feedbackUrl`/`feedbackEmails` included). */
export type BmltMeeting = Meeting;

export interface BmltResult {
  meetings: BmltMeeting[];
  /** Records skipped as unusable. */
  skipped: number;
}

export interface ReadBmltOptions {
  /** The visitor's language (`en`, `es`, ...): named formats are given in it when the server has them. */
  lang: string;
  /** Cancels every request; the promise then rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** Per request, in milliseconds (default as `getJson`). */
  timeoutMs?: number;
  /** Service body ids to read (with their children); added to any the URL carries. */
  services?: string[];
}

/** The search filters a page may put in its BMLT URL; any other parameter is the reader's to set. */
const FILTERS = /^(services|weekdays|venue_types|formats)(\[\])?$|^(recursive|lat_val|long_val|geo_width|geo_width_km)$/;

/** Only the fields the finder shows: the JSON answer is about half the size of a full one. */
const FIELDS = [
  'id_bigint', 'meeting_name', 'weekday_tinyint', 'start_time', 'duration_time', 'time_zone', 'venue_type', 'formats',
  'format_shared_id_list', 'service_body_bigint', 'service_body_name', 'latitude', 'longitude', 'location_text', 'location_info',
  'location_street', 'location_municipality', 'location_province', 'location_postal_code_1', 'location_nation',
  'comments', 'virtual_meeting_link', 'virtual_meeting_additional_info', 'phone_meeting_number',
  'phone_meeting_additional_info',
].join(',');

/** The server root (ending in `/`) and the filters of a page's BMLT URL. */
export function bmltRequest(url: string, services: readonly string[] = []): { root: string; filters: URLSearchParams } {
  const given = new URL(url, typeof document === 'undefined' ? undefined : document.baseURI);
  if (given.protocol !== 'http:' && given.protocol !== 'https:') throw new TypeError(`Not an http(s) URL: ${url}`);
  const at = given.pathname.indexOf('/client_interface/');
  const path = at >= 0 ? given.pathname.slice(0, at + 1) : given.pathname.replace(/\/?$/, '/');
  const filters = new URLSearchParams();
  for (const [name, value] of given.searchParams) if (FILTERS.test(name)) filters.append(name, value);
  for (const id of services) filters.append('services[]', id);
  if (services.length > 0 && !filters.has('recursive')) filters.set('recursive', '1');
  return { root: `${given.origin}${path}`, filters };
}

const switcher = (root: string, kind: 'json' | 'tsml', name: string, params: Record<string, string>, filters?: URLSearchParams) => {
  const query = new URLSearchParams({ switcher: name, ...params });
  for (const [key, value] of filters ?? []) query.append(key, value);
  return `${root}client_interface/${kind}/?${query.toString()}`;
};

/** An older server (before 4.0) has no tsml switcher: it answers 422, and some proxies 404 or an HTML page. */
const noTsml = (error: unknown) =>
  error instanceof NotJsonError || (error instanceof HttpStatusError && error.status >= 400 && error.status < 500 && error.status !== 429);

/** Reads the meetings of a BMLT root server. */
export async function readBmlt(url: string, options: ReadBmltOptions): Promise<BmltResult> {
  const { root, filters } = bmltRequest(url, options.services);
  const request = { signal: options.signal, timeoutMs: options.timeoutMs };
  const lang = options.lang.toLowerCase().split('-')[0] || 'en';
  // Formats and service bodies only name things: a server that cannot give them still lists its meetings.
  const optional = <T>(url: string): Promise<T[]> =>
    getJson(url, request).then(
      (data) => (Array.isArray(data) ? (data as T[]) : []),
      (error: unknown) => {
        if (isAbortError(error)) throw error;
        return [];
      },
    );
  // Both switchers need the formats' names (tsml answers with world ids), so they are asked for at once.
  const formats = Promise.all([
    lang === 'en' ? [] : optional<BmltFormat>(switcher(root, 'json', 'GetFormats', { lang_enum: 'en' })),
    optional<BmltFormat>(switcher(root, 'json', 'GetFormats', { lang_enum: lang })),
  ]).then(([english, own]) => [...english, ...own]);
  formats.catch(() => undefined); // an abort is reported by the search request

  const tsmlUrl = switcher(root, 'tsml', 'GetSearchResults', {}, filters);
  try {
    const feed = await getJson(tsmlUrl, request);
    return normalizeTsml(feed, tsmlUrl, await formats, lang);
  } catch (error) {
    if (!noTsml(error)) throw error;
  }

  const searchUrl = switcher(root, 'json', 'GetSearchResults', { data_field_key: FIELDS }, filters);
  const [records, formatList, bodies] = await Promise.all([
    getJson(searchUrl, request),
    formats,
    optional<BmltServiceBody>(switcher(root, 'json', 'GetServiceBodies', {})),
  ]);
  if (!Array.isArray(records)) throw new InvalidShapeError(`${searchUrl} is not a list of meetings`, searchUrl);
  return normalizeBmlt(records, formatList, bodies, { lang });
}
