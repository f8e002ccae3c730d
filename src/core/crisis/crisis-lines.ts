/**
 * Crisis lines shown beside personal content (a time-in-recovery count, a story that may stir things up):
 * by default the US 988 Lifeline and the SAMHSA Helpline; a page sets its own per country, or `[]` for none.
 * Only a number that makes a `tel:` link is shown.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey, MessageParams } from '../i18n/messages.js';
import { phoneHref } from '../url.js';
import './i18n/index.js';

/** A crisis line: a label and a phone number. */
export interface CrisisLine {
  label: string;
  phone: string;
}

export function renderCrisisLines(
  lines: CrisisLine[] | undefined,
  t: (key: MessageKey, params?: MessageParams) => string,
): TemplateResult | typeof nothing {
  const shown = (lines ?? [
    { label: t('crisis.988'), phone: '988' },
    { label: t('crisis.samhsa'), phone: '+1-800-662-4357' },
  ])
    .map((line) => [phoneHref(line.phone), line.label] as const)
    .filter(([href]) => href);
  if (shown.length === 0) return nothing;
  return html`<p class="crisis">${t('crisis.prompt')} ${shown.map(([href, label], i) => html`${i ? ' · ' : ''}<a href=${href!}>${label}</a>`)}</p>`;
}
