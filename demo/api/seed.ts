/**
 * Fictional data for the demo center, Harbor Light Recovery Center: events over the next eight weeks, eighteen
 * published stories with tags (four in Spanish, one long, several with content warnings), a pending submission,
 * forty-one meetings in Meeting Guide format (seed-meetings.ts), demo staff accounts, and this month's milestone celebrations. Dates are relative to
 * `now`, so the demo always looks current. Every name is invented.
 */
import type { EventInput } from '../../src/core/api/events.js';
import type { Database } from './db.js';
import { createEvent } from './events.js';
import { meetings } from './seed-meetings.js';
import { newId, newToken, sha256 } from './tokens.js';
import { randomBytes } from 'node:crypto';
import { scryptHasher, type PasswordHasher } from './passwords.js';
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

interface SeedStory {
  name: string;
  title: string;
  years: number | null;
  warning: string | null;
  tags: string[];
  /** The author's consentShare; true unless said. */
  share?: false;
  body: string;
}

/** Newest first. Four are in Spanish (tagged `spanish`); one is long; three authors did not consent to sharing. */
const STORIES: SeedStory[] = [
  { name: 'Maria', title: 'The first ninety days', years: 2, warning: null, tags: ['first-year', 'community'],
    body: 'I counted every one of my first ninety days. Some of them I counted by the hour.\n\nWhat got me through was not willpower. It was the Tuesday night group, a sponsor who answered the phone at 2 a.m., and a coffee maker in the church basement that was always on.\n\nIf you are on day one, I remember day one. It gets quieter.' },
  { name: 'Lucía', title: 'Volver a empezar a los cincuenta', years: 1, warning: null, tags: ['spanish', 'first-year'],
    body: 'Llegué al centro con cincuenta y dos años, convencida de que ya era tarde para cambiar. En el grupo había personas de veinte y de setenta, y nadie me preguntó por qué había tardado tanto.\n\nLos primeros meses fueron de cosas pequeñas: levantarme a la misma hora, desayunar, llamar a mi madrina antes de las nueve. Aprendí que pedir ayuda no es rendirse.\n\nHoy cumplo un año. No tengo todas las respuestas, pero tengo una mesa con café los jueves y gente que me espera. Si estás empezando, te guardo un lugar.' },
  { name: 'Ruth', title: 'Twenty years, told slowly', years: 20, warning: 'Mentions a return to use and a hospital stay.',
    tags: ['long-term', 'relapse-and-return', 'family'], body: [
      'People sometimes ask what twenty years feels like, as if the number should feel like the top of a mountain. It does not. It feels like a long road, walked mostly in ordinary shoes and in good company, with a few stretches I would rather not walk again. The staff asked whether I would write it all down for the newer alumni, so here it is, told slowly, the way it happened.',
      'I was thirty-one when I first came through the doors of Harbor Light. I had a job I was about to lose, a marriage that was mostly silence, and a six-year-old son who had learned to read my moods better than his picture books. I told the intake counselor I was there to get some rest. She wrote that down without arguing, and then asked me what I drank in the morning. I did not answer honestly. She wrote that down too, kindly, and we started from there.',
      'The first weeks are a blur now. I remember the smell of the coffee, the squeak of the chairs in the group room, and a woman about my mother’s age who sat next to me every evening and never once asked me anything. On my tenth day I cried through an entire session, and she passed me tissues one at a time, as if she had all the time in the world. Years later I learned she had eighteen years herself. She was simply showing up.',
      'Leaving treatment was harder than arriving. At the center, the day had a shape. At home, the day had nothing but hours. I went to a meeting every evening because I did not know what else to do with six o’clock, which had always been my hour. I found a sponsor, a retired school bus driver who believed in lists. Every morning I wrote down three things I would do that day, and every night I called her and read them back, crossed out or not. Most days at least one was crossed out. She said that was plenty.',
      'My marriage did not survive the first year, and I want to be honest about that, because stories like this one can make it sound as if getting sober fixes everything. It does not. It gave me a clear head to sit through hard conversations, to sign papers without blaming anyone, and to keep showing up for my son every other weekend and every Wednesday. He was seven then. He asked me once whether I was still sick. I told him I was getting better, and that getting better takes a long time. He nodded as if that were obvious.',
      'The next years were quiet in the best way. I went back to school at night and became a bookkeeper, which suits me: columns that add up, mistakes you can find and fix. I joined the alumni group and ended up keeping the phone list, back when it was an actual sheet of paper taped inside a kitchen cabinet. I learned to cook for one, then for two when my son started spending summers with me, then for a whole table when my sister and her kids moved nearby.',
      'In my ninth year my mother became ill, and I spent most of a winter driving back and forth to the hospital. I stopped going to meetings because I told myself I did not have time. I stopped calling my sponsor because I told myself I did not want to be a burden. By spring I was tired in a way I had forgotten, and one evening, alone in a motel room near the hospital, I drank. I will not say more about it than that. It lasted eleven days.',
      'What ended it was not a crisis, though one was coming. It was my son, fifteen by then, who called to ask why I sounded strange on the phone. I could have made something up; I had done that before. Instead I told him the truth, and then I hung up and called the alumni line. A man I had never met stayed on the phone with me for an hour and then drove forty minutes to sit with me until morning. The next day I went to the hospital for a few days of medical care, and after that I went back to a Tuesday meeting, started my count again at one, and picked up a white keytag with hands that shook.',
      'I was afraid people would look at me differently. A few did, for a little while. Most of them said some version of “welcome back” and then asked whether I wanted coffee. My sponsor, who was very old by then, told me the eleven days did not erase the nine years; they were all part of the same road. I did not believe her at first. I believe her now. What I learned in those nine years is exactly what brought me back so quickly.',
      'My mother died that summer. I was sober at her bedside and sober at her funeral, and I could be useful to my family in a way I never could have been before. My sister still tells people I was the calm one. I was not calm inside. But I had people to call, and I called them.',
      'The last ten years have been, again, mostly ordinary. My son is grown and has a family of his own. My granddaughter calls me on Sunday afternoons to tell me about her soccer games, and she has never once seen me drink. I sponsor three women now. I tell each of them about the list of three things, and about the eleven days, because I think they need to hear both.',
      'If you are new, here is what I would tell you, for what it is worth. Nobody does this alone, and nobody does it perfectly. Call before you need to. Keep going to meetings when life is good, because that is when you build what will hold you when life is hard. And if you stumble, come back quickly and tell the truth. The door at Harbor Light has stayed open for me for twenty years. It is open for you.',
    ].join('\n\n') },
  { name: 'J. R.', title: 'Learning to be bored', years: 5, warning: null, tags: ['daily-life', 'long-term'],
    body: 'Nobody warned me that sobriety would be boring at first. Evenings were long. I did not know what to do with my hands.\n\nSo I learned to cook. Badly, then less badly. Now I run the alumni potluck sign-up sheet, which my family finds very funny.' },
  { name: 'Anonymous', title: 'After the overdose', years: 1, warning: 'Mentions an overdose and a hospital stay.', tags: ['first-year', 'family'],
    body: 'I am writing this because a year ago I would not have believed I would be here to write it.\n\nI woke up in a hospital with my mother holding my hand. I do not remember the ambulance. I remember the nurse who did not look at me like I was a lost cause.\n\nTreatment was hard. Leaving treatment was harder. The alumni calls on Monday kept me connected when I moved two states away. If you are reading this in a waiting room, please stay.' },
  { name: 'Rosa', title: 'Una recaída no borra el camino', years: null, warning: 'Describe un regreso al consumo.', tags: ['spanish', 'relapse-and-return'], share: false,
    body: 'Después de catorce meses volví a consumir. Pensé que había perdido todo lo que había construido, y me dio vergüenza regresar al grupo.\n\nUna compañera me escribió un mensaje sencillo: «Aquí seguimos. Ven cuando puedas». Fui el martes siguiente, con miedo. Nadie me juzgó. Me sirvieron un café y me preguntaron cómo estaba, de verdad.\n\nHoy cuento mis días otra vez, desde el principio. Lo que aprendí en esos catorce meses no desapareció: sigo sabiendo pedir ayuda, y la pedí.' },
  { name: 'Dev', title: 'What my kids taught me', years: 3, warning: null, tags: ['family'],
    body: 'My daughter asked me why I go to meetings. I told her the truth: because I want to be here for her birthdays. She now reminds me when it is Thursday.' },
  { name: 'Anonymous', title: 'Relapse is not the end of the story', years: null, warning: 'Describes a return to use.', tags: ['relapse-and-return', 'community'],
    body: 'I had eight months, and then I did not. I was ashamed to come back to the alumni group.\n\nNobody said "I told you so". Somebody handed me a coffee and a keytag, and I started counting again. My count is smaller now. I am still here, and so is the group.' },
  { name: 'Andrés', title: 'Lo que mi hija me enseñó a esperar', years: 3, warning: null, tags: ['spanish', 'family'],
    body: 'Durante años mi hija no quiso hablar conmigo, y tenía razón. Yo prometía y no cumplía.\n\nEn el programa para familias aprendí que una disculpa se demuestra con el tiempo. No le pedí nada; solo empecé a llegar puntual y a cumplir lo que decía, una semana tras otra.\n\nEl mes pasado me invitó a su graduación. Me senté en la última fila y aplaudí más fuerte que nadie. Tres años de días comunes me devolvieron ese momento.' },
  { name: 'Tomás', title: 'Sober at my brother’s wedding', years: 4, warning: null, tags: ['family', 'celebrations'],
    body: 'Weddings used to be the hardest days. This year I gave a toast with sparkling cider, danced with my grandmother, and drove everyone home. Best day of the year.' },
  { name: 'Anonymous', title: 'The night of the crash', years: 2, warning: 'Mentions a drunk-driving crash and an arrest.', tags: ['turning-points'],
    body: 'Nobody was hurt, and I still think about how easily someone could have been. I hit a parked car two blocks from my house and spent the night in a cell.\n\nThe judge offered me treatment. I took it because it sounded easier than the alternative. It was not easier. It was better.\n\nI tell this story because I used to think people like me did not end up in handcuffs. The drinking does not check who you are first. I am grateful it took me to a courtroom and then to Harbor Light, and not somewhere worse.' },
  { name: 'Keisha', title: 'Finding a meeting in a new city', years: 6, warning: null, tags: ['long-term', 'community'],
    body: 'When work moved me across the country, the first thing I unpacked was the meeting list. I went to a different meeting every night for two weeks until one felt like home. Now I am the one who says hello to newcomers at the door.' },
  { name: 'Anonymous', title: 'Grief without drinking', years: 2, warning: 'Discusses the death of a parent.', tags: ['grief-and-loss'], share: false,
    body: 'My father died in my second year. Everyone expected me to drink, including me.\n\nI called the alumni line instead. Three people I barely knew came to the funeral. I did not drink that day, or the next. Grief is heavy enough without adding anything to it.' },
  { name: 'M. T.', title: 'Una reunión en mi idioma', years: 6, warning: null, tags: ['spanish', 'community', 'long-term'],
    body: 'Cuando me mudé a Delaware no conocía a nadie, y mi inglés no me alcanzaba para hablar de lo que sentía. Durante semanas fui a reuniones donde entendía la mitad.\n\nUn día alguien del grupo de exalumnos me dio el número de una reunión en español los domingos. Éramos seis personas en un salón prestado. Hoy somos más de veinte, y yo preparo el café.\n\nRecuperarse también es poder decir las cosas en el idioma en que uno las siente.' },
  { name: 'Sam', title: 'The volunteer morning that changed my week', years: 1, warning: null, tags: ['first-year', 'volunteering'],
    body: 'I signed up for the beach cleanup because I thought it would look good to my counselor. I stayed because picking up bottle caps next to people who understood me was the most peaceful morning I had had in years.' },
  { name: 'L. M.', title: 'Ten years, one day at a time', years: 10, warning: null, tags: ['long-term', 'celebrations'],
    body: 'Ten years ago I could not imagine one sober weekend. Today I have a decade of ordinary days: work, dinners, a dog who needs walking, friends who know my whole story.\n\nThe milestone is nice. The ordinary days are the gift. To everyone coming up behind me: keep coming back. It works if you work it, and it works even on the days you do not feel it working.\n\nThank you to the staff who never gave up on a difficult patient, and to the alumni who showed me what was possible.' },
  { name: 'Priya', title: 'Recovery and my career', years: 3, warning: null, tags: ['work'],
    body: 'I was afraid treatment would end my career. Instead, it gave me the honesty to ask for help at work, and the boundaries to keep my job from swallowing my life.' },
  { name: 'Anonymous', title: 'Coming out and getting sober', years: 2, warning: 'Mentions family rejection.', tags: ['identity', 'family'], share: false,
    body: 'For years I drank so I would not have to feel who I was. Getting sober meant feeling all of it. My family did not all come around. My alumni group did, from the first day.' },
];


