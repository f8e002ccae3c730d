/**
 * A BMLT server's JSON switcher answer (`GetSearchResults`, `GetFormats`, `GetServiceBodies`) turned into the
 * finder's `Meeting` shape. Pure: no DOM, no network.
 *
 * BMLT's traps, each handled here: every value is a string; `weekday_tinyint` is 1-7 with Sunday = 1 (the
 * finder counts Sunday = 0); `start_time` and `duration_time` are `HH:MM:SS` and the end is their sum, which
 * can pass midnight; `formats` is a list of keys whose meaning is in GetFormats (ids in
 * `format_shared_id_list`, which are unique where keys need not be); `venue_type` 1 in person, 2 virtual,
 * 3 hybrid; coordinates are strings and `0,0` means none; `time_zone` is empty when the server stores none.
 * A record without an id and a name, or with an impossible day or start, is skipped and counted.
 */
import { isValidTimeZone } from '../../core/time.js';
import { phoneHref, safeHref } from '../../core/url.js';
// Every BMLT value is a string; `text` also reads a number from a hand-made or proxied answer as one.
import { parseClock, text, type Attendance, type Meeting as BmltMeeting } from '../normalize.js';

/** A GetFormats row (the fields read here). */
export interface BmltFormat {
  id?: unknown;
  key_string?: unknown;
  name_string?: unknown;
  world_id?: unknown;
  lang?: unknown;
}

/** A GetServiceBodies row (the fields read here). */
export interface BmltServiceBody {
  id?: unknown;
  parent_id?: unknown;
  name?: unknown;
  contact_email?: unknown;
}

/**
 * NAWS world ids (the `world_id` of a format, the same on every server) → Meeting Guide type codes, where the
 * spec has the same meaning. VM and HYBR are left out: `venue_type` says how to attend. Formats with no
 * entry here keep their name.
 */
const WORLD_TO_TYPE: Record<string, string> = {
  OPEN: 'O',
  CLOSED: 'C',
  BEG: 'BE',
  CAN: 'CAN',
  CW: 'CF',
  DISC: 'D',
  GL: 'LGBTQ',
  LIT: 'LIT',
  M: 'M',
  MED: 'MED',
  SMOK: 'SM',
  SPK: 'SP',
  STEP: 'ST',
  TC: 'TC',
  TRAD: 'TR',
  W: 'W',
  WCHR: 'X',
  Y: 'Y',
};
const HOW_TO_ATTEND = new Set(['VM', 'HYBR']);

// Accents are dropped for search; most text is plain ASCII, which needs no decomposition (a measurable part of
// normalizing 2,000 meetings).
const fold = (value: string) =>
  /[^\0-\x7f]/.test(value) ? value.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase() : value.toLowerCase();

function coordinate(value: unknown, limit: number): number | undefined {
  const raw = text(value, 40);
  const n = raw === undefined ? NaN : Number(raw);
  return Number.isFinite(n) && Math.abs(n) <= limit ? n : undefined;
}

/** `HH:MM:SS` or `HH:MM` as a duration in minutes, up to 24 hours; undefined when unusable or zero. */
export function parseDuration(value: unknown): number | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text(value, 20) ?? '');
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[2]) < 60 && minutes > 0 && minutes <= 1440 ? minutes : undefined;
}

/** The format tables of one server: by shared id, and by key for servers that send keys only. */
export interface FormatTable {
  byId: Map<string, string>;
  byKey: Map<string, string>;
  /** By world id, for the tsml switcher's codes (which are world ids, mostly). */
  byWorld: Map<string, string>;
}

/**
 * Each format as the code or name a meeting shows. `formats` may mix languages (the visitor's and English,
 * as GetFormats answers for each): the visitor's language wins, English fills what it lacks.
 */
export function formatTable(formats: readonly BmltFormat[], lang: string): FormatTable {
  const byId = new Map<string, string>();
  const byKey = new Map<string, string>();
  const byWorld = new Map<string, string>();
  const wanted = lang.toLowerCase().split('-')[0];
  // The visitor's language last, so it overwrites.
  const ordered = [...formats].sort((a, b) => Number(a.lang === wanted) - Number(b.lang === wanted));
  for (const format of ordered) {
    const world = text(format.world_id, 20)?.toUpperCase();
    if (world && HOW_TO_ATTEND.has(world)) continue;
    const shown = (world && WORLD_TO_TYPE[world]) ?? text(format.name_string, 100) ?? text(format.key_string, 20);
    if (!shown) continue;
    const id = text(format.id, 20);
    const key = text(format.key_string, 20);
    if (id) byId.set(id, shown);
    if (key) byKey.set(key, shown);
    if (world && world !== 'LANG') byWorld.set(world, shown);
  }
  return { byId, byKey, byWorld };
}

function typesOf(record: Record<string, unknown>, table: FormatTable): string[] {
  const ids = text(record.format_shared_id_list, 1000);
  const list = ids
    ? ids.split(',').map((id) => table.byId.get(id.trim()))
    : (text(record.formats, 1000) ?? '').split(',').map((key) => table.byKey.get(key.trim()));
  return [...new Set(list.filter((t): t is string => t !== undefined))].slice(0, 40);
}

interface Body {
  name?: string;
  parent?: string;
  email?: string;
}

function bodyTable(bodies: readonly BmltServiceBody[]): Map<string, Body> {
  const table = new Map<string, Body>();
  for (const body of bodies) {
    const id = text(body.id, 20);
    if (!id) continue;
    const email = text(body.contact_email, 254);
    table.set(id, {
      name: text(body.name, 100),
      parent: text(body.parent_id, 20),
      ...(email?.includes('@') && { email }),
    });
  }
  return table;
}

