/**
 * The open meeting: when and where, how to join, notes, types, add to calendar, share. Loaded the first time
 * a visitor opens a meeting, so the finder's first screen carries none of it.
 */
import { html, nothing } from 'lit';
import type { MessageKey, MessageParams } from '../../core/i18n/messages.js';
import { buildCalendar } from '../../core/ics.js';
import { upcoming, type Occurrence } from '../filter.js';
import type { Meeting } from '../normalize.js';
import { typeName } from '../types.js';
import { meetingLink } from '../url-state.js';
import type { When } from '../when.js';
import { readDialIn } from './dial-in.js';
import './i18n/index.js';

export { detailStyles as styles } from './detail.styles.js';

/** What the view needs from the finder. */
export interface DetailContext {
  t: (key: MessageKey, params?: MessageParams) => string;
  lang: string;
  /** The zone of meetings whose feed names none. */
  zone: string;
  now: Date;
  /** The weekday of an instant on the visitor's calendar. */
  weekday: (start: Date) => string;
  when: (start: Date, zone: string) => When;
  attendanceLabel: (meeting: Meeting) => string;
  /** The programs to tell apart; empty when the list has one or none (no badge then). */
  programs: string[];
  /** Whether the share link was just copied. */
  copied: boolean;
  onBack: () => void;
  onCopied: () => void;
}

export function renderDetail(meeting: Meeting, view: DetailContext) {
  const { t } = view;
  const zone = meeting.timeZone ?? view.zone;
  const { occurrences } = upcoming([meeting], {}, { now: view.now, zone });
  const inPerson = meeting.attendance === 'in_person' || meeting.attendance === 'hybrid';
  const destination =
    meeting.latitude !== undefined ? `${meeting.latitude},${meeting.longitude}` : meeting.address ?? meeting.location ?? '';
  // Opens the visitor's maps app or site only when tapped; the widget itself sends nothing anywhere.
  const directions = `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(destination)}`;
  const next = occurrences[0];
  // "Online" (ONL) is said by the attendance badge already.
  const types = meeting.types.filter((code) => code !== 'ONL');
  const dialIn = meeting.conferencePhoneText ? readDialIn(meeting.conferencePhoneText) : undefined;
  const feedback = feedbackLink(meeting);

  return html`<article class="detail" part="detail" aria-labelledby="detail-title">
    <div><button type="button" class="back secondary" @click=${view.onBack}>← ${t('meetings.back')}</button></div>
    <h3 id="detail-title" tabindex="-1">${meeting.name}</h3>
    ${occurrences.length
      ? occurrences.map((o) => {
          const when = view.when(o.start, zone);
          return html`<p class="when">
            <strong>${view.weekday(o.start)} ${when.time}</strong>
            ${when.local ? html`<small>${when.local}</small>` : nothing}
            ${o.inProgress ? html`<span class="badge live">${t('meetings.inProgress')}</span>` : nothing}
          </p>`;
        })
      : html`<p>${t('meetings.byAppointment')}</p>`}
    <p><span class="badge">${view.attendanceLabel(meeting)}</span>${view.programs.length ? meeting.programs?.map((p) => html` <span class="program">${p}</span>`) : nothing}</p>
    ${meeting.temporarilyClosed ? html`<p class="alert">${t('meetings.temporarilyClosed')}</p>` : nothing}
    ${inPerson
      ? html`<div>
          ${meeting.location ? html`<p><strong>${meeting.location}</strong></p>` : nothing}
          ${meeting.address ? html`<p>${meeting.address}</p>` : nothing}
          ${meeting.locationNotes ? html`<p class="notes">${meeting.locationNotes}</p>` : nothing}
          ${destination ? html`<p><a class="button" href=${directions} target="_blank" rel="noopener noreferrer">${t('meetings.directions')}</a></p>` : nothing}
        </div>`
      : nothing}
    ${meeting.conferenceUrl || meeting.conferencePhone
      ? html`<div class="actions">
          ${meeting.conferenceUrl
            ? html`<a class="button primary" href=${meeting.conferenceUrl} target="_blank" rel="noopener noreferrer">${t('meetings.join')}</a>`
            : nothing}
          ${meeting.conferencePhone && dialIn
            ? html`<a class="button" href=${meeting.conferencePhone}>${t('meetings.dialIn')}: ${dialIn.number}</a>`
            : nothing}
        </div>
        ${dialIn?.id
          ? html`<p class="dial">${t('meetings.meetingId', { id: dialIn.id })}${dialIn.passcode ? ` · ${t('meetings.passcode', { code: dialIn.passcode })}` : ''}</p>`
          : nothing}
        ${meeting.conferenceUrlNotes ? html`<p class="notes">${meeting.conferenceUrlNotes}</p>` : nothing}
        ${meeting.conferencePhoneNotes ? html`<p class="notes">${meeting.conferencePhoneNotes}</p>` : nothing}`
      : nothing}
    ${meeting.notes ? html`<h4>${t('meetings.notes')}</h4><p class="notes">${meeting.notes}</p>` : nothing}
    ${types.length
      ? html`<h4>${t('meetings.typesHeading')}</h4>
          <ul>${types.map((code) => html`<li>${typeName(code, view.lang)}</li>`)}</ul>`
      : nothing}
    <div class="actions">
      ${next
        ? html`<button type="button" class="secondary" @click=${() => downloadCalendar(meeting, next, zone)}>
            ${t('meetings.addToCalendar')}
          </button>`
        : nothing}
      <button type="button" class="secondary" @click=${() => share(meeting, view)}>${t('meetings.share')}</button>
      <span role="status">${view.copied ? t('meetings.linkCopied') : ''}</span>
    </div>
    ${feedback ? html`<p class="feedback"><a href=${feedback} target="_blank" rel="noopener noreferrer">${t('meetings.requestChange')}</a></p>` : nothing}
  </article>`;
}

