/**
 * Loading meetings from one or more Meeting Guide feeds (merged), or from the center API's /meetings.
 * A feed that fails is reported beside the others' meetings; only when every feed fails is it an error.
 */
import { getJson } from '../core/http.js';
import { isAbortError } from '../core/errors.js';
import { normalizeMeetings, type Meeting } from './normalize.js';

export interface LoadedMeetings {
  meetings: Meeting[];
  skipped: number;
  /** Feeds that failed while others loaded. */
  failures: Array<{ source: string; error: unknown }>;
}

/** The feed URLs of a `src` attribute: comma-separated, resolved against the page, http(s) only. */
export function feedUrls(src: string | undefined): string[] {
  const urls: string[] = [];
  for (const part of (src ?? '').split(',')) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    try {
      const url = new URL(trimmed, document.baseURI);
      if (url.protocol === 'http:' || url.protocol === 'https:') urls.push(url.href);
    } catch {
      // not a URL: ignored
    }
  }
  return urls;
}

/** Merges feeds; a slug that two feeds share gets a suffix, so each meeting can be opened on its own. */
export function mergeFeeds(feeds: Meeting[][]): Meeting[] {
  const seen = new Set<string>();
  const merged: Meeting[] = [];
  for (const feed of feeds) {
    for (const meeting of feed) {
      let slug = meeting.slug;
      for (let n = 2; seen.has(slug); n++) slug = `${meeting.slug}-${n}`;
      seen.add(slug);
      merged.push(slug === meeting.slug ? meeting : { ...meeting, slug });
    }
  }
  return merged;
}

export async function loadMeetings(sources: string[], signal: AbortSignal): Promise<LoadedMeetings> {
  const results = await Promise.allSettled(
    sources.map(async (source) => normalizeMeetings(await getJson(source, { signal }), source)),
  );
  signal.throwIfAborted();
  const failures = results.flatMap((result, i) =>
    result.status === 'rejected' ? [{ source: sources[i]!, error: result.reason as unknown }] : [],
  );
  if (failures.length === results.length && failures.length > 0) throw failures[0]!.error;
  const loaded = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  return {
    meetings: mergeFeeds(loaded.map((feed) => feed.meetings)),
    skipped: loaded.reduce((sum, feed) => sum + feed.skipped, 0),
    failures: failures.filter((f) => !isAbortError(f.error)),
  };
}
