/**
 * Fictional data for the demo center, Harbor Light Recovery Center: events over the next eight weeks, a
 * dozen published stories, a pending submission, about forty meetings in Meeting Guide format, and this
 * month's milestone celebrations. Dates are relative to `now`, so the demo always looks current.
 * Every name is invented.
 */
import type { EventInput } from '../../src/core/api/events.js';
import type { Meeting } from '../../src/core/api/meetings.js';
import type { Database } from './db.js';
import { createEvent } from './events.js';
import { newId, newToken, sha256 } from './tokens.js';
import { addDays, fromDayNumber, dayNumber, formatCalendarDate, instantAt, todayIn, weekday } from '../../src/core/time.js';

const ZONE = 'America/New_York';

/** The instant of `hh:mm` in the center's zone, `days` from today. */
function at(now: Date, days: number, hour: number, minute = 0): string {
  const date = addDays(todayIn(ZONE, now), days);
  return instantAt({ ...date, hour, minute }, ZONE).toISOString();
}

/** Days from today to the next `day` of the week (0 = Sunday), at least `min` days ahead. */
function next(now: Date, day: number, min = 1): number {
  const today = todayIn(ZONE, now);
  let offset = min;
  while (weekday(addDays(today, offset)) !== day) offset++;
  return offset;
}

const harborHall = { name: 'Harbor Light Community Hall', address: '210 Wharf Street, Lewes, DE 19958', latitude: 38.7745, longitude: -75.1393 };

function events(now: Date): Array<EventInput & { id: string }> {
  const base = { description: '', timeZone: ZONE, venue: harborHall, onlineUrl: null, capacity: 40, waitlist: true, maxGuests: 2,
    contactFields: ['email'] as EventInput['contactFields'], questions: [], substanceFree: true, calendarTitle: 'Community dinner', rsvpOpen: true, tags: [] };
  const fri = next(now, 5, 2);
  const wed = next(now, 3, 2);
  return [
    { ...base, id: 'alumni-dinner', title: 'Alumni dinner: winter potluck', start: at(now, fri, 18, 30), end: at(now, fri, 20, 30),
      description: 'Bring a dish if you can, or just bring yourself. Mocktails by the family program. Kids welcome.',
      questions: [{ id: 'dish', label: 'What are you bringing?', kind: 'choice', required: false, options: ['Main dish', 'Side', 'Dessert', 'Nothing this time'] },
        { id: 'dietary', label: 'Any dietary needs we should know about?', kind: 'text', required: false, options: [] }],
      tags: ['dinner', 'family'] },
    { ...base, id: 'game-night', title: 'Board game night', start: at(now, wed, 19), end: at(now, wed, 21, 30), capacity: 12, maxGuests: 1,
      description: 'Cards, board games and coffee. Newcomers to the alumni group especially welcome.', calendarTitle: 'Game night', tags: ['social'] },
    { ...base, id: 'online-check-in', title: 'Online alumni check-in', start: at(now, next(now, 1), 12), end: at(now, next(now, 1), 13), venue: null,
      onlineUrl: 'https://meet.example.org/harbor-light-alumni', capacity: null, waitlist: false, maxGuests: 0, contactFields: [], calendarTitle: 'Lunch call',
      description: 'A lunchtime video call for alumni who have moved away or cannot make it in person. Camera optional.', tags: ['online'] },
    { ...base, id: 'beach-cleanup', title: 'Volunteer day: beach cleanup', start: at(now, 12, 9), end: at(now, 12, 12), capacity: 25,
      venue: { name: 'Cape Henlopen State Park, north lot', address: '15099 Cape Henlopen Dr, Lewes, DE 19958', latitude: 38.7966, longitude: -75.0947 },
      description: 'Gloves and bags provided. Wear layers.', calendarTitle: 'Volunteer morning', tags: ['volunteer'] },
    { ...base, id: 'milestone-dinner', title: 'Milestone dinner', start: at(now, 20, 18), end: at(now, 20, 20), capacity: 60, maxGuests: 3,
      description: 'We celebrate everyone marking a milestone this month, with chips, keytags and cake. Family and sponsors welcome.',
      questions: [{ id: 'celebrating', label: 'Are you celebrating a milestone this month?', kind: 'boolean', required: true, options: [] }], tags: ['dinner', 'milestones'] },
    { ...base, id: 'yoga', title: 'Yoga for recovery', start: at(now, 27, 10), end: at(now, 27, 11), capacity: 15, maxGuests: 0,
      description: 'Gentle, trauma-informed yoga. Mats available; no experience needed.', calendarTitle: 'Yoga class', tags: ['wellness'] },
    { ...base, id: 'family-open-house', title: 'Family program open house', start: at(now, 34, 14), end: at(now, 34, 16), capacity: 50, maxGuests: 4,
      contactFields: ['email', 'phone'], description: 'Meet the family program staff and other families. Childcare in the next room.', calendarTitle: 'Open house', tags: ['family'] },
    { ...base, id: 'hike', title: 'Alumni hike: Junction and Breakwater Trail', start: at(now, 48, 9), end: at(now, 48, 12), capacity: 20, maxGuests: 1,
      venue: { name: 'Wolfe Glade trailhead', address: 'Gills Neck Rd, Lewes, DE 19958', latitude: 38.7611, longitude: -75.1385 },
      description: 'An easy 5-mile walk. We go at the pace of the slowest walker.', calendarTitle: 'Morning walk', tags: ['outdoors'] },
  ];
}

