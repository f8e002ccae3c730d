import { html, nothing, type TemplateResult } from 'lit';
import { renderNotices, type Notice } from '../../core/form-field.js';
import { addStyles } from '../../core/adopt-styles.js';
import { MailMessageListSchema, MailMessageResponseSchema, MailSettingsSchema, type MailMessage, type MailSettings } from '../../core/api/mail.js';
import type { ConsoleContext, Host, Translate, View } from '../context.js';
import { Resource } from '../resource.js';
import { routeHash, type Route } from '../route.js';
import { problemNotice } from '../problems.js';
import { statusOf } from '../client.js';
import { MAIL_FILTERS, canRead, canRetry, countTiles, mailFilter, mailQuery, statusTone, type MailFilter } from './model.js';
import { mailStyles } from './mail.styles.js';

/**
 * E-mail (`#/mail`, `#/mail/<status>`): whether e-mail is set up (and how to, when it is not), the outbox at a
 * glance, the data policy staff must know, and the messages, newest first: read a message that has not gone out,
 * send a failed one again. A message's text is the server's data and is shown as text, never as HTML.
 */
export class MailView implements View {
  private filter: MailFilter = 'all';
  private readonly settings: Resource<MailSettings>;
  private readonly messages: Resource<MailMessage[]>;
  /** What the last "Send again" came to, said in the list's live regions. */
  private notice?: Notice;
  private retrying?: string;

  constructor(
    private readonly host: Host,
    private readonly context: () => ConsoleContext,
  ) {
    this.settings = new Resource(host);
    this.messages = new Resource(host);
    addStyles(host, mailStyles);
  }

  show(route: Route): void {
    const filter = mailFilter(route.path[0]);
    if (filter !== this.filter) {
      this.messages.clear();
      this.notice = undefined;
    }
    this.filter = filter;
    const { client } = this.context();
    void this.settings.load(() => client.get('/staff/mail', MailSettingsSchema));
    void this.loadMessages();
  }

  private loadMessages() {
    const { client } = this.context();
    const query = mailQuery(this.filter);
    return this.messages.load(async () => (await client.get('/staff/mail/messages', MailMessageListSchema, query)).messages);
  }

