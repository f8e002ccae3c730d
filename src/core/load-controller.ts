import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

export interface LoadOptions<A extends readonly unknown[], T> {
  /** The inputs; the data is loaded again whenever one of them changes (compared with ===). */
  args: () => A;
  /** Loads the data. The signal aborts when newer inputs supersede this load. */
  task: (args: A, options: { signal: AbortSignal }) => Promise<T>;
  /**
   * The data when it is at hand, given directly (a property): shown in the same update, with no load and no
   * loading view, so a server-rendered element hydrates with what it rendered. Undefined: `task` loads it.
   */
  given?: (args: A) => T | undefined;
  onComplete?: (value: T) => void;
  onError?: (error: unknown) => void;
}

export interface LoadRenderers<T> {
  pending: () => unknown;
  complete: (value: T) => unknown;
  error: (error: unknown) => unknown;
}

/**
 * Remote data for an element: runs `task` when its `args` change, cancels a superseded run through its
 * `AbortSignal`, and renders pending, complete or error. (A small stand-in for @lit/task, which weighs
 * three times as much in every element's bundle.)
 */
export class LoadController<A extends readonly unknown[], T> implements ReactiveController {
  status: 'pending' | 'complete' | 'error' = 'pending';
  value?: T;
  error?: unknown;
  private lastArgs?: A;
  private current?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LoadOptions<A, T>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.options.args();
    // An element's inputs are always the same tuple: compared item by item.
    if (this.lastArgs && args.every((arg, i) => arg === this.lastArgs![i])) return;
    this.lastArgs = args;
    void this.run();
  }

  hostDisconnected(): void {
    this.current?.abort();
    this.lastArgs = undefined; // load again if the element comes back
  }

  /** Loads again with the current inputs (the retry button). */
  async run(): Promise<void> {
    this.current?.abort();
    const run = (this.current = new AbortController());
    this.status = 'pending';
    this.host.requestUpdate();
    try {
      const args = this.lastArgs ?? this.options.args();
      // No await when the data is given: it settles within this update.
      const value = this.options.given?.(args) ?? (await this.options.task(args, { signal: run.signal }));
      if (run !== this.current) return;
      [this.status, this.value] = ['complete', value];
      this.host.requestUpdate();
      this.options.onComplete?.(value);
    } catch (error) {
      if (run !== this.current) return;
      [this.status, this.error] = ['error', error];
      this.host.requestUpdate();
      this.options.onError?.(error);
    }
  }

  render(renderers: LoadRenderers<T>): unknown {
    // Lit's server rendering skips `hostUpdate`: data given is shown there too, and nothing is fetched.
    // (`isServer` is `false` in a browser build: the line is left out.)
    if (isServer && !this.current && this.options.given?.(this.options.args())) this.hostUpdate();
    if (this.status === 'complete') return renderers.complete(this.value as T);
    if (this.status === 'error') return renderers.error(this.error);
    return renderers.pending();
  }
}
