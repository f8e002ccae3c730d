import { expect } from '@open-wc/testing';
import { emptyStoryDraft, storyDrafts, storyField, storyRequest, validateStory, type StoryDraft } from '../../src/stories/story-draft.js';

const draft = (overrides: Partial<StoryDraft> = {}): StoryDraft => ({
  ...emptyStoryDraft('key-1'),
  displayName: 'Robin',
  title: 'My first year',
  body: 'A year ago I could not imagine a sober weekend. Today I have ordinary days.',
  consentPublish: true,
  ...overrides,
});

describe('the story draft', () => {
  it('finds each problem the contract would refuse, with the author’s words in mind', () => {
    expect(validateStory(draft())).to.deep.equal({});
    expect(validateStory(draft({ displayName: ' ' }))).to.have.key('displayName');
    expect(validateStory(draft({ nameMode: 'anonymous', displayName: '' }))).to.deep.equal({});
    expect(validateStory(draft({ nameMode: 'initials', displayName: 'J. R.' }))).to.deep.equal({});
    expect(validateStory(draft({ nameMode: 'initials', displayName: 'J2' }))).to.deep.equal({ displayName: 'tell.error.initials' });
    expect(validateStory(draft({ body: 'Too short.' }))).to.deep.equal({ body: 'tell.error.body' });
    expect(validateStory(draft({ recoveryYears: '81' }))).to.deep.equal({ recoveryYears: 'tell.error.recoveryYears' });
    expect(validateStory(draft({ recoveryYears: '2.5' }))).to.deep.equal({ recoveryYears: 'tell.error.recoveryYears' });
    expect(validateStory(draft({ email: 'robin@' }))).to.deep.equal({ email: 'tell.error.email' });
    expect(validateStory(draft({ consentPublish: false }))).to.deep.equal({ consentPublish: 'tell.error.consentPublish' });
  });

  it('sends trimmed text, no name when anonymous, and leaves out what was left empty', () => {
    expect(storyRequest(draft({ nameMode: 'anonymous', title: '  Hope  ', recoveryYears: ' 3 ', consentShare: true }))).to.deep.equal({
      displayNameMode: 'anonymous',
      title: 'Hope',
      body: draft().body,
      contentWarning: null,
      recoveryYears: 3,
      consentPublish: true,
      consentShare: true,
    });
    expect(storyRequest(draft({ email: ' r@example.org ' }), 'http://spam')).to.include({ displayName: 'Robin', email: 'r@example.org', website: 'http://spam' });
  });

  it('sends the language the form was shown in as the story’s, when it is a language tag', () => {
    expect(storyRequest(draft(), '', 'es-MX').lang).to.equal('es-MX');
    expect(storyRequest(draft(), '', 'not a tag')).not.to.have.property('lang');
  });

  it('maps the server’s field names back to the form', () => {
    expect(storyField('body')).to.equal('body');
    expect(storyField('displayNameMode')).to.equal('displayName');
    expect(storyField('Idempotency-Key')).to.equal(undefined);
  });

  it('keeps the draft for this tab only, and reads back only what makes sense', () => {
    storyDrafts.write('test-draft', draft({ unanswered: [storyRequest(draft())] }));
    expect(storyDrafts.read('test-draft')).to.deep.equal(draft({ unanswered: [storyRequest(draft())] }));
    expect(localStorage.length, 'nothing in localStorage').to.equal(0);
    sessionStorage.setItem('test-draft', JSON.stringify({ key: 'k', nameMode: 'royal', title: 7 }));
    expect(storyDrafts.read('test-draft')).to.include({ nameMode: 'firstName', title: '' });
    storyDrafts.clear('test-draft');
    expect(storyDrafts.read('test-draft')).to.equal(undefined);
  });
});
