/** The e-mail section's choices and words, as plain data. Pure: no DOM. */
import type { MailMessage, MailSettings, MailStatus } from '../../core/api/mail.js';

/** The outbox's filters, in the order a message moves through them; `all` is none. */
export const MAIL_FILTERS = ['all', 'held', 'pending', 'sending', 'sent', 'dead'] as const;
export type MailFilter = (typeof MAIL_FILTERS)[number];

/** The filter a route's first segment names (`#/mail/dead`); anything else is all messages. */
export const mailFilter = (segment: string | undefined): MailFilter =>
  (MAIL_FILTERS as readonly string[]).includes(segment ?? '') ? (segment as MailFilter) : 'all';

/** The query for the list: no `status` for all. */
export const mailQuery = (filter: MailFilter): { status?: MailStatus } => (filter === 'all' ? {} : { status: filter });

/** Only a failed message can be sent again (the server answers 409 otherwise). */
export const canRetry = (message: Pick<MailMessage, 'status'>): boolean => message.status === 'dead';

/**
 * Whether the message's text can still be read: it is kept until it is sent (it holds private links), so held,
 * pending and failed messages have it, sent ones do not.
 */
export const canRead = (message: Pick<MailMessage, 'text'>): message is Pick<MailMessage, 'text'> & { text: string } =>
  message.text !== null;

/** The badge's tone: failures stand out, sent is done, the rest are neutral. */
export const statusTone = (status: MailStatus): '' | 'ok' | 'warn' => (status === 'dead' ? 'warn' : status === 'sent' ? 'ok' : '');

/** The counts as tiles, in the order staff read them: what was not sent first. */
export const countTiles = (counts: MailSettings['counts']): Array<{ status: keyof MailSettings['counts']; count: number }> =>
  (['held', 'pending', 'sent', 'dead'] as const).map((status) => ({ status, count: counts[status] }));
