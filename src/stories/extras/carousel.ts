import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { addStyles } from '../../core/adopt-styles.js';
import type { Story } from '../parse.js';
import type { Host, StoriesExtrasContext } from './context.js';
import { extrasStyles } from './extras.styles.js';

/** How long a story stays in view when the carousel plays by itself (`autoplay`). */
const AUTOPLAY_MS = 9000;

/**
 * The WAI-ARIA carousel: one story at a time, previous and next, "Story 2 of 5", changes announced politely.
 * It never moves by itself unless the page sets `autoplay`, and then it offers a pause, stops while the pointer
 * or focus is on it, and does not move at all under `prefers-reduced-motion`.
 */
export class Carousel implements ReactiveController {
  current = 0;
  private playing: boolean;
  private held = false;
  private timer?: ReturnType<typeof setInterval>;
  private count = 0;

  constructor(
    private readonly host: Host,
    private readonly context: () => StoriesExtrasContext,
  ) {
    host.addController(this);
    addStyles(host, extrasStyles);
    this.playing = context().autoplay && !matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.hostConnected();
  }

  hostConnected(): void {
    clearInterval(this.timer);
    if (!this.context().autoplay) return;
    this.timer = setInterval(() => {
      if (this.playing && !this.held) this.move(1);
    }, AUTOPLAY_MS);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
  }

  /** Shows the story at `index` (a story linked from the page's address). */
  show(index: number): void {
    this.current = index;
    this.host.requestUpdate();
  }

  private move(step: number) {
    if (this.count === 0) return;
    this.show((this.current + step + this.count) % this.count);
  }

  render(stories: Story[]): TemplateResult {
    const { t, renderStory, autoplay } = this.context();
    this.count = stories.length;
    if (this.current >= stories.length) this.current = 0;
    const story = stories[this.current];
    const position = t('stories.slide', { index: this.current + 1, count: stories.length });
    const hold = (held: boolean) => () => (this.held = held);
    return html`<section
      class="carousel"
      aria-roledescription="carousel"
      aria-label=${t('stories.carousel')}
      @mouseenter=${hold(true)}
      @mouseleave=${hold(false)}
      @focusin=${hold(true)}
      @focusout=${hold(false)}
    >
      <div class="controls">
        ${autoplay
          ? html`<button type="button" class="secondary" @click=${() => {
              this.playing = !this.playing;
              this.host.requestUpdate();
            }}>${t(this.playing ? 'stories.pause' : 'stories.play')}</button>`
          : nothing}
        <button type="button" class="secondary" @click=${() => this.move(-1)}>${t('stories.previous')}</button>
        <span class="muted">${position}</span>
        <button type="button" class="secondary" @click=${() => this.move(1)}>${t('stories.next')}</button>
      </div>
      <div aria-live=${this.playing ? 'off' : 'polite'}>
        <div role="group" aria-roledescription="slide" aria-label=${position}>${story ? renderStory(story) : nothing}</div>
      </div>
    </section>`;
  }
}
