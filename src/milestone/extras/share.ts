import { html, type TemplateResult } from 'lit';
import { addStyles } from '../../core/adopt-styles.js';
import { formStyles } from '../../core/form.styles.js';
import { isAbortError } from '../../core/errors.js';
import type { MessageKey } from '../../core/i18n/messages.js';
import type { Keytag, Milestone, Progress, Span } from '../milestones.js';
import type { Host, MilestoneContext } from './context.js';
import { extrasStyles } from './extras.styles.js';

/** What a card shows. Nothing on it names the visitor or dates their recovery: only what they typed. */
export interface CardContent {
  /** The milestone, large ("90 days"). */
  label: string;
  /** The visitor's words. */
  text: string;
  /** The chip or keytag drawn above: its colour (NA keytags) and the words on it ("90" over "days"). */
  token?: { keytag?: Keytag; words: string };
  /** The center's name, small at the foot (the `center-name` attribute). */
  centerName?: string;
}

const SIZE = 1080;
const MIDDLE = SIZE / 2;
/** Where the chip or keytag is centred. */
const TOKEN_Y = 330;

/**
 * A square card drawn in the browser, in the element's colours: a soft halo, the milestone's chip (or NA
 * keytag, in its colour) with the milestone on it, the milestone in large type, the visitor's words, and the
 * center's name when the page gives one. Colours are read from the element itself (a probe in its shadow
 * root), so a page's theme and the keytag colours of the count's own styles are the card's too.
 */
export function drawCard(host: HTMLElement, content: CardContent): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = SIZE;
  const context = canvas.getContext('2d')!;
  const root = host.shadowRoot!.querySelector('.root')!;
  const family = getComputedStyle(root).fontFamily || 'sans-serif';
  const font = (weight: number, size: number) => `${weight} ${size}px ${family}`;
  // The theme's colours are light-dark() pairs: the colour a probe computes is the one in use.
  const probe = root.appendChild(document.createElement('i'));
  const colour = (token: string) => ((probe.style.color = `var(--_${token})`), getComputedStyle(probe).color);
  const [surface, text, muted, accent, onAccent] = ['surface', 'text', 'muted', 'accent', 'on-accent'].map(colour) as [string, string, string, string, string];
  let tagColour: string | undefined;
  if (content.token?.keytag) {
    probe.className = `keytag ${content.token.keytag}`;
    tagColour = getComputedStyle(probe).backgroundColor;
  }
  probe.remove();

  context.fillStyle = surface;
  context.fillRect(0, 0, SIZE, SIZE);
  // A halo behind the token, and a thin band of the accent at the top: calm, and the center's own colour.
  context.fillStyle = accent;
  halo(context);
  context.fillRect(0, 0, SIZE, 16);

  context.textAlign = 'center';
  context.textBaseline = 'middle';
  if (content.token?.keytag && tagColour) drawKeytag(context, content.token.keytag, tagColour, [surface, accent], text, content.token.words, font);
  else drawChip(context, accent, onAccent, content.token?.words, font);

  context.textBaseline = 'alphabetic';
  context.fillStyle = text;
  context.font = font(700, 124);
  context.fillText(content.label, MIDDLE, 705, 960);
  context.font = font(400, 46);
  wrap(context, content.text, 880)
    .slice(0, 3)
    .forEach((line, i) => context.fillText(line, MIDDLE, 795 + i * 60, 960));
  if (content.centerName) {
    context.fillStyle = accent;
    context.fillRect(MIDDLE - 40, 955, 80, 4);
    context.fillStyle = muted;
    context.font = font(600, 34);
    context.fillText(content.centerName, MIDDLE, 1015, 960);
  }
  return canvas;
}

type Font = (weight: number, size: number) => string;

function circle(context: CanvasRenderingContext2D, x: number, y: number, radius: number) {
  context.beginPath();
  context.arc(x, y, radius, 0, 2 * Math.PI);
}

/** The accent, faint, in a disc behind the token (and in the keytag's hole, which shows what is behind it). */
function halo(context: CanvasRenderingContext2D, x = MIDDLE, y = TOKEN_Y, radius = 250) {
  context.globalAlpha = 0.1;
  circle(context, x, y, radius);
  context.fill();
  context.globalAlpha = 1;
}

/** The words on a token: a number large, the unit under it ("90" over "days"); anything else as one line. */
function drawWords(context: CanvasRenderingContext2D, words: string, colour: string, font: Font, y: number) {
  context.fillStyle = colour;
  const [, amount, unit] = /^(\d+)\s+(.+)$/.exec(words) ?? [];
  if (amount && unit) {
    context.font = font(700, 104);
    context.fillText(amount, MIDDLE, y - 20, 220);
    context.font = font(600, 34);
    context.fillText(unit.toUpperCase(), MIDDLE, y + 60, 220);
  } else {
    context.font = font(700, 40);
    context.fillText(words, MIDDLE, y, 200);
  }
}

/** An AA-style chip: a coin in the accent with an inner ring, the milestone on it. */
function drawChip(context: CanvasRenderingContext2D, accent: string, onAccent: string, words: string | undefined, font: Font) {
  context.fillStyle = accent;
  circle(context, MIDDLE, TOKEN_Y, 170);
  context.fill();
  context.strokeStyle = onAccent;
  context.globalAlpha = 0.55;
  context.lineWidth = 5;
  circle(context, MIDDLE, TOKEN_Y, 146);
  context.stroke();
  context.globalAlpha = 1;
  if (words) drawWords(context, words, onAccent, font, TOKEN_Y);
}

