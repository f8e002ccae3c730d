/**
 * The finder's filters: search, day, time of day, attendance, types, region and distance. A view over the
 * finder's query: it reads the query and asks the finder to change it, and keeps no state of its own.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey, MessageParams } from '../core/i18n/messages.js';
import { KM_PER_MILE, TIMES_OF_DAY, type MeetingQuery, type TimeOfDay } from './filter.js';

const DISTANCES = [2, 5, 10, 25, 50];

/** What the filters need from the finder. */
export interface FiltersContext {
  t: (key: MessageKey, params?: MessageParams) => string;
  lang: string;
  query: MeetingQuery;
  setQuery: (patch: Partial<MeetingQuery>) => void;
  clear: () => void;
  typeName: (code: string) => string;
  dayName: (day: number) => string;
  unit: 'km' | 'mi';
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
  locating: 'idle' | 'busy' | 'failed';
  locate: () => void;
}

/** `types` and `regions`: those of the meetings loaded, in the order to show them. */
export function renderFilters(view: FiltersContext, types: string[], regions: string[]): TemplateResult {
  const { t } = view;
  const chosenTypes = view.query.types ?? [];
  return html`<form class="filters" role="search" aria-label=${t('meetings.filters')} @submit=${(e: Event) => e.preventDefault()}>
    <label class="search">
      ${t('meetings.search')}
      <span class="hint" id="search-hint">${t('meetings.searchHint')}</span>
      <input type="search" aria-describedby="search-hint" .value=${view.query.search ?? ''}
        @input=${(e: Event) => view.setQuery({ search: (e.target as HTMLInputElement).value })} />
    </label>
    <label>
      ${t('meetings.day')}
      <select @change=${(e: Event) => {
        const value = (e.target as HTMLSelectElement).value;
        view.setQuery({ day: value === '' ? undefined : Number(value) });
      }}>
        <option value="" ?selected=${view.query.day === undefined}>${t('meetings.upcoming')}</option>
        ${[0, 1, 2, 3, 4, 5, 6].map(
          (day) => html`<option value=${day} ?selected=${view.query.day === day}>${view.dayName(day)}</option>`,
        )}
      </select>
    </label>
    <label>
      ${t('meetings.time')}
      <select @change=${(e: Event) => {
        const value = (e.target as HTMLSelectElement).value as TimeOfDay | '';
        view.setQuery({ timesOfDay: value ? [value] : undefined });
      }}>
        <option value="" ?selected=${!view.query.timesOfDay?.length}>${t('meetings.anyTime')}</option>
        ${TIMES_OF_DAY.map(
          (time) => html`<option value=${time} ?selected=${view.query.timesOfDay?.[0] === time}>${t(`meetings.${time}`)}</option>`,
        )}
      </select>
    </label>
    <fieldset>
      <legend>${t('meetings.attendance')}</legend>
      ${(['in_person', 'online'] as const).map(
        (mode) => html`<label class="check">
          <input type="checkbox" .checked=${view.query.attendance?.includes(mode) ?? false}
            @change=${(e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              const rest = (view.query.attendance ?? []).filter((a) => a !== mode);
              view.setQuery({ attendance: on ? [...rest, mode] : rest });
            }} />
          ${t(mode === 'online' ? 'meetings.online' : 'meetings.inPerson')}
        </label>`,
      )}
    </fieldset>
    ${types.length > 0
      ? html`<details ?open=${chosenTypes.length > 0}>
          <summary>${chosenTypes.length ? t('meetings.typesChosen', { count: chosenTypes.length }) : t('meetings.types')}</summary>
          <fieldset>
            <legend class="visually-hidden">${t('meetings.types')}</legend>
            ${types.map(
              (code) => html`<label class="check">
                <input type="checkbox" .checked=${chosenTypes.includes(code)}
                  @change=${(e: Event) => {
                    const on = (e.target as HTMLInputElement).checked;
                    const rest = chosenTypes.filter((c) => c !== code);
                    view.setQuery({ types: on ? [...rest, code] : rest });
                  }} />
                ${view.typeName(code)}
              </label>`,
            )}
          </fieldset>
        </details>`
      : nothing}
    ${regions.length > 1
      ? html`<label>
          ${t('meetings.region')}
          <select @change=${(e: Event) => view.setQuery({ region: (e.target as HTMLSelectElement).value || undefined })}>
            <option value="" ?selected=${!view.query.region}>${t('meetings.allRegions')}</option>
            ${regions.map((region) => html`<option ?selected=${view.query.region === region}>${region}</option>`)}
          </select>
        </label>`
      : nothing}
    ${renderNear(view)}
    <button type="button" class="secondary" @click=${view.clear}>${t('meetings.clear')}</button>
  </form>`;
}

function renderNear(view: FiltersContext): TemplateResult {
  const { t } = view;
  if (!view.query.near) {
    return html`<div class="near">
      <button type="button" class="secondary" @click=${view.locate} ?disabled=${view.locating === 'busy'}>
        ${view.locating === 'busy' ? t('meetings.locating') : t('meetings.nearMe')}
      </button>
      ${view.locating === 'failed' ? html`<p class="note" role="alert">${t('meetings.locationUnavailable')}</p>` : nothing}
    </div>`;
  }
  const factor = view.unit === 'mi' ? KM_PER_MILE : 1;
  return html`<div class="near">
    <label>
      ${t('meetings.within')}
      <select @change=${(e: Event) => {
        const value = Number((e.target as HTMLSelectElement).value);
        view.setQuery({ near: { ...view.query.near!, maxKm: value ? value * factor : Infinity } });
      }}>
        <option value="0" ?selected=${view.query.near.maxKm === Infinity}>${t('meetings.anyDistance')}</option>
        ${DISTANCES.map(
          (d) => html`<option value=${d} ?selected=${Math.abs(view.query.near!.maxKm - d * factor) < 0.01}>
            ${view.number(d, { style: 'unit', unit: view.unit === 'mi' ? 'mile' : 'kilometer' })}
          </option>`,
        )}
      </select>
    </label>
    <p class="note">${t('meetings.locationPrivacy')}</p>
  </div>`;
}
