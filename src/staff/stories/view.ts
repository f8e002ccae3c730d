import { html, nothing, type TemplateResult } from 'lit';
import { renderField, renderNotices, type Notice } from '../../core/form-field.js';
import { StaffSubmissionListSchema, StaffSubmissionResponseSchema, type StaffSubmission } from '../../core/api/staff.js';
import { StorySchema } from '../../core/api/stories.js';
import type { ConsoleContext, Host, Translate, View } from '../context.js';
import { Resource } from '../resource.js';
import { routeHash, type Route } from '../route.js';
import { fieldErrors, problemNotice } from '../problems.js';
import { statusOf } from '../client.js';
import { decisionDraft, decisionFrom, type DecisionDraft } from './model.js';
import { renderBadges, renderCard, renderFacts } from './cards.js';

const STATUSES = ['pending', 'published', 'unpublished', 'rejected', 'withdrawn'] as const;
type Status = (typeof STATUSES)[number];
type Confirming = 'none' | 'decline' | 'unpublish';

/**
 * Stories: the queue and the other statuses (`#/stories/<status>`), and one story to decide on
 * (`#/stories/<status>/<id>`): approve and publish (tags, a note, the language, featuring, maybe an edited text),
 * decline with an internal reason, change or take down a published one. A withdrawn story is shown, never offered
 * for publishing.
 */
export class StoriesView implements View {
  private status: Status = 'pending';
  private id?: string;
  private readonly list: Resource<StaffSubmission[]>;
  private draft?: DecisionDraft;
  private draftFor?: string;
  private errors: Record<string, string> = {};
  private notice?: Notice;
  /** The story the notice is about: it stays when that story is shown under another status. */
  private noticeFor?: string;
  private busy = false;
  private confirming: Confirming = 'none';
  private reason = '';

  constructor(
    private readonly host: Host,
    private readonly context: () => ConsoleContext,
  ) {
    this.list = new Resource(host);
  }

  show(route: Route): void {
    const status = (STATUSES as readonly string[]).includes(route.path[0] ?? '') ? (route.path[0] as Status) : 'pending';
    if (status !== this.status) this.list.clear();
    this.status = status;
    this.id = route.path[1];
    if (this.draftFor !== this.id) [this.draft, this.draftFor, this.errors, this.confirming] = [undefined, undefined, {}, 'none'];
    if (this.noticeFor !== this.id) this.notice = undefined;
    this.noticeFor = this.id;
    void this.load();
  }

  private load() {
    const { client } = this.context();
    return this.list.load(async () => (await client.get('/staff/submissions', StaffSubmissionListSchema, { status: this.status })).submissions);
  }

  render(): TemplateResult {
    const { t } = this.context();
    if (this.id) return this.renderReview(t);
    return html`<section aria-labelledby="view-heading">
      <h2 id="view-heading" tabindex="-1">${t('staff.area.stories')}</h2>
      <nav class="subtabs" aria-label=${t('staffStories.statuses')}>
        ${STATUSES.map(
          (status) => html`<a href=${routeHash('stories', [status])} aria-current=${status === this.status ? 'page' : nothing}
            >${t(`staffStories.status.${status}`)}</a
          >`,
        )}
      </nav>
      ${this.status === 'pending' ? html`<p class="hint">${t('staffStories.queueIntro')}</p>` : nothing}
      ${this.list.render(t, (submissions) => this.renderList(submissions, t))}
    </section>`;
  }

  private renderList(submissions: StaffSubmission[], t: Translate) {
    const { lang } = this.context();
    if (submissions.length === 0) {
      const none =
        this.status === 'pending' ? 'staffStories.noneWaiting' : this.status === 'withdrawn' ? 'staffStories.noneWithdrawn' : 'staffStories.none';
      return html`<p class="callout" role="status">${t(none)}</p>`;
    }
    return html`<ul class="cards">
      ${submissions.map((submission) => renderCard(submission, t, lang, routeHash('stories', [this.status, submission.id])))}
    </ul>`;
  }

  private renderReview(t: Translate): TemplateResult {
    const back = html`<p><a href=${routeHash('stories', [this.status])}>${t('staffStories.allStories')}</a></p>`;
    const submission = this.list.value?.find((s) => s.id === this.id);
    return html`<section aria-labelledby="view-heading">
      ${back}
      <h2 id="view-heading" tabindex="-1" lang=${submission?.lang ?? nothing}>${submission?.title ?? t('staffStories.reviewHeading')}</h2>
      ${this.list.render(t, () =>
        submission ? this.renderStory(submission, t) : this.notice ? renderNotices(this.notice, t) : html`<p class="callout">${t('staff.notFound')}</p>`,
      )}
    </section>`;
  }

