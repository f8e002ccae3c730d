import { expect } from '@open-wc/testing';
import { RsvpRequestSchema } from '../../src/core/api/events.js';
import { draftStore, emptyDraft, formField, requestBody, validateDraft, type Draft } from '../../src/events/rsvp-model.js';
import { withUnanswered } from '../../src/core/intent.js';
import { sampleEvent } from '../support/sample-event.js';

const event = sampleEvent({
  contactFields: ['email', 'phone'],
  maxGuests: 2,
  questions: [
    { id: 'dish', label: 'What are you bringing?', kind: 'choice', required: true, options: ['Main', 'Side'] },
    { id: 'diet', label: 'Dietary needs', kind: 'text', required: false, options: [] },
    { id: 'first-time', label: 'First time?', kind: 'boolean', required: true, options: [] },
  ],
});
const origin = { lang: 'es', page: 'https://center.example.org/alumni/events' };
const filled = (overrides: Partial<Draft> = {}): Draft => ({
  ...emptyDraft('key-1234567890'),
  name: '  Ana ',
  email: 'ana@example.org',
  phone: '+1 (302) 555-0100',
  guests: 1,
  answers: { dish: 'Side', diet: '', 'first-time': false },
  ...overrides,
});

describe('the RSVP draft', () => {
  it('a question named like a property of every object (constructor) still needs its answer', () => {
    const hostile = sampleEvent({ questions: [{ id: 'constructor', label: 'Anything else?', kind: 'text', required: true, options: [] }] });
    const draft = { ...emptyDraft('key-1234567890'), name: 'Ana' };
    expect(validateDraft(draft, hostile)).to.have.property('answers.constructor');
    expect(requestBody(draft, hostile, origin).answers).to.deep.equal([]);
    draftStore.write('hostile', draft);
    expect(validateDraft(draftStore.read('hostile')!, hostile), 'also once read back from storage').to.have.property('answers.constructor');
    draftStore.clear('hostile');
  });

  it('a complete draft has no errors and makes a body the contract accepts', () => {
    expect(validateDraft(filled(), event)).to.deep.equal({});
    const body = requestBody(filled(), event, origin);
    expect(body).to.deep.equal({
      name: 'Ana',
      email: 'ana@example.org',
      phone: '+1 (302) 555-0100',
      guests: 1,
      answers: [
        { questionId: 'dish', value: 'Side' },
        { questionId: 'first-time', value: false },
      ],
    });
    expect(RsvpRequestSchema.safeParse(body).success).to.equal(true);
  });

  it('names every problem, in the order of the form, with the message to show', () => {
    const errors = validateDraft(emptyDraft('k'), event);
    expect(Object.keys(errors)).to.deep.equal(['name', 'email', 'phone', 'answers.dish', 'answers.first-time']);
    expect(errors.name!.key).to.equal('rsvp.error.name');
  });

  const refused: Array<[string, Partial<Draft>, string]> = [
    ['a name of spaces', { name: '   ' }, 'name'],
    ['a name too long', { name: 'x'.repeat(101) }, 'name'],
    ['an email without a domain', { email: 'ana@' }, 'email'],
    ['a phone with letters', { phone: 'call me' }, 'phone'],
    ['more guests than allowed', { guests: 3 }, 'guests'],
    ['a choice not offered', { answers: { dish: 'Dessert', 'first-time': true } }, 'answers.dish'],
  ];
  for (const [what, change, field] of refused) {
    it(`refuses ${what}, as the contract or the server would`, () => {
      const errors = validateDraft(filled(change), event);
      expect(Object.keys(errors)).to.deep.equal([field]);
    });
  }

  it('sends only the contact fields the event asks for', () => {
    const body = requestBody(filled(), sampleEvent({ contactFields: [], questions: [] }), origin);
    expect(body).to.deep.equal({ name: 'Ana', guests: 1, answers: [] });
  });

  it('maps the server’s field names back to the form, by question or by position', () => {
    const body = requestBody(filled(), event, origin);
    expect(formField('email', body)).to.equal('email');
    expect(formField('answers.dish', body)).to.equal('answers.dish');
    expect(formField('answers.1.value', body)).to.equal('answers.first-time');
    expect(formField('Idempotency-Key', body)).to.equal(undefined);
    expect(formField('body', body)).to.equal(undefined);
  });
});

