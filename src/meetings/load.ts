/**
 * Loading meetings from one or more sources (Meeting Guide feeds, BMLT root servers) in parallel, or from the
 * center API's /meetings. A source that fails is reported beside the others' meetings; only when every source
 * fails is it an error. Each source's label becomes its meetings' program. The BMLT reader is loaded only for a
 * BMLT source, and the merging (merge.ts) and the details reader while the sources load. A Meeting Guide feed's
 * meetings come with their details still to read (`readMeetingDetails`; see `normalizeFeed`), unless several
 * sources are merged.
 */
import { getJson } from '../core/http.js';
import { isAbortError } from '../core/errors.js';
import { normalizeFeed, type Meeting, type NormalizedFeed } from './normalize.js';
import { loadDetailsReader, readMeetingDetails } from './read-details.js';
import type { ResolvedSource } from './sources.js';

export interface LoadedMeetings {
  meetings: Meeting[];
  skipped: number;
  /** Sources that failed while others loaded. */
  failures: Array<{ source: string; label?: string; error: unknown }>;
  /** The programs listed (the sources' labels), in source order. */
  programs: string[];
}

export interface LoadOptions {
  signal: AbortSignal;
  /** The visitor's language: a BMLT server names its formats in it when it can. */
  lang: string;
  /** The BMLT reader's module (`./bmlt/index.js`), loaded for the first BMLT source. */
  /** Largest feed accepted, in bytes (the HTTP client's default when left out). */
  maxBytes?: number;
  bmlt: () => Promise<{ readBmlt: (url: string, options: { lang: string; signal: AbortSignal }) => Promise<NormalizedFeed> }>;
}

/**
 * A page may start its feed early, before this code arrives: `<link rel="preload" href="FEED" as="fetch"
 * crossorigin="anonymous">` (README, Performance). The browser hands that response over only to a request of the
 * same credentials mode, `same-origin`, which no attribute can make `omit`: such a feed is asked for as the page
 * asked for it. That sends no cookies to another site; to the page's own origin, only those it set.
 */
const preloaded = (url: string) =>
  [...document.querySelectorAll<HTMLLinkElement>('link[rel~=preload][crossorigin]')].some((link) => link.href === url && link.crossOrigin === 'anonymous')
    ? 'same-origin'
    : undefined;

async function read(source: ResolvedSource, { signal, lang, bmlt, maxBytes }: LoadOptions): Promise<NormalizedFeed> {
  const feed =
    source.format === 'bmlt'
      ? await (await bmlt()).readBmlt(source.url, { lang, signal })
      : normalizeFeed(await getJson(source.url, { signal, maxBytes, credentials: preloaded(source.url) }), source.url);
  if (source.label) for (const meeting of feed.meetings) meeting.programs = [source.label];
  return feed;
}

export async function loadMeetings(sources: ResolvedSource[], options: LoadOptions): Promise<LoadedMeetings> {
  // Beside the sources, not after them: the merging, and the reader of meetings' details (its failure fails the load).
  const merging = import('./merge.js');
  const reading = loadDetailsReader();
  for (const part of [merging, reading]) part.catch(() => undefined); // a failure surfaces below, once awaited
  const results = await Promise.allSettled(sources.map((source) => read(source, options)));
  options.signal.throwIfAborted();
  const failures = results.flatMap((result, i) =>
    result.status === 'rejected' ? [{ source: sources[i]!.url, label: sources[i]!.label, error: result.reason as unknown }] : [],
  );
  if (failures.length === results.length && failures.length > 0) throw failures[0]!.error;
  const loaded = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const lists = loaded.map((feed) => feed.meetings);
  await reading;
  if (lists.length > 1) readMeetingDetails(lists.flat()); // telling the same meeting apart takes its place and links
  const meetings = lists.length ? (await merging).mergeSources(lists) : [];
  return {
    meetings,
    skipped: loaded.reduce((sum, feed) => sum + feed.skipped, 0),
    failures: failures.filter((f) => !isAbortError(f.error)),
    programs: [...new Set(meetings.flatMap((m) => m.programs ?? []))],
  };
}
