/**
 * recovery-widgets: element classes and the shared core, with no side effects.
 * Import `recovery-widgets/define` (or one element's define module) to register the tags.
 */
export { RecoveryProvider } from './core/provider.js';
export { RecoveryMeetings } from './meetings/meetings.js';
export { parseClock, parseDays, type Meeting, type Attendance } from './meetings/normalize.js';
export { normalizeMeetings } from './meetings/details.js';
export { upcoming, parseSearch, type MeetingQuery, type Occurrence } from './meetings/filter.js';
export { loadMeetingTypeNames } from './meetings/prepare.js';
export { RecoveryEvents } from './events/events.js';
export { readEvent, readEvents, upcomingEvents, type AlumniEvent, type Question } from './events/parse.js';
export { RecoveryMilestone, type NextMilestone, type PersonalDate } from './milestone/milestone.js';
export type { CrisisLine } from './core/crisis/crisis-lines.js';
export { calendarSpan, daysCompleted, firstDay, parseSpans, progressOn, reachedOn, type DateMeaning, type Milestone, type Progress, type ScheduleName, type Span } from './milestone/milestones.js';
export { RecoveryStories, type StoriesLayout } from './stories/stories.js';
export { readStory, readStories, paragraphs, excerpt, type Story } from './stories/parse.js';
export { buildCalendar, type CalendarEntry } from './core/ics.js';
export { RecoveryElement } from './core/recovery-element.js';
export { configContext, type RecoveryConfig } from './core/config.js';
export { defineElement } from './core/define-element.js';
export { RecoveryLoadEvent, RecoveryErrorEvent, type LoadDetail, type ErrorDetail } from './core/events.js';
export { RecoveryRsvpEvent, RecoveryStorySubmitEvent, type StorySubmitDetail, type RsvpDetail } from './core/submit-events.js';
export {
  RequestError,
  NetworkError,
  TimeoutError,
  HttpStatusError,
  NotJsonError,
  InvalidShapeError,
  ResponseTooLargeError,
  isAbortError,
  type FieldError,
  type RequestErrorKind,
} from './core/errors.js';
export { getJson, apiUrl, type RequestOptions, type SendOptions } from './core/http.js';
export { sendJson, newIdempotencyKey } from './core/send.js';
export { keepValid, type ValidList } from './core/validate.js';
export { safeHref, phoneHref } from './core/url.js';
export { loadLanguage, registerLanguage, registerMessages, supportedLanguage, translate } from './core/i18n/translate.js';
export type { Catalog, Messages, Message, MessageKey, Namespace, NamespaceMessages } from './core/i18n/messages.js';
export * from './core/time.js';
export { palettes, contrastRatio, type ThemeChoice } from './core/theme.js';
