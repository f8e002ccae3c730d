import { html, type TemplateResult } from 'lit';
import { addStyles } from '../../core/adopt-styles.js';
import { apiUrl, getJson } from '../../core/http.js';
import { RecoveryErrorEvent, RecoveryLoadEvent } from '../../core/events.js';
import { errorMessage, errorStatus, isAbortError } from '../../core/errors.js';
import { LoadController } from '../../core/load-controller.js';
import { renderEmpty, renderError, renderLoading, statusStyles } from '../../core/status.js';
import { parseCalendarDate, todayIn } from '../../core/time.js';
import type { Host, MilestoneContext } from './context.js';
import { extrasStyles } from './extras.styles.js';

export interface Celebration {
  displayName: string;
  /** The milestone as a count and a unit, so the page names it in its own language. */
  span: { count: number; unit: 'days' | 'months' | 'years' };
  date: string;
}

interface Celebrations {
  celebrations: Celebration[];
  skipped: number;
}

const SPAN_KEYS = { days: 'milestone.d', months: 'milestone.m', years: 'milestone.y' } as const;
const UNITS: readonly unknown[] = Object.keys(SPAN_KEYS);

const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.trim().length > 0 && value.length <= max;

/** Readable celebrations, the rest counted: names as the alumni chose them, plain text only. */
export function readCelebrations(body: unknown): Celebrations {
  const list = (body as { celebrations?: unknown } | null)?.celebrations;
  const items: unknown[] = Array.isArray(list) ? list : [];
  const celebrations = items.filter(
    (c): c is Celebration => {
      const record = c as Partial<Celebration> | null;
      const span = record?.span;
      return isText(record?.displayName, 60) && Number.isInteger(span?.count) && span!.count >= 1 && span!.count <= 100_000 &&
        UNITS.includes(span!.unit) && parseCalendarDate(record?.date) !== undefined;
    },
  );
  return { celebrations, skipped: items.length - celebrations.length };
}

/** The center's celebrations this month (`/milestones/celebrations`), as the alumni chose to be named. */
export class CelebrationsList {
  private readonly load: LoadController<readonly [string | undefined, string], Celebrations>;

  constructor(
    host: Host,
    private readonly context: () => MilestoneContext,
  ) {
    addStyles(host, statusStyles, extrasStyles);
    this.load = new LoadController(host, {
      args: () => {
        const { api, timeZone } = this.context();
        const today = todayIn(timeZone);
        const month: string = `${today.year}-${String(today.month).padStart(2, '0')}`;
        return [api, month] as const;
      },
      task: async ([api, month], { signal }) =>
        api ? readCelebrations(await getJson(apiUrl(api, '/milestones/celebrations', { month }), { signal })) : { celebrations: [], skipped: 0 },
      // "Loaded" means shown: the event waits for the render that puts the list on screen.
      onComplete: ({ celebrations, skipped }) => {
        host.requestUpdate();
        void host.updateComplete.then(() => host.dispatchEvent(new RecoveryLoadEvent({ total: celebrations.length, skipped })));
      },
      onError: (error) => {
        if (!isAbortError(error)) host.dispatchEvent(new RecoveryErrorEvent({ message: errorMessage(error, this.context().t), status: errorStatus(error) }));
      },
    });
  }

  render(): TemplateResult {
    const { t, formatDate } = this.context();
    return html`<section part="celebrations" class="celebrations" aria-labelledby="celebrations-heading">
      <h3 id="celebrations-heading">${t('milestone.celebrations')}</h3>
      ${this.load.render({
        pending: () => renderLoading(t),
        error: (error) => renderError(errorMessage(error, t), () => void this.load.run(), t),
        complete: ({ celebrations }) =>
          celebrations.length
            ? html`<ul>
                ${celebrations.map(
                  (c) => html`<li><strong>${c.displayName}</strong> ${t(SPAN_KEYS[c.span.unit], { count: c.span.count })}
                    <span class="muted">${formatDate(parseCalendarDate(c.date)!)}</span></li>`,
                )}
              </ul>`
            : renderEmpty(t('milestone.noCelebrations')),
      })}
    </section>`;
  }
}