  private renderStory(submission: StaffSubmission, t: Translate): TemplateResult {
    const { lang } = this.context();
    if (this.draftFor !== submission.id) [this.draft, this.draftFor] = [decisionDraft(submission), submission.id];
    const original = submission.originalBody !== null || submission.originalTitle !== null;
    return html`${renderBadges(submission, t)} ${renderFacts(submission, t, lang)}
      <div class="prose story-text" lang=${submission.lang ?? nothing}>${submission.body}</div>
      ${original
        ? html`<details class="original">
            <summary>${t('staffStories.original')}</summary>
            <h3>${submission.originalTitle ?? submission.title}</h3>
            <div class="prose">${submission.originalBody ?? submission.body}</div>
          </details>`
        : nothing}
      ${submission.status === 'withdrawn'
        ? html`<p class="callout warn">${t('staffStories.withdrawnNote')}</p>
            ${renderNotices(this.notice, t)}`
        : this.renderDecision(submission, t)}`;
  }

  private renderDecision(submission: StaffSubmission, t: Translate): TemplateResult {
    const draft = this.draft!;
    const { lang } = this.context();
    const published = submission.status === 'published';
    const set = <K extends keyof DecisionDraft>(key: K, value: DecisionDraft[K]) => {
      draft[key] = value;
      this.host.requestUpdate();
    };
    const text = (key: 'tags' | 'disclosure' | 'title', label: string, hint?: string) =>
      renderField({
        id: `story-${key}`,
        label,
        hint,
        note: key === 'title' ? t('staff.required') : t('staff.optional'),
        error: this.errors[key],
        control: ({ id, describedBy, invalid }) => html`<input id=${id} name=${key} .value=${draft[key]} aria-describedby=${describedBy}
          aria-invalid=${invalid} @input=${(e: Event) => set(key, (e.target as HTMLInputElement).value)} />`,
      });
    const languages = [...new Set(['en', 'es', draft.lang].filter(Boolean))];
    const languageName = (code: string) => new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
    return html`<form class="stack decision" novalidate @submit=${(e: SubmitEvent) => this.approve(e, submission)}>
        <h3>${published ? t('staffStories.saveChanges') : t('staffStories.decide')}</h3>
        ${text('tags', t('staffStories.tags'), t('staffStories.tagsHint'))}
        ${text('disclosure', t('staffStories.disclosure'), t('staffStories.disclosureHint'))}
        ${renderField({
          id: 'story-lang',
          label: t('staffStories.lang'),
          control: ({ id }) => html`<select id=${id} name="lang" @change=${(e: Event) => set('lang', (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!draft.lang}>${t('staffStories.langUnknown')}</option>
            ${languages.map((code) => html`<option value=${code} ?selected=${draft.lang === code}>${languageName(code)}</option>`)}
          </select>`,
        })}
        <label class="check"><input type="checkbox" name="featured" .checked=${draft.featured}
          @change=${(e: Event) => set('featured', (e.target as HTMLInputElement).checked)} />${t('staffStories.featureIt')}</label>
        <label class="check"><input type="checkbox" name="redact" .checked=${draft.redact}
          @change=${(e: Event) => set('redact', (e.target as HTMLInputElement).checked)} />${t('staffStories.redact')}</label>
        ${draft.redact
          ? html`<p class="hint">${t('staffStories.redactHint')}</p>
              ${text('title', t('staffStories.title'))}
              ${renderField({
                id: 'story-body',
                label: t('staffStories.body'),
                note: t('staff.required'),
                error: this.errors.body,
                control: ({ id, describedBy, invalid }) => html`<textarea id=${id} name="body" rows="14" .value=${draft.body}
                  aria-describedby=${describedBy} aria-invalid=${invalid}
                  @input=${(e: Event) => set('body', (e.target as HTMLTextAreaElement).value)}></textarea>`,
              })}`
          : nothing}
        <div class="actions">
          <button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${this.busy ? t('staff.saving') : published ? t('staffStories.saveChanges') : t('staffStories.approve')}
          </button>
        </div>
        ${renderNotices(this.notice, t)}
      </form>
      ${this.renderSecondary(submission, t)}`;
  }

  private renderSecondary(submission: StaffSubmission, t: Translate): TemplateResult {
    const published = submission.status === 'published';
    if (this.confirming === 'unpublish') {
      return html`<div class="confirm stack" role="group" aria-labelledby="unpublish-question">
        <p id="unpublish-question">${t('staffStories.unpublishConfirm')}</p>
        <div class="actions">
          <button type="button" class="danger confirm-yes" @click=${() => this.unpublish(submission)}>${t('staffStories.unpublishYes')}</button>
          <button type="button" class="secondary" @click=${() => this.confirm('none')}>${t('staffStories.keep')}</button>
        </div>
      </div>`;
    }
    if (this.confirming === 'decline') {
      return html`<form class="confirm stack" novalidate aria-labelledby="decline-heading" @submit=${(e: SubmitEvent) => this.decline(e, submission)}>
        <h3 id="decline-heading">${t('staffStories.declineHeading')}</h3>
        ${renderField({
          id: 'story-reason',
          label: t('staffStories.reason'),
          note: t('staff.optional'),
          error: this.errors.reason,
          control: ({ id, describedBy, invalid }) => html`<textarea id=${id} name="reason" rows="3" .value=${this.reason}
            aria-describedby=${describedBy} aria-invalid=${invalid}
            @input=${(e: Event) => (this.reason = (e.target as HTMLTextAreaElement).value)}></textarea>`,
        })}
        <div class="actions">
          <button type="submit" class="danger confirm-yes">${t('staffStories.declineConfirm')}</button>
          <button type="button" class="secondary" @click=${() => this.confirm('none')}>${t('staff.cancel')}</button>
        </div>
      </form>`;
    }
    return html`<div class="actions">
      ${published ? html`<button type="button" class="danger" @click=${() => this.confirm('unpublish')}>${t('staffStories.unpublish')}</button>` : nothing}
      ${submission.status === 'pending' || submission.status === 'unpublished'
        ? html`<button type="button" class="danger" @click=${() => this.confirm('decline')}>${t('staffStories.decline')}</button>`
        : nothing}
    </div>`;
  }

  private async confirm(what: Confirming) {
    this.confirming = what;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const target = what === 'none' ? '.decision button[type="submit"]' : what === 'decline' ? '#story-reason' : '.confirm button';
    this.host.shadowRoot?.querySelector<HTMLElement>(target)?.focus();
  }

  /**
   * Does one decision, one at a time. A 409 means the story changed meanwhile: withdrawn by its author (then it is
   * erased, and staff are told so), or taken down or published by someone else (the list is read again).
   */
  private async act(submission: StaffSubmission, action: () => Promise<void>) {
    if (this.busy) return;
    this.busy = true;
    this.notice = undefined;
    this.host.requestUpdate();
    try {
      await action();
    } catch (error) {
      this.confirming = 'none';
      if (statusOf(error) !== 409) this.notice = problemNotice(error);
      else await this.changedMeanwhile(submission);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** A withdrawn story is erased at once: it is in no list any more, which is how staff can tell. */
  private async changedMeanwhile(submission: StaffSubmission) {
    const { client } = this.context();
    const lists = await Promise.all(
      STATUSES.filter((status) => status !== 'withdrawn').map((status) =>
        client.get('/staff/submissions', StaffSubmissionListSchema, { status }).then(({ submissions }) => submissions, () => undefined),
      ),
    );
    const gone = lists.every((list) => list !== undefined && !list.some((s) => s.id === submission.id));
    if (!gone) {
      this.notice = { key: 'staff.error.conflict', alert: true };
      return void this.load();
    }
    // The review stays where it is, the story gone from it, and the notice says why.
    this.notice = { key: 'staffStories.withdrawnNow', alert: true };
    await this.load();
  }

  private approve(event: SubmitEvent, submission: StaffSubmission) {
    event.preventDefault();
    const { t, client, announce, go } = this.context();
    const result = decisionFrom(this.draft!, submission);
    if ('issues' in result) {
      this.errors = fieldErrors(result.issues, t);
      this.host.requestUpdate();
      void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    this.errors = {};
    return this.act(submission, async () => {
      if (submission.status === 'published') {
        const { submission: changed } = await client.send('PATCH', `/staff/submissions/${submission.id}`, result.decision, StaffSubmissionResponseSchema);
        this.list.set(this.list.value!.map((s) => (s.id === changed.id ? changed : s)));
        [this.draft, this.draftFor] = [decisionDraft(changed), changed.id];
        announce(t('staffStories.saved'));
        return;
      }
      const story = await client.send('POST', `/staff/submissions/${submission.id}/approve`, result.decision, StorySchema);
      announce(t('staffStories.approved', { title: story.title }));
      go(routeHash('stories', [this.status]));
    });
  }

  private decline(event: SubmitEvent, submission: StaffSubmission) {
    event.preventDefault();
    const { t, client, announce, go } = this.context();
    const reason = this.reason.trim();
    if (reason.length > 500) {
      this.errors = { reason: t('staff.field.tooLong', { count: 500 }) };
      this.host.requestUpdate();
      return;
    }
    return this.act(submission, async () => {
      await client.send('POST', `/staff/submissions/${submission.id}/reject`, { reason: reason || null });
      this.reason = '';
      announce(t('staffStories.declined', { title: submission.title }));
      go(routeHash('stories', [this.status]));
    });
  }

  private unpublish(submission: StaffSubmission) {
    const { t, client, announce, go } = this.context();
    return this.act(submission, async () => {
      await client.send('POST', `/staff/submissions/${submission.id}/unpublish`, undefined, StaffSubmissionResponseSchema);
      announce(t('staffStories.unpublished', { title: submission.title }));
      go(routeHash('stories', [this.status]));
    });
  }
}
