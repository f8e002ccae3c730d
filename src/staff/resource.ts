import { renderError, renderLoading } from '../core/status.js';
import type { Host, Translate } from './context.js';
import { problemMessage } from './problems.js';

type State<T> = { status: 'idle' | 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown };

/**
 * Data a view shows: loading, loaded or failed (with "Try again"), the latest request winning. A reload keeps the
 * data on screen until the new answer arrives, so a list does not blink after each save.
 */
export class Resource<T> {
  private state: State<T> = { status: 'idle' };
  private last?: () => Promise<T>;
  private generation = 0;

  constructor(private readonly host: Host) {}

  /** True while a load is under way (also a reload, with the data still shown). */
  get busy(): boolean {
    return this.pending > 0;
  }

  private pending = 0;

  get value(): T | undefined {
    return this.state.status === 'ready' ? this.state.value : undefined;
  }

  /** Replaces the data with what the view already knows (e.g. the record a save answered with). */
  set(value: T): void {
    this.state = { status: 'ready', value };
    this.host.requestUpdate();
  }

  async load(task: () => Promise<T>): Promise<void> {
    this.last = task;
    const generation = ++this.generation;
    if (this.state.status !== 'ready') this.state = { status: 'loading' };
    this.pending++;
    this.host.requestUpdate();
    try {
      const value = await task();
      if (generation === this.generation) this.state = { status: 'ready', value };
    } catch (error) {
      if (generation === this.generation) this.state = { status: 'failed', error };
    } finally {
      this.pending--;
    }
    this.host.requestUpdate();
  }

  /** Loads again what was loaded last. */
  readonly reload = (): Promise<void> => (this.last ? this.load(this.last) : Promise.resolve());

  /** Forgets the data, so the next load shows the loading view (another record, another filter). */
  clear(): void {
    this.generation++;
    this.state = { status: 'idle' };
  }

  render(t: Translate, ready: (value: T) => unknown): unknown {
    switch (this.state.status) {
      case 'ready':
        return ready(this.state.value);
      case 'failed':
        return renderError(problemMessage(this.state.error, t), () => void this.reload(), t);
      default:
        return renderLoading(t);
    }
  }
}
