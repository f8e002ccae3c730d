/**
 * Moderation: the queue, approval (with a redaction: the author's original title and text are kept, shown only to
 * staff), rejection with an internal reason, tags and featuring of published stories, and unpublishing. A story its
 * author withdrew is never published again.
 */
import type { Story } from '../../src/core/api/stories.js';
import type { StaffSubmission } from '../../src/core/api/staff.js';
import type { Database, Queryable } from './db.js';
import { conflict, notFound } from './problems.js';
import { toStory, type SubmissionRow } from './stories.js';
import { composeStoryPublished, mailLang } from './mail/messages.js';
import type { Mailer } from './mail/outbox.js';

export const toStaffSubmission = (r: SubmissionRow): StaffSubmission => ({
  id: r.id,
  displayName: r.display_name,
  title: r.title,
  body: r.body,
  contentWarning: r.content_warning,
  recoveryYears: r.recovery_years,
  originalTitle: r.original_title,
  originalBody: r.original_body,
  email: r.email,
  consentPublish: true,
  consentShare: r.consent_share,
  tags: r.tags,
  featured: r.featured_at !== null,
  staffDisclosure: r.staff_disclosure,
  status: r.status,
  submittedAt: r.submitted_at.toISOString(),
  publishedAt: r.published_at?.toISOString() ?? null,
  rejectReason: r.reject_reason,
  lang: r.lang,
});

/** The queue (pending) oldest first, as they arrived; published ones newest first; the others by arrival, newest first. */
export async function listSubmissions(db: Queryable, status: SubmissionRow['status']) {
  const order = status === 'pending' ? 'submitted_at, id' : status === 'published' ? 'published_at desc, id desc' : 'submitted_at desc, id desc';
  const rows = await db.query<SubmissionRow>(`select * from story_submissions where status = $1 and erased_at is null order by ${order} limit 500`, [status]);
  return { submissions: rows.map(toStaffSubmission) };
}

export interface StoryChanges {
  staffDisclosure?: string | null;
  tags?: string[];
  lang?: string | null;
  title?: string;
  body?: string;
  featured?: boolean;
}

/**
 * Applies staff's changes to a story row, in a transaction holding it. A redaction keeps the author's original the
 * first time the text changes; a redaction back to the original forgets that it was redacted.
 */
async function applyChanges(tx: Queryable, row: SubmissionRow, changes: StoryChanges, now: Date, publish: boolean): Promise<SubmissionRow> {
  const originalTitle = row.original_title ?? row.title;
  const originalBody = row.original_body ?? row.body;
  const title = changes.title ?? row.title;
  const body = changes.body ?? row.body;
  const featuredAt = changes.featured === undefined ? row.featured_at : changes.featured ? (row.featured_at ?? now) : null;
  const [updated] = await tx.query<SubmissionRow>(
    `update story_submissions set
       status = case when $2::boolean then 'published' else status end,
       published_at = case when $2::boolean then coalesce(published_at, $3::timestamptz) else published_at end,
       staff_disclosure = case when $4::boolean then $5::text else staff_disclosure end,
       tags = coalesce($6::text[], tags),
       lang = case when $7::boolean then $8::text else lang end,
       title = $9, body = $10, original_title = $11, original_body = $12, featured_at = $13, reject_reason = null
     where id = $1 returning *`,
    [row.id, publish, now, changes.staffDisclosure !== undefined || publish, changes.staffDisclosure ?? null,
      changes.tags ? [...new Set(changes.tags)] : null, changes.lang !== undefined, changes.lang ?? null, title, body,
      title === originalTitle && body === originalBody ? null : originalTitle,
      title === originalTitle && body === originalBody ? null : originalBody, featuredAt],
  );
  return updated!;
}

async function lockSubmission(tx: Queryable, id: string): Promise<SubmissionRow> {
  const [row] = await tx.query<SubmissionRow>('select * from story_submissions where id = $1 for update', [id]);
  if (!row) throw notFound('This submission');
  if (row.status === 'withdrawn') throw conflict('The author withdrew this story.');
  return row;
}

/**
 * Publishes a submission (pending, unpublished, rejected, or published already: then it is a change). `tags` replace
 * the ones it has (duplicates dropped), `lang` its language (null: not known); undefined keeps them. The disclosure
 * is what staff send (none when absent).
 */
export async function approveSubmission(db: Database, id: string, changes: StoryChanges = {}, now = new Date(), mail?: Mailer): Promise<Story> {
  const story = await db.transaction(async (tx) => {
    const row = await applyChanges(tx, await lockSubmission(tx, id), changes, now, true);
    // The author left an address: they are told once, the first time it is published.
    if (mail && row.email) {
      const lang = mailLang(row.lang);
      await mail.enqueue(tx, { key: `story-published:${row.id}`, kind: 'story-published', to: row.email, lang, composed: composeStoryPublished(lang, row.display_name) });
    }
    return toStory(row);
  });
  mail?.wake();
  return story;
}

/** Changes a published story. */
export async function updateStory(db: Database, id: string, changes: StoryChanges, now = new Date()): Promise<StaffSubmission> {
  return db.transaction(async (tx) => {
    const row = await lockSubmission(tx, id);
    if (row.status !== 'published') throw conflict('Only a published story can be changed here; approve it to publish it.');
    return toStaffSubmission(await applyChanges(tx, row, changes, now, false));
  });
}

/** Takes a published story down; staff can approve it again. */
export async function unpublishStory(db: Database, id: string): Promise<StaffSubmission> {
  return db.transaction(async (tx) => {
    const row = await lockSubmission(tx, id);
    if (row.status !== 'published') throw conflict('This story is not published.');
    const [updated] = await tx.query<SubmissionRow>(
      `update story_submissions set status = 'unpublished', featured_at = null where id = $1 returning *`,
      [id],
    );
    return toStaffSubmission(updated!);
  });
}

/** Declines a story (a published one is taken down), with staff's internal reason. */
export async function rejectSubmission(db: Database, id: string, reason: string | null = null): Promise<void> {
  await db.transaction(async (tx) => {
    await lockSubmission(tx, id);
    await tx.query(`update story_submissions set status = 'rejected', reject_reason = $2, featured_at = null where id = $1`, [id, reason]);
  });
}