const STORIES: Array<{ name: string; title: string; years: number | null; warning: string | null; body: string }> = [
  { name: 'Maria', title: 'The first ninety days', years: 2, warning: null,
    body: 'I counted every one of my first ninety days. Some of them I counted by the hour.\n\nWhat got me through was not willpower. It was the Tuesday night group, a sponsor who answered the phone at 2 a.m., and a coffee maker in the church basement that was always on.\n\nIf you are on day one, I remember day one. It gets quieter.' },
  { name: 'J. R.', title: 'Learning to be bored', years: 5, warning: null,
    body: 'Nobody warned me that sobriety would be boring at first. Evenings were long. I did not know what to do with my hands.\n\nSo I learned to cook. Badly, then less badly. Now I run the alumni potluck sign-up sheet, which my family finds very funny.' },
  { name: 'Anonymous', title: 'After the overdose', years: 1, warning: 'Mentions an overdose and a hospital stay.',
    body: 'I am writing this because a year ago I would not have believed I would be here to write it.\n\nI woke up in a hospital with my mother holding my hand. I do not remember the ambulance. I remember the nurse who did not look at me like I was a lost cause.\n\nTreatment was hard. Leaving treatment was harder. The alumni calls on Monday kept me connected when I moved two states away. If you are reading this in a waiting room, please stay.' },
  { name: 'Dev', title: 'What my kids taught me', years: 3, warning: null,
    body: 'My daughter asked me why I go to meetings. I told her the truth: because I want to be here for her birthdays. She now reminds me when it is Thursday.' },
  { name: 'Anonymous', title: 'Relapse is not the end of the story', years: null, warning: 'Describes a return to use.',
    body: 'I had eight months, and then I did not. I was ashamed to come back to the alumni group.\n\nNobody said "I told you so". Somebody handed me a coffee and a keytag, and I started counting again. My count is smaller now. I am still here, and so is the group.' },
  { name: 'Tomás', title: 'Sober at my brother’s wedding', years: 4, warning: null,
    body: 'Weddings used to be the hardest days. This year I gave a toast with sparkling cider, danced with my grandmother, and drove everyone home. Best day of the year.' },
  { name: 'Keisha', title: 'Finding a meeting in a new city', years: 6, warning: null,
    body: 'When work moved me across the country, the first thing I unpacked was the meeting list. I went to a different meeting every night for two weeks until one felt like home. Now I am the one who says hello to newcomers at the door.' },
  { name: 'Anonymous', title: 'Grief without drinking', years: 2, warning: 'Discusses the death of a parent.',
    body: 'My father died in my second year. Everyone expected me to drink, including me.\n\nI called the alumni line instead. Three people I barely knew came to the funeral. I did not drink that day, or the next. Grief is heavy enough without adding anything to it.' },
  { name: 'Sam', title: 'The volunteer morning that changed my week', years: 1, warning: null,
    body: 'I signed up for the beach cleanup because I thought it would look good to my counselor. I stayed because picking up bottle caps next to people who understood me was the most peaceful morning I had had in years.' },
  { name: 'L. M.', title: 'Ten years, one day at a time', years: 10, warning: null,
    body: 'Ten years ago I could not imagine one sober weekend. Today I have a decade of ordinary days: work, dinners, a dog who needs walking, friends who know my whole story.\n\nThe milestone is nice. The ordinary days are the gift. To everyone coming up behind me: keep coming back. It works if you work it, and it works even on the days you do not feel it working.\n\nThank you to the staff who never gave up on a difficult patient, and to the alumni who showed me what was possible.' },
  { name: 'Priya', title: 'Recovery and my career', years: 3, warning: null,
    body: 'I was afraid treatment would end my career. Instead, it gave me the honesty to ask for help at work, and the boundaries to keep my job from swallowing my life.' },
  { name: 'Anonymous', title: 'Coming out and getting sober', years: 2, warning: 'Mentions family rejection.',
    body: 'For years I drank so I would not have to feel who I was. Getting sober meant feeling all of it. My family did not all come around. My alumni group did, from the first day.' },
];

