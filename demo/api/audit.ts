/**
 * The audit log: every staff write, and staff reads of attendee lists, as who, what, which record and when. Entries
 * hold ids and the names of changed fields, never values, so the log holds no personal data of alumni.
 */
import { id as idSchema, instant } from '../../src/core/api/common.js';
import type { AuditAction, AuditEntry, RecordType } from '../../src/core/api/accounts.js';
import type { Queryable } from './db.js';
import { invalid } from './problems.js';

/** Who acted: a signed-in account, or the deprecated staff token. */
export type Actor = { via: 'session'; accountId: string } | { via: 'token' };

export async function writeAudit(
  db: Queryable,
  actor: Actor,
  at: Date,
  action: AuditAction,
  recordType: RecordType,
  recordId: string,
  fields: string[] = [],
): Promise<void> {
  await db.query(
    `insert into audit_log (at, actor_id, via, action, record_type, record_id, fields) values ($1, $2, $3, $4, $5, $6, $7)`,
    [at, actor.via === 'session' ? actor.accountId : null, actor.via, action, recordType, recordId, fields.slice(0, 30)],
  );
}

interface AuditRow {
  id: string | number;
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  via: 'session' | 'token';
  action: AuditAction;
  record_type: RecordType;
  record_id: string;
  fields: string[];
}

const encodeCursor = (row: AuditRow) => Buffer.from(JSON.stringify([row.at.toISOString(), String(row.id)])).toString('base64url');

function decodeCursor(cursor: string): [string, string] {
  try {
    if (/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) {
      const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      const [at, id, ...rest] = Array.isArray(parsed) ? (parsed as unknown[]) : [];
      if (rest.length === 0 && instant.safeParse(at).success && typeof id === 'string' && /^\d{1,18}$/.test(id)) return [at as string, id];
    }
  } catch {
    // fall through
  }
  throw invalid('cursor', 'This page link is not valid. Start from the first page.');
}

export interface AuditFilter {
  actor?: string;
  action?: AuditAction;
  recordType?: RecordType;
  from?: Date;
  to?: Date;
  cursor?: string;
  limit: number;
}

/** Entries newest first, a page at a time. */
export async function listAudit(db: Queryable, filter: AuditFilter): Promise<{ entries: AuditEntry[]; nextCursor: string | null }> {
  if (filter.actor !== undefined && !idSchema.safeParse(filter.actor).success) throw invalid('actor', 'Must be an account id.');
  const [afterAt, afterId] = filter.cursor ? decodeCursor(filter.cursor) : [null, null];
  const rows = await db.query<AuditRow>(
    `select l.*, a.display_name as actor_name from audit_log l left join staff_accounts a on a.id = l.actor_id
      where ($1::text is null or l.actor_id = $1) and ($2::text is null or l.action = $2) and ($3::text is null or l.record_type = $3)
        and ($4::timestamptz is null or l.at >= $4) and ($5::timestamptz is null or l.at < $5)
        and ($6::timestamptz is null or (l.at, l.id) < ($6::timestamptz, $7::bigint))
      order by l.at desc, l.id desc limit $8`,
    [filter.actor ?? null, filter.action ?? null, filter.recordType ?? null, filter.from ?? null, filter.to ?? null, afterAt, afterId,
      filter.limit + 1],
  );
  const page = rows.slice(0, filter.limit);
  return {
    entries: page.map((r) => ({
      id: String(r.id),
      at: r.at.toISOString(),
      actor: r.actor_id ? { id: r.actor_id, displayName: r.actor_name ?? r.actor_id } : null,
      via: r.via,
      action: r.action,
      recordType: r.record_type,
      recordId: r.record_id,
      fields: r.fields,
    })),
    nextCursor: rows.length > filter.limit ? encodeCursor(page.at(-1)!) : null,
  };
}
