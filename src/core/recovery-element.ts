import type { LoadController } from './load-controller.js';
import { misuse } from './define-element.js';
import { canRetry, errorMessage, errorStatus, isAbortError } from './errors.js';
import { RecoveryErrorEvent, RecoveryLoadEvent } from './events.js';
import { RecoveryBase } from './recovery-base.js';
import { renderError, renderLoading, statusStyles } from './status.js';

/**
 * The base of elements that load data: `RecoveryBase` plus the shared loading and error views (translated,
 * with a retry) and the `recovery-load` / `recovery-error` events.
 *
 * @fires {RecoveryLoadEvent} recovery-load - The data is on screen; `detail: LoadDetail`, `{ total, skipped }` (counts only).
 * @fires {RecoveryErrorEvent} recovery-error - Loading failed; the element shows it too; `detail: ErrorDetail`, `{ message, status? }`.
 * @csspart loading - Shown while loading.
 * @csspart error - Shown when something could not be loaded, with a retry when trying again can help.
 * @csspart retry - The button that tries again.
 */
export abstract class RecoveryElement extends RecoveryBase {
  static override styles = [...RecoveryBase.styles, statusStyles];

  /**
   * Renders remote data: the shared loading view while pending, the shared error view (translated, with a
   * retry that loads again) on failure, and `complete` with the value.
   */
  protected renderLoad<A extends readonly unknown[], T>(load: LoadController<A, T>, complete: (value: T) => unknown): unknown {
    const t = this.i18n.t.bind(this.i18n);
    // Data lists are properties, never attributes. A framework that renders a tag before its define module ran
    // (React 19) writes the list as an attribute ("[object Object],..."): rather than a silently empty list,
    // the console says so, once (on a server too). Properties set before the definition need nothing here:
    // Lit keeps an instance's own properties through the upgrade.
    if (this.hasAttribute(this.localName.slice(9))) misuse((m) => m.attribute(this)); // recovery-meetings: meetings
    return load.render({
      pending: () => renderLoading(t),
      complete,
      error: (error) => renderError(errorMessage(error, t), canRetry(error) ? () => void load.run() : undefined, t),
    });
  }

  /** Fires `recovery-load` once the data is on screen. */
  protected async reportLoaded(total: number, skipped: number): Promise<void> {
    // A task reports completion before it asks for the render; ask first, so the update awaited is the one
    // that shows the data.
    this.requestUpdate();
    await this.updateComplete;
    this.dispatchEvent(new RecoveryLoadEvent({ total, skipped }));
  }

  /** Fires `recovery-error` with the translated message the element shows; a superseded request is not an error. */
  protected reportError(error: unknown): void {
    if (isAbortError(error)) return;
    this.dispatchEvent(
      new RecoveryErrorEvent({ message: errorMessage(error, this.i18n.t.bind(this.i18n)), status: errorStatus(error) }),
    );
  }
}
