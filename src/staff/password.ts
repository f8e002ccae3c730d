import { html, nothing, type TemplateResult } from 'lit';
import { renderField, renderNotices, type Notice } from '../core/form-field.js';
import { HttpStatusError } from '../core/errors.js';
import { StaffSessionSchema, newPassword, type StaffSession } from '../core/api/accounts.js';
import type { StaffClient } from './client.js';
import type { Host, Translate } from './context.js';
import { fieldErrors, problemNotice } from './problems.js';

type Field = 'currentPassword' | 'newPassword' | 'repeat';

/**
 * Changing one's own password: asked at once when an admin set it (the server allows nothing else until then), and
 * on request otherwise. The server ends every other session of the account and begins a new one here.
 */
export class PasswordForm {
  private values: Record<Field, string> = { currentPassword: '', newPassword: '', repeat: '' };
  private errors: Partial<Record<Field, string>> = {};
  private notice?: Notice;
  private busy = false;

  constructor(
    private readonly host: Host,
    private readonly changed: (session: StaffSession) => void,
  ) {}

  render(t: Translate, client: StaffClient, mustChange: boolean): TemplateResult {
    const field = (name: Field, label: string, autocomplete: string, hint?: string) =>
      renderField({
        id: `password-${name}`,
        label,
        hint,
        error: this.errors[name],
        control: ({ id, describedBy, invalid }) =>
          html`<input id=${id} name=${name} type="password" autocomplete=${autocomplete} required
            aria-describedby=${describedBy} aria-invalid=${invalid} .value=${this.values[name]}
            @input=${(e: Event) => (this.values[name] = (e.target as HTMLInputElement).value)} />`,
      });
    return html`<section aria-labelledby="view-heading">
      <h2 id="view-heading" tabindex="-1">${t('staff.password.heading')}</h2>
      ${mustChange ? html`<p class="callout">${t('staff.password.mustChange')}</p>` : nothing}
      <form class="stack" novalidate @submit=${(event: SubmitEvent) => this.submit(event, t, client)}>
        ${field('currentPassword', t('staff.password.current'), 'current-password')}
        ${field('newPassword', t('staff.password.new'), 'new-password', t('staff.password.hint'))}
        ${field('repeat', t('staff.password.repeat'), 'new-password')}
        <div class="actions">
          <button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${this.busy ? t('staff.saving') : t('staff.password.submit')}</button>
        </div>
        ${renderNotices(this.notice, t)}
      </form>
    </section>`;
  }

  private async submit(event: SubmitEvent, t: Translate, client: StaffClient) {
    event.preventDefault();
    if (this.busy) return;
    const { currentPassword, newPassword: chosen, repeat } = this.values;
    const checked = newPassword.safeParse(chosen);
    this.errors = {
      currentPassword: currentPassword ? undefined : t('staff.field.required'),
      newPassword: checked.success ? undefined : fieldErrors(checked.error.issues, t).body,
      repeat: checked.success && repeat !== chosen ? t('staff.password.mismatch') : undefined,
    };
    this.notice = undefined;
    if (Object.values(this.errors).some(Boolean)) return this.focusInvalid();
    this.busy = true;
    this.host.requestUpdate();
    try {
      const session = await client.send('POST', '/staff/session/password', { currentPassword, newPassword: chosen }, StaffSessionSchema);
      this.values = { currentPassword: '', newPassword: '', repeat: '' };
      this.changed(session);
    } catch (error) {
      const fields = error instanceof HttpStatusError && error.status === 422 ? error.fieldErrors.map((e) => e.field) : [];
      if (fields.includes('currentPassword')) this.errors = { currentPassword: t('staff.password.wrongCurrent') };
      else if (fields.includes('newPassword')) this.errors = { newPassword: t('staff.password.same') };
      else this.notice = problemNotice(error);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
    if (Object.values(this.errors).some(Boolean)) await this.focusInvalid();
  }

  private async focusInvalid() {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }
}
