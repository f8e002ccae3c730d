/**
 * Stories on the real reference API of the browser tests (test/support/center-api.mjs): sent as a visitor
 * would, published through the staff endpoints with a tag of the test's own, so tests never share stories.
 */
import { apiUrl } from '../../src/core/http.js';
import { sendJson } from '../../src/core/send.js';
import type { StorySubmission } from '../../src/core/api/stories.js';
import { STAFF } from './events-api.js';

export const nextTag = () => `t${Math.random().toString(36).slice(2, 10)}`;

export function storyInput(overrides: Partial<StorySubmission> = {}): StorySubmission {
  return {
    displayNameMode: 'firstName',
    displayName: 'Robin',
    title: `A story ${Math.random().toString(36).slice(2, 8)}`,
    body: 'A year ago I could not imagine a sober weekend. Today I have a year of ordinary days, and they are a gift.',
    consentPublish: true,
    consentShare: true,
    ...overrides,
  };
}

interface Submission {
  id: string;
  title: string;
  status: string;
  lang: string | null;
}

/** Submissions the server holds with this title, in any state (read past any cache). */
export async function submissionsTitled(title: string, status = 'pending'): Promise<Submission[]> {
  const response = await fetch(apiUrl('/api', '/staff/submissions', { status, read: `${Date.now()}-${Math.random()}` }), { headers: STAFF, cache: 'no-store' });
  const { submissions } = (await response.json()) as { submissions: Submission[] };
  return submissions.filter((s) => s.title === title);
}

export async function approve(id: string, tags: string[], staffDisclosure: string | null = null): Promise<void> {
  await sendJson('POST', apiUrl('/api', `/staff/submissions/${id}/approve`), { tags, staffDisclosure }, { headers: STAFF });
}

/** A published story with `tag`; returns its id and its withdraw token. */
export async function publishStory(tag: string, overrides: Partial<StorySubmission> = {}, staffDisclosure: string | null = null): Promise<{ id: string; withdrawToken: string }> {
  const input = storyInput(overrides);
  const { data } = await sendJson<{ submission: { id: string; withdrawToken: string } }>('POST', apiUrl('/api', '/stories'), input, {
    idempotencyKey: crypto.randomUUID(),
  });
  await approve(data.submission.id, [tag], staffDisclosure);
  return data.submission;
}
