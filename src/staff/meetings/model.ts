/**
 * A meeting as the form holds it, and the contract's `MeetingInput` (Meeting Guide field names). Empty fields are
 * left out; one day is sent as a number and several as a list, as the spec writes them. Pure: no DOM.
 */
import { MeetingInputSchema, type MeetingInput, type StaffMeeting } from '../../core/api/staff-meetings.js';
import { isValidTimeZone } from '../../core/time.js';
import type { Issue } from '../problems.js';

export type Attendance = MeetingInput['attendance_option'];

/** The optional text fields, as the spec names them. */
export const TEXT_FIELDS = [
  'group',
  'notes',
  'location',
  'formatted_address',
  'location_notes',
  'region',
  'sub_region',
  'conference_url',
  'conference_url_notes',
  'conference_phone',
  'conference_phone_notes',
  'website',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export type MeetingDraft = Record<TextField, string> & {
  name: string;
  /** Sunday first, as the spec numbers days. */
  days: boolean[];
  time: string;
  end_time: string;
  timezone: string;
  types: string[];
  attendance_option: Attendance;
  latitude: string;
  longitude: string;
};

export function meetingDraft(meeting: StaffMeeting | undefined, timezone: string): MeetingDraft {
  const days = meeting?.day === undefined ? [] : Array.isArray(meeting.day) ? meeting.day : [meeting.day];
  const text = Object.fromEntries(TEXT_FIELDS.map((field) => [field, meeting?.[field] ?? ''])) as Record<TextField, string>;
  return {
    ...text,
    name: meeting?.name ?? '',
    days: [0, 1, 2, 3, 4, 5, 6].map((d) => days.includes(d)),
    time: meeting?.time ?? '19:00',
    end_time: meeting?.end_time ?? '',
    timezone: meeting?.timezone ?? timezone,
    types: [...(meeting?.types ?? [])],
    attendance_option: meeting?.attendance_option ?? 'in_person',
    latitude: meeting?.latitude?.toString() ?? '',
    longitude: meeting?.longitude?.toString() ?? '',
  };
}

export function meetingInputFrom(draft: MeetingDraft): { input: MeetingInput } | { issues: Issue[] } {
  const issues: Issue[] = [];
  const days = draft.days.flatMap((on, day) => (on ? [day] : []));
  if (days.length === 0) issues.push({ code: 'custom', path: ['days'], messageKey: 'staffMeetings.pickDay' });
  if (!isValidTimeZone(draft.timezone)) issues.push({ code: 'custom', path: ['timezone'], messageKey: 'staffMeetings.zoneUnknown' });
  if (draft.end_time && draft.time && draft.end_time <= draft.time && draft.end_time !== '00:00') {
    issues.push({ code: 'custom', path: ['end_time'], messageKey: 'staffMeetings.endBeforeStart' });
  }
  const attendance = draft.attendance_option;
  if ((attendance === 'in_person' || attendance === 'hybrid') && !draft.formatted_address.trim()) {
    issues.push({ code: 'custom', path: ['formatted_address'], messageKey: 'staffMeetings.needAddress' });
  }
  if ((attendance === 'online' || attendance === 'hybrid') && !draft.conference_url.trim() && !draft.conference_phone.trim()) {
    issues.push({ code: 'custom', path: ['conference_url'], messageKey: 'staffMeetings.needOnline' });
  }
  const input: Record<string, unknown> = {
    name: draft.name,
    day: days.length === 1 ? days[0] : days,
    time: draft.time,
    timezone: draft.timezone,
    types: draft.types,
    attendance_option: attendance,
  };
  if (draft.end_time) input.end_time = draft.end_time;
  for (const field of TEXT_FIELDS) if (draft[field].trim()) input[field] = draft[field].trim();
  if (draft.latitude.trim()) input.latitude = Number(draft.latitude);
  if (draft.longitude.trim()) input.longitude = Number(draft.longitude);
  const result = MeetingInputSchema.safeParse(input);
  const said = new Set(issues.map((issue) => String(issue.path[0])));
  const found = result.success ? [] : result.error.issues.map((issue) => ({ ...issue, path: issue.path[0] === 'day' ? ['days'] : issue.path.slice(0, 1) }));
  const all = [...issues, ...found.filter((issue) => !said.has(String(issue.path[0])))];
  return all.length || !result.success ? { issues: all } : { input: result.data };
}
