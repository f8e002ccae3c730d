/**
 * The loading / empty / error views every element shares. The words of an error come from `errorMessage`
 * (errors.ts); server text is never shown as the message: it may be HTML or jargon.
 */
import { css, html, type TemplateResult } from 'lit';
import type { MessageKey, MessageParams } from './i18n/messages.js';

type Translate = (key: MessageKey, params?: MessageParams) => string;

export function renderLoading(t: Translate): TemplateResult {
  return html`<div part="loading" class="status" role="status">
    <span class="spinner" aria-hidden="true"></span>${t('status.loading')}
  </div>`;
}

export function renderEmpty(message: string): TemplateResult {
  return html`<p part="empty" class="status" role="status">${message}</p>`;
}

export function renderError(message: string, onRetry: () => void, t: Translate): TemplateResult {
  return html`<div part="error" class="status error" role="alert">
    <p>${message}</p>
    <button type="button" part="retry" @click=${onRetry}>${t('status.retry')}</button>
  </div>`;
}

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
  .spinner {
    width: 1.25rem;
    height: 1.25rem;
    border-radius: 50%;
    border: 3px solid var(--_border);
    border-top-color: var(--_accent);
    animation: spin 0.9s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
`;
