import { expect } from '@open-wc/testing';
import { normalizeBmlt, parseDuration, type BmltFormat, type BmltServiceBody } from '../../src/meetings/bmlt/normalize.js';
import { normalizeTsml } from '../../src/meetings/bmlt/tsml.js';
import { bmltRequest } from '../../src/meetings/bmlt/index.js';
import { InvalidShapeError } from '../../src/core/errors.js';
import type { Meeting } from '../../src/meetings/normalize.js';

const fixture = async <T = Array<Record<string, unknown>>>(name: string) =>
  (await (await fetch(`/test/fixtures/bmlt/${name}`)).json()) as T;
const byId = (meetings: Meeting[], id: string) => meetings.find((m) => m.slug.endsWith(`-${id}`))!;

let search: Array<Record<string, unknown>>;
let en: BmltFormat[];
let es: BmltFormat[];
let bodies: BmltServiceBody[];
before(async () => {
  [search, en, es, bodies] = await Promise.all([
    fixture('search.json'),
    fixture<BmltFormat[]>('formats-en.json'),
    fixture<BmltFormat[]>('formats-es.json'),
    fixture<BmltServiceBody[]>('service-bodies.json'),
  ]);
});

/** One record of the fixture's first meeting with some fields changed. */
const one = (patch: Record<string, unknown>, lang = 'en') =>
  normalizeBmlt([{ ...search[0], ...patch }], lang === 'en' ? en : [...en, ...es], bodies, { lang }).meetings[0]!;

describe('normalizeBmlt: days and times', () => {
  it('shifts BMLT weekdays (Sunday = 1) to the finder days (Sunday = 0)', () => {
    const table: Array<[string, number]> = [['1', 0], ['2', 1], ['3', 2], ['4', 3], ['5', 4], ['6', 5], ['7', 6]];
    for (const [weekday, day] of table) expect(one({ weekday_tinyint: weekday }).days, weekday).to.deep.equal([day]);
    expect(one({ weekday_tinyint: 7 }).days, 'a number').to.deep.equal([6]);
  });

  it('ends at start + duration, past midnight as overnight', () => {
    const table: Array<[string, string, number, number, boolean]> = [
      ['19:00:00', '01:00:00', 1140, 1200, false],
      ['19:00:00', '01:15:00', 1140, 1215, false],
      ['07:30:00', '1:30', 450, 540, false],
      ['23:30:00', '01:30:00', 1410, 60, true],
      ['23:00:00', '01:00:00', 1380, 0, true],
      ['00:00:00', '00:45:00', 0, 45, false],
      ['10:00:00', '24:00:00', 600, 600, true],
    ];
    for (const [start_time, duration_time, start, end, overnight] of table) {
      const m = one({ start_time, duration_time });
      expect([m.start, m.end, m.overnight], `${start_time} + ${duration_time}`).to.deep.equal([start, end, overnight]);
    }
  });

  it('takes an hour for a missing, zero or unreadable duration', () => {
    for (const duration_time of ['', '00:00:00', 'an hour', '25:00:00', '01:75:00', undefined]) {
      expect(one({ start_time: '18:00:00', duration_time }).end, String(duration_time)).to.equal(19 * 60);
    }
    expect(parseDuration('02:00:00')).to.equal(120);
    expect(parseDuration('00:00:00')).to.equal(undefined);
  });

  it('keeps a stored zone, and none when it is empty or not a real zone', () => {
    expect(one({ time_zone: 'Australia/Sydney' }).timeZone).to.equal('Australia/Sydney');
    expect(one({ time_zone: '' })).not.to.have.property('timeZone');
    expect(one({ time_zone: 'Mars/Olympus_Mons' })).not.to.have.property('timeZone');
    expect(one({ time_zone: undefined })).not.to.have.property('timeZone');
  });
});

