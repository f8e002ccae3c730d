import { html, nothing, type TemplateResult } from 'lit';
import { AccountListSchema, AuditActionSchema, AuditListSchema, RecordTypeSchema, type Account, type AuditEntry } from '../../core/api/accounts.js';
import { renderNotices, type Notice } from '../../core/form-field.js';
import type { ConsoleContext, Host, Translate, View } from '../context.js';
import { Resource } from '../resource.js';
import { routeHash, type Route } from '../route.js';
import { problemNotice } from '../problems.js';
import { auditFilters, auditQuery, type AuditFilters } from './model.js';

interface Page {
  entries: AuditEntry[];
  nextCursor: string | null;
}

/**
 * The audit log (admins), newest first, filtered by who, what, the kind of record and the days (kept in the address,
 * `#/audit?action=story.approve&from=2026-12-01`), older entries a page at a time.
 */
export class AuditView implements View {
  private filters: AuditFilters = {};
  private readonly page: Resource<Page>;
  private readonly accounts: Resource<Account[]>;
  private loadingMore = false;
  private notice?: Notice;

  constructor(
    private readonly host: Host,
    private readonly context: () => ConsoleContext,
  ) {
    this.page = new Resource(host);
    this.accounts = new Resource(host);
  }

  show(route: Route): void {
    this.filters = auditFilters(route.query);
    const { client } = this.context();
    this.page.clear();
    void this.page.load(() => client.get('/staff/audit', AuditListSchema, auditQuery(this.filters)));
    if (!this.accounts.value) void this.accounts.load(async () => (await client.get('/staff/accounts', AccountListSchema)).accounts);
  }

  render(): TemplateResult {
    const { t } = this.context();
    return html`<section aria-labelledby="view-heading">
      <h2 id="view-heading" tabindex="-1">${t('staff.area.audit')}</h2>
      <p class="hint">${t('staffAudit.intro')}</p>
      ${this.renderFilters(t)}
      ${this.page.render(t, (page) => this.renderPage(page, t))}
    </section>`;
  }

  private renderFilters(t: Translate): TemplateResult {
    const f = this.filters;
    const accounts = this.accounts.value ?? [];
    const select = (id: string, label: string, any: string, options: Array<[string, string]>, value?: string) => html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} name=${id.replace('audit-', '')}>
        <option value="" ?selected=${!value}>${any}</option>
        ${options.map(([v, name]) => html`<option value=${v} ?selected=${value === v}>${name}</option>`)}
      </select>
    </div>`;
    return html`<form class="stack audit-filters" aria-label=${t('staffAudit.filters')} @submit=${this.apply}>
      <div class="grid-2">
        ${select('audit-actor', t('staffAudit.actor'), t('staffAudit.anyone'), accounts.map((a) => [a.id, a.displayName]), f.actor)}
        ${select('audit-action', t('staffAudit.action'), t('staffAudit.anything'), AuditActionSchema.options.map((a) => [a, t(`staffAudit.do.${a}`)]), f.action)}
        ${select('audit-recordType', t('staffAudit.recordType'), t('staffAudit.anyKind'), RecordTypeSchema.options.map((r) => [r, t(`staffAudit.type.${r}`)]), f.recordType)}
        <div class="field"><label for="audit-from">${t('staffAudit.from')}</label><input id="audit-from" name="from" type="date" .value=${f.from ?? ''} /></div>
        <div class="field"><label for="audit-to">${t('staffAudit.to')}</label><input id="audit-to" name="to" type="date" .value=${f.to ?? ''} /></div>
      </div>
      <div class="actions">
        <button type="submit">${t('staffAudit.show')}</button>
        ${Object.keys(f).length ? html`<a class="button" href=${routeHash('audit')}>${t('staffAudit.clear')}</a>` : nothing}
      </div>
    </form>`;
  }

  private readonly apply = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const value = (name: string) => (data.get(name) as string | null) || undefined;
    this.context().go(routeHash('audit', [], { actor: value('actor'), action: value('action'), recordType: value('recordType'), from: value('from'), to: value('to') }));
  };

  private renderPage(page: Page, t: Translate): TemplateResult {
    const { lang } = this.context();
    if (page.entries.length === 0) return html`<p class="callout" role="status">${t('staffAudit.none')}</p>`;
    const when = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium' });
    return html`<p class="muted" role="status">${t('staffAudit.shown', { count: page.entries.length })}</p>
      <div class="table-wrap" role="region" aria-labelledby="audit-caption" tabindex="0">
        <table>
          <caption id="audit-caption" class="visually-hidden">${t('staffAudit.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">${t('staffAudit.when')}</th>
              <th scope="col">${t('staffAudit.who')}</th>
              <th scope="col">${t('staffAudit.what')}</th>
              <th scope="col">${t('staffAudit.record')}</th>
              <th scope="col">${t('staffAudit.fields')}</th>
            </tr>
          </thead>
          <tbody>
            ${page.entries.map(
              (e) => html`<tr data-id=${e.id}>
                <td>${when.format(new Date(e.at))}</td>
                <td>${e.actor?.displayName ?? t('staffAudit.token')}</td>
                <td>${t(`staffAudit.do.${e.action}`)}</td>
                <td>${t(`staffAudit.type.${e.recordType}`)} <code>${e.recordId}</code></td>
                <td>${e.fields.join(', ')}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${renderNotices(this.notice, t)}
      ${page.nextCursor
        ? html`<p><button type="button" class="secondary" aria-disabled=${this.loadingMore ? 'true' : 'false'} @click=${() => this.more(page)}>
            ${t('staffAudit.older')}
          </button></p>`
        : nothing}`;
  }

  /** The next (older) page, added below; focus moves to its first row, where reading goes on. */
  private async more(page: Page) {
    if (this.loadingMore || !page.nextCursor) return;
    this.loadingMore = true;
    this.notice = undefined;
    this.host.requestUpdate();
    try {
      const next = await this.context().client.get('/staff/audit', AuditListSchema, auditQuery(this.filters, page.nextCursor));
      this.page.set({ entries: [...page.entries, ...next.entries], nextCursor: next.nextCursor });
      await this.host.updateComplete;
      const row = this.host.shadowRoot?.querySelector<HTMLElement>(`tr[data-id="${next.entries[0]?.id}"] td`);
      row?.setAttribute('tabindex', '-1');
      row?.focus();
    } catch (error) {
      this.notice = problemNotice(error);
    } finally {
      this.loadingMore = false;
      this.host.requestUpdate();
    }
  }
}
