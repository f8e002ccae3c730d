/** A story as staff read it: the facts around it, its whole text, and what the author agreed to. */
import { html, nothing, type TemplateResult } from 'lit';
import type { StaffSubmission } from '../../core/api/staff.js';
import type { Translate } from '../context.js';

export const formatDate = (iso: string, lang: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** "Chris · 1 year in recovery", as the public byline will read. */
export function bylineText(submission: StaffSubmission, t: Translate): string {
  const { displayName, recoveryYears } = submission;
  if (recoveryYears === null) return displayName;
  const years = recoveryYears === 0 ? t('staffStories.firstYear') : t('staffStories.years', { count: recoveryYears });
  return `${displayName} · ${years}`;
}

export function renderBadges(submission: StaffSubmission, t: Translate): TemplateResult {
  return html`<p class="row">
    <span class="badge ${submission.status === 'withdrawn' ? 'warn' : submission.status === 'published' ? 'ok' : ''}"
      >${t(`staffStories.status.${submission.status}`)}</span
    >
    ${submission.featured ? html`<span class="badge">${t('staffStories.featured')}</span>` : nothing}
    ${submission.originalBody !== null || submission.originalTitle !== null ? html`<span class="badge">${t('staffStories.redacted')}</span>` : nothing}
    ${submission.tags.map((tag) => html`<span class="badge">#${tag}</span>`)}
  </p>`;
}

/** The facts staff decide with: when it came, the byline, the content note, the consents, the contact. */
export function renderFacts(submission: StaffSubmission, t: Translate, lang: string): TemplateResult {
  const { contentWarning, consentShare, email, submittedAt, publishedAt, rejectReason } = submission;
  return html`<ul class="facts-list">
    <li>${t('staffStories.submitted', { date: formatDate(submittedAt, lang) })}</li>
    ${publishedAt && submission.status === 'published' ? html`<li>${t('staffStories.publishedOn', { date: formatDate(publishedAt, lang) })}</li>` : nothing}
    <li>${t('staffStories.byline', { byline: bylineText(submission, t) })}</li>
    <li class=${contentWarning ? 'warning' : nothing}>
      ${contentWarning ? t('staffStories.warning', { warning: contentWarning }) : t('staffStories.noWarning')}
    </li>
    <li>${t('staffStories.consentPublish')}</li>
    <li>${consentShare ? t('staffStories.consentShare') : t('staffStories.noShare')}</li>
    ${email ? html`<li>${t('staffStories.email', { email })}</li>` : nothing}
    ${rejectReason && submission.status === 'rejected' ? html`<li>${t('staffStories.rejectReason', { reason: rejectReason })}</li>` : nothing}
  </ul>`;
}

/** A story in a list: everything above, its whole text (never an excerpt), and the way to decide on it. */
export function renderCard(submission: StaffSubmission, t: Translate, lang: string, reviewHref: string): TemplateResult {
  return html`<li class="card story" data-id=${submission.id}>
    <h3 lang=${submission.lang ?? nothing}>${submission.title}</h3>
    ${renderBadges(submission, t)} ${renderFacts(submission, t, lang)}
    <div class="prose" lang=${submission.lang ?? nothing}>${submission.body}</div>
    ${submission.status === 'withdrawn'
      ? html`<p class="callout warn">${t('staffStories.withdrawnNote')}</p>`
      : html`<p class="actions"><a class="button" href=${reviewHref}
            >${t('staffStories.review', { title: submission.title })}</a
          ></p>`}
  </li>`;
}
