/**
 * The parts of `<recovery-milestone>` that load on first use: the visitor's own date (kept in memory, or on
 * this device only when they ask), sharing an image card, and the center's celebrations this month.
 * State lives on the element (`extrasState`), so these are plain render functions.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { addStyles } from '../core/adopt-styles.js';
import { registerMessages } from '../core/i18n/translate.js';
import { milestoneExtras as englishStrings } from '../core/i18n/en/milestone-extras.js';
import { formStyles } from '../core/form.styles.js';
import { apiUrl, getJson } from '../core/http.js';
import { RecoveryErrorEvent, RecoveryLoadEvent } from '../core/events.js';
import { isAbortError } from '../core/errors.js';
import { LoadController } from '../core/load-controller.js';
import type { MessageKey } from '../core/i18n/messages.js';
import { errorMessage, errorStatus, renderEmpty, renderError, renderLoading, statusStyles } from '../core/status.js';
import { extrasStyles } from './extras.styles.js';
import { daysCompleted } from './milestones.js';
import { formatCalendarDate, parseCalendarDate, todayIn } from '../core/time.js';
import type { PersonalDate, RecoveryMilestone } from './milestone.js';

registerMessages('en', englishStrings);
registerMessages('es', () => import('../core/i18n/es.js').then((m) => m.milestoneExtras));

interface ExtrasState {
  loadedSaved?: boolean;
  remembered?: boolean;
  editing?: boolean;
  notice?: MessageKey;
  shareOpen?: boolean;
  shareText?: string;
  shareNotice?: MessageKey;
  celebrations?: LoadController<readonly [string | undefined, string], Celebrations>;
}

const state = (host: RecoveryMilestone) => {
  addStyles(host, statusStyles, formStyles, extrasStyles);
  return host.extrasState as ExtrasState;
};
const t = (host: RecoveryMilestone) => host.t.bind(host);

// ---- The visitor's own date -------------------------------------------------------------------------------

/** The one key this element ever writes, and only when the visitor ticks "remember on this device". */
export const STORAGE_KEY = 'recovery-milestone:date';

export function readRemembered(): PersonalDate | undefined {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<PersonalDate> | null;
    if (!saved || typeof saved.since !== 'string') return undefined;
    return { since: saved.since, dateMeans: saved.dateMeans === 'last-use' ? 'last-use' : 'first-sober-day' };
  } catch {
    return undefined;
  }
}

function remember(date: PersonalDate | undefined): void {
  try {
    if (date) localStorage.setItem(STORAGE_KEY, JSON.stringify(date));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage blocked: the date stays in memory for this visit.
  }
}

export function renderPersonal(host: RecoveryMilestone): TemplateResult {
  const s = state(host);
  const tr = t(host);
  if (!s.loadedSaved) {
    s.loadedSaved = true;
    const saved = readRemembered();
    if (saved) queueMicrotask(() => ((host.personal = saved), (s.remembered = true)));
  }
  // The notice stays in one place whichever view shows, so that screen readers hear what appears in it.
  const notice = html`<p class="notice" role="status">${s.notice ? tr(s.notice) : nothing}</p>`;
  return html`${renderPersonalView(host, s)}${notice}`;
}

function renderPersonalView(host: RecoveryMilestone, s: ExtrasState): TemplateResult {
  const tr = t(host);
  if (host.personal && !s.editing) {
    return html`<div part="personal" class="personal actions">
      <button type="button" class="secondary" @click=${() => edit(host, true)}>${tr('milestone.change')}</button>
      ${s.remembered ? html`<button type="button" class="secondary" @click=${() => forget(host)}>${tr('milestone.forget')}</button>` : nothing}
    </div>`;
  }
  const today = formatCalendarDate(todayIn(host.countingZone));
  const meaning = host.personal?.dateMeans ?? 'first-sober-day';
  return html`<form part="personal" class="personal" @submit=${(e: SubmitEvent) => save(host, e)}>
    <label for="personal-date">${tr('milestone.yourDate')}</label>
    <input id="personal-date" name="since" type="date" required max=${today} .value=${host.personal?.since ?? ''} />
    <fieldset>
      <legend>${tr('milestone.meaning')}</legend>
      <label class="check"><input type="radio" name="meaning" value="first-sober-day" ?checked=${meaning === 'first-sober-day'} />${tr('milestone.meaningFirst')}</label>
      <label class="check"><input type="radio" name="meaning" value="last-use" ?checked=${meaning === 'last-use'} />${tr('milestone.meaningLast')}</label>
    </fieldset>
    <label class="check"><input type="checkbox" name="remember" ?checked=${s.remembered} />${tr('milestone.remember')}</label>
    <p class="muted">${tr('milestone.privacy')}</p>
    <div class="actions"><button type="submit">${tr('milestone.show')}</button></div>
  </form>`;
}

async function edit(host: RecoveryMilestone, editing: boolean, notice?: MessageKey) {
  state(host).editing = editing;
  state(host).notice = notice;
  host.requestUpdate();
  await host.updateComplete;
  host.shadowRoot?.querySelector<HTMLElement>(editing ? '#personal-date' : '[part~="personal"] button')?.focus();
}

function save(host: RecoveryMilestone, event: SubmitEvent) {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  const data = new FormData(form);
  const date: PersonalDate = {
    since: String(data.get('since') ?? ''),
    dateMeans: data.get('meaning') === 'last-use' ? 'last-use' : 'first-sober-day',
  };
  const s = state(host);
  const before = host.personal && parseCalendarDate(host.personal.since);
  const after = parseCalendarDate(date.since);
  // Only a date that can be counted is kept or changes what is stored; the element explains any other.
  const countable = after && daysCompleted(after, todayIn(host.countingZone)) >= 0;
  s.remembered = data.get('remember') === 'on';
  if (countable) remember(s.remembered ? date : undefined);
  host.personal = date;
  // A new date is a fresh start, and is welcomed as one: never called a failure or a reset.
  void edit(host, !countable, before && countable && daysCompleted(before, after) !== 0 ? 'milestone.updated' : undefined);
}

