import { html, nothing, type TemplateResult } from 'lit';
import { renderField, renderNotices, type Notice } from '../core/form-field.js';
import { HttpStatusError } from '../core/errors.js';
import { StaffSessionSchema, type StaffSession } from '../core/api/accounts.js';
import type { StaffClient } from './client.js';
import type { Host, Translate } from './context.js';
import { problemNotice } from './problems.js';

/**
 * Signing in. One answer for a wrong e-mail or password (the server never says which), and the server's back-off
 * after repeated failures (429) said with its wait. The fields keep what was typed after a failure, the password
 * too, so a typo is fixed rather than typed again.
 */
export class SignInForm {
  private email = '';
  private password = '';
  private reveal = false;
  private busy = false;
  private errors: { email?: string; password?: string } = {};
  private notice?: Notice;

  constructor(
    private readonly host: Host,
    private readonly signedIn: (session: StaffSession) => void,
  ) {}

  /** Shown above the form: why the console asks again (the session ended). */
  reason?: Notice;

  render(t: Translate, client: StaffClient): TemplateResult {
    return html`<section class="sign-in" aria-labelledby="view-heading">
      <h1 id="view-heading" tabindex="-1">${t('staff.signIn.heading')}</h1>
      <p>${t('staff.signIn.intro')}</p>
      ${this.reason ? html`<p class="callout" role="status">${t(this.reason.key, this.reason.params)}</p>` : nothing}
      <form novalidate @submit=${(event: SubmitEvent) => this.submit(event, t, client)}>
        ${renderField({
          id: 'sign-in-email',
          label: t('staff.signIn.email'),
          error: this.errors.email,
          control: ({ id, describedBy, invalid }) =>
            html`<input id=${id} name="email" type="email" autocomplete="username" spellcheck="false" required
              aria-describedby=${describedBy} aria-invalid=${invalid} .value=${this.email}
              @input=${(e: Event) => (this.email = (e.target as HTMLInputElement).value)} />`,
        })}
        ${renderField({
          id: 'sign-in-password',
          label: t('staff.signIn.password'),
          error: this.errors.password,
          control: ({ id, describedBy, invalid }) =>
            html`<input id=${id} name="password" type=${this.reveal ? 'text' : 'password'} autocomplete="current-password" required
              aria-describedby=${describedBy} aria-invalid=${invalid} .value=${this.password}
              @input=${(e: Event) => (this.password = (e.target as HTMLInputElement).value)} />`,
        })}
        <label class="check"><input type="checkbox" .checked=${this.reveal} @change=${this.toggleReveal} />${t('staff.signIn.show')}</label>
        <div class="actions">
          <button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${this.busy ? t('staff.signIn.busy') : t('staff.signIn.submit')}</button>
        </div>
        ${renderNotices(this.notice, t)}
      </form>
      <p class="hint">${t('staff.signIn.forgot')}</p>
    </section>`;
  }

  private readonly toggleReveal = (event: Event) => {
    this.reveal = (event.target as HTMLInputElement).checked;
    this.host.requestUpdate();
  };

  private async submit(event: SubmitEvent, t: Translate, client: StaffClient) {
    event.preventDefault();
    if (this.busy) return;
    this.errors = {
      email: this.email.trim() ? undefined : t('staff.field.required'),
      password: this.password ? undefined : t('staff.field.required'),
    };
    this.notice = undefined;
    if (this.errors.email || this.errors.password) {
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.shadowRoot?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.busy = true;
    this.host.requestUpdate();
    try {
      const session = await client.send('POST', '/staff/session', { email: this.email.trim(), password: this.password }, StaffSessionSchema);
      this.password = '';
      this.reason = undefined;
      this.signedIn(session);
    } catch (error) {
      this.notice = failureNotice(error);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }
}

/** Why signing in failed: the server's one answer for a wrong e-mail or password, its back-off, or the connection. */
function failureNotice(error: unknown): Notice {
  if (error instanceof HttpStatusError) {
    if (error.status === 401) return { key: 'staff.signIn.wrong', alert: true };
    if (error.status === 429) return { key: 'staff.signIn.throttled', params: { count: error.retryAfterSeconds ?? 60 }, alert: true };
    if (error.status === 403) return { key: 'staff.signIn.wrongSite', alert: true };
  }
  return problemNotice(error);
}
