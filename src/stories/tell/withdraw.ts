import { html, nothing, type TemplateResult } from 'lit';
import { addStyles } from '../../core/adopt-styles.js';
import { formStyles } from '../../core/form.styles.js';
import { apiUrl } from '../../core/http.js';
import { sendJson } from '../../core/send.js';
import { RecoveryErrorEvent } from '../../core/events.js';
import { errorMessage, errorStatus } from '../../core/errors.js';
import type { Host, TellContext } from './context.js';
import { tellStyles } from './tell.styles.js';

type Phase = 'asking' | 'confirming' | 'busy' | 'withdrawn' | 'gone' | 'failed';

/**
 * Withdrawing a story from its private link (`#story-withdraw=<token>`), before or after publication, with a
 * confirming step. The view scrolls into sight and takes focus when it opens: the visitor arrived by a link
 * and may be far down a long page.
 */
export class Withdrawal {
  private phase: Phase = 'asking';

  constructor(
    private readonly host: Host,
    private readonly context: () => TellContext,
    private readonly token: string,
  ) {
    addStyles(host, formStyles, tellStyles);
    void this.focus('#withdraw-heading', true);
  }

  private async focus(selector: string, scroll = false) {
    this.host.requestUpdate();
    await this.host.updateComplete;
    const target = this.host.shadowRoot?.querySelector<HTMLElement>(selector);
    if (scroll) target?.scrollIntoView({ block: 'start' });
    target?.focus();
  }

  render(): TemplateResult {
    const { t, leaveWithdraw } = this.context();
    const done = this.phase === 'withdrawn' || this.phase === 'gone';
    return html`<section part="withdraw" class="withdraw" aria-labelledby="withdraw-heading">
      <h3 id="withdraw-heading" tabindex="-1">${t('tell.withdrawHeading')}</h3>
      ${done ? nothing : html`<p>${t('tell.withdrawExplain')}</p>`}
      ${this.phase === 'asking' ? html`<p><button type="button" class="danger" @click=${this.ask}>${t('tell.withdraw')}</button></p>` : nothing}
      ${this.phase === 'confirming' || this.phase === 'busy' || this.phase === 'failed'
        ? html`<div class="confirm" role="group" aria-labelledby="withdraw-question">
            <p id="withdraw-question">${t('tell.withdrawConfirm')}</p>
            <div class="row">
              <button type="button" class="danger" aria-disabled=${this.phase === 'busy' ? 'true' : 'false'} @click=${this.withdraw}>${t('tell.withdrawYes')}</button>
              <button type="button" class="secondary" @click=${this.keep}>${t('tell.withdrawNo')}</button>
            </div>
          </div>`
        : nothing}
      <p class="result" role="status" tabindex="-1">${done ? t(this.phase === 'withdrawn' ? 'tell.withdrawn' : 'tell.withdrawGone') : nothing}</p>
      <div class="notice error" role="alert">${this.phase === 'failed' ? html`<p>${t('tell.withdrawFailed')}</p>` : nothing}</div>
      <p><button type="button" class="secondary" @click=${() => this.leave(leaveWithdraw)}>${t('tell.backToStories')}</button></p>
    </section>`;
  }

  /** Back to the stories: the private link leaves the address first, so a reload does not offer it again. */
  private leave(leaveWithdraw: () => void) {
    history.replaceState(history.state, '', location.pathname + location.search);
    leaveWithdraw();
  }

  private readonly ask = () => {
    this.phase = 'confirming';
    void this.focus('.confirm button');
  };

  private readonly keep = () => {
    this.phase = 'asking';
    void this.focus('button.danger');
  };

  /** Withdrawing twice is harmless (the second answers 404, "already withdrawn"), so a retry needs no key. */
  private readonly withdraw = async () => {
    if (this.phase === 'busy') return;
    this.phase = 'busy';
    this.host.requestUpdate();
    const { api, timeoutMs, t } = this.context();
    try {
      await sendJson('DELETE', apiUrl(api ?? '', `/stories/submissions/${this.token}`), undefined, { timeoutMs });
      this.phase = 'withdrawn';
    } catch (error) {
      const status = errorStatus(error);
      this.phase = status === 404 ? 'gone' : 'failed';
      if (status !== 404) this.host.dispatchEvent(new RecoveryErrorEvent({ message: errorMessage(error, t), status }));
    }
    // The confirming buttons are gone: focus what happened.
    await this.focus(this.phase === 'failed' ? '.confirm button' : '.result');
  };
}
