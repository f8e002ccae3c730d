import { isAbortError } from './errors.js';

/**
 * How a link was passed on: through the browser's share sheet, copied to the clipboard, or neither, so the
 * page shows it for the visitor to copy by hand. `cancelled`: they closed the share sheet, which is a choice.
 */
export type ShareOutcome = 'shared' | 'copied' | 'by-hand' | 'cancelled';

/**
 * Shares a link the way the visitor's device can: the share sheet where there is one (phones), else the
 * clipboard. Nothing is sent anywhere by the widget itself; what is shared is only what the caller passes.
 */
export async function shareLink(data: { title: string; text?: string; url: string }): Promise<ShareOutcome> {
  if (navigator.share) {
    try {
      await navigator.share(data);
      return 'shared';
    } catch (error) {
      if (isAbortError(error)) return 'cancelled';
      // Refused (no user activation left, a policy): the clipboard instead.
    }
  }
  const copied = await navigator.clipboard?.writeText(data.url).then(() => true, () => false);
  return copied ? 'copied' : 'by-hand';
}
