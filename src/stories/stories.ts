import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RecoveryElement } from '../core/recovery-element.js';
import { LoadController } from '../core/load-controller.js';
import { LazyPart } from '../core/lazy-part.js';
import { isAbortError } from '../core/errors.js';
import { renderEmpty } from '../core/status.js';
import { renderCrisisLines, type CrisisLine } from '../core/crisis/crisis-lines.js';
import { shareLink } from '../core/share.js';
import { excerpt, paragraphs, readStories, type Story } from './parse.js';
import { fetchPage } from './fetch-page.js';
import { STORY_HASH, WITHDRAW_HASH, storyAddress } from './address.js';
import { storiesStyles } from './stories.styles.js';
import type { StoryForm, TellContext, Withdrawal } from './tell/index.js';
import type { Carousel, SharePanel, StoriesExtrasContext } from './extras/index.js';
import './i18n/index.js';

export type StoriesLayout = 'cards' | 'list' | 'single' | 'carousel';

/**
 * Alumni stories to read and share, and a form to tell one, with consent the author keeps: they choose how
 * they are named, whether visitors may share their story, and they can withdraw it at any time.
 *
 * @tagname recovery-stories
 * @summary Alumni stories: read, share, and tell your own, with consent the author keeps.
 *
 * @fires {RecoveryLoadEvent} recovery-load - The stories are shown; `detail: LoadDetail`, `{ total, skipped }`.
 * @fires {RecoveryErrorEvent} recovery-error - Loading, sending or withdrawing failed; `detail: ErrorDetail`, `{ message, status? }`.
 * @fires {RecoveryStorySubmitEvent} recovery-story-submit - A story was sent for moderation; `detail: StorySubmitDetail`, `{ status: 'pending' }`.
 *
 * @csspart story - One story (with `data-story-id`).
 * @csspart content-warning - A story's content note, before the visitor chooses to read it.
 * @csspart submit-form - The form to tell a story.
 * @csspart confirmation - What the author sees after sending, with their private withdraw link.
 * @csspart withdraw - Withdrawing a story from its private link.
 * @csspart empty - Shown when there are no stories.
 * @csspart error - Shown when the stories could not be loaded.
 * @csspart loading - Shown while loading.
 * @csspart retry - Tries again after a failure.
 * @csspart base - The themed root.
 */
export class RecoveryStories extends RecoveryElement {
  static override styles = [...RecoveryElement.styles, storiesStyles];

  /** Stories given directly (records shaped like the API's), instead of loading them from `api`. */
  @property({ attribute: false }) stories?: unknown[];

  /** `cards` (default), `list`, `single` (one story, whole) or `carousel` (one at a time, with previous and next). */
  @property() layout: StoriesLayout = 'cards';

  /** Stories per page; "More stories" loads the next page. Default 6. */
  @property({ type: Number }) limit?: number;

  /** Comma-separated tags: only stories with at least one of them (e.g. `family,first-year`). */
  @property() tags?: string;

  /** Show this one story, whole (a story's own page). */
  @property({ attribute: 'story-id' }) storyId?: string;

  /** Show the form to tell a story at once (otherwise a "Share your story" button opens it). */
  @property({ type: Boolean }) submit = false;

  /** Comma-separated places to offer as plain share links: `email`, `facebook`, `x`, `bluesky`, `linkedin`, `whatsapp`. */
  @property({ attribute: 'share-targets' }) shareTargets?: string;

  /** The address of a story's own page, with `{id}` (e.g. `/stories/{id}`); default: this page with `#story=<id>`. */
  @property({ attribute: 'story-url' }) storyUrl?: string;

  /** With `layout="carousel"`: move on by itself, paused on hover and focus, never under reduced motion. */
  @property({ type: Boolean }) autoplay = false;

  /** Crisis lines shown beside the stories; default: the US 988 Lifeline and SAMHSA Helpline. `[]` hides them. */
  @property({ attribute: false }) crisisLines?: CrisisLine[];

