import { html, nothing, type TemplateResult } from 'lit';
import { renderField, renderNotices, type Notice } from '../../core/form-field.js';
import { HttpStatusError } from '../../core/errors.js';
import { AccountInputSchema, AccountListSchema, AccountResponseSchema, AccountUpdateSchema, RoleSchema, newPassword, type Account, type Role } from '../../core/api/accounts.js';
import type { ConsoleContext, Host, Translate, View } from '../context.js';
import { Resource } from '../resource.js';
import { routeHash, type Route } from '../route.js';
import { fieldErrors, problemNotice } from '../problems.js';
import { suggestPassword } from './model.js';

const ROLES = RoleSchema.options;
type Fields = { email: string; displayName: string; role: Role; password: string };

/**
 * Staff accounts (admins): the list (`#/accounts`), a new one with a first password (`#/accounts/new`), and one
 * account (`#/accounts/<id>`): its name and role, a new password, disabling or enabling it (after a confirming step).
 */
export class AccountsView implements View {
  private readonly list: Resource<Account[]>;
  private id?: string;
  private fields: Fields = { email: '', displayName: '', role: 'coordinator', password: '' };
  private fieldsFor?: string;
  private errors: Record<string, string> = {};
  private notice?: Notice;
  private busy = false;
  private confirming = false;

  constructor(
    private readonly host: Host,
    private readonly context: () => ConsoleContext,
  ) {
    this.list = new Resource(host);
  }

  show(route: Route): void {
    this.id = route.path[0];
    if (this.fieldsFor !== this.id) [this.fieldsFor, this.errors, this.notice, this.confirming] = [undefined, {}, undefined, false];
    const { client } = this.context();
    void this.list.load(async () => (await client.get('/staff/accounts', AccountListSchema)).accounts);
  }

  render(): TemplateResult {
    const { t } = this.context();
    if (this.id) return this.renderAccount(t);
    return html`<section aria-labelledby="view-heading">
      <div class="head">
        <h2 id="view-heading" tabindex="-1">${t('staff.area.accounts')}</h2>
        <a class="button primary" href=${routeHash('accounts', ['new'])}>${t('staffAccounts.add')}</a>
      </div>
      <p class="hint">${t('staffAccounts.intro')}</p>
      ${this.list.render(t, (accounts) => html`<ul class="cards">${accounts.map((a) => this.renderCard(a, t))}</ul>`)}
    </section>`;
  }

  private renderCard(a: Account, t: Translate): TemplateResult {
    const { lang, session } = this.context();
    const date = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
    return html`<li class="card account" data-id=${a.id}>
      <h3><a href=${routeHash('accounts', [a.id])}>${a.displayName}</a></h3>
      <p>${a.email}</p>
      <p class="row">
        <span class="badge">${t(`staff.role.${a.role}`)}</span>
        ${a.id === session.account.id ? html`<span class="badge">${t('staffAccounts.you')}</span>` : nothing}
        ${a.disabled ? html`<span class="badge warn">${t('staffAccounts.disabled')}</span>` : nothing}
        ${a.mustChangePassword && !a.disabled ? html`<span class="badge">${t('staffAccounts.mustChange')}</span>` : nothing}
      </p>
      <p class="meta">${a.lastSignInAt ? t('staffAccounts.lastSignIn', { date: date(a.lastSignInAt) }) : t('staffAccounts.neverSignedIn')}</p>
    </li>`;
  }

  private renderAccount(t: Translate): TemplateResult {
    const account = this.id === 'new' ? undefined : this.list.value?.find((a) => a.id === this.id);
    const heading = this.id === 'new' ? t('staffAccounts.newHeading') : (account?.displayName ?? t('staffAccounts.accountHeading'));
    if (this.fieldsFor !== this.id && (this.id === 'new' || account)) {
      this.fields = account
        ? { email: account.email, displayName: account.displayName, role: account.role, password: '' }
        : { email: '', displayName: '', role: 'coordinator', password: '' };
      this.fieldsFor = this.id;
    }
    return html`<section aria-labelledby="view-heading">
      <p><a href=${routeHash('accounts')}>${t('staffAccounts.allAccounts')}</a></p>
      <h2 id="view-heading" tabindex="-1">${heading}</h2>
      ${this.id === 'new'
        ? this.renderForm(t)
        : this.list.render(t, () => (account ? this.renderExisting(account, t) : html`<p class="callout">${t('staff.notFound')}</p>`))}
    </section>`;
  }

