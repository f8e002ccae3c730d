/**
 * The demo center's meetings, in Meeting Guide format: forty meetings across every day and attendance mode, plus a
 * Saturday-night one that runs past midnight. Each is written out so that its name agrees with its day, time and
 * types (a "Lunch Bunch" at noon, "Women in Recovery" tagged W, "Sober Sunday" on Sunday), and every type code is
 * one of the spec's (@code4recovery/spec). Online attendance is said by `attendance_option`, not a type code.
 */
import type { Meeting } from '../../src/core/api/meetings.js';

const ZONE = 'America/New_York';

const PLACES = [
  { location: 'Harbor Light Community Hall', formatted_address: '210 Wharf Street, Lewes, DE 19958, USA', latitude: 38.7745, longitude: -75.1393, region: 'Lewes' },
  { location: 'St. Peter’s Parish Hall', formatted_address: '211 Second Street, Lewes, DE 19958, USA', latitude: 38.7743, longitude: -75.1408, region: 'Lewes' },
  { location: 'Rehoboth Beach Library', formatted_address: '226 Rehoboth Ave, Rehoboth Beach, DE 19971, USA', latitude: 38.7172, longitude: -75.0829, region: 'Rehoboth Beach' },
  { location: 'Milton Fire Hall', formatted_address: '116 Front Street, Milton, DE 19968, USA', latitude: 38.7776, longitude: -75.3099, region: 'Milton' },
  { location: 'Georgetown Recovery Clubhouse', formatted_address: '12 N Race Street, Georgetown, DE 19947, USA', latitude: 38.6901, longitude: -75.3855, region: 'Georgetown' },
];

const ALUMNI = 'Harbor Light Alumni Association';
const SIDE_DOOR = 'Enter through the side door. Coffee is on from 15 minutes before.';

type Mode = 'in_person' | 'online' | 'hybrid';
/** name, day (0 = Sunday), start, minutes, types, how to attend, place (PLACES index; none online), and extras. */
type Row = [string, number, string, number, string[], Mode, number | null, Partial<Meeting>?];

