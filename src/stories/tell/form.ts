/**
 * Telling a story: the form, sending it safely, and the thank-you with the private withdraw link.
 *
 * Sending works like an RSVP (core/intent.ts): one Idempotency-Key per intent, kept with the draft in
 * sessionStorage across retries and reloads; one request in flight at a time; on a timeout, a network failure
 * or a 5xx every word stays and "Try again" resends with the same key, so a lost reply never makes two
 * submissions.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { addStyles } from '../../core/adopt-styles.js';
import { formStyles } from '../../core/form.styles.js';
import { renderField, renderNotices } from '../../core/form-field.js';
import { renderPrivateLink } from '../../core/private-link.js';
import { apiUrl } from '../../core/http.js';
import { newIdempotencyKey, sendJson } from '../../core/send.js';
import { InvalidShapeError, errorMessage, errorStatus } from '../../core/errors.js';
import { RecoveryErrorEvent } from '../../core/events.js';
import { RecoveryStorySubmitEvent } from '../../core/submit-events.js';
import { sendFailure, sendIntent, withUnanswered } from '../../core/intent.js';
import {
  BODY_MIN,
  STORY_DRAFT_KEY,
  byline,
  emptyStoryDraft,
  storyDrafts,
  storyField,
  storyRequest,
  validateStory,
  type StoryDraft,
  type StoryErrors,
  type StoryField,
  type StorySubmission,
} from '../story-draft.js';
import type { Host, Notice, TellContext } from './context.js';
import { tellStyles } from './tell.styles.js';

type Phase = 'editing' | 'sending' | 'failed' | 'waiting' | 'done';

const TOKEN = /^[A-Za-z0-9_-]{32,128}$/;

function readAccepted(url: string, data: unknown): string {
  const submission = (data as { submission?: { status?: unknown; withdrawToken?: unknown } } | null)?.submission;
  if (submission?.status !== 'pending' || typeof submission.withdrawToken !== 'string' || !TOKEN.test(submission.withdrawToken)) {
    throw new InvalidShapeError(`${url} did not answer with a submission`, url);
  }
  return submission.withdrawToken;
}

export class StoryForm implements ReactiveController {
  private phase: Phase = 'editing';
  private draft: StoryDraft;
  private errors: StoryErrors = {};
  private notice?: Notice;
  private result?: { withdrawToken: string; replayed: boolean };
  private copied?: boolean;
  /** The honeypot: hidden from people, never kept in the draft. */
  private website = '';
  private waitTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: Host,
    private readonly context: () => TellContext,
  ) {
    host.addController(this);
    addStyles(host, formStyles, tellStyles);
    this.draft = storyDrafts.read(STORY_DRAFT_KEY) ?? emptyStoryDraft(newIdempotencyKey());
  }

  hostDisconnected(): void {
    clearTimeout(this.waitTimer);
    if (this.phase === 'waiting') this.phase = 'editing';
  }

  render(): TemplateResult {
    return this.phase === 'done' ? this.renderDone() : this.renderForm();
  }

  /** Focus on the form's first field, once it is on the page (the visitor asked for the form). */
  async focus(): Promise<void> {
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('[part~="submit-form"] input:not([type="hidden"])')?.focus();
  }

  private renderForm(): TemplateResult {
    const { t } = this.context();
    const { draft } = this;
    const busy = this.phase === 'sending' || this.phase === 'waiting';
    const field = (name: StoryField, label: string, control: Parameters<typeof renderField>[0]['control'], options: { required?: boolean; hint?: string } = {}) =>
      renderField({
        id: `tell-${name}`,
        label,
        note: t(options.required ? 'tell.required' : 'tell.optional'),
        hint: options.hint,
        error: this.errors[name] && t(this.errors[name]),
        control,
      });
    const bodyLength = draft.body.trim().length;
    return html`<form part="submit-form" class="tell" novalidate aria-labelledby="tell-heading" @submit=${this.onSubmit} @input=${this.onInput} @change=${this.onInput}>
      <h3 id="tell-heading">${t('tell.heading')}</h3>
      <p>${t('tell.intro')}</p>
      <p class="guidance">${t('tell.guidance')}</p>
      <fieldset class="field">
        <legend>${t('tell.nameMode')}</legend>
        <div class="choices">
          ${(['firstName', 'initials', 'anonymous'] as const).map(
            (mode) => html`<label class="check"><input type="radio" name="nameMode" value=${mode} .checked=${draft.nameMode === mode} />${t(`tell.${mode}`)}</label>`,
          )}
        </div>
      </fieldset>
      ${draft.nameMode === 'anonymous'
        ? nothing
        : field('displayName', t(draft.nameMode === 'initials' ? 'tell.initialsName' : 'tell.displayName'), (a) =>
            html`<input id=${a.id} name="displayName" type="text" autocomplete=${draft.nameMode === 'initials' ? 'off' : 'given-name'}
              maxlength=${draft.nameMode === 'initials' ? 10 : 60} aria-describedby=${a.describedBy} aria-invalid=${a.invalid} .value=${draft.displayName} />`,
          { required: true })}
      <p class="byline-preview" aria-live="polite">${byline(draft, t('tell.anonymous')) ? t('tell.shownAs', { name: byline(draft, t('tell.anonymous')) }) : ''}</p>
      ${field('title', t('tell.title'), (a) =>
        html`<input id=${a.id} name="title" type="text" maxlength="150" aria-describedby=${a.describedBy} aria-invalid=${a.invalid} .value=${draft.title} />`,
      { required: true })}
      ${field('body', t('tell.body'), (a) =>
        html`<textarea id=${a.id} name="body" rows="10" maxlength="20000" aria-describedby=${a.describedBy} aria-invalid=${a.invalid} .value=${draft.body}></textarea>`,
      { required: true, hint: t('tell.bodyCount', { count: bodyLength, min: BODY_MIN }) })}
      ${field('contentWarning', t('tell.contentWarning'), (a) =>
        html`<input id=${a.id} name="contentWarning" type="text" maxlength="200" aria-describedby=${a.describedBy} aria-invalid=${a.invalid} .value=${draft.contentWarning} />`,
      { hint: t('tell.contentWarningHint') })}
      ${field('recoveryYears', t('tell.recoveryYears'), (a) =>
        html`<input id=${a.id} name="recoveryYears" type="text" inputmode="numeric" maxlength="2" class="short" aria-describedby=${a.describedBy} aria-invalid=${a.invalid} .value=${draft.recoveryYears} />`)}
      ${field('email', t('tell.email'), (a) =>
        html`<input id=${a.id} name="email" type="email" autocomplete="email" maxlength="254" aria-describedby=${a.describedBy} aria-invalid=${a.invalid} .value=${draft.email} />`,
      { hint: t('tell.emailHint') })}
      <fieldset class="field consent">
        <legend>${t('tell.consent')}</legend>
        <label class="check"><input type="checkbox" name="consentPublish" id="tell-consentPublish" .checked=${draft.consentPublish}
          aria-invalid=${this.errors.consentPublish ? 'true' : 'false'} aria-describedby=${this.errors.consentPublish ? 'tell-consentPublish-error' : nothing} />
          <span>${t('tell.consentPublish')} <span class="required">(${t('tell.required')})</span></span></label>
        ${this.errors.consentPublish ? html`<span class="field-error" id="tell-consentPublish-error">${t(this.errors.consentPublish)}</span>` : nothing}
        <label class="check"><input type="checkbox" name="consentShare" .checked=${draft.consentShare} />${t('tell.consentShare')}</label>
        <p class="hint">${t('tell.withdrawAnyTime')}</p>
      </fieldset>
      <div class="honeypot" aria-hidden="true">
        <label for="tell-website">${t('tell.honeypot')}</label>
        <input id="tell-website" name="website" type="text" tabindex="-1" autocomplete="off" .value=${this.website} />
      </div>
      ${this.renderNotice()}
      <div class="actions">
        <button type="submit" aria-disabled=${busy ? 'true' : 'false'}>${this.phase === 'sending' ? t('tell.sending') : t('tell.send')}</button>
      </div>
    </form>`;
  }

  private renderNotice(): TemplateResult {
    return renderNotices(this.notice, this.context().t, this.phase === 'failed' ? this.retry : undefined);
  }

  private readonly retry = async () => {
    // "Try again" goes away once pressed: focus moves to the send button, which then says "Sending…".
    this.host.shadowRoot?.querySelector<HTMLElement>('[part~="submit-form"] button[type="submit"]')?.focus();
    await this.submit();
  };

  private readonly onInput = (e: Event) => {
    const target = e.target as HTMLInputElement | HTMLTextAreaElement;
    const name = target.name;
    const { draft } = this;
    if (name === 'website') this.website = target.value;
    else if (name === 'nameMode') draft.nameMode = target.value as StoryDraft['nameMode'];
    else if (name === 'consentPublish' || name === 'consentShare') draft[name] = (target as HTMLInputElement).checked;
    else if (name === 'displayName' || name === 'title' || name === 'body' || name === 'contentWarning' || name === 'recoveryYears' || name === 'email') {
      draft[name] = target.value;
    } else return;
    const field = storyField(name);
    if (field && this.errors[field]) {
      // Cleared as soon as the author edits the field; checked again on send.
      this.errors = Object.fromEntries(Object.entries(this.errors).filter(([key]) => key !== field));
    }
    storyDrafts.write(STORY_DRAFT_KEY, draft);
    this.host.requestUpdate();
  };

  private readonly onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    void this.submit();
  };

  /** Sends the story. A second call while one is in flight (a double tap) does nothing. */
  async submit(): Promise<void> {
    if (this.phase === 'sending' || this.phase === 'waiting' || this.phase === 'done') return;
    this.errors = validateStory(this.draft);
    const invalid = Object.keys(this.errors).length;
    if (invalid > 0) {
      this.notice = { key: 'tell.checkFields', params: { count: invalid }, alert: true };
      this.phase = 'editing';
      return this.showErrors();
    }
    const body = storyRequest(this.draft, this.website, this.context().lang);
    this.phase = 'sending';
    this.notice = undefined;
    this.host.requestUpdate();
    try {
      const { result, replayed } = await sendIntent(this.draft, body, (sent) => this.send(sent));
      await this.succeed(result, replayed);
    } catch (error) {
      this.fail(error, body);
    }
  }

  private async send(body: StorySubmission): Promise<string> {
    const { api, timeoutMs } = this.context();
    const url = apiUrl(api ?? '', '/stories');
    const { data } = await sendJson('POST', url, body, { idempotencyKey: this.draft.key, timeoutMs });
    return readAccepted(url, data);
  }

  private async succeed(withdrawToken: string, replayed: boolean) {
    this.result = { withdrawToken, replayed };
    this.phase = 'done';
    this.notice = undefined;
    storyDrafts.clear(STORY_DRAFT_KEY);
    this.draft = emptyStoryDraft(newIdempotencyKey());
    this.host.dispatchEvent(new RecoveryStorySubmitEvent({ status: 'pending' }));
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('#tell-done')?.focus();
  }

  private fail(error: unknown, body: StorySubmission) {
    const failure = sendFailure(error);
    this.phase = 'editing';
    if (failure.kind === 'fields') {
      const errors: StoryErrors = {};
      for (const { field } of failure.fields) {
        const name = storyField(field);
        if (name) errors[name] ??= `tell.error.${name}`;
      }
      this.errors = errors;
      const count = Object.keys(errors).length;
      this.notice = count ? { key: 'tell.checkFields', params: { count }, alert: true } : { key: 'error.generic', alert: true };
      void this.showErrors();
    } else if (failure.kind === 'wait') {
      this.phase = 'waiting';
      this.notice = { key: 'tell.rateLimited', params: { count: failure.seconds }, alert: true };
      this.waitTimer = setTimeout(() => {
        this.phase = 'editing';
        this.notice = undefined;
        this.host.requestUpdate();
      }, failure.seconds * 1000);
    } else if (failure.kind === 'refused') {
      this.notice = { key: failure.status === 404 ? 'error.notFound' : 'error.generic', alert: true };
    } else {
      // The story may or may not have arrived. Keep everything; retry with the same key.
      this.phase = 'failed';
      this.draft = withUnanswered(this.draft, body);
      storyDrafts.write(STORY_DRAFT_KEY, this.draft);
      this.notice = { key: 'tell.failed', alert: true };
    }
    this.host.dispatchEvent(new RecoveryErrorEvent({ message: errorMessage(error, this.context().t), status: errorStatus(error) }));
    this.host.requestUpdate();
  }

  private async showErrors() {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('[part~="submit-form"] [aria-invalid="true"]')?.focus();
  }

  private renderDone(): TemplateResult {
    const { t } = this.context();
    const result = this.result!;
    // This page with the token in its fragment, which `<recovery-stories>` reads (address.ts, WITHDRAW_HASH).
    const withdrawUrl = `${location.href.replace(/#.*$/, '')}#story-withdraw=${result.withdrawToken}`;
    return html`<section part="confirmation" class="confirmation" aria-labelledby="tell-done">
      <h3 id="tell-done" tabindex="-1">${t('tell.thanks')}</h3>
      ${result.replayed ? html`<p>${t('tell.replayed')}</p>` : nothing}
      ${renderPrivateLink(
        'tell-withdraw-url',
        withdrawUrl,
        { label: t('tell.withdrawLink'), note: t('tell.withdrawNote'), copy: t('tell.copy'), copied: t('tell.copied'), copyByHand: t('tell.copyByHand') },
        this.copied,
        (copied) => {
          this.copied = copied;
          this.host.requestUpdate();
        },
      )}
    </section>`;
  }
}
