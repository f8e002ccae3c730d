/** Celebrations as the form holds them, and the months they are listed by. Pure: no DOM. */
import { CelebrationInputSchema, type StaffCelebration } from '../../core/api/staff-meetings.js';
import type * as z from 'zod/mini';
import type { Issue } from '../problems.js';

export type CelebrationInput = z.infer<typeof CelebrationInputSchema>;
export type SpanUnit = CelebrationInput['span']['unit'];

export interface CelebrationDraft {
  displayName: string;
  count: string;
  unit: SpanUnit;
  date: string;
  /** Staff confirm the person asked to be celebrated: the console asks every time, the contract cannot. */
  agreed: boolean;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (text: string | undefined): text is string => MONTH.test(text ?? '');

/** `2026-12` plus `months` (may be negative). */
export function shiftMonth(month: string, months: number): string {
  const [, year, m] = MONTH.exec(month)!;
  const index = Number(year) * 12 + Number(m) - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function celebrationDraft(celebration?: StaffCelebration, month?: string): CelebrationDraft {
  if (celebration) {
    const { displayName, span, date } = celebration;
    return { displayName, count: String(span.count), unit: span.unit, date, agreed: true };
  }
  return { displayName: '', count: '1', unit: 'years', date: month ? `${month}-01` : '', agreed: false };
}

export function celebrationInputFrom(draft: CelebrationDraft): { input: CelebrationInput } | { issues: Issue[] } {
  const count = /^\s*\d+\s*$/.test(draft.count) ? Number(draft.count) : NaN;
  const result = CelebrationInputSchema.safeParse({ displayName: draft.displayName, span: { count, unit: draft.unit }, date: draft.date });
  const issues: Issue[] = result.success ? [] : result.error.issues.map((issue) => ({ ...issue, path: issue.path[0] === 'span' ? ['count'] : issue.path }));
  if (!draft.agreed) issues.push({ code: 'custom', path: ['agreed'], messageKey: 'staffCelebrations.agreeFirst' });
  return issues.length || !result.success ? { issues } : { input: result.data };
}
