import { expect } from '@open-wc/testing';
import { excerpt, paragraphs, readStories, readStory } from '../../src/stories/parse.js';
import { storyAddress } from '../../src/stories/address.js';
import { shareLink, shareTargets } from '../../src/stories/extras/share-links.js';

const valid = {
  id: 'abc123',
  displayName: 'Robin',
  title: 'My first year',
  body: 'One.\n\nTwo.',
  contentWarning: null,
  recoveryYears: 1,
  publishedAt: '2026-11-01T12:00:00Z',
  staffDisclosure: null,
  tags: ['first-year'],
  shareable: true,
  lang: 'en',
  featured: true,
};

describe('reading stories', () => {
  it('keeps what the contract promises and counts the rest', () => {
    const broken = [
      { ...valid, id: 'has space' },
      { ...valid, title: '' },
      { ...valid, body: 42 },
      { ...valid, publishedAt: 'yesterday' },
      { ...valid, recoveryYears: -1 },
      { ...valid, recoveryYears: 1.5 },
      { ...valid, tags: ['Not A Tag'] },
      { ...valid, shareable: 'yes' },
      { ...valid, contentWarning: 'x'.repeat(201) },
      null,
      'a story',
    ];
    const { stories, skipped } = readStories([valid, ...broken]);
    expect(stories).to.deep.equal([valid]);
    expect(skipped).to.equal(broken.length);
  });

  it('never calls a story shareable without its author’s consent, and works without tags', () => {
    const older: Partial<typeof valid> = { ...valid };
    delete older.tags;
    delete older.shareable;
    delete older.lang;
    delete older.featured;
    expect(readStory(older)).to.include({ shareable: false, lang: null, featured: false }).and.to.have.deep.property('tags', []);
  });

  it('reads featured, and takes anything but true as not featured rather than hiding the story', () => {
    expect(readStory(valid)).to.include({ featured: true });
    for (const featured of ['yes', 1, null]) expect(readStory({ ...valid, featured })).to.include({ id: 'abc123', featured: false });
  });

  it('keeps a story whose language it cannot use, without the language', () => {
    expect(readStory({ ...valid, lang: 'es-MX' })).to.include({ lang: 'es-MX' });
    for (const lang of ['English', 'ES', 'e', 42, 'es_MX']) expect(readStory({ ...valid, lang })).to.include({ id: 'abc123', lang: null });
  });

  it('splits paragraphs at blank lines, keeping single line breaks', () => {
    expect(paragraphs('One\nline two\n\n  \n\nThree\n')).to.deep.equal(['One\nline two', 'Three']);
  });

  it('cuts an excerpt at a word, and offers nothing more for a short story', () => {
    expect(excerpt('Short and whole.')).to.deep.equal({ text: 'Short and whole.', whole: true });
    const long = excerpt('word '.repeat(100), 40);
    expect(long.whole).to.equal(false);
    expect(long.text).to.match(/^word( word)*…$/);
    expect(long.text.length).to.be.at.most(41);
    expect(excerpt('First.\n\nSecond.').whole, 'a short story is shown whole, in its paragraphs').to.equal(true);
    expect(excerpt(`${'a '.repeat(30)}end. Then more words follow here`, 64).text, 'the ellipsis replaces the end of a sentence').to.equal(`${'a '.repeat(30)}end…`);
  });
});

describe('sharing a story', () => {
  it('addresses a story on this page, or on its own page by the template', () => {
    expect(storyAddress('abc', undefined, 'https://center.example/alumni?x=1#top')).to.equal('https://center.example/alumni?x=1#story=abc');
    expect(storyAddress('abc', '/stories/{id}', 'https://center.example/alumni')).to.equal('https://center.example/stories/abc');
  });

  it('builds plain links for the listed targets only, with the title and the address, never a name', () => {
    expect(shareTargets('email, X ,facebook,myspace,email')).to.deep.equal(['email', 'x', 'facebook']);
    const url = 'https://center.example/alumni#story=abc';
    expect(shareLink('email', 'My first year', url)).to.equal(`mailto:?subject=My%20first%20year&body=My%20first%20year%0A${encodeURIComponent(url)}`);
    expect(shareLink('x', 'My first year', url)).to.equal(`https://x.com/intent/post?text=My%20first%20year&url=${encodeURIComponent(url)}`);
  });
});