describe('normalizeBmlt: formats', () => {
  it('maps formats with a world id to Meeting Guide codes and names the rest, in the order the meeting lists them', () => {
    const { meetings } = normalizeBmlt(search, en, bodies, { lang: 'en' });
    expect(byId(meetings, '3563').types).to.deep.equal(['Basic Text', 'O', 'X']);
    expect(byId(meetings, '4001').types).to.deep.equal(['C', 'D', 'Español', 'Pitch']);
    expect(byId(meetings, '4004').types).to.deep.equal(['ST', 'Living Clean', 'No Smoking']);
  });

  it('leaves out the virtual and hybrid formats: the venue type says how to attend', () => {
    const { meetings } = normalizeBmlt(search, en, bodies, { lang: 'en' });
    expect(byId(meetings, '3277').types).to.deep.equal(['Just for Today', 'Ask-It-Basket']);
    expect(byId(meetings, '4002').types).to.deep.equal(['BE', 'Y']);
  });

  it("names formats in the visitor's language, and in English where the server has no translation", () => {
    const { meetings } = normalizeBmlt(search, [...en, ...es], bodies, { lang: 'es' });
    expect(byId(meetings, '3563').types).to.deep.equal(['Texto Básico', 'O', 'X']);
    expect(byId(meetings, '4001').types).to.deep.equal(['C', 'D', 'Español', 'Echada']);
    expect(byId(meetings, '3277').types).to.deep.equal(['Solo por Hoy', 'Ask-It-Basket']);
    expect(byId(meetings, '4004').types).to.deep.equal(['ST', 'Living Clean', 'No Smoking']);
    expect(one({}, 'es-MX').types).to.deep.equal(['Texto Básico', 'O', 'X']);
  });

  it('reads format keys when an older server sends no shared ids, and marks a temporarily closed location', () => {
    expect(one({ format_shared_id_list: '', formats: 'O,WC,Pi' }).types).to.deep.equal(['O', 'X', 'Pitch']);
    expect(one({ format_shared_id_list: undefined, formats: 'C,unknown' }).types).to.deep.equal(['C']);
    const closed = one({ format_shared_id_list: '32,55' });
    expect(closed.types).to.deep.equal(['W', 'TC']);
    expect(closed.temporarilyClosed).to.equal(true);
    expect(closed.attendance).to.equal('inactive');
  });

  it('lists no formats when the server gave none', () => {
    expect(normalizeBmlt([search[0]], [], [], { lang: 'en' }).meetings[0]!.types).to.deep.equal([]);
  });
});

describe('normalizeBmlt: venues, places and links', () => {
  it('reads venue types 1, 2 and 3 with what each needs', () => {
    const link = { virtual_meeting_link: 'https://meet.example.org/x', location_street: '1 Main St', location_municipality: 'Glebe' };
    const table: Array<[Record<string, unknown>, string]> = [
      [{ ...link, venue_type: '1' }, 'in_person'],
      [{ ...link, venue_type: '2' }, 'online'],
      [{ ...link, venue_type: '3' }, 'hybrid'],
      [{ ...link, venue_type: '' }, 'hybrid'],
      [{ ...link, venue_type: '3', virtual_meeting_link: '' }, 'in_person'],
      [{ ...link, venue_type: '2', virtual_meeting_link: '' }, 'inactive'],
      [{ ...link, venue_type: '2', virtual_meeting_link: '', phone_meeting_number: '+1 555 010 0200' }, 'online'],
    ];
    for (const [patch, attendance] of table) expect(one(patch).attendance, JSON.stringify(patch)).to.equal(attendance);
  });

  it('shows no place for a virtual-only meeting, even where the server kept its old one', () => {
    const { meetings } = normalizeBmlt(search, en, bodies, { lang: 'en' });
    const online = byId(meetings, '3277');
    expect(online).not.to.have.any.keys('address', 'location', 'latitude', 'longitude');
    expect(online.conferenceUrl).to.equal('https://zoom.example.org/j/83037287669');
    expect(online.conferenceUrlNotes).to.equal('Meeting ID: 830 3728 7669 Passcode: 096387');
    expect(online.conferencePhone).to.equal('tel:+61280156011');
    expect(online.conferencePhoneText).to.equal('+61 2 8015 6011');
  });

  it('builds the address from its parts and reads string coordinates', () => {
    const m = one({});
    expect(m.address).to.equal('160 Johns Road, Glebe, NSW 2037, Australia');
    expect(m.location).to.equal('Glebe Town Hall');
    expect([m.latitude, m.longitude]).to.deep.equal([-33.8797, 151.1862]);
    const table: Array<[unknown, unknown, boolean]> = [
      ['-33.8797', '151.1862', true],
      [' -33.8797 ', '151.1862', true],
      ['0', '0', false],
      ['', '', false],
      ['not a number', '151.17', false],
      ['-95', '151.17', false],
      [-33.8797, 151.1862, true],
    ];
    for (const [latitude, longitude, kept] of table) {
      expect('latitude' in one({ latitude, longitude }), `${String(latitude)},${String(longitude)}`).to.equal(kept);
    }
  });

  it('keeps only http(s) links and dialable numbers; text stays text', () => {
    const m = one({ virtual_meeting_link: 'javascript:alert(1)', phone_meeting_number: 'call us', comments: '<b>Bring</b> a friend', venue_type: '3' });
    expect(m).not.to.have.any.keys('conferenceUrl', 'conferencePhone');
    expect(m.notes).to.equal('<b>Bring</b> a friend');
    expect(one({ virtual_meeting_link: 'http://meet.example.org/y', venue_type: '3' }).conferenceUrl).to.equal('http://meet.example.org/y');
  });

  it('names the region from the service bodies, broadest first, and its contact as where to ask for a change', () => {
    const { meetings } = normalizeBmlt(search, en, bodies, { lang: 'en' });
    expect(byId(meetings, '3563').regions).to.deep.equal(['Harbour Region', 'Inner West Area']);
    expect(byId(meetings, '3563').feedbackEmails).to.deep.equal(['meetinglist@innerwest.example.org']);
    expect(byId(meetings, '3277').regions).to.deep.equal(['Harbour Region', 'Eastern Suburbs Area']);
    expect(byId(meetings, '3277')).not.to.have.property('feedbackEmails');
    expect(one({ service_body_bigint: '99', service_body_name: 'Far Area' }).regions).to.deep.equal(['Far Area']);
    expect(normalizeBmlt([search[0]], en, [], { lang: 'en' }).meetings[0]!.regions).to.deep.equal([]);
  });

  it('makes a stable slug from the name and the server id, and search text from the visible fields', () => {
    const m = one({ meeting_name: 'Año Nuevo: ¡Esperanza!' });
    expect(m.slug).to.equal('ano-nuevo-esperanza-3563');
    expect(m.searchText).to.include('ano nuevo').and.include('glebe town hall').and.include('inner west area');
  });
});