  /** Milliseconds to wait for the center API before offering to try again. */
  @property({ type: Number }) timeout = 10_000;

  @state() private list: Story[] = [];
  @state() private nextCursor: string | null = null;
  @state() private loadingMore = false;
  @state() private expanded = new Set<string>();
  @state() private revealed = new Set<string>();
  @state() private announcement = '';
  @state() private withdrawToken?: string;

  /** @internal Parts loaded on first use; a test may make one fail. */
  static loaders = {
    /** Telling a story, the thank-you with its withdraw link, and withdrawing. */
    tell: () => import('./tell/index.js'),
    /** The carousel, and the share panel where the browser has no share sheet. */
    extras: () => import('./extras/index.js'),
  };

  private readonly tell = new LazyPart(this, () => RecoveryStories.loaders.tell());
  private readonly extras = new LazyPart(this, () => RecoveryStories.loaders.extras());
  private form?: StoryForm;
  private withdrawal?: Withdrawal;
  private carousel?: Carousel;
  private sharePanel?: SharePanel;

  private readonly data = new LoadController(this, {
    args: () => [this.effectiveApi, this.stories, this.storyId, this.tags, this.limit] as const,
    task: ([api, , storyId, tags, limit], { signal }) => fetchPage({ api, storyId, tags, limit }, { signal, timeoutMs: this.timeout }),
    given: ([, given]) => given && { ...readStories(given), nextCursor: null },
    onComplete: ({ stories, skipped, nextCursor }) => {
      [this.list, this.nextCursor] = [stories, nextCursor];
      this.carousel?.show(0);
      void this.reportLoaded(stories.length, skipped).then(() => this.openLinkedStory());
    },
    onError: (error) => this.reportError(error),
  });

