/**
 * The pieces of the meeting list: one meeting's row, and the legend of type codes printed with the schedule.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey, MessageParams } from '../core/i18n/messages.js';
import { KM_PER_MILE, type Occurrence } from './filter.js';
import type { Meeting } from './normalize.js';

/** What the list needs from the finder. */
export interface ListContext {
  t: (key: MessageKey, params?: MessageParams) => string;
  unit: 'km' | 'mi';
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
  typeName: (code: string) => string;
  attendanceLabel: (meeting: Meeting) => string;
  open: (slug: string) => unknown;
}

/** One meeting in the list: a button that opens it, with its time, place, distance and badges. */
export function renderMeetingItem(meeting: Meeting, time: string, occurrence: Occurrence | undefined, view: ListContext): TemplateResult {
  const { t } = view;
  const place = meeting.attendance === 'online' ? t('meetings.online') : meeting.location ?? meeting.address ?? '';
  const distance =
    occurrence?.distanceKm === undefined
      ? undefined
      : view.number(view.unit === 'mi' ? occurrence.distanceKm / KM_PER_MILE : occurrence.distanceKm, {
          style: 'unit',
          unit: view.unit === 'mi' ? 'mile' : 'kilometer',
          maximumFractionDigits: 1,
        });
  return html`<li part="meeting" data-slug=${meeting.slug}>
    <button type="button" @click=${() => view.open(meeting.slug)}>
      <span class="time">${time}</span>
      <span class="name">${meeting.name}</span>
      ${place ? html`<span class="meta">${place}${distance ? html` · ${t('meetings.distance', { distance })}` : nothing}</span>` : nothing}
      <span class="badges">
        ${occurrence?.inProgress ? html`<span class="badge live">${t('meetings.inProgress')}</span>` : nothing}
        <span class="badge">${view.attendanceLabel(meeting)}</span>
        ${meeting.types
          .filter((code) => code !== 'ONL') // the attendance badge already says so
          .slice(0, 4)
          .map((code) => html`<span class="badge">${view.typeName(code)}</span>`)}
      </span>
    </button>
    ${meeting.conferenceUrl ? html`<span class="print-links">${meeting.conferenceUrl}</span>` : nothing}
  </li>`;
}

/** The type codes and their names, for print (hidden on screen, where the badges say it in words). */
export function renderLegend(meetings: Meeting[], view: ListContext): TemplateResult {
  const codes = [...new Set(meetings.flatMap((m) => m.types))].sort();
  return html`<section class="legend" aria-hidden="true">
    <h3>${view.t('meetings.typeLegend')}</h3>
    <p>${codes.map((code) => `${code}: ${view.typeName(code)}`).join(' · ')}</p>
  </section>`;
}