describe('email about the RSVP (opt-in)', () => {
  const mailable = sampleEvent({ contactFields: [], questions: [], emailUpdates: true });

  it('starts unticked, and unticked sends no emailMe, language or page, even where the event asks for an email', () => {
    expect(emptyDraft('k').emailMe).to.equal(false);
    const body = requestBody(filled(), { ...event, emailUpdates: true }, origin);
    expect(body).to.include({ email: 'ana@example.org' });
    expect(body).not.to.have.any.keys('emailMe', 'lang', 'page');
    expect(requestBody(filled({ email: 'ana@example.org' }), mailable, origin), 'no email asked, none sent').not.to.have.any.keys('email', 'emailMe');
  });

  it('ticked, asks for an email where the event did not, and sends it with the opt-in, the language and the page', () => {
    expect(Object.keys(validateDraft(filled({ emailMe: true, email: '' }), mailable))).to.deep.equal(['email']);
    expect(Object.keys(validateDraft(filled({ emailMe: true, email: 'ana@' }), mailable))).to.deep.equal(['email']);
    const body = requestBody(filled({ emailMe: true, email: ' ana@example.org ' }), mailable, origin);
    expect(body).to.deep.equal({ name: 'Ana', guests: 1, answers: [], email: 'ana@example.org', emailMe: true, ...origin });
    expect(RsvpRequestSchema.safeParse(body).success).to.equal(true);
  });

  it('a tick left in a draft does nothing for an event the center cannot email about', () => {
    const silent = { ...mailable, emailUpdates: false };
    expect(validateDraft(filled({ emailMe: true, email: '' }), silent)).to.deep.equal({});
    expect(requestBody(filled({ emailMe: true }), silent, origin)).to.deep.equal({ name: 'Ana', guests: 1, answers: [] });
  });

  it('keeps the tick in the tab’s draft, and reads anything but true as unticked', () => {
    draftStore.write('mail', filled({ emailMe: true }));
    expect(draftStore.read('mail')!.emailMe).to.equal(true);
    sessionStorage.setItem(draftStore.key('mail'), JSON.stringify({ key: 'k', name: 'Ana', emailMe: 'yes' }));
    expect(draftStore.read('mail')!.emailMe).to.equal(false);
    draftStore.clear('mail');
  });
});

describe('the draft in sessionStorage', () => {
  afterEach(() => sessionStorage.clear());

  it('is kept per event, read back whole, and removed', () => {
    const draft = filled({ unanswered: [requestBody(filled(), event, origin)] });
    draftStore.write('potluck', draft);
    expect(localStorage.length, 'never in localStorage').to.equal(0);
    expect(draftStore.read('potluck')).to.deep.equal(draft);
    expect(draftStore.read('other')).to.equal(undefined);
    draftStore.clear('potluck');
    expect(draftStore.read('potluck')).to.equal(undefined);
  });

  it('keeps each unanswered body once, in the order sent', () => {
    const first = requestBody(filled(), event, origin);
    const second = requestBody(filled({ guests: 2 }), event, origin);
    const draft = withUnanswered(withUnanswered(withUnanswered(filled(), first), second), first);
    expect(draft.unanswered).to.deep.equal([first, second]);
  });

  it('ignores a stored value it cannot use', () => {
    sessionStorage.setItem(draftStore.key('potluck'), '{not json');
    expect(draftStore.read('potluck')).to.equal(undefined);
    sessionStorage.setItem(draftStore.key('potluck'), JSON.stringify({ name: 'Ana' }));
    expect(draftStore.read('potluck'), 'no key, no draft').to.equal(undefined);
  });
});
