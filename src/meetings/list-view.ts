/**
 * The meeting list: the days, one meeting's row, and the legend of type codes printed with the schedule.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey, MessageParams } from '../core/i18n/messages.js';
import { perObject } from '../core/per-object.js';
import type { Occurrence } from './filter.js';
import type { Meeting } from './normalize.js';
import type { When } from './when.js';

/** Rows rendered per "show more", and at first once the first paint is done: a long list stays quick on old phones. */
export const PAGE = 100;

/**
 * Rows in the first paint after the meetings arrive: a screenful, since each row is main-thread time a cold load
 * waits for. The smallest row and its gap measure 82 px (16 px text); 72 leaves room for smaller text: a 900 px
 * window gets 13 rows, a phone's 667 px 10, a 2160 px portrait screen 30. The rest of the page follows in the
 * next frame.
 */
export const screenful = () => Math.max(5, Math.ceil((globalThis.innerHeight || 1200) / 72));

/** The first paint of meetings given as a property: a fixed count, since a server renders them with no window. */
export const FIRST_GIVEN = 15;

/** What the list needs from the finder. */
export interface ListContext {
  t: (key: MessageKey, params?: MessageParams) => string;
  /** A distance from the visitor in words, once their position is in use (refine/). */
  distance?: (km: number) => string;
  typeName: (code: string) => string;
  attendanceLabel: (meeting: Meeting) => string;
  open: (slug: string) => unknown;
  /** The programs to tell apart ("AA", "NA"): empty when the list has one or none, and then no badge shows. */
  programs: string[];
}

export interface DaysContext extends ListContext {
  when: (occurrence: Occurrence) => When;
  /** "Today", "Tomorrow" or the date, on the visitor's calendar. */
  dayLabel: (start: Date) => string;
  /** With the visitor's position: one day's meetings nearest first, the online ones apart (refine/nearby.ts). */
  nearestFirst?: (occurrences: Occurrence[]) => { placed: Occurrence[]; online: Occurrence[] };
}

/**
 * The meetings by day on the visitor's calendar, soonest first. With the visitor's position, each day lists
 * its meetings nearest first and then, under their own heading, its online meetings: the day still answers
 * "when can I go", distance answers "where", and an online meeting is never dropped for having no place.
 */
export function renderDays(occurrences: Occurrence[], byAppointment: Meeting[], view: DaysContext): TemplateResult {
  const { t } = view;
  const days = new Map<string, Occurrence[]>();
  for (const occurrence of occurrences) {
    const label = view.dayLabel(occurrence.start);
    days.set(label, [...(days.get(label) ?? []), occurrence]);
  }
  const items = (list: Occurrence[]) => html`<ul class="meetings">${list.map((o) => renderMeetingItem(o.meeting, view.when(o), o, view))}</ul>`;
  return html`${[...days].map(([label, list]) => {
    const split = view.nearestFirst?.(list);
    return html`<section>
      <h3 class="day">${label}</h3>
      ${split
        ? html`${split.placed.length ? items(split.placed) : nothing}
          ${split.online.length ? html`<h4 class="online">${t('meetings.online')}</h4>${items(split.online)}` : nothing}`
        : items(list)}
    </section>`;
  })}
  ${byAppointment.length
    ? html`<section>
        <h3 class="day">${t('meetings.byAppointment')}</h3>
        <ul class="meetings">${byAppointment.map((m) => renderMeetingItem(m, { time: t('meetings.byAppointment') }, undefined, view))}</ul>
      </section>`
    : nothing}`;
}

/** One meeting in the list: a button that opens it, with its time, place, distance and kind. */
export function renderMeetingItem(meeting: Meeting, when: When, occurrence: Occurrence | undefined, view: ListContext): TemplateResult {
  const { t } = view;
  const place = meeting.attendance === 'online' ? '' : meeting.location ?? meeting.address ?? '';
  const distance = occurrence?.distanceKm === undefined ? undefined : view.distance?.(occurrence.distanceKm);
  // The kind in words, quietly: how to attend, then up to three types (ONL says what the first already does).
  const kind = [view.attendanceLabel(meeting), ...meeting.types.filter((code) => code !== 'ONL').slice(0, 3).map(view.typeName)];
  return html`<li part="meeting" data-slug=${meeting.slug}>
    <button type="button" @click=${() => view.open(meeting.slug)}>
      <span class="time">${when.time}${when.local ? html`<small>${when.local}</small>` : nothing}</span>
      <span class="what">
        <span class="name">${meeting.name}${view.programs.length ? meeting.programs?.map((p) => html` <span class="program">${p}</span>`) : nothing}</span>
        ${place || distance
        ? html`<span class="meta">${place}${place && distance ? ' · ' : ''}${distance ? html`<span class="away">${distance}</span>` : nothing}</span>`
        : nothing}
        <span class="kind">${occurrence?.inProgress ? html`<span class="live">${t('meetings.inProgress')}</span>` : nothing}${kind.join(' · ')}</span>
      </span>
    </button>
    ${meeting.conferenceUrl ? html`<span class="print-links">${meeting.conferenceUrl}</span>` : nothing}
  </li>`;
}

const typeCodes = perObject((meetings: Meeting[]) => [...new Set(meetings.flatMap((m) => m.types))].sort());

/** The type codes and their names, for print (hidden on screen, where the rows say it in words). */
export function renderLegend(meetings: Meeting[], view: ListContext): TemplateResult {
  const codes = typeCodes(meetings);
  return html`<section class="legend" aria-hidden="true">
    <h3>${view.t('meetings.typeLegend')}</h3>
    <p>${codes.map((code) => `${code}: ${view.typeName(code)}`).join(' · ')}</p>
  </section>`;
}
