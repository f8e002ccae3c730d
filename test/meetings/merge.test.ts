import { expect } from '@open-wc/testing';
import { mergeSources, sameMeeting } from '../../src/meetings/merge.js';
import { normalizeMeetings } from '../../src/meetings/details.js';
import { type Meeting } from '../../src/meetings/normalize.js';

/** One listing, as a source would give it; `program` is the source's label. */
function listing(overrides: Record<string, unknown>, program?: string): Meeting {
  const [meeting] = normalizeMeetings([{ slug: 'm', name: 'Monday Night', day: 1, time: '19:00', ...overrides }]).meetings;
  if (!meeting) throw new Error(`unusable listing ${JSON.stringify(overrides)}`);
  return program ? { ...meeting, programs: [program] } : meeting;
}

const HALL = { location: 'Glebe Town Hall', formatted_address: '160 Johns Rd, Glebe NSW 2037, Australia' };
const HALL_AT = { ...HALL, latitude: -33.8798, longitude: 151.1861 };

describe('sameMeeting: one meeting listed by two sources', () => {
  const table: Array<[string, Record<string, unknown>, Record<string, unknown>, boolean]> = [
    ['same name, day, time and address', HALL, HALL, true],
    ['the name in another case, with other punctuation and accents', { ...HALL, name: 'MONDAY-NIGHT' }, { ...HALL, name: 'Mondáy night!' }, true],
    ['the address written differently after the street', HALL, { formatted_address: '160 Johns Rd., Glebe, New South Wales' }, true],
    ['coordinates 40 m apart, addresses written apart', { ...HALL_AT, formatted_address: 'Glebe Town Hall, Glebe' }, { ...HALL, latitude: -33.8795, longitude: 151.1862 }, true],
    ['coordinates 600 m apart, same street', HALL_AT, { ...HALL, latitude: -33.8745, longitude: 151.1861 }, false],
    ['another name at the same time and place', HALL, { ...HALL, name: 'Glebe Al-Anon Family Group' }, false],
    ['another day', HALL, { ...HALL, day: 2 }, false],
    ['another start', HALL, { ...HALL, time: '19:30' }, false],
    ['other zones, both named', { ...HALL, timezone: 'Australia/Sydney' }, { ...HALL, timezone: 'Australia/Perth' }, false],
    ['a zone named by one source only', { ...HALL, timezone: 'Australia/Sydney' }, HALL, true],
    ['only the location name to compare', { location: 'Scout Hall' }, { location: 'scout hall' }, true],
    ['another street', HALL, { formatted_address: '2 Wetherill St, Leichhardt NSW 2040, Australia' }, false],
    [
      'the same conference link under other names (subdomain and query ignored)',
      { name: 'Open Speaker Meeting', conference_url: 'https://zoom.example.org/j/5550202' },
      { name: 'Family and Friends Speakers', conference_url: 'https://us02web.zoom.example.org/j/5550202?pwd=abc' },
      true,
    ],
    [
      'a link to a site’s front page names no room',
      { name: 'Early Birds', conference_url: 'https://intergroup.example.org/' },
      { name: 'Night Owls', conference_url: 'https://intergroup.example.org' },
      false,
    ],
    [
      'two sites under a country’s second level (co.uk) with one path',
      { name: 'Early Birds', conference_url: 'https://one.co.uk/meet' },
      { name: 'Night Owls', conference_url: 'https://two.co.uk/meet' },
      false,
    ],
    [
      'two online meetings of one name with different links',
      { conference_url: 'https://zoom.example.org/j/1' },
      { conference_url: 'https://zoom.example.org/j/2' },
      false,
    ],
    ['one name, neither with a place or a link', {}, {}, true],
    ['one name, one in a hall and one with no place', HALL, {}, false],
  ];
  for (const [what, a, b, same] of table) {
    it(`${what}: ${same ? 'the same' : 'two meetings'}`, () => {
      expect(sameMeeting(listing(a), listing(b))).to.equal(same);
      expect(sameMeeting(listing(b), listing(a)), 'either way round').to.equal(same);
    });
  }
});

describe('mergeSources', () => {
  it('shows a meeting two sources list once, the first source’s listing with both programs', () => {
    const aa = [listing({ ...HALL, slug: 'glebe', feedback_url: 'https://aa.example.org/change' }, 'AA')];
    const na = [listing({ ...HALL, slug: 'glebe-3563', notes: 'NA notes' }, 'NA'), listing({ slug: 'other', name: 'Other' }, 'NA')];
    const merged = mergeSources([aa, na]);
    expect(merged.map((m) => [m.slug, m.programs])).to.deep.equal([
      ['glebe', ['AA', 'NA']],
      ['other', ['NA']],
    ]);
    expect(merged[0]!.feedbackUrl).to.equal('https://aa.example.org/change');
    expect(merged[0]!.notes).to.equal(undefined);
  });

  it('never merges two listings of one source, even when they look alike', () => {
    const merged = mergeSources([[listing({ ...HALL, slug: 'a' }, 'AA'), listing({ ...HALL, slug: 'b' }, 'AA')]]);
    expect(merged.map((m) => m.slug)).to.deep.equal(['a', 'b']);
  });

  it('joins a program once when the same meeting is in three sources, two of them of one program', () => {
    const merged = mergeSources([[listing(HALL, 'AA')], [listing(HALL, 'AA')], [listing(HALL, 'NA')]]);
    expect(merged).to.have.length(1);
    expect(merged[0]!.programs).to.deep.equal(['AA', 'NA']);
  });

  it('gives a shared slug a suffix, so each meeting opens on its own', () => {
    const merged = mergeSources([[listing({ slug: 'glebe', name: 'One' })], [listing({ slug: 'glebe', name: 'Two' })], [listing({ slug: 'glebe', name: 'Three' })]]);
    expect(merged.map((m) => m.slug)).to.deep.equal(['glebe', 'glebe-2', 'glebe-3']);
  });

  it('gives a slug repeated within one source a suffix too', () => {
    const merged = mergeSources([[listing({ slug: 'same', name: 'One' }), listing({ slug: 'same', name: 'Two', day: 2 })]]);
    expect(merged.map((m) => m.slug)).to.deep.equal(['same', 'same-2']);
  });

  it('keeps sources without labels unlabelled, and by-appointment meetings apart', () => {
    const merged = mergeSources([[listing({ time: undefined, day: undefined })], [listing({ time: undefined, day: undefined, name: 'Other' })]]);
    expect(merged.map((m) => [m.name, m.programs])).to.deep.equal([
      ['Monday Night', undefined],
      ['Other', undefined],
    ]);
  });

  it('merges 2,000 listings against 2,000 quickly (compares only those that share days and a start)', () => {
    const many = (program: string) =>
      Array.from({ length: 2000 }, (_, i) => listing({ slug: `m${i}`, name: `Meeting ${i}`, day: i % 7, time: `${String(i % 24).padStart(2, '0')}:00`, ...HALL }, program));
    const started = performance.now();
    const merged = mergeSources([many('AA'), many('NA')]);
    expect(performance.now() - started).to.be.below(500);
    expect(merged).to.have.length(2000);
    expect(merged.every((m) => m.programs!.join() === 'AA,NA')).to.equal(true);
  });
});
