import { LitElement, html, isServer, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { RecoveryConfig } from './config.js';
import { ConfigConsumer } from './config-consumer.js';
import { LocalizeController, closestLang } from './i18n/localize-controller.js';
import { loadLanguage } from './i18n/translate.js';
import { themeStyles, type ThemeChoice } from './theme.js';
import { isValidTimeZone, visitorTimeZone } from './time.js';
import { VERSION } from './version.js';

/**
 * The base of every recovery-widgets element: the shared attributes, their inheritance from a
 * `<recovery-provider>` (the element's own attribute wins), language, theme and the shared styles.
 * Subclasses implement `renderContent()`; `render()` wraps it in the themed root. Elements that load data
 * extend `RecoveryElement`, which adds the shared loading and error views.
 *
 * The tokens: set anywhere above the elements; a token you set applies in light and dark (set it inside your
 * own dark-mode selector to vary it). Defaults are the light scheme's; the dark one's is in each description.
 * The element paints no panel of its own: its text sits on the page, and `auto` takes the page's
 * `color-scheme` (a page that declares `light dark` follows the visitor's system). `--recovery-card: 1` gives
 * it a card instead: the surface colour, a border, the radius and padding. Fields, cards and notices inside
 * keep their own surfaces.
 *
 * @csspart base - The element's themed root, around everything it shows.
 * @cssprop [--recovery-color-text=#1d232b] - Text (dark scheme: #e8edf2).
 * @cssprop [--recovery-color-muted=#545d68] - Secondary text: hints, dates (dark scheme: #a7b0ba).
 * @cssprop [--recovery-color-surface=#ffffff] - Background of fields and cards, and of the element with `--recovery-card: 1` (dark scheme: #14191f).
 * @cssprop [--recovery-color-surface-alt=#f3f5f7] - Background of notices and badges (dark scheme: #1e252d).
 * @cssprop [--recovery-color-border=#747d88] - Borders of fields and cards (dark scheme: #7d8792).
 * @cssprop [--recovery-color-accent=#0b5cad] - Links, buttons and focus rings (dark scheme: #79b8ff).
 * @cssprop [--recovery-color-on-accent=#ffffff] - Text on the accent colour (dark scheme: #0d1117).
 * @cssprop [--recovery-color-danger=#b3261e] - Errors and destructive actions (dark scheme: #ff9b92).
 * @cssprop [--recovery-color-success=#17703a] - Confirmations (dark scheme: #6fd48e).
 * @cssprop [--recovery-radius=0.5rem] - Corner radius of cards, fields and buttons.
 * @cssprop [--recovery-font-family=inherit] - Font; by default the page's own.
 * @cssprop [--recovery-card=0] - `1`: the element is a card (surface, border, radius, padding); `0`: transparent, on the page.
 * @cssprop [--recovery-skeleton-rows=3] - Rows of the loading skeleton; each element sets its own (set it on the element to change it).
 * @cssprop [--recovery-skeleton-row-height=4rem] - Height of one skeleton row (rows are 1rem apart); each element sets its own.
 */
export abstract class RecoveryBase extends LitElement {
  static override styles = [themeStyles];

  /** The recovery-widgets version of this element: a second copy of another version on a page is told apart. */
  static readonly version = VERSION;

  /** Base URL of the center's API, e.g. `https://center.example.org/api`. Inherited from a provider when absent. */
  @property() api?: string;

  /** Language of the UI (`en`, `es`, ...). Otherwise the provider's, then the nearest `lang` on the page. */
  @property() override lang!: string;

  /** IANA time zone that decides "today" and in which times are shown. Default: the visitor's. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** `light`, `dark` or `auto` (follows the visitor's system). Inherited from a provider when absent. */
  @property() theme?: ThemeChoice;

  private readonly config = new ConfigConsumer(this);

  /** What the nearest provider gives, if any. */
  protected get inherited(): RecoveryConfig | undefined {
    // Lit's server rendering connects no element: there the element asks as it renders, when the server knows
    // where it sits. (`isServer` is `false` in a browser build: the line is left out.)
    if (isServer) void this.config.request();
    return this.config.value;
  }

  protected readonly i18n = new LocalizeController(this);

  /** The API base in effect: own attribute, else the provider's. */
  get effectiveApi(): string | undefined {
    return this.api || this.inherited?.api || undefined;
  }

  /** The time zone in effect: own valid attribute, else the provider's, else the visitor's. */
  get effectiveTimeZone(): string {
    if (isValidTimeZone(this.timeZone)) return this.timeZone;
    if (isValidTimeZone(this.inherited?.timeZone)) return this.inherited.timeZone;
    return visitorTimeZone();
  }

  get effectiveTheme(): ThemeChoice {
    const choice = this.theme || this.inherited?.theme;
    return choice === 'light' || choice === 'dark' ? choice : 'auto';
  }

  resolvedLang(): string {
    return this.lang || this.inherited?.lang || closestLang(this);
  }

  /** Waits for the strings of the visitor's language before rendering, so nothing shows in English first. */
  protected override async scheduleUpdate(): Promise<void> {
    await loadLanguage(this.resolvedLang());
    await super.scheduleUpdate();
  }

  protected override render(): TemplateResult {
    // The UI language is also the content language of the shadow tree, for screen readers and hyphenation.
    return html`<div part="base" class="root" data-theme=${this.effectiveTheme} lang=${this.resolvedLang()}>
      ${this.renderContent()}
    </div>`;
  }

  protected abstract renderContent(): unknown;
}
