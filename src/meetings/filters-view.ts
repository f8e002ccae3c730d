/**
 * The finder's first tier of filters: search, the day, and the "Filters (n)" disclosure whose panel (time,
 * attendance, program, region, types) loads on demand (refine/). On a phone the first meeting shows on the first
 * screen; the count on the button says how many filters behind it are on. A view over the finder's query: it
 * reads the query and asks the finder to change it, and keeps no state of its own.
 */
import { html, type TemplateResult } from 'lit';
import type { MessageKey, MessageParams } from '../core/i18n/messages.js';
import type { MeetingQuery } from './filter.js';

/** What the filters need from the finder. */
export interface FiltersContext {
  t: (key: MessageKey, params?: MessageParams) => string;
  query: MeetingQuery;
  setQuery: (patch: Partial<MeetingQuery>) => void;
  dayName: (day: number) => string;
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
}

/** How many filters behind the disclosure are on: each time, way to attend, type, program and region. */
export function activeFilters(query: MeetingQuery): number {
  return [query.timesOfDay, query.attendance, query.types, query.programs].reduce((n, list) => n + (list?.length ?? 0), query.region ? 1 : 0);
}

/** `panel`: the disclosed filters, once their code is in. */
export function renderFilters(view: FiltersContext, open: boolean, toggle: () => void, panel: unknown): TemplateResult {
  const { t, query } = view;
  const active = activeFilters(query);
  return html`<form class="filters" role="search" aria-label=${t('meetings.filters')} @submit=${(e: Event) => e.preventDefault()}>
    <label class="search">
      ${t('meetings.search')}
      <span class="hint" id="search-hint">${t('meetings.searchHint')}</span>
      <input type="search" aria-describedby="search-hint" .value=${query.search ?? ''}
        @input=${(e: Event) => view.setQuery({ search: (e.target as HTMLInputElement).value })} />
    </label>
    <label class="day">
      ${t('meetings.day')}
      <select @change=${(e: Event) => {
        const value = (e.target as HTMLSelectElement).value;
        view.setQuery({ day: value === '' ? undefined : Number(value) });
      }}>
        <option value="" ?selected=${query.day === undefined}>${t('meetings.upcoming')}</option>
        ${[0, 1, 2, 3, 4, 5, 6].map((day) => html`<option value=${day} ?selected=${query.day === day}>${view.dayName(day)}</option>`)}
      </select>
    </label>
    <button type="button" class="more secondary" aria-expanded=${open} aria-controls="refine" @click=${toggle}>
      ${t('meetings.moreFilters')}${active ? ` (${view.number(active)})` : ''}
    </button>
    <div id="refine" class="refine" ?hidden=${!open}>${panel}</div>
  </form>`;
}
