/**
 * Moderation drafts: what the decision form holds, and the contract body it sends (approve, or change a published
 * story). Pure: no DOM. Tags are typed freely ("First year, family") and sent as the contract's tags (`first-year`).
 */
import { StaffDecisionSchema, type StaffSubmission } from '../../core/api/staff.js';
import type * as z from 'zod/mini';
import type { Issue } from '../problems.js';

export type Decision = z.infer<typeof StaffDecisionSchema>;

export interface DecisionDraft {
  tags: string;
  disclosure: string;
  /** '' when not known. */
  lang: string;
  featured: boolean;
  /** Staff edit the text: then `title` and `body` are sent. */
  redact: boolean;
  title: string;
  body: string;
}

export function decisionDraft(submission: StaffSubmission): DecisionDraft {
  return {
    tags: submission.tags.join(', '),
    disclosure: submission.staffDisclosure ?? '',
    lang: submission.lang ?? '',
    featured: submission.featured,
    redact: false,
    title: submission.title,
    body: submission.body,
  };
}

/** "First year, Family;  spanish" -> ['first-year', 'family', 'spanish']: lowercase, accents and spaces to hyphens. */
export function parseTags(text: string): string[] {
  const tags = text
    .split(/[,;\n]/)
    .map((tag) =>
      tag
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .trim()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^-|-$/g, ''),
    )
    .filter(Boolean);
  return [...new Set(tags)];
}

/**
 * The body for approving or changing: every setting the form shows, and the text only when staff edited it (so an
 * untouched story is published exactly as its author wrote it). Problems come back keyed by the form's fields.
 */
export function decisionFrom(draft: DecisionDraft, submission: StaffSubmission): { decision: Decision } | { issues: Issue[] } {
  const decision: Decision = {
    tags: parseTags(draft.tags),
    staffDisclosure: draft.disclosure.trim() || null,
    lang: draft.lang || null,
    featured: draft.featured,
  };
  if (draft.redact && (draft.title !== submission.title || draft.body !== submission.body)) {
    decision.title = draft.title;
    decision.body = draft.body;
  }
  const result = StaffDecisionSchema.safeParse(decision);
  if (!result.success) return { issues: result.error.issues.map((issue) => ({ ...issue, path: renamed(issue.path) })) };
  return { decision: result.data };
}

/** The contract's field names as the form names them (`tags.2` is the tags field). */
function renamed(path: PropertyKey[]): PropertyKey[] {
  const [first] = path;
  if (first === 'tags') return ['tags'];
  if (first === 'staffDisclosure') return ['disclosure'];
  return path;
}
