import { apiUrl, getJson } from '../core/http.js';
import { InvalidShapeError, errorStatus } from '../core/errors.js';
import { readStories, type StoryList } from './parse.js';

export interface PageQuery {
  api?: string;
  storyId?: string;
  tags?: string;
  limit?: number;
  cursor?: string;
}

/** A page of stories: one by id, or from `/stories` (after `cursor`). (Stories given directly need no load.) */
export async function fetchPage(
  { api, storyId, tags, limit, cursor }: PageQuery,
  options: { signal?: AbortSignal; timeoutMs: number },
): Promise<StoryList & { nextCursor: string | null }> {
  if (!api) return { stories: [], skipped: 0, nextCursor: null };
  if (storyId) {
    const url = apiUrl(api, `/stories/${encodeURIComponent(storyId)}`);
    // A story that was withdrawn (or never was) is not an error to retry: the page says it is no longer here.
    const body = await getJson<{ story?: unknown }>(url, options).catch((error: unknown) => {
      if (errorStatus(error) === 404) return undefined;
      throw error;
    });
    if (!body) return { stories: [], skipped: 0, nextCursor: null };
    const found = readStories([body.story]);
    if (found.skipped) throw new InvalidShapeError(`${url} did not answer with a story`, url);
    return { ...found, nextCursor: null };
  }
  const tagList = (tags ?? '').split(',').map((tag) => tag.trim()).filter(Boolean).join(',');
  const url = apiUrl(api, '/stories', { limit: limit ?? 6, tags: tagList || undefined, cursor });
  const body = await getJson<{ stories?: unknown; nextCursor?: unknown }>(url, options);
  if (!Array.isArray(body?.stories)) throw new InvalidShapeError(`${url} did not answer with a list of stories`, url);
  return { ...readStories(body.stories), nextCursor: typeof body.nextCursor === 'string' ? body.nextCursor : null };
}
