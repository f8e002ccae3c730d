import { html, type TemplateResult } from 'lit';
import { addStyles } from '../../core/adopt-styles.js';
import { formStyles } from '../../core/form.styles.js';
import { isAbortError } from '../../core/errors.js';
import type { MessageKey } from '../../core/i18n/messages.js';
import type { Host, MilestoneContext } from './context.js';
import { extrasStyles } from './extras.styles.js';

/** A square card drawn in the browser: the milestone large, the visitor's text below, in the element's colours. */
export function drawCard(host: HTMLElement, label: string, text: string): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1080;
  const context = canvas.getContext('2d')!;
  const root = host.shadowRoot!.querySelector('.root')!;
  const style = getComputedStyle(root);
  // The theme's colours are light-dark() pairs: the colour a probe computes is the one in use.
  const probe = root.appendChild(document.createElement('i'));
  const colour = (token: string) => ((probe.style.color = `var(--_${token})`), getComputedStyle(probe).color);
  context.fillStyle = colour('surface');
  context.fillRect(0, 0, 1080, 1080);
  context.fillStyle = colour('accent');
  context.fillRect(0, 0, 1080, 24);
  context.textAlign = 'center';
  context.fillStyle = colour('text');
  context.font = `bold 120px ${style.fontFamily || 'sans-serif'}`;
  context.fillText(label, 540, 480, 960);
  context.font = `48px ${style.fontFamily || 'sans-serif'}`;
  wrap(text, 28).slice(0, 5).forEach((line, i) => context.fillText(line, 540, 640 + i * 64, 960));
  probe.remove();
  return canvas;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

/**
 * Sharing a milestone as an image card: the Web Share API where the browser can share files, else a download.
 * The text is discreet by default ("Celebrating 90 days today.") and the visitor's to edit.
 */
export class ShareCard {
  private opened = false;
  private text?: string;
  private notice?: MessageKey;

  constructor(
    private readonly host: Host,
    private readonly context: () => MilestoneContext,
  ) {
    addStyles(host, formStyles, extrasStyles);
  }

  /** `label`: the milestone to celebrate, in the visitor's language. */
  render(label: string): TemplateResult {
    const { t } = this.context();
    if (!this.opened) {
      return html`<button type="button" class="secondary" aria-expanded="false" @click=${() => void this.open()}>${t('milestone.share')}</button>`;
    }
    const text = this.text ?? t('milestone.shareDefault', { label });
    return html`<div class="share">
      <label for="share-text">${t('milestone.shareText')}</label>
      <textarea id="share-text" rows="2" maxlength="280" .value=${text} @input=${(e: Event) => (this.text = (e.target as HTMLTextAreaElement).value)}></textarea>
      <div class="actions">
        <button type="button" @click=${() => void this.share(label, this.text ?? text)}>${t('milestone.shareImage')}</button>
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

  private async share(label: string, text: string) {
    const blob = await new Promise<Blob | null>((resolve) => drawCard(this.host, label, text).toBlob(resolve, 'image/png'));
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
        await navigator.share({ files: [file], text });
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