  private input(key: keyof Omit<Fields, 'role'>, label: string, options: { hint?: string; type?: string; autocomplete?: string } = {}) {
    const { t } = this.context();
    return renderField({
      id: `account-${key}`,
      label,
      hint: options.hint,
      note: t('staff.required'),
      error: this.errors[key],
      control: ({ id, describedBy, invalid }) => html`<input id=${id} name=${key} type=${options.type ?? 'text'} autocomplete=${options.autocomplete ?? 'off'}
        spellcheck="false" .value=${this.fields[key]} aria-describedby=${describedBy} aria-invalid=${invalid}
        @input=${(e: Event) => ((this.fields[key] = (e.target as HTMLInputElement).value), this.host.requestUpdate())} />`,
    });
  }

  private renderRoles(t: Translate) {
    return html`<fieldset class="field">
      <legend>${t('staffAccounts.role')}</legend>
      ${ROLES.map(
        (role) => html`<label class="check role"><input type="radio" name="role" value=${role} .checked=${this.fields.role === role}
          @change=${() => ((this.fields.role = role), this.host.requestUpdate())} /><span><strong>${t(`staff.role.${role}`)}</strong>:
          ${t(`staffAccounts.roleHelp.${role}`)}</span></label>`,
      )}
    </fieldset>`;
  }

  private passwordField(t: Translate, label: string, hint: string) {
    return html`${this.input('password', label, { hint })}
      <p><button type="button" class="secondary" @click=${this.suggest}>${t('staffAccounts.suggest')}</button></p>`;
  }

  private readonly suggest = async () => {
    this.fields.password = suggestPassword();
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLInputElement>('#account-password')?.select();
  };

  private renderForm(t: Translate): TemplateResult {
    return html`<form class="stack account-form" novalidate @submit=${this.create}>
      ${this.input('email', t('staffAccounts.email'), { type: 'email' })}
      ${this.input('displayName', t('staffAccounts.displayName'), { hint: t('staffAccounts.displayNameHint') })} ${this.renderRoles(t)}
      ${this.passwordField(t, t('staffAccounts.firstPassword'), t('staffAccounts.firstPasswordHint'))}
      <div class="actions">
        <button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${this.busy ? t('staff.saving') : t('staffAccounts.create')}</button>
      </div>
      ${renderNotices(this.notice, t)}
    </form>`;
  }

  private renderExisting(account: Account, t: Translate): TemplateResult {
    return html`<p>${account.email}</p>
      ${renderNotices(this.notice, t)}
      <form class="stack group-form" novalidate aria-labelledby="details-heading" @submit=${(e: SubmitEvent) => this.save(e, account)}>
        <h3 id="details-heading">${t('staffAccounts.details')}</h3>
        ${this.input('displayName', t('staffAccounts.displayName'), { hint: t('staffAccounts.displayNameHint') })} ${this.renderRoles(t)}
        <div class="actions"><button type="submit">${t('staffAccounts.save')}</button></div>
      </form>
      <form class="stack group-form" novalidate aria-labelledby="reset-heading" @submit=${(e: SubmitEvent) => this.reset(e, account)}>
        <h3 id="reset-heading">${t('staffAccounts.resetHeading')}</h3>
        ${this.passwordField(t, t('staffAccounts.newPassword'), t('staffAccounts.resetHint'))}
        <div class="actions"><button type="submit" class="secondary">${t('staffAccounts.reset')}</button></div>
      </form>
      <section class="stack" aria-labelledby="access-heading">
        <h3 id="access-heading">${t('staffAccounts.accessHeading')}</h3>
        ${account.disabled
          ? html`<p><button type="button" class="secondary" @click=${() => this.setDisabled(account, false)}>${t('staffAccounts.enable')}</button></p>`
          : this.confirming
            ? html`<div class="confirm stack" role="group" aria-labelledby="disable-question">
                <p id="disable-question">${t('staffAccounts.disableConfirm', { name: account.displayName })}</p>
                <div class="actions">
                  <button type="button" class="danger confirm-yes" @click=${() => this.setDisabled(account, true)}>${t('staffAccounts.disableYes')}</button>
                  <button type="button" class="secondary" @click=${() => this.confirm(false)}>${t('staffAccounts.keep')}</button>
                </div>
              </div>`
            : html`<p><button type="button" class="danger" @click=${() => this.confirm(true)}>${t('staffAccounts.disable')}</button></p>`}
      </section>`;
  }