const MEETING_NAMES = ['Harbor Light Alumni', 'Sunrise Serenity', 'Tuesday Night Step Study', 'Big Book Discussion', 'Women in Recovery',
  'Men’s Stag Breakfast', 'Young People in Recovery', 'Lunch Bunch', 'Back to Basics', 'Keep It Simple', 'Aftercare Circle',
  'Family Recovery Group', 'Candlelight Meditation', 'Saturday Morning Live', 'Came to Believe', 'Sober Sunday'];
const PLACES = [
  { location: 'Harbor Light Community Hall', formatted_address: '210 Wharf Street, Lewes, DE 19958, USA', latitude: 38.7745, longitude: -75.1393, region: 'Lewes' },
  { location: 'St. Peter’s Parish Hall', formatted_address: '211 Second Street, Lewes, DE 19958, USA', latitude: 38.7743, longitude: -75.1408, region: 'Lewes' },
  { location: 'Rehoboth Beach Library', formatted_address: '226 Rehoboth Ave, Rehoboth Beach, DE 19971, USA', latitude: 38.7172, longitude: -75.0829, region: 'Rehoboth Beach' },
  { location: 'Milton Fire Hall', formatted_address: '116 Front Street, Milton, DE 19968, USA', latitude: 38.7776, longitude: -75.3099, region: 'Milton' },
  { location: 'Georgetown Recovery Clubhouse', formatted_address: '12 N Race Street, Georgetown, DE 19947, USA', latitude: 38.6901, longitude: -75.3855, region: 'Georgetown' },
];
const TYPE_SETS = [['O', 'D'], ['C', 'BB'], ['O', 'ST'], ['W', 'C', 'D'], ['M', 'C'], ['Y', 'O'], ['O', 'MED'], ['O', 'D', 'X'], ['C', 'SP'], ['O', 'LIT']];
const TIMES = ['07:00', '08:30', '12:00', '12:15', '17:30', '18:00', '19:00', '19:30', '20:00'];

