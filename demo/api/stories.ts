/** Stories: submissions wait for staff; only published ones are listed; authors can withdraw with their token. */
import { id as idSchema, instant } from '../../src/core/api/common.js';
import type { Story, StorySubmission } from '../../src/core/api/stories.js';
import type { Database, Queryable } from './db.js';
import { checkSameRequest, lockKey } from './idempotency.js';
import { invalid, notFound } from './problems.js';
import { newId, newToken, sealToken, sha256, unsealToken } from './tokens.js';

export interface SubmissionRow {
  id: string;
  display_name: string;
  title: string;
  body: string;
  content_warning: string | null;
  recovery_years: number | null;
  email: string | null;
  consent_share: boolean;
  status: 'pending' | 'published' | 'unpublished' | 'rejected' | 'withdrawn';
  staff_disclosure: string | null;
  original_title: string | null;
  original_body: string | null;
  reject_reason: string | null;
  featured_at: Date | null;
  tags: string[];
  lang: string | null;
  submitted_at: Date;
  published_at: Date | null;
}

export const toStory = (row: SubmissionRow): Story => ({
  id: row.id,
  displayName: row.display_name,
  title: row.title,
  body: row.body,
  contentWarning: row.content_warning,
  recoveryYears: row.recovery_years,
  publishedAt: row.published_at!.toISOString(),
  staffDisclosure: row.staff_disclosure,
  tags: row.tags,
  shareable: row.consent_share,
  lang: row.lang,
  featured: row.featured_at !== null,
});

// Featured stories come first (most recently featured first), then the rest, newest first. The cursor names the
// last story of a page by its place in that order, `[featured, at, id]`: opaque to clients. (A cursor from before
// featuring, `[at, id]`, still reads, as a place among the stories not featured.)
const sortAt = (row: SubmissionRow) => (row.featured_at ?? row.published_at!).toISOString();
const encodeCursor = (row: SubmissionRow) =>
  Buffer.from(JSON.stringify([row.featured_at ? 1 : 0, sortAt(row), row.id])).toString('base64url');

function decodeCursor(cursor: string): [number, string, string] {
  try {
    if (/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) {
      const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      const parts = Array.isArray(parsed) ? (parsed as unknown[]) : [];
      const [featured, at, id, ...rest] = parts.length === 2 ? [0, ...parts] : parts;
      if (rest.length === 0 && (featured === 0 || featured === 1) && instant.safeParse(at).success && idSchema.safeParse(id).success) {
        return [featured, at as string, id as string];
      }
    }
  } catch {
    // fall through
  }
  throw invalid('cursor', 'This page link is not valid. Start from the first page.');
}

/** Published stories, featured first, then newest first; with `tags`, only those with any of them. */
export async function listStories(
  db: Queryable,
  { cursor, limit = 10, tags = [] }: { cursor?: string; limit?: number; tags?: string[] },
) {
  const [afterFeatured, afterAt, afterId] = cursor ? decodeCursor(cursor) : [null, null, null];
  const rows = await db.query<SubmissionRow>(
    `select * from story_submissions where status = 'published'
       and ($1::int is null or ((featured_at is not null)::int, coalesce(featured_at, published_at), id) < ($1::int, $2::timestamptz, $3::text))
       and (cardinality($5::text[]) = 0 or tags && $5::text[])
     order by (featured_at is not null)::int desc, coalesce(featured_at, published_at) desc, id desc limit $4`,
    [afterFeatured, afterAt, afterId, limit + 1, tags],
  );
  const page = rows.slice(0, limit);
  return { stories: page.map(toStory), nextCursor: rows.length > limit ? encodeCursor(page.at(-1)!) : null };
}

/** A published story; any other (pending, rejected, withdrawn, unknown, or an id that cannot exist) is not found. */
export async function getStory(db: Queryable, id: string): Promise<Story> {
  if (!idSchema.safeParse(id).success) throw notFound('This story');
  const [row] = await db.query<SubmissionRow>(`select * from story_submissions where id = $1 and status = 'published'`, [id]);
  if (!row) throw notFound('This story');
  return toStory(row);
}