  private async confirm(open: boolean) {
    this.confirming = open;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>(open ? '.confirm button' : '#access-heading + p button')?.focus();
  }

  /** Sends one change; problems beside the fields, or said under the heading. */
  private async act(action: () => Promise<void>, conflict?: Notice['key']) {
    if (this.busy) return;
    this.busy = true;
    this.notice = undefined;
    this.host.requestUpdate();
    try {
      await action();
    } catch (error) {
      this.notice = error instanceof HttpStatusError && error.status === 409 && conflict ? { key: conflict, alert: true } : problemNotice(error);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  private checked(schemaResult: { success: boolean; error?: { issues: Parameters<typeof fieldErrors>[0] } }) {
    const { t } = this.context();
    this.errors = schemaResult.success ? {} : fieldErrors(schemaResult.error!.issues, t);
    this.host.requestUpdate();
    return schemaResult.success;
  }

  private readonly create = (event: SubmitEvent) => {
    event.preventDefault();
    const { t, client, announce, go } = this.context();
    const input = { ...this.fields, email: this.fields.email.trim() };
    if (!this.checked(AccountInputSchema.safeParse(input))) return this.act(() => Promise.resolve());
    return this.act(async () => {
      const { account } = await client.send('POST', '/staff/accounts', input, AccountResponseSchema);
      announce(t('staffAccounts.created', { name: account.displayName }));
      this.fieldsFor = undefined;
      go(routeHash('accounts'));
    }, 'staffAccounts.emailTaken');
  };

  private save(event: SubmitEvent, account: Account) {
    event.preventDefault();
    const { t, client, announce } = this.context();
    const changes = { displayName: this.fields.displayName, role: this.fields.role };
    if (!this.checked(AccountUpdateSchema.safeParse(changes))) return this.act(() => Promise.resolve());
    return this.act(async () => {
      const { account: saved } = await client.send('PATCH', `/staff/accounts/${account.id}`, changes, AccountResponseSchema);
      this.list.set(this.list.value!.map((a) => (a.id === saved.id ? saved : a)));
      announce(t('staffAccounts.saved', { name: saved.displayName }));
    }, 'staffAccounts.lastAdmin');
  }

  private reset(event: SubmitEvent, account: Account) {
    event.preventDefault();
    const { t, client, announce } = this.context();
    const checked = newPassword.safeParse(this.fields.password);
    this.errors = checked.success ? {} : { password: fieldErrors(checked.error.issues, t).body! };
    if (!checked.success) return this.act(() => Promise.resolve());
    return this.act(async () => {
      const { account: saved } = await client.send('POST', `/staff/accounts/${account.id}/password`, { password: this.fields.password }, AccountResponseSchema);
      this.list.set(this.list.value!.map((a) => (a.id === saved.id ? saved : a)));
      this.fields.password = '';
      announce(t('staffAccounts.resetDone', { name: saved.displayName }));
    });
  }

  private setDisabled(account: Account, disabled: boolean) {
    const { t, client, announce } = this.context();
    return this.act(async () => {
      const { account: saved } = await client.send('PATCH', `/staff/accounts/${account.id}`, { disabled }, AccountResponseSchema);
      this.list.set(this.list.value!.map((a) => (a.id === saved.id ? saved : a)));
      this.confirming = false;
      announce(t(disabled ? 'staffAccounts.disabledNow' : 'staffAccounts.enabledNow', { name: saved.displayName }));
    }, 'staffAccounts.lastAdmin');
  }
}