/** The meeting's service body and the one above it (an area within its region), broadest first. */
function regionsOf(record: Record<string, unknown>, bodies: Map<string, Body>): string[] {
  const body = bodies.get(text(record.service_body_bigint, 20) ?? '');
  const own = body?.name ?? text(record.service_body_name, 100);
  const parent = body?.parent ? bodies.get(body.parent)?.name : undefined;
  return [parent, own].filter((r): r is string => r !== undefined);
}

const slugPart = (name: string) =>
  fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);

/** "160 Johns Road, Glebe, NSW 2037, Australia" from the parts the server has. */
function addressOf(r: Record<string, unknown>): string | undefined {
  const province = text(r.location_province, 40);
  const postcode = text(r.location_postal_code_1, 40);
  const area = province && postcode ? `${province} ${postcode}` : (province ?? postcode);
  let address = '';
  for (const part of [text(r.location_street, 100), text(r.location_municipality, 100), area, text(r.location_nation, 100)]) {
    if (part) address = address ? `${address}, ${part}` : part;
  }
  return address ? address.slice(0, 300) : undefined;
}

function normalizeOne(
  record: unknown,
  formats: FormatTable,
  bodies: Map<string, Body>,
): BmltMeeting | undefined {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined;
  const r = record as Record<string, unknown>;
  const id = text(r.id_bigint, 20);
  const name = text(r.meeting_name, 200);
  if (!id || !/^\d+$/.test(id) || !name) return undefined;

  const weekday = text(r.weekday_tinyint, 2);
  if (!weekday || !/^[1-7]$/.test(weekday)) return undefined;
  const start = parseClock(r.start_time);
  if (start === undefined) return undefined;
  // A missing or zero duration is the server's default, an hour on most servers.
  const duration = parseDuration(r.duration_time) ?? 60;

  const types = typesOf(r, formats);
  const temporarilyClosed = types.includes('TC');
  const venue = text(r.venue_type, 2);
  const virtualOnly = venue === '2';

  const link = safeHref(r.virtual_meeting_link);
  const conferenceUrl = link && /^https?:/.test(link) ? link : undefined;
  const conferencePhone = phoneHref(r.phone_meeting_number);
  const address = virtualOnly ? undefined : addressOf(r);
  // The venue type says how to attend; it counts only with what it needs (a link, an address).
  const online = venue !== '1' && Boolean(conferenceUrl || conferencePhone);
  const inPerson = !virtualOnly && Boolean(address) && !temporarilyClosed;
  const attendance: Attendance = online && inPerson ? 'hybrid' : online ? 'online' : inPerson ? 'in_person' : 'inactive';

  const latitude = virtualOnly ? undefined : coordinate(r.latitude, 90);
  const longitude = virtualOnly ? undefined : coordinate(r.longitude, 180);
  const hasPosition = latitude !== undefined && longitude !== undefined && !(latitude === 0 && longitude === 0);
  const timeZone = isValidTimeZone(r.time_zone) ? r.time_zone : undefined;
  const regions = regionsOf(r, bodies);
  const email = bodies.get(text(r.service_body_bigint, 20) ?? '')?.email;
  const location = virtualOnly ? undefined : text(r.location_text, 200);
  const locationNotes = virtualOnly ? undefined : text(r.location_info);
  const notes = text(r.comments);
  const urlNotes = conferenceUrl && text(r.virtual_meeting_additional_info);
  const phoneNotes = conferencePhone && text(r.phone_meeting_additional_info);

  // Set one by one rather than spread from optional parts (an object per part, thousands of times).
  const meeting: BmltMeeting = {
    slug: `${slugPart(name) || 'meeting'}-${id}`,
    name,
    days: [Number(weekday) - 1],
    start,
    end: (start + duration) % 1440,
    overnight: start + duration >= 1440,
    types,
    attendance,
    temporarilyClosed,
    approximate: false,
    regions,
    searchText: '',
  };
  if (timeZone) meeting.timeZone = timeZone;
  if (conferenceUrl) meeting.conferenceUrl = conferenceUrl;
  if (urlNotes) meeting.conferenceUrlNotes = urlNotes;
  if (conferencePhone) {
    meeting.conferencePhone = conferencePhone;
    meeting.conferencePhoneText = text(r.phone_meeting_number, 100);
  }
  if (phoneNotes) meeting.conferencePhoneNotes = phoneNotes;
  if (location) meeting.location = location;
  if (locationNotes) meeting.locationNotes = locationNotes;
  if (address) meeting.address = address;
  if (hasPosition) {
    meeting.latitude = latitude;
    meeting.longitude = longitude;
  }
  if (notes) meeting.notes = notes;
  if (email) meeting.feedbackEmails = [email];
  meeting.searchText = fold(
    [name, location, address, ...regions, notes, locationNotes].filter(Boolean).join('\n'),
  );
  return meeting;
}

/**
 * Normalizes a JSON-switcher search answer, given the server's formats (in the visitor's language and English)
 * and service bodies. Anything but a list of records is an empty answer here: `readBmlt` checks the shape.
 */
export function normalizeBmlt(
  records: readonly unknown[],
  formats: readonly BmltFormat[],
  serviceBodies: readonly BmltServiceBody[],
  { lang }: { lang: string },
): { meetings: BmltMeeting[]; skipped: number } {
  const formatsTable = formatTable(formats, lang);
  const bodies = bodyTable(serviceBodies);
  const meetings: BmltMeeting[] = [];
  for (const record of records) {
    const meeting = normalizeOne(record, formatsTable, bodies);
    if (meeting) meetings.push(meeting);
  }
  return { meetings, skipped: records.length - meetings.length };
}
