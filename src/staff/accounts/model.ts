/** Account drafts, suggested passwords and the audit log's filters (as the address keeps them). Pure: no DOM. */
import { AuditActionSchema, RecordTypeSchema, type AuditAction, type RecordType } from '../../core/api/accounts.js';

/** Four words from a short list and a number: easy to say on the phone, long enough (about 55 bits). */
const WORDS = [
  'anchor', 'apple', 'autumn', 'basket', 'beacon', 'birch', 'bridge', 'candle', 'canyon', 'cedar', 'clover', 'comet',
  'copper', 'coral', 'cotton', 'desert', 'ember', 'fern', 'field', 'forest', 'garden', 'harbor', 'hazel', 'island',
  'jasmine', 'lantern', 'lemon', 'maple', 'meadow', 'mirror', 'orchard', 'pebble', 'pepper', 'pillow', 'quartz', 'rain',
  'river', 'saddle', 'silver', 'spring', 'stone', 'summer', 'thunder', 'tulip', 'valley', 'velvet', 'willow', 'winter',
];

export function suggestPassword(random: (n: number) => number = (n) => crypto.getRandomValues(new Uint32Array(1))[0]! % n): string {
  const words = Array.from({ length: 4 }, () => WORDS[random(WORDS.length)]!);
  return `${words.join('-')}-${10 + random(90)}`;
}

export interface AuditFilters {
  actor?: string;
  action?: AuditAction;
  recordType?: RecordType;
  /** YYYY-MM-DD, the first day shown. */
  from?: string;
  /** YYYY-MM-DD, the last day shown (the query asks for what is before the next day). */
  to?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The filters the address names; anything malformed is left out. */
export function auditFilters(query: Record<string, string>): AuditFilters {
  const filters: AuditFilters = {};
  if (ID.test(query.actor ?? '')) filters.actor = query.actor;
  const action = AuditActionSchema.safeParse(query.action);
  if (action.success) filters.action = action.data;
  const type = RecordTypeSchema.safeParse(query.recordType);
  if (type.success) filters.recordType = type.data;
  if (DATE.test(query.from ?? '')) filters.from = query.from;
  if (DATE.test(query.to ?? '')) filters.to = query.to;
  return filters;
}

/** The API's query for these filters: `to` is a last day, so the API is asked for what comes before the next. */
export function auditQuery(filters: AuditFilters, cursor?: string): Record<string, string | undefined> {
  const next = filters.to ? new Date(Date.parse(`${filters.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10) : undefined;
  return { actor: filters.actor, action: filters.action, recordType: filters.recordType, from: filters.from, to: next, cursor, limit: '50' };
}