function forget(host: RecoveryMilestone) {
  remember(undefined);
  const s = state(host);
  s.remembered = false;
  host.personal = undefined;
  s.notice = 'milestone.forgotten';
  host.requestUpdate();
}

// ---- Sharing ----------------------------------------------------------------------------------------------

export function renderShare(host: RecoveryMilestone, label: string): TemplateResult {
  const s = state(host);
  const tr = t(host);
  if (!s.shareOpen) {
    return html`<button type="button" class="secondary" aria-expanded="false" @click=${() => openShare(host)}>${tr('milestone.share')}</button>`;
  }
  const text = s.shareText ?? tr('milestone.shareDefault', { label });
  return html`<div class="share">
    <label for="share-text">${tr('milestone.shareText')}</label>
    <textarea id="share-text" rows="2" maxlength="280" .value=${text} @input=${(e: Event) => (s.shareText = (e.target as HTMLTextAreaElement).value)}></textarea>
    <div class="actions">
      <button type="button" @click=${() => void shareImage(host, label, s.shareText ?? text)}>${tr('milestone.shareImage')}</button>
    </div>
    <p role="status">${s.shareNotice ? tr(s.shareNotice) : ''}</p>
  </div>`;
}

export async function openShare(host: RecoveryMilestone) {
  state(host).shareOpen = true;
  host.requestUpdate();
  await host.updateComplete;
  host.shadowRoot?.querySelector<HTMLElement>('#share-text')?.focus();
}

/** A square card drawn in the browser: the milestone large, the visitor's text below, in the element's colours. */
export function drawCard(host: RecoveryMilestone, label: string, text: string): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1080;
  const context = canvas.getContext('2d')!;
  const style = getComputedStyle(host.shadowRoot!.querySelector('.root')!);
  const colour = (token: string) => style.getPropertyValue(`--_${token}`).trim() || '#000';
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

async function shareImage(host: RecoveryMilestone, label: string, text: string) {
  const s = state(host);
  const blob = await new Promise<Blob | null>((resolve) => drawCard(host, label, text).toBlob(resolve, 'image/png'));
  if (!blob) return;
  const file = new File([blob], 'milestone.png', { type: 'image/png' });
  const download = () => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'milestone.png';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    s.shareNotice = 'milestone.downloaded';
  };
  try {
    if (navigator.canShare?.({ files: [file] })) {
      await navigator.share({ files: [file], text });
      s.shareNotice = 'milestone.shared';
    } else download();
  } catch (error) {
    // Closing the share sheet is a choice, not an error. Anything else (a browser that refuses once the
    // drawing took a moment): the card is downloaded instead.
    if (!isAbortError(error)) download();
  }
  host.requestUpdate();
}

// ---- The center's celebrations ------------------------------------------------------------------------------

export interface Celebration {
  displayName: string;
  label: string;
  date: string;
}

interface Celebrations {
  celebrations: Celebration[];
  skipped: number;
}

const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.trim().length > 0 && value.length <= max;

/** Readable celebrations, the rest counted: names as the alumni chose them, plain text only. */
export function readCelebrations(body: unknown): Celebrations {
  const list = (body as { celebrations?: unknown } | null)?.celebrations;
  const items = Array.isArray(list) ? list : [];
  const celebrations = items.filter(
    (c): c is Celebration => isText(c?.displayName, 60) && isText(c?.label, 60) && parseCalendarDate(c?.date) !== undefined,
  );
  return { celebrations, skipped: items.length - celebrations.length };
}

export function renderCelebrations(host: RecoveryMilestone): TemplateResult {
  const s = state(host);
  const tr = t(host);
  if (!s.celebrations) {
    s.celebrations = new LoadController<readonly [string | undefined, string], Celebrations>(host, {
      args: () => {
        const today = todayIn(host.effectiveTimeZone);
        const month: string = `${today.year}-${String(today.month).padStart(2, '0')}`;
        return [host.effectiveApi, month] as const;
      },
      task: async ([api, month], { signal }) =>
        api ? readCelebrations(await getJson(apiUrl(api, '/milestones/celebrations', { month }), { signal })) : { celebrations: [], skipped: 0 },
      onComplete: ({ celebrations, skipped }) => host.dispatchEvent(new RecoveryLoadEvent({ total: celebrations.length, skipped })),
      onError: (error) => {
        if (!isAbortError(error)) host.dispatchEvent(new RecoveryErrorEvent({ message: errorMessage(error, tr), status: errorStatus(error) }));
      },
    });
    queueMicrotask(() => host.requestUpdate());
  }
  const load = s.celebrations!;
  return html`<section part="celebrations" class="celebrations" aria-labelledby="celebrations-heading">
    <h3 id="celebrations-heading">${tr('milestone.celebrations')}</h3>
    ${load.render({
      pending: () => renderLoading(tr),
      error: (error) => renderError(errorMessage(error, tr), () => void load.run(), tr),
      complete: ({ celebrations }) =>
        celebrations.length
          ? html`<ul>
              ${celebrations.map(
                (c) => html`<li><strong>${c.displayName}</strong> ${c.label}
                  <span class="muted">${host.formatDate(parseCalendarDate(c.date)!)}</span></li>`,
              )}
            </ul>`
          : renderEmpty(tr('milestone.noCelebrations')),
    })}
  </section>`;
}
