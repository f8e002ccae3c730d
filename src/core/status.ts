/**
 * The loading / empty / error views every element shares. The words of an error come from `errorMessage`
 * (errors.ts); server text is never shown as the message: it may be HTML or jargon.
 *
 * Loading shows skeleton rows where the content will be, so the page below does not jump when it arrives:
 * each element's styles set `--recovery-skeleton-rows` and `--recovery-skeleton-row-height` to its own rows
 * (rows are 1rem apart). Screen readers hear the status text instead of the rows.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { MessageKey, MessageParams } from './i18n/messages.js';

type Translate = (key: MessageKey, params?: MessageParams) => string;

export function renderLoading(t: Translate): TemplateResult {
  return html`<div part="loading" role="status">
    <span class="visually-hidden">${t('status.loading')}</span>
    <div class="skeleton" aria-hidden="true"></div>
  </div>`;
}

export function renderEmpty(message: string): TemplateResult {
  return html`<p part="empty" class="status" role="status">${message}</p>`;
}

/** Without `onRetry` (trying again cannot help), no retry button. */
export function renderError(message: string, onRetry: (() => void) | undefined, t: Translate): TemplateResult {
  return html`<div part="error" class="status error" role="alert">
    <p>${message}</p>
    ${onRetry ? html`<button type="button" part="retry" @click=${onRetry}>${t('status.retry')}</button>` : nothing}
  </div>`;
}

// The skeleton is one box whose rows a gradient draws, in the text's colour at 12%: faint on any page, light
// or dark, and small in every entry. Forced colours drop gradients unless told not to; told, the rows stay, in
// the forced text colour.
export const statusStyles = css`
  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    margin: 0;
    padding: 1rem;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .status.error {
    border-inline-start: 4px solid var(--_danger);
  }
  .status.error p {
    margin: 0;
    flex: 1 1 12rem;
  }
  .skeleton {
    --_h: var(--recovery-skeleton-row-height, 4rem);
    height: calc(var(--recovery-skeleton-rows, 3) * (var(--_h) + 1rem) - 1rem);
    background: repeating-linear-gradient(color-mix(in srgb, currentColor 12%, transparent) 0 var(--_h), transparent 0 calc(var(--_h) + 1rem));
    animation: pulse 1.5s infinite alternate;
    forced-color-adjust: none;
  }
  @keyframes pulse {
    to {
      opacity: 0.5;
    }
  }
`;
