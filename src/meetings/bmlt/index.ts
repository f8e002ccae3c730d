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
 *   answers 4xx (422), falls back to the JSON switcher with GetFormats (in `lang`, else English) and
 *   GetServiceBodies.
 * - It rejects like `getJson` does (HttpStatusError, NetworkError, TimeoutError, NotJsonError,
 *   InvalidShapeError when the answer is not a list, AbortError when `signal` aborts), so a failing BMLT source is
 *   reported beside the others exactly like a failing Meeting Guide feed.
 * - Each meeting may carry `feedbackUrl` / `feedbackEmails` (the Meeting Guide spec's `feedback_url` and
 *   `feedback_emails`; for the JSON switcher, the meeting's service body's contact e-mail). If `Meeting` gains
 *   those two optional fields, `BmltMeeting` is just `Meeting`.
 * - Formats with a Meeting Guide code (through the format's `world_id`) become that code in `types`; the others
 *   are put in `types` as their name in the visitor's language (the server's translation when it has one),
 *   which `typeName` shows as written, as it does any unknown code.
 */
import type { Meeting } from '../normalize.js';

export interface BmltMeeting extends Meeting {
  /** A page where the meeting's listing can be corrected (http/https only). */
  feedbackUrl?: string;
  /** Addresses to write to for a correction. */
  feedbackEmails?: string[];
}

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

/** Reads the meetings of a BMLT root server. */
export async function readBmlt(url: string, options: ReadBmltOptions): Promise<BmltResult> {
  void url;
  void options;
  throw new Error('readBmlt: not implemented yet');
}
