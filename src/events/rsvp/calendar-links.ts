import { html, type TemplateResult } from 'lit';
import { calendarEntry, discreetTitle, googleCalendarUrl, icsFile, outlookCalendarUrl } from '../calendar.js';
import type { AlumniEvent } from '../parse.js';
import type { RsvpContext } from './context.js';

/** The "add to calendar" links of one event; the .ics file is a blob URL, released when no longer shown. */
export class CalendarLinks {
  private blobUrl?: string;
  private made?: string;

  /**
   * The three ways to add the event, as one labelled group of buttons. `id`: unique in the view, for the
   * group's label. `nested`: under the event's RSVP heading (h4), else right under the page's event heading (h3).
   */
  render(id: string, event: AlumniEvent, joinUrl: string | undefined, context: RsvpContext, nested = true): TemplateResult {
    const { t } = context;
    const neutralTitle = t('rsvp.calendarDefault');
    const entry = calendarEntry(event, { neutralTitle, joinUrl, uidDomain: uidDomain(context.api) });
    const signature = JSON.stringify(entry);
    if (signature !== this.made) {
      this.release();
      this.blobUrl = URL.createObjectURL(new Blob([icsFile(entry)], { type: 'text/calendar;charset=utf-8' }));
      this.made = signature;
    }
    const title = discreetTitle(event, neutralTitle);
    const fileName = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'event'}.ics`;
    const external = (href: string, label: string) => html`<a href=${href} target="_blank" rel="noopener noreferrer">${label}</a>`;
    const label = t('rsvp.addToCalendar');
    return html`<div class="calendar" role="group" aria-labelledby=${id}>
      ${nested ? html`<h5 id=${id}>${label}</h5>` : html`<h4 id=${id}>${label}</h4>`}
      <p class="links">
        <a href=${this.blobUrl} download=${fileName}>${t('rsvp.downloadIcs')}</a>
        <!-- Product names: the same in every language. -->
        ${external(googleCalendarUrl(entry), 'Google Calendar')} ${external(outlookCalendarUrl(entry), 'Outlook.com')}
      </p>
      <p class="hint">${t('rsvp.calendarTitleNote', { title })}</p>
    </div>`;
  }

  release() {
    if (this.blobUrl) URL.revokeObjectURL(this.blobUrl);
    this.blobUrl = this.made = undefined;
  }
}

function uidDomain(api: string | undefined): string {
  try {
    return new URL(api ?? '', document.baseURI).host || 'recovery-widgets';
  } catch {
    return 'recovery-widgets';
  }
}

