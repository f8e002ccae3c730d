/**
 * The finder's second tier, loaded on demand: the filters behind "Filters" (time of day, program, how to
 * attend, region, meeting types) and everything about distance (asking for the position, "within", nearest first).
 * A visitor who only searches and picks a day never downloads it. A view over the finder's query: it keeps no
 * state of its own.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey, MessageParams } from '../../core/i18n/messages.js';
import { KM_PER_MILE, TIMES_OF_DAY, type MeetingQuery, type TimeOfDay } from '../filter.js';
import type { Meeting } from '../normalize.js';
import './i18n/index.js';

export { refineStyles as styles } from './refine.styles.js';
export { nearestFirst, withinReach } from './nearby.js';

const DISTANCES = [2, 5, 10, 25, 50];

/** What the part needs from the finder. */
export interface RefineContext {
  t: (key: MessageKey, params?: MessageParams) => string;
  lang: string;
  query: MeetingQuery;
  setQuery: (patch: Partial<MeetingQuery>) => void;
  clear: () => void;
  typeName: (code: string) => string;
  /** The element's `distance-unit`, as given. */
  distanceUnit?: string;
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
  setLocating: (state: 'idle' | 'busy' | 'failed') => void;
  /** The programs to choose from ("AA", "NA"): empty when the list has one or none. */
  programs: string[];
}

/** Asks the device for the visitor's position, once, on their request; it never leaves the page. */
export function locate(view: RefineContext): void {
  if (!('geolocation' in navigator)) return view.setLocating('failed');
  view.setLocating('busy');
  navigator.geolocation.getCurrentPosition(
    ({ coords }) => {
      view.setLocating('idle');
      view.setQuery({ near: { latitude: coords.latitude, longitude: coords.longitude, maxKm: Infinity } });
    },
    () => view.setLocating('failed'),
    { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
  );
}

const checkbox = (label: string, checked: boolean, toggle: (on: boolean) => void) =>
  html`<label class="check">
    <input type="checkbox" .checked=${checked} @change=${(e: Event) => toggle((e.target as HTMLInputElement).checked)} />
    ${label}
  </label>`;

/** The types and regions offered are those of the meetings loaded. */
export function renderPanel(view: RefineContext, meetings: Meeting[]): TemplateResult {
  const { t, query, lang } = view;
  // "Online" is a way to attend, offered above the types: not offered twice.
  const types = [...new Set(meetings.flatMap((m) => m.types))].filter((code) => code !== 'ONL');
  types.sort((a, b) => view.typeName(a).localeCompare(view.typeName(b), lang));
  const regions = [...new Set(meetings.flatMap((m) => m.regions))].sort((a, b) => a.localeCompare(b, lang));
  const chosenTypes = query.types ?? [];
  return html`<div class="panel">
    <label>
      ${t('meetings.time')}
      <select @change=${(e: Event) => {
        const value = (e.target as HTMLSelectElement).value as TimeOfDay | '';
        view.setQuery({ timesOfDay: value ? [value] : undefined });
      }}>
        <option value="" ?selected=${!query.timesOfDay?.length}>${t('meetings.anyTime')}</option>
        ${TIMES_OF_DAY.map((time) => html`<option value=${time} ?selected=${query.timesOfDay?.[0] === time}>${t(`meetings.${time}`)}</option>`)}
      </select>
    </label>
    ${regions.length > 1
      ? html`<label>
          ${t('meetings.region')}
          <select @change=${(e: Event) => view.setQuery({ region: (e.target as HTMLSelectElement).value || undefined })}>
            <option value="" ?selected=${!query.region}>${t('meetings.allRegions')}</option>
            ${regions.map((region) => html`<option ?selected=${query.region === region}>${region}</option>`)}
          </select>
        </label>`
      : nothing}
    ${view.programs.length
      ? html`<fieldset class="attend">
          <legend>${t('meetings.program')}</legend>
          ${view.programs.map((program) =>
            checkbox(program, query.programs?.includes(program) ?? false, (on) => {
              const rest = (query.programs ?? []).filter((p) => p !== program);
              view.setQuery({ programs: on ? [...rest, program] : rest });
            }),
          )}
        </fieldset>`
      : nothing}
    <fieldset class="attend">
      <legend>${t('meetings.attendance')}</legend>
      ${(['in_person', 'online'] as const).map((mode) =>
        checkbox(t(mode === 'online' ? 'meetings.online' : 'meetings.inPerson'), query.attendance?.includes(mode) ?? false, (on) => {
          const rest = (query.attendance ?? []).filter((a) => a !== mode);
          view.setQuery({ attendance: on ? [...rest, mode] : rest });
        }),
      )}
    </fieldset>
    ${types.length > 0
      ? html`<details class="types" ?open=${chosenTypes.length > 0}>
          <summary>${chosenTypes.length ? t('meetings.typesChosen', { count: chosenTypes.length }) : t('meetings.types')}</summary>
          <fieldset>
            <legend class="visually-hidden">${t('meetings.types')}</legend>
            ${types.map((code) =>
              checkbox(view.typeName(code), chosenTypes.includes(code), (on) => {
                const rest = chosenTypes.filter((c) => c !== code);
                view.setQuery({ types: on ? [...rest, code] : rest });
              }),
            )}
          </fieldset>
        </details>`
      : nothing}
    <div><button type="button" class="secondary" @click=${view.clear}>${t('meetings.clear')}</button></div>
  </div>`;
}

/** `km` or `mi`: the element's `distance-unit`, else miles for English in the US, the UK, Liberia and Myanmar. */
function unitOf({ distanceUnit, lang }: RefineContext): 'km' | 'mi' {
  if (distanceUnit === 'km' || distanceUnit === 'mi') return distanceUnit;
  return /^en(-(US|GB|LR|MM))?$/i.test(lang) ? 'mi' : 'km';
}

/** `kilometres` as the visitor reads distances: "2 km", "1.2 mi". */
function formatDistance(view: RefineContext, km: number): string {
  const miles = unitOf(view) === 'mi';
  return view.number(miles ? km / KM_PER_MILE : km, { style: 'unit', unit: miles ? 'mile' : 'kilometer', maximumFractionDigits: 1 });
}

/** A listed meeting's distance from the visitor ("1.2 mi away"). */
export function distanceText(view: RefineContext, km: number): string {
  return view.t('meetings.distance', { distance: formatDistance(view, km) });
}

/** While the visitor's position is in use: what it does, how far, and where it stays. */
export function renderNearBar(view: RefineContext): TemplateResult {
  const { t } = view;
  const near = view.query.near!;
  const factor = unitOf(view) === 'mi' ? KM_PER_MILE : 1;
  return html`<div class="near-bar">
    <label>
      ${t('meetings.within')}
      <select @change=${(e: Event) => {
        const value = Number((e.target as HTMLSelectElement).value);
        view.setQuery({ near: { ...near, maxKm: value ? value * factor : Infinity } });
      }}>
        <option value="0" ?selected=${near.maxKm === Infinity}>${t('meetings.anyDistance')}</option>
        ${DISTANCES.map(
          (d) => html`<option value=${d} ?selected=${Math.abs(near.maxKm - d * factor) < 0.01}>
            ${formatDistance(view, d * factor)}
          </option>`,
        )}
      </select>
    </label>
    <p class="note">${t('meetings.locationPrivacy')}</p>
  </div>`;
}
