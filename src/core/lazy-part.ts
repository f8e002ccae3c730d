import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { MessageKey, MessageParams } from './i18n/messages.js';

export type PartStatus = 'idle' | 'loading' | 'ready' | 'failed';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * A part of an element that loads on first use: its code, styles and strings are a chunk of their own, so a
 * visitor who never opens it never downloads it. The one way every element loads such a part.
 *
 * `use(key, action)` loads the module once and then does what the visitor asked (open a meeting, show a
 * form). When the load fails, `renderFailure()` shows a translated message with a retry, and the retry loads
 * again and then does the last action asked for under each key: a click never does nothing. The host reads
 * `status` and `module` in its render; the part's own objects get a narrow context from the host, never the
 * host itself.
 */
export class LazyPart<M> {
  status: PartStatus = 'idle';
  /** The loaded module, once `status` is `ready`. */
  module?: M;

  private loading?: Promise<M | undefined>;
  private readonly waiting = new Map<string, (module: M) => unknown>();

  constructor(
    private readonly host: Host,
    /** `() => import('./part.js')`; a function, so tests can make it fail. */
    private readonly loader: () => Promise<M>,
  ) {}

  /** Loads the module (once; again after a failure). Resolves with it, or with undefined when it failed. */
  load(): Promise<M | undefined> {
    if (this.module) return Promise.resolve(this.module);
    if (this.loading) return this.loading;
    this.status = 'loading';
    this.loading = this.loader().then(
      (module) => {
        [this.module, this.status] = [module, 'ready'];
        this.host.requestUpdate();
        return module;
      },
      () => {
        [this.loading, this.status] = [undefined, 'failed'];
        this.host.requestUpdate();
        return undefined;
      },
    );
    return this.loading;
  }

  /**
   * Does `action` with the module once it is loaded. If it fails to load, the action waits for the retry;
   * a later action under the same `key` replaces it (the visitor changed their mind).
   */
  async use(key: string, action: (module: M) => unknown): Promise<void> {
    this.waiting.set(key, action);
    await this.flush(await this.load());
  }

  /** Loads again and does what waited for the module. */
  readonly retry = async (): Promise<void> => {
    await this.flush(await this.load());
  };

  /**
   * Once the module is in, every action that waited runs, whichever call brought it: an RSVP form asked for
   * while the code could not load opens even if another form's click, not the retry, loaded it.
   */
  private async flush(module: M | undefined) {
    if (!module) return;
    const actions = [...this.waiting.values()];
    this.waiting.clear();
    for (const action of actions) await action(module);
  }

  /**
   * The failure, translated, with a retry: `nothing` unless the last load failed. The markup of the shared
   * error view (status.ts), without importing its styles: an element that shows no other error view styles
   * `.error` itself, and a part that cannot load is, to the visitor, a connection that failed.
   */
  renderFailure(t: (key: MessageKey, params?: MessageParams) => string): unknown {
    if (this.status !== 'failed') return nothing;
    return html`<div part="error" class="status error" role="alert">
      <p>${t('error.network')}</p>
      <button type="button" part="retry" @click=${this.retry}>${t('status.retry')}</button>
    </div>`;
  }
}