  private date(iso: string) {
    return new Intl.DateTimeFormat(this.context().lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  }

  render(): TemplateResult {
    const { t } = this.context();
    return html`<section aria-labelledby="view-heading">
      <h2 id="view-heading" tabindex="-1">${t('staff.area.mail')}</h2>
      ${this.settings.render(t, (settings) => this.renderSettings(settings, t))}
      <section class="stack" aria-labelledby="messages-heading">
        <h3 id="messages-heading" tabindex="-1">${t('staffMail.messagesHeading')}</h3>
        <nav class="subtabs" aria-label=${t('staffMail.filters')}>
          ${MAIL_FILTERS.map(
            (filter) => html`<a href=${routeHash('mail', filter === 'all' ? [] : [filter])} aria-current=${filter === this.filter ? 'page' : nothing}
              >${t(`staffMail.filter.${filter}`)}</a
            >`,
          )}
        </nav>
        ${renderNotices(this.notice, t)}
        ${this.messages.render(t, (messages) =>
          messages.length === 0
            ? html`<p class="muted" role="status">${t('staffMail.none')}</p>`
            : html`<p class="hint">${t('staffMail.newestFirst')}</p>
                <ul class="cards compact messages">
                  ${messages.map((message) => this.renderMessage(message, t))}
                </ul>`,
        )}
      </section>
    </section>`;
  }

  private renderSettings(s: MailSettings, t: Translate): TemplateResult {
    const { retention } = s;
    return html`${s.delivery === 'outbox'
        ? html`<section class="callout warn stack not-set-up" aria-labelledby="not-set-up-heading">
            <h3 id="not-set-up-heading">${t('staffMail.notSetUp')}</h3>
            <p>${t('staffMail.notSetUpIntro')}</p>
            <ul>
              <li><code>SMTP_URL</code>: ${t('staffMail.smtpUrl')}</li>
              <li><code>MAIL_FROM</code>: ${t('staffMail.mailFrom')}</li>
            </ul>
            <p>${t('staffMail.seeReadme')}</p>
          </section>`
        : nothing}
      <section class="stack" aria-labelledby="counts-heading">
        <h3 id="counts-heading">${t('staffMail.countsHeading')}</h3>
        <dl class="mail-counts">
          ${countTiles(s.counts).map(
            ({ status, count }) => html`<div class=${status === 'dead' && count > 0 ? 'warn' : nothing}>
              <dt>${t(`staffMail.count.${status}`)}</dt>
              <dd>${count}</dd>
            </div>`,
          )}
        </dl>
      </section>
      <div class="grid-2">
        <section class="stack" aria-labelledby="mail-settings-heading">
          <h3 id="mail-settings-heading">${t('staffMail.settingsHeading')}</h3>
          <dl class="facts">
            <dt>${t('staffMail.delivery')}</dt>
            <dd>${t(`staffMail.delivery.${s.delivery}`)}</dd>
            <dt>${t('staffMail.from')}</dt>
            <dd>${s.from}</dd>
            <dt>${t('staffMail.offered')}</dt>
            <dd>${t(s.emailUpdates ? 'staffMail.offered.yes' : 'staffMail.offered.no')}</dd>
            <dt>${t('staffMail.subjects')}</dt>
            <dd>${t(s.realTitles ? 'staffMail.subjects.real' : 'staffMail.subjects.discreet')}</dd>
            <dt>${t('staffMail.reminders')}</dt>
            <dd>${t('staffMail.reminders.hours', { count: s.reminderHours })}</dd>
          </dl>
        </section>
        <section class="stack policy" aria-labelledby="policy-heading">
          <h3 id="policy-heading">${t('staffMail.policyHeading')}</h3>
          <p>${t('staffMail.policy.rsvp', { count: retention.rsvpDays })}</p>
          <p>${t('staffMail.policy.stories', { count: retention.rejectedStoryDays })}</p>
          <p>${t('staffMail.policy.mail', { count: retention.mailDays })}</p>
        </section>
      </div>`;
  }

  private renderMessage(m: MailMessage, t: Translate): TemplateResult {
    const times = [
      t('staffMail.written', { date: this.date(m.createdAt) }),
      // A held message was never tried: "0 attempts" would only be noise there.
      m.status === 'held' ? '' : t('staffMail.attempts', { count: m.attempts }),
      m.sentAt ? t('staffMail.sentAt', { date: this.date(m.sentAt) }) : '',
      m.nextAttemptAt && m.status === 'pending' ? t('staffMail.nextAttempt', { date: this.date(m.nextAttemptAt) }) : '',
    ];
    return html`<li class="card message" data-id=${m.id} data-status=${m.status}>
      <div class="head">
        <h4 lang=${m.lang}>${m.subject}</h4>
        <span class="badge ${statusTone(m.status)}">${t(`staffMail.status.${m.status}`)}</span>
      </div>
      <p class="meta">${t(`staffMail.kind.${m.kind}`)} · ${t('staffMail.to', { to: m.to })}</p>
      <p class="meta">${times.filter(Boolean).join(' · ')}</p>
      ${m.lastError ? html`<p class="last-error">${t('staffMail.lastError', { error: m.lastError })}</p>` : nothing}
      ${canRead(m)
        ? html`<details class="read">
            <summary>${t('staffMail.read')}</summary>
            <div class="prose mail-text" lang=${m.lang}>${m.text}</div>
          </details>`
        : m.status === 'sent'
          ? html`<p class="muted">${t('staffMail.textGone')}</p>`
          : nothing}
      ${canRetry(m)
        ? html`<div class="actions">
            <button type="button" class="secondary retry" aria-label=${t('staffMail.retryNamed', { subject: m.subject })}
              aria-disabled=${this.retrying ? 'true' : 'false'} @click=${() => this.retry(m)}>
              ${t('staffMail.retry')}
            </button>
          </div>`
        : nothing}
    </li>`;
  }

  /** Sends a failed message again, says how that went, and shows the outbox as it now is. */
  private async retry(m: MailMessage) {
    if (this.retrying) return;
    const { client } = this.context();
    this.retrying = m.id;
    this.notice = undefined;
    this.host.requestUpdate();
    try {
      const { message } = await client.send('POST', `/staff/mail/messages/${m.id}/retry`, undefined, MailMessageResponseSchema);
      this.notice = { key: 'staffMail.retried', params: { subject: message.subject } };
    } catch (error) {
      // 409: it had not failed (sent again by someone else, or e-mail is not set up): the reload below shows how it is.
      this.notice = statusOf(error) === 409 ? { key: 'staffMail.retryConflict', alert: true } : problemNotice(error);
    } finally {
      this.retrying = undefined;
    }
    await Promise.all([this.loadMessages(), this.settings.reload()]);
    await this.host.updateComplete;
    // The button is gone once the message is no longer failed: the list's heading keeps the place.
    const again = this.host.shadowRoot?.querySelector<HTMLElement>(`.message[data-id="${m.id}"] button.retry`);
    (again ?? this.host.shadowRoot?.querySelector<HTMLElement>('#messages-heading'))?.focus();
  }
}
