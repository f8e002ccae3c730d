import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { configContext, type RecoveryConfig } from './config.js';

type Receive = (value: RecoveryConfig | undefined, unsubscribe?: () => void) => void;

/**
 * Receives the settings of the nearest `<recovery-provider>` through the community context protocol, the
 * one @lit/context's provider speaks. A few lines instead of @lit/context's consumer and ContextRoot, which
 * cost every element about 1 kB gzip.
 *
 * An element can connect before its provider is upgraded (scripts load in any order); a provider announces
 * itself when it connects (`context-provider`), and the element then asks again. Asking twice is harmless: a
 * provider keeps one subscription per callback.
 */
export class ConfigConsumer implements ReactiveController {
  private config?: RecoveryConfig;
  private unsubscribe?: () => void;

  /**
   * What the nearest provider gives. Lit's server rendering connects no element, so there an element asks
   * as it renders: by then the server knows where it sits, and the provider answers (once per callback).
   * (`isServer` is `false` in a browser build: the line is left out.)
   */
  get value(): RecoveryConfig | undefined {
    if (isServer) this.request();
    return this.config;
  }

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('context-provider', this.onProvider);
    this.request();
  }

  hostDisconnected(): void {
    document.removeEventListener('context-provider', this.onProvider);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private readonly receive: Receive = (value, unsubscribe) => {
    // A different unsubscribe means a different (nearer) provider now answers: leave the old one.
    if (this.unsubscribe && this.unsubscribe !== unsubscribe) this.unsubscribe();
    this.unsubscribe = unsubscribe;
    this.config = value;
    this.host.requestUpdate();
  };

  private readonly onProvider = (event: Event) => {
    if ((event as Event & { context?: unknown }).context === configContext) this.request();
  };

  /** The protocol's `context-request` event (https://github.com/webcomponents-cg/community-protocols). */
  private request(): void {
    const event = new Event('context-request', { bubbles: true, composed: true });
    this.host.dispatchEvent(Object.assign(event, { context: configContext, contextTarget: this.host, callback: this.receive, subscribe: true }));
  }
}
