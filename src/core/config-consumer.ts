import type { ReactiveController, ReactiveControllerHost } from 'lit';
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
  value?: RecoveryConfig;
  private unsubscribe?: () => void;

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
    this.value = value;
    this.host.requestUpdate();
  };

  private readonly onProvider = (event: Event) => {
    if ((event as Event & { context?: unknown }).context === configContext) this.request();
  };

  /**
   * Asks the nearest provider, with the protocol's `context-request` event
   * (https://github.com/webcomponents-cg/community-protocols). A provider keeps one subscription per callback.
   */
  request(): void {
    const event = new Event('context-request', { bubbles: true, composed: true });
    this.host.dispatchEvent(Object.assign(event, { context: configContext, contextTarget: this.host, callback: this.receive, subscribe: true }));
  }
}