const ROWS: Row[] = [
  // Sunday
  ['Sober Sunday', 0, '10:00', 60, ['O', 'D'], 'in_person', 0, { notes: SIDE_DOOR }],
  ['Family Recovery Group', 0, '14:00', 90, ['O', 'D', 'CF'], 'in_person', 0],
  ['Grupo Esperanza', 0, '17:00', 60, ['O', 'S', 'D'], 'in_person', 4, { notes: 'Reunión en español.' }],
  ['Sober Sunday', 0, '18:00', 60, ['O', 'SP'], 'hybrid', 0],
  ['Keep It Simple', 0, '19:30', 60, ['C', 'D'], 'online', null],
  ['Candlelight Meditation', 0, '20:30', 60, ['O', 'CAN', 'MED', '11'], 'in_person', 1],
  // Monday
  ['Sunrise Serenity', 1, '07:00', 60, ['O', 'MED'], 'online', null],
  ['Lunch Bunch', 1, '12:00', 60, ['O', 'D'], 'hybrid', 0, { notes: 'Bring your lunch.' }],
  ['Aftercare Circle', 1, '17:30', 60, ['C', 'D'], 'online', null, { group: ALUMNI, notes: 'For alumni in their first year after treatment.' }],
  ['Harbor Light Alumni', 1, '18:00', 90, ['C', 'D'], 'in_person', 0, { group: ALUMNI, notes: SIDE_DOOR }],
  ['Big Book Discussion', 1, '19:30', 60, ['C', 'B', 'D'], 'in_person', 1],
  ['Young People in Recovery', 1, '20:00', 60, ['O', 'Y', 'D'], 'online', null],
  // Tuesday
  ['Lunch Bunch', 2, '12:15', 45, ['O', 'D'], 'in_person', 2],
  ['Women in Recovery', 2, '18:00', 60, ['C', 'W', 'D'], 'in_person', 1],
  ['Back to Basics', 2, '19:00', 60, ['O', 'B', 'BE'], 'hybrid', 3],
  ['Tuesday Night Step Study', 2, '19:30', 90, ['C', 'ST'], 'hybrid', 0],
  ['Came to Believe', 2, '20:00', 60, ['O', 'D'], 'in_person', 3],
  // Wednesday
  ['Sunrise Serenity', 3, '07:00', 60, ['O', 'MED'], 'online', null],
  ['Lunch Bunch', 3, '12:00', 60, ['O', 'D'], 'hybrid', 0, { notes: 'Bring your lunch.' }],
  ['Back to Basics', 3, '18:00', 60, ['O', 'B', 'BE'], 'in_person', 4],
  ['Harbor Light Alumni', 3, '19:00', 60, ['C', 'D'], 'online', null, { group: ALUMNI, notes: 'For alumni who have moved away.' }],
  ['Women in Recovery', 3, '19:30', 60, ['C', 'W', 'ST'], 'online', null],
  ['Candlelight Meditation', 3, '20:30', 60, ['O', 'CAN', 'MED', '11'], 'in_person', 1],
  // Thursday
  ['Lunch Bunch', 4, '12:15', 45, ['O', 'LIT'], 'in_person', 2],
  ['Aftercare Circle', 4, '17:30', 60, ['C', 'D'], 'in_person', 0, { group: ALUMNI, notes: SIDE_DOOR }],
  ['Family Recovery Group', 4, '18:30', 60, ['O', 'D'], 'online', null],
  ['Big Book Discussion', 4, '19:00', 60, ['O', 'B', 'D', 'X'], 'hybrid', 3],
  ['Young People in Recovery', 4, '20:00', 60, ['O', 'Y', 'SP'], 'in_person', 2],
  ['Keep It Simple', 4, '20:00', 60, ['O', 'D'], 'in_person', 4],
  // Friday
  ['Sunrise Serenity', 5, '07:00', 60, ['O', 'MED'], 'online', null],
  ['Lunch Bunch', 5, '12:00', 60, ['O', 'D'], 'in_person', 0],
  ['Harbor Light Alumni', 5, '18:00', 90, ['O', 'SP', 'H'], 'hybrid', 0, { group: ALUMNI, notes: 'Birthdays celebrated on the last Friday of the month.' }],
  ['Came to Believe', 5, '19:30', 60, ['C', 'ST'], 'in_person', 1],
  ['Candlelight Meditation', 5, '21:00', 60, ['O', 'CAN', 'MED'], 'in_person', 1],
  // Saturday
  ['Men’s Stag Breakfast', 6, '07:00', 90, ['C', 'M', 'BRK'], 'in_person', 3],
  ['Saturday Morning Live', 6, '09:00', 90, ['O', 'SP'], 'hybrid', 0, { notes: SIDE_DOOR }],
  ['Back to Basics', 6, '10:30', 90, ['O', 'B', 'BE'], 'online', null],
  ['Women in Recovery', 6, '11:00', 60, ['O', 'W', 'D'], 'in_person', 2],
  ['Family Recovery Group', 6, '13:00', 90, ['O', 'D', 'CF'], 'in_person', 0],
  ['Keep It Simple', 6, '19:00', 60, ['O', 'D'], 'in_person', 4],
];

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function addMinutes(time: string, minutes: number): string {
  const total = (Number(time.slice(0, 2)) * 60 + Number(time.slice(3)) + minutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

const slugOf = (name: string, day: number, time: string) =>
  `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/(^-|-$)/g, '')}-${DAYS[day]}-${time.replace(':', '')}`;

export function meetings(): Meeting[] {
  const list = ROWS.map(([name, day, time, minutes, types, mode, place, extras = {}], i): Meeting => ({
    slug: slugOf(name, day, time),
    name,
    day,
    time,
    end_time: addMinutes(time, minutes),
    timezone: ZONE,
    types,
    attendance_option: mode,
    ...(place !== null && PLACES[place]),
    ...(mode !== 'in_person' && {
      conference_url: `https://meet.example.org/harbor-light-${i + 1}`,
      conference_phone: `+13025550${String(100 + i).padStart(3, '0')},,${81234567 + i}#`,
    }),
    ...(mode === 'online' && { region: 'Online' }),
    ...extras,
  }));
  // Saturday night: a meeting that runs past midnight, as real schedules have.
  list.push({ slug: 'night-owls-sat-2330', name: 'Night Owls', day: 6, time: '23:30', end_time: '00:30', timezone: ZONE, types: ['O', 'D'],
    attendance_option: 'online', conference_url: 'https://meet.example.org/night-owls', region: 'Online' });
  return list;
}