/** An NA keytag: a rounded tag in its colour, tilted, with its ring hole, the milestone on it. */
function drawKeytag(
  context: CanvasRenderingContext2D,
  keytag: Keytag,
  colour: string,
  [surface, accent]: [string, string],
  text: string,
  words: string,
  font: Font,
) {
  context.save();
  context.translate(MIDDLE, TOKEN_Y);
  context.rotate(-0.14);
  context.translate(-MIDDLE, -TOKEN_Y);
  context.beginPath();
  context.roundRect(MIDDLE - 120, TOKEN_Y - 190, 240, 380, 56);
  // The glow-in-the-dark tag glows; a white or black one keeps an edge on a card of its own colour.
  if (keytag === 'glow') [context.shadowColor, context.shadowBlur] = ['#b6ff7a', 48];
  context.fillStyle = colour;
  context.fill();
  context.shadowBlur = 0;
  context.strokeStyle = text;
  context.globalAlpha = 0.25;
  context.lineWidth = 3;
  context.stroke();
  context.globalAlpha = 1;
  context.fillStyle = surface;
  circle(context, MIDDLE, TOKEN_Y - 140, 22);
  context.fill();
  context.fillStyle = accent;
  halo(context, MIDDLE, TOKEN_Y - 140, 22);
  // Dark words on a light tag, white on a dark one: whichever contrasts more (they are equal near 0.18).
  drawWords(context, words, luminance(colour) > 0.18 ? '#111111' : '#ffffff', font, TOKEN_Y + 30);
  context.restore();
}

/** Relative luminance of an `rgb(r, g, b)` colour (0 dark to 1 light), to pick the words' colour on a tag. */
function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Lines no wider than `width` as drawn in the context's font; a word longer than a line has one of its own. */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && context.measureText(longer).width > width) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  return line ? [...lines, line] : lines;
}

/**
 * Sharing a milestone as an image card: the Web Share API where the browser can share files, else a download.
 * The card is discreet by default: the text says "Celebrating 90 days today.", and the token is a plain chip,
 * because an NA keytag's colour names the fellowship; the visitor may choose to show their keytag. What will
 * be shared is shown first, as it will look, and redrawn as they edit.
 */
export class ShareCard {
  private opened = false;
  private text?: string;
  private showKeytag = false;
  private notice?: MessageKey;

  constructor(
    private readonly host: Host,
    private readonly context: () => MilestoneContext,
  ) {
    addStyles(host, formStyles, extrasStyles);
  }

  private spanWords({ amount, unit }: Span): string {
    const { t } = this.context();
    return amount ? t(`milestone.${unit}`, { count: amount }) : t('milestone.welcome');
  }

  /** `days`: whole days completed; `progress`: where the visitor stands, for the milestone to celebrate. */
  render(days: number, progress: Progress): TemplateResult {
    const { t } = this.context();
    if (!this.opened) {
      return html`<button type="button" class="secondary" aria-expanded="false" @click=${() => void this.open()}>${t('milestone.share')}</button>`;
    }
    // A milestone day celebrates that milestone; any other day, the days so far, with the last chip reached.
    const celebrated = progress.today?.span.amount ? progress.today : undefined;
    const label = celebrated ? this.spanWords(celebrated.span) : days ? t('milestone.d', { count: days }) : t('milestone.dayOne');
    const held: Milestone | undefined = progress.today ?? progress.reached.at(-1);
    const keytag = held?.keytag;
    const token = held && { keytag: this.showKeytag ? keytag : undefined, words: this.spanWords(held.span) };
    const content: CardContent = { label, text: this.text ?? t('milestone.shareDefault', { label }), token, centerName: this.context().centerName };
    const preview = drawCard(this.host, content);
    preview.className = 'preview';
    preview.setAttribute('role', 'img');
    preview.setAttribute('aria-label', t('milestone.preview', { label, text: content.text }));
    const edited = (change: () => void) => {
      change();
      this.host.requestUpdate();
    };
    return html`<div class="share">
      ${preview}
      <label for="share-text">${t('milestone.shareText')}</label>
      <textarea id="share-text" rows="2" maxlength="280" .value=${content.text}
        @input=${(e: Event) => edited(() => (this.text = (e.target as HTMLTextAreaElement).value))}></textarea>
      ${keytag
        ? html`<label class="check"><input type="checkbox" .checked=${this.showKeytag}
            @change=${(e: Event) => edited(() => (this.showKeytag = (e.target as HTMLInputElement).checked))} />
            ${t('milestone.showKeytag')}</label>`
        : ''}
      <div class="actions">
        <button type="button" @click=${() => void this.share(content)}>${t('milestone.shareImage')}</button>
      </div>
      <p role="status">${this.notice ? t(this.notice) : ''}</p>
    </div>`;
  }

  async open(): Promise<void> {
    this.opened = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('#share-text')?.focus();
  }

  private async share(content: CardContent) {
    const blob = await new Promise<Blob | null>((resolve) => drawCard(this.host, content).toBlob(resolve, 'image/png'));
    if (!blob) return;
    const file = new File([blob], 'milestone.png', { type: 'image/png' });
    const download = () => {
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = 'milestone.png';
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      this.notice = 'milestone.downloaded';
    };
    try {
      if (navigator.canShare?.({ files: [file] })) {
        await navigator.share({ files: [file], text: content.text });
        this.notice = 'milestone.shared';
      } else download();
    } catch (error) {
      // Closing the share sheet is a choice, not an error. Anything else (a browser that refuses once the
      // drawing took a moment): the card is downloaded instead.
      if (!isAbortError(error)) download();
    }
    this.host.requestUpdate();
  }
}