function displayNameOf(submission: StorySubmission): string {
  if (submission.displayNameMode === 'anonymous') return 'Anonymous';
  const name = submission.displayName?.trim() ?? '';
  if (name === '') throw invalid('displayName', 'Please enter the name to show, or choose Anonymous.');
  if (submission.displayNameMode === 'initials' && !/^[\p{L}][\p{L}.\s]{0,9}$/u.test(name)) {
    throw invalid('displayName', 'Initials are letters only, such as "J. R."');
  }
  return name;
}

export interface SubmissionAccepted {
  id: string;
  withdrawToken: string;
}

/** Takes a story for moderation. Idempotent on the key like RSVPs. A filled honeypot is answered alike and dropped. */
export async function submitStory(db: Database, submission: StorySubmission, idempotencyKey: string): Promise<SubmissionAccepted> {
  if (submission.website) return { id: newId(), withdrawToken: newToken() }; // a bot: look accepted, keep nothing
  const displayName = displayNameOf(submission);
  const keyHash = sha256(idempotencyKey);
  const requestHash = sha256(JSON.stringify(['story', submission]));
  return db.transaction(async (tx) => {
    const earlier = await lockKey(tx, keyHash);
    if (earlier) {
      checkSameRequest(earlier, 'story', requestHash);
      return { id: earlier.resource_id, withdrawToken: unsealToken(earlier.sealed_token, idempotencyKey) };
    }
    const id = newId();
    const withdrawToken = newToken();
    await tx.query(
      `insert into story_submissions (id, display_name, title, body, content_warning, recovery_years, email, consent_share, status,
         withdraw_token_hash, lang)
       values ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', $9, $10)`,
      [id, displayName, submission.title, submission.body, submission.contentWarning || null, submission.recoveryYears ?? null,
        submission.email || null, submission.consentShare, sha256(withdrawToken), submission.lang ?? null],
    );
    await tx.query(
      `insert into idempotency_keys (key_hash, scope, request_hash, resource_id, response_status, sealed_token)
       values ($1, 'story', $2, $3, 'pending', $4)`,
      [keyHash, requestHash, id, sealToken(withdrawToken, idempotencyKey)],
    );
    return { id, withdrawToken };
  });
}

export async function withdrawStory(db: Queryable, token: string): Promise<void> {
  // Erased, not just hidden: nothing the author wrote is kept. The row stays, empty, so that withdrawing again (a retry
  // whose answer was lost) is still answered 204.
  const rows = await db.query(
    `update story_submissions set status = 'withdrawn', erased_at = coalesce(erased_at, now()), display_name = '', title = '',
       body = '', content_warning = null, recovery_years = null, email = null, original_title = null, original_body = null,
       staff_disclosure = null, reject_reason = null, tags = '{}', featured_at = null
     where withdraw_token_hash = $1 returning id`,
    [sha256(token)],
  );
  if (rows.length === 0) throw notFound('This story');
  // A message about it not yet sent goes too: it held the author's name and address.
  await db.query(`delete from mail_outbox where idempotency_key = $1 and status <> 'sent'`, [`story-published:${(rows[0] as { id: string }).id}`]);
}

export async function listCelebrations(db: Queryable, month: string) {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`;
  const rows = await db.query<{ display_name: string; span_count: number; span_unit: 'days' | 'months' | 'years'; date: string }>(
    `select display_name, span_count, span_unit, to_char(date, 'YYYY-MM-DD') as date from celebrations
      where date >= $1::date and date < $2::date order by date, id`,
    [`${month}-01`, next],
  );
  return {
    celebrations: rows.map((r) => ({ displayName: r.display_name, span: { count: r.span_count, unit: r.span_unit }, date: r.date })),
  };
}

export async function listMeetings(db: Queryable) {
  return (await db.query<{ data: unknown }>('select data from meetings order by position')).map((r) => r.data);
}