/**
 * Where to ask the listing's keepers for a change: the source's page or address for it (http(s)/mailto only,
 * checked when read), else a message to its feedback addresses naming the meeting. None when the source gives none.
 */
export function feedbackLink(meeting: Meeting): string | undefined {
  if (meeting.feedbackUrl && /^(https?|mailto):/i.test(meeting.feedbackUrl)) return meeting.feedbackUrl;
  const emails = meeting.feedbackEmails?.filter((e) => /^[^\s@,?&]+@[^\s@,?&]+$/.test(e));
  return emails?.length ? `mailto:${emails.join(',')}?subject=${encodeURIComponent(meeting.name)}` : undefined;
}

/** Downloads a weekly recurring event in the meeting's own zone, so it stays right across DST changes. */
function downloadCalendar(meeting: Meeting, next: Occurrence, zone: string): void {
  const text = buildCalendar([
    {
      uid: `${meeting.slug}@recovery-meetings`,
      summary: meeting.name,
      description: [meeting.notes, meeting.conferenceUrl, meeting.conferencePhoneText].filter(Boolean).join('\n\n'),
      location: meeting.attendance === 'online' ? meeting.conferenceUrl : meeting.address,
      url: meeting.conferenceUrl,
      start: next.start,
      end: next.end,
      timeZone: zone,
      weekly: true,
    },
  ]);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
  link.download = `${meeting.slug}.ics`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** The Web Share sheet where there is one, else the link copied to the clipboard. */
async function share(meeting: Meeting, view: DetailContext): Promise<void> {
  const url = meetingLink(location.href, meeting.slug);
  if (navigator.share) {
    try {
      await navigator.share({ title: meeting.name, url });
      return;
    } catch {
      // cancelled or refused: copy instead
    }
  }
  await navigator.clipboard?.writeText(url).catch(() => undefined);
  view.onCopied();
}