function addMinutes(time: string, minutes: number): string {
  const total = (Number(time.slice(0, 2)) * 60 + Number(time.slice(3)) + minutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** About forty meetings across every day and attendance mode, built deterministically from the lists above. */
export function meetings(): Meeting[] {
  const list: Meeting[] = [];
  for (let i = 0; i < 40; i++) {
    const name = MEETING_NAMES[i % MEETING_NAMES.length]!;
    const day = i % 7;
    const time = TIMES[(i * 5) % TIMES.length]!;
    const place = PLACES[i % PLACES.length]!;
    const mode = i % 5 === 3 ? 'online' : i % 5 === 4 ? 'hybrid' : 'in_person';
    const online = {
      conference_url: `https://meet.example.org/harbor-light-${i + 1}`,
      conference_phone: `+13025550${String(100 + i).padStart(3, '0')},,${81234567 + i}#`,
    };
    const types = [...TYPE_SETS[i % TYPE_SETS.length]!, ...(mode === 'in_person' ? [] : ['ONL'])];
    list.push({
      slug: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/(^-|-$)/g, '')}-${['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][day]}-${time.replace(':', '')}`,
      name,
      day,
      time,
      end_time: addMinutes(time, i % 4 === 0 ? 90 : 60),
      timezone: ZONE,
      types,
      group: i % 3 === 0 ? 'Harbor Light Alumni Association' : undefined,
      notes: i % 6 === 0 ? 'Enter through the side door. Coffee is on from 15 minutes before.' : undefined,
      attendance_option: mode,
      ...(mode !== 'online' && place),
      ...(mode !== 'in_person' && online),
      ...(mode === 'online' && { region: 'Online' }),
    });
  }
  // Saturday night: a meeting that runs past midnight, as real schedules have.
  list.push({ slug: 'night-owls-sat-2330', name: 'Night Owls', day: 6, time: '23:30', end_time: '00:30', timezone: ZONE, types: ['O', 'D'],
    attendance_option: 'online', conference_url: 'https://meet.example.org/night-owls', region: 'Online' });
  return list;
}

const CELEBRATION_NAMES = ['Maria G.', 'Dev', 'Keisha W.', 'Tomás', 'Sam P.', 'Anonymous', 'L. M.', 'Priya'];
const LABELS = ['30 days', '90 days', '6 months', '1 year', '18 months', '2 years', '5 years', '10 years'];

/** Seeds an empty database once. Returns true when it seeded. */
export async function seedIfEmpty(db: Database, now = new Date()): Promise<boolean> {
  const [done] = await db.query<{ value: string }>(`select value from meta where key = 'seeded'`);
  if (done) return false;

  for (const { id, ...input } of events(now)) await createEvent(db, input, id);

  // Game night is full, with two parties waiting; the beach cleanup is cancelled.
  for (let i = 0; i < 14; i++) {
    await db.query(
      `insert into rsvps (id, event_id, status, name, email, guests, manage_token_hash) values ($1, 'game-night', $2, $3, $4, 0, $5)`,
      [newId(), i < 12 ? 'confirmed' : 'waitlisted', `Guest ${i + 1}`, `guest${i + 1}@example.org`, sha256(newToken())],
    );
  }
  await db.query(`update events set status = 'cancelled', rsvp_open = false where id = 'beach-cleanup'`);

  const today = dayNumber(todayIn(ZONE, now));
  for (const [i, story] of STORIES.entries()) {
    const publishedAt = instantAt({ ...fromDayNumber(today - 3 - i * 6), hour: 10, minute: 0 }, ZONE);
    await db.query(
      `insert into story_submissions (id, display_name, title, body, content_warning, recovery_years, email, consent_share, status,
         withdraw_token_hash, submitted_at, published_at)
       values ($1, $2, $3, $4, $5, $6, null, true, 'published', $7, $8, $8)`,
      [newId(), story.name, story.title, story.body, story.warning, story.years, sha256(newToken()), publishedAt],
    );
  }
  await db.query(
    `insert into story_submissions (id, display_name, title, body, content_warning, recovery_years, email, consent_share, status, withdraw_token_hash)
     values ($1, 'Chris', 'What the alumni calls mean to me', $2, null, 1, 'chris@example.org', false, 'pending', $3)`,
    [newId(), 'Every Monday at noon I close my office door and join the alumni call. Twenty minutes of people who get it. That is all it takes to reset my week.', sha256(newToken())],
  );

  for (const [position, meeting] of meetings().entries()) {
    await db.query('insert into meetings (position, slug, data) values ($1, $2, $3)', [position + 1, meeting.slug, JSON.stringify(meeting)]);
  }

  const first = todayIn(ZONE, now);
  for (const [i, name] of CELEBRATION_NAMES.entries()) {
    const date = formatCalendarDate({ ...first, day: Math.min(1 + i * 3, 28) });
    await db.query('insert into celebrations (display_name, label, date) values ($1, $2, $3)', [name, LABELS[i]!, date]);
  }

  await db.query(`insert into meta (key, value) values ('seeded', $1)`, [now.toISOString()]);
  return true;
}
