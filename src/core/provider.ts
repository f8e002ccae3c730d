import { LitElement, css, html, isServer } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { configContext, type RecoveryConfig } from './config.js';
import type { ThemeChoice } from './theme.js';
import { VERSION } from './version.js';

/**
 * Gives every recovery-widgets element inside it the same settings, so a page sets its API, language,
 * time zone and theme once. An element's own attribute always wins. It renders nothing of its own.
 *
 * @tagname recovery-provider
 * @summary Shared settings for the recovery-widgets elements inside it.
 * @slot - The elements (and any other content) that share these settings.
 */
export class RecoveryProvider extends LitElement {
  /** The recovery-widgets version of this element. */
  static readonly version = VERSION;

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Base URL of the center's API for every element inside. */
  @property() api?: string;

  /** UI language for every element inside (`en`, `es`). Also marks the language of this part of the page. */
  @property() override lang!: string;

  /** IANA time zone for every element inside, e.g. `America/New_York`. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** `light`, `dark` or `auto` (follows the visitor's system). */
  @property() theme?: ThemeChoice;

  @provide({ context: configContext })
  protected config: RecoveryConfig = {};

  protected override willUpdate(): void {
    // Lit's server rendering connects no element, and without its shadow root the elements inside could not
    // reach it there; in a browser, connecting made it already.
    if (isServer) (this as { renderRoot?: unknown }).renderRoot ??= this.createRenderRoot();
    this.config = {
      api: this.api || undefined,
      lang: this.lang || undefined,
      timeZone: this.timeZone || undefined,
      theme: this.theme,
    };
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