const CELEBRATION_NAMES = ['Maria G.', 'Dev', 'Keisha W.', 'Tomás', 'Sam P.', 'Anonymous', 'L. M.', 'Priya'];
const SPANS = [[30, 'days'], [90, 'days'], [6, 'months'], [1, 'years'], [18, 'months'], [2, 'years'], [5, 'years'], [10, 'years']] as const;

/** The demo's staff, one per role, to try the console with. */
export const DEMO_STAFF = [
  { email: 'admin@harborlight.example', displayName: 'Robin Avery', role: 'admin' },
  { email: 'coordinator@harborlight.example', displayName: 'Sam Ortiz', role: 'coordinator' },
  { email: 'moderator@harborlight.example', displayName: 'Jordan Lee', role: 'moderator' },
] as const;

/**
 * Demo staff accounts, sharing one random password. The demo keeps that password in `meta` so that `npm start` can
 * print it each time: acceptable for a fictional demo center only, which is why only the demo seed does it. A real
 * center creates its first admin with `npm run api -- create-admin`.
 */
async function seedDemoStaff(db: Database, hasher: PasswordHasher, now: Date): Promise<void> {
  const password = randomBytes(12).toString('base64url');
  const hash = await hasher.hash(password);
  for (const account of DEMO_STAFF) {
    await db.query(
      `insert into staff_accounts (id, email, display_name, role, password_hash, created_at) values ($1, $2, $3, $4, $5, $6)`,
      [newId(), account.email, account.displayName, account.role, hash, now],
    );
  }
  await db.query(`insert into meta (key, value) values ('demo_staff_password', $1)`, [password]);
}