describe('normalizeBmlt: invalid records', () => {
  it('skips and counts records without an id or name, with an impossible day or start, or not records at all', async () => {
    const malformed = await fixture<unknown[]>('malformed.json');
    const { meetings, skipped } = normalizeBmlt(malformed, en, bodies, { lang: 'en' });
    expect(meetings.map((m) => m.slug)).to.deep.equal(['glebe-monday-night-3563']);
    expect(skipped).to.equal(malformed.length - 1);
  });

  it('normalizes the 2,000-meeting answer whole', async () => {
    const big = await fixture('search-2000.json');
    const { meetings, skipped } = normalizeBmlt(big, en, bodies, { lang: 'en' });
    expect([meetings.length, skipped]).to.deep.equal([2000, 0]);
    expect(new Set(meetings.map((m) => m.slug)).size).to.equal(2000);
  });
});

describe('normalizeTsml', () => {
  it('reads the tsml switcher answer as a Meeting Guide feed: coordinates string, virtual-only without a place', async () => {
    const { meetings, skipped } = normalizeTsml(await fixture('tsml.json'), 'tsml');
    expect(skipped).to.equal(0);
    const [glebe, online, late] = meetings as [Meeting, Meeting, Meeting];
    expect([glebe.latitude, glebe.longitude]).to.deep.equal([-33.8797, 151.1862]);
    expect(glebe.attendance).to.equal('in_person');
    expect(online.attendance).to.equal('online');
    expect(online).not.to.have.any.keys('address', 'location');
    expect([late.days, late.start, late.end, late.overnight]).to.deep.equal([[6], 1410, 60, true]);
    expect(late.feedbackUrl).to.equal('https://innerwest.example.org/change-a-meeting');
  });

  it("reads its format codes (world ids) as Meeting Guide codes or the server's names, in the visitor's language", async () => {
    const tsml = await fixture('tsml.json');
    const types = (formats: BmltFormat[], lang: string) => normalizeTsml(tsml, 'tsml', formats, lang).meetings.map((m) => m.types);
    expect(types(en, 'en')).to.deep.equal([['Basic Text', 'O', 'X'], ['Just for Today', 'Ask-It-Basket', 'ONL'], ['C', 'D']]);
    expect(types([...en, ...es], 'es')).to.deep.equal([['Texto Básico', 'O', 'X'], ['Solo por Hoy', 'Ask-It-Basket', 'ONL'], ['C', 'D']]);
    // Without the server's formats, the codes stay as written.
    expect(types([], 'en')).to.deep.equal([['BT', 'O', 'X'], ['JFT', 'QA', 'ONL'], ['C', 'DISC']]);
  });

  it('is an invalid shape when the answer is not a list', () => {
    expect(() => normalizeTsml({ meetings: [] }, 'tsml')).to.throw(InvalidShapeError);
  });
});

describe('bmltRequest', () => {
  it('finds the root and keeps only the search filters of a URL a region publishes', () => {
    const table: Array<[string, string, string]> = [
      ['https://bmlt.example.org/main_server', 'https://bmlt.example.org/main_server/', ''],
      ['https://bmlt.example.org/main_server/', 'https://bmlt.example.org/main_server/', ''],
      [
        'https://bmlt.example.org/main_server/client_interface/json/?switcher=GetSearchResults&services[]=12&recursive=1&data_field_key=x&callback=y',
        'https://bmlt.example.org/main_server/',
        'services%5B%5D=12&recursive=1',
      ],
      ['https://na.example.org/client_interface/jsonp/?weekdays[]=2&venue_types[]=2', 'https://na.example.org/', 'weekdays%5B%5D=2&venue_types%5B%5D=2'],
    ];
    for (const [url, root, filters] of table) {
      const request = bmltRequest(url);
      expect([request.root, request.filters.toString()], url).to.deep.equal([root, filters]);
    }
    expect(bmltRequest('https://bmlt.example.org/main_server/', ['3']).filters.toString()).to.equal('services%5B%5D=3&recursive=1');
    expect(() => bmltRequest('ftp://bmlt.example.org/')).to.throw(TypeError);
  });
});