  /** The next page, added below; focus moves to its first story, so a keyboard user reads on from there. */
  private readonly loadMore = async () => {
    if (this.loadingMore || !this.nextCursor) return;
    this.loadingMore = true;
    const list = this.list;
    try {
      const page = await fetchPage({ api: this.effectiveApi, tags: this.tags, limit: this.limit, cursor: this.nextCursor }, { timeoutMs: this.timeout });
      // The list was loaded again meanwhile (other tags, a withdrawal): this page belongs to the old one.
      if (list !== this.list) return;
      const first = page.stories[0];
      [this.list, this.nextCursor] = [[...this.list, ...page.stories], page.nextCursor];
      this.announcement = this.i18n.t('stories.count', { count: this.list.length });
      await this.updateComplete;
      if (first) this.storyElement(first.id)?.focus();
    } catch (error) {
      // The stories on screen stay; the button stays to try again, and the page hears why.
      if (!isAbortError(error)) this.reportError(error);
      this.announcement = this.i18n.t('error.network');
    } finally {
      this.loadingMore = false;
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.readHash);
    this.readHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.readHash);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('submit') && this.submit) void this.openForm(false);
    // Not on a server (Lit's server rendering connects nothing): the carousel's code comes with the browser.
    if (isServer || this.layout !== 'carousel' || this.carousel || this.extras.status !== 'idle') return;
    void this.extras.use('carousel', ({ Carousel }) => {
      this.carousel = new Carousel(this, () => this.extrasContext());
      // A story linked from the address, when the stories came before the carousel's code.
      if (this.data.status === 'complete') void this.openLinkedStory();
    });
  }

  /** `#story=<id>` opens that story; `#story-withdraw=<token>` offers to withdraw one. */
  private readonly readHash = () => {
    const token = WITHDRAW_HASH.exec(location.hash)?.[1];
    if (token !== this.withdrawToken) {
      this.withdrawToken = token;
      this.withdrawal = undefined;
      if (token) void this.tell.use('withdraw', ({ Withdrawal }) => (this.withdrawal = new Withdrawal(this, () => this.tellContext(), token)));
    }
    if (this.data.status === 'complete') void this.openLinkedStory();
  };

  private async openLinkedStory() {
    const id = STORY_HASH.exec(location.hash)?.[1];
    const index = this.list.findIndex((story) => story.id === id);
    if (!id || index < 0) return;
    this.carousel?.show(index);
    this.expanded = new Set(this.expanded).add(id);
    await this.updateComplete;
    const story = this.storyElement(id);
    story?.scrollIntoView({ block: 'start' });
    story?.focus();
  }

  private storyElement(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[part~="story"][data-story-id="${CSS.escape(id)}"]`);
  }

  private tellContext(): TellContext {
    return {
      t: this.i18n.t.bind(this.i18n),
      lang: this.resolvedLang(),
      api: this.effectiveApi,
      timeoutMs: this.timeout,
      leaveWithdraw: this.leaveWithdraw,
    };
  }

  private extrasContext(): StoriesExtrasContext {
    return {
      t: this.i18n.t.bind(this.i18n),
      renderStory: (story) => this.renderStory(story, false),
      address: (story) => storyAddress(story.id, this.storyUrl, location.href),
      shareTargets: this.shareTargets,
      autoplay: this.autoplay,
    };
  }

  private openForm(focus = true) {
    return this.tell.use('form', async ({ StoryForm }) => {
      // Made on first use only: once there, the form stays open.
      this.form ??= new StoryForm(this, () => this.tellContext());
      this.requestUpdate();
      if (focus) await this.form.focus();
    });
  }

  private readonly leaveWithdraw = () => {
    [this.withdrawToken, this.withdrawal] = [undefined, undefined];
    // A story may have just been withdrawn: read the list again, so it is gone from it too. The button that
    // was pressed is gone: keep the visitor's place, at the stories that replace the view.
    void this.data.run();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.stories-region')?.focus());
  };

  /** The browser's share sheet where there is one; else the link (copied, or to copy by hand) and the plain links. */
  private async share(story: Story) {
    const outcome = await shareLink({ title: story.title, text: story.title, url: storyAddress(story.id, this.storyUrl, location.href) });
    if (outcome === 'shared' || outcome === 'cancelled') return;
    await this.extras.use('share', ({ SharePanel }) => (this.sharePanel ??= new SharePanel(this, () => this.extrasContext())).open(story, outcome === 'copied'));
  }

  private toggle(set: 'expanded' | 'revealed', id: string) {
    const next = new Set(this[set]);
    if (!next.delete(id)) next.add(id);
    this[set] = next;
  }

  protected override renderContent(): unknown {
    const t = this.i18n.t.bind(this.i18n);
    // The list can take focus (from script only): where focus goes when the withdraw view it replaces closes.
    const body = this.withdrawal
      ? this.withdrawal.render()
      : html`<div class="stories-region" tabindex="-1">${this.renderLoad(this.data, () => this.renderStories())}</div>`;
    return html`${body}${this.tell.renderFailure(t)}${this.extras.renderFailure(t)}
      ${this.withdrawal ? nothing : this.renderTell()}
      ${renderCrisisLines(this.crisisLines, t)}
      <p class="visually-hidden" role="status">${this.announcement}</p>`;
  }

  private renderTell(): unknown {
    if (this.form) return this.form.render();
    if (!this.effectiveApi) return nothing;
    return html`<p><button type="button" class="secondary tell" @click=${() => this.openForm()}>${this.i18n.t('stories.tell')}</button></p>`;
  }

  private renderStories(): unknown {
    const t = this.i18n.t.bind(this.i18n);
    if (this.list.length === 0) return renderEmpty(t(this.storyId ? 'stories.notFound' : 'stories.none'));
    const single = this.layout === 'single' || Boolean(this.storyId);
    if (single) return this.renderStory(this.list[0]!, true);
    // The carousel's code loads on first use; until it is in, the first story shows on its own.
    if (this.layout === 'carousel') return this.carousel?.render(this.list) ?? this.renderStory(this.list[0]!, false);
    // A long list gets a way past it for keyboards, hidden until focused; it leads to the list's end.
    const long = this.list.length > 3;
    return html`${long ? html`<a class="visually-hidden skip" href="#stories-end" @click=${this.skipList}>${t('stories.skip')}</a>` : nothing}
      <ul class="stories ${this.layout === 'list' ? 'list' : 'cards'}">
        ${this.list.map((story) => html`<li>${this.renderStory(story, false)}</li>`)}
      </ul>
      ${long ? html`<p class="visually-hidden" id="stories-end" tabindex="-1">${t('stories.end')}</p>` : nothing}
      ${this.nextCursor
        ? html`<p><button type="button" class="secondary" aria-disabled=${this.loadingMore ? 'true' : 'false'} @click=${this.loadMore}>${t('stories.more')}</button></p>`
        : nothing}`;
  }

  private readonly skipList = (event: Event) => {
    // Fragments do not reach into a shadow root: move focus by hand, and leave the address alone.
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('#stories-end')?.focus();
  };

  private renderStory(story: Story, whole: boolean): unknown {
    const t = this.i18n.t.bind(this.i18n);
    const titleId = `story-${story.id}-title`;
    const bodyId = `story-${story.id}-body`;
    const warned = story.contentWarning !== null && !this.revealed.has(story.id);
    const short = excerpt(story.body);
    const open = whole || short.whole || this.expanded.has(story.id);
    const date = this.i18n.date(new Date(story.publishedAt), { dateStyle: 'long' });
    // A story in another language than the page's is marked as such, for screen readers (WCAG 3.1.2): its
    // title and text, not the element's own words around them.
    const lang = story.lang ?? nothing;
    return html`<article part="story" class="story" data-story-id=${story.id} aria-labelledby=${titleId} tabindex="-1">
      <h3 id=${titleId} lang=${lang}>${story.title}</h3>
      <p class="byline">
        <span>${story.displayName}</span>
        ${story.recoveryYears === null
          ? nothing
          : html`<span class="muted">${story.recoveryYears === 0 ? t('stories.firstYear') : t('stories.years', { count: story.recoveryYears })}</span>`}
      </p>
      ${warned
        ? html`<div part="content-warning" class="warning">
            <p>${t('stories.warning', { warning: story.contentWarning! })}</p>
            <button type="button" class="secondary" aria-controls=${bodyId} aria-expanded="false" @click=${() => this.toggle('revealed', story.id)}>
              ${t('stories.readAnyway')}
            </button>
          </div>`
        : html`<div class="body" id=${bodyId} lang=${lang}>
              ${open ? paragraphs(story.body).map((p) => html`<p>${p}</p>`) : html`<p>${short.text}</p>`}
            </div>
            ${whole || short.whole
              ? nothing
              : html`<button type="button" class="link" aria-controls=${bodyId} aria-expanded=${open ? 'true' : 'false'} @click=${() => this.toggle('expanded', story.id)}>
                  ${t(open ? 'stories.readLess' : 'stories.readMore')}
                </button>`}`}
      ${story.staffDisclosure ? html`<p class="disclosure">${t('stories.disclosure', { note: story.staffDisclosure })}</p>` : nothing}
      <p class="muted"><time datetime=${story.publishedAt}>${t('stories.published', { date })}</time></p>
      ${story.shareable ? this.renderShare(story) : nothing}
    </article>`;
  }

  private renderShare(story: Story): unknown {
    // The status region is always on the page, so what appears in it is heard; it takes no room while empty.
    const panel = this.sharePanel?.render(story) ?? nothing;
    return html`<div class="share">
      <button type="button" class="secondary" aria-label=${this.i18n.t('stories.shareName', { title: story.title })} @click=${() => this.share(story)}>
        ${this.i18n.t('stories.share')}
      </button>
      <div role="status" class=${panel === nothing ? 'visually-hidden' : ''}>${panel}</div>
    </div>`;
  }
}