/** Seeds an empty database once. Returns true when it seeded. */
export async function seedIfEmpty(db: Database, now = new Date(), { hasher = scryptHasher() }: { hasher?: PasswordHasher } = {}): Promise<boolean> {
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
         withdraw_token_hash, submitted_at, published_at, tags, lang)
       values ($1, $2, $3, $4, $5, $6, null, $7, 'published', $8, $9, $9, $10, $11)`,
      [newId(), story.name, story.title, story.body, story.warning, story.years, story.share ?? true, sha256(newToken()), publishedAt, story.tags,
        story.tags.includes('spanish') ? 'es' : 'en'], // the stories tagged spanish are the ones written in Spanish
    );
  }
  await db.query(
    `insert into story_submissions (id, display_name, title, body, content_warning, recovery_years, email, consent_share, status, withdraw_token_hash, lang)
     values ($1, 'Chris', 'What the alumni calls mean to me', $2, null, 1, 'chris@example.org', false, 'pending', $3, 'en')`,
    [newId(), 'Every Monday at noon I close my office door and join the alumni call. Twenty minutes of people who get it. That is all it takes to reset my week.', sha256(newToken())],
  );

  for (const meeting of meetings()) {
    await db.query('insert into meetings (slug, data) values ($1, $2)', [meeting.slug, JSON.stringify(meeting)]); // in order: positions 1, 2, ...
  }

  const first = todayIn(ZONE, now);
  for (const [i, name] of CELEBRATION_NAMES.entries()) {
    const date = formatCalendarDate({ ...first, day: Math.min(1 + i * 3, 28) });
    const [count, unit] = SPANS[i]!;
    await db.query('insert into celebrations (display_name, span_count, span_unit, date) values ($1, $2, $3, $4)', [name, count, unit, date]);
  }

  await seedDemoStaff(db, hasher, now);

  await db.query(`insert into meta (key, value) values ('seeded', $1)`, [now.toISOString()]);
  return true;
}
