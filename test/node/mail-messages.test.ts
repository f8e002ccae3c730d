/**
 * The e-mails' words: discreet by default (issue 18). A default subject, sender name or preview never names the program,
 * whatever the event is called, in English or Spanish; the center's opt-in to real titles is the only way one appears.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { composeRsvpMail, composeStoryDigest, composeStoryPublished, type MailLang, type RsvpMailFacts } from '../../demo/api/mail/messages.js';
import { configFromEnv } from '../../demo/api/config.js';
import { sensitiveIn } from '../support/sensitive-terms.js';

const KINDS: RsvpMailFacts['kind'][] = ['rsvp-confirmed', 'rsvp-waitlisted', 'rsvp-promoted', 'event-reminder', 'event-changed', 'event-cancelled', 'manage-link'];
const LANGS: MailLang[] = ['en', 'es'];

const facts = (kind: RsvpMailFacts['kind'], lang: MailLang, realTitles = false): RsvpMailFacts => ({
  kind,
  lang,
  name: 'Robin',
  realTitles,
  event: {
    id: 'e1',
    title: 'Sober Sunday: recovery alumni and addiction treatment graduates (sobriedad, recuperación)',
    calendarTitle: null,
    start: new Date('2026-12-04T23:30:00Z'),
    end: new Date('2026-12-05T01:30:00Z'),
    timeZone: 'America/New_York',
    venue: { name: 'Harbor Hall', address: '210 Wharf Street' },
    online: false,
  },
  manageUrl: 'https://center.example/events#rsvp=secret',
  unsubscribeUrl: kind === 'event-reminder' ? 'https://center.example/api/mail/unsubscribe/secret' : undefined,
  waitlistPosition: 2,
  uidDomain: 'center.example',
  now: new Date('2026-12-01T00:00:00Z'),
});

/** The preview a mail app shows: the hidden first text of the HTML. */
const preview = (html: string) => /<div style="display:none[^>]*>([^<]*)<\/div>/.exec(html)![1]!;

describe('discreet by default', () => {
  for (const lang of LANGS) {
    for (const kind of KINDS) {
      it(`${kind} (${lang}): subject and preview name no sensitive term`, () => {
        const mail = composeRsvpMail(facts(kind, lang));
        assert.deepEqual(sensitiveIn(mail.subject), []);
        assert.deepEqual(sensitiveIn(preview(mail.html)), []);
        assert.deepEqual(sensitiveIn(mail.text), [], 'nor the body');
      });
    }
    it(`story messages (${lang}) name no sensitive term`, () => {
      for (const mail of [composeStoryPublished(lang, 'Sam'), composeStoryDigest(lang, 3)]) {
        assert.deepEqual(sensitiveIn(`${mail.subject} ${preview(mail.html)}`), []);
      }
    });
  }

  it('the default sender name is neutral', () => {
    assert.deepEqual(sensitiveIn(configFromEnv({}).mail.from), []);
  });

  it('uses the calendar title staff chose, and the real title only when the center opted in', () => {
    const withCalendarTitle = facts('rsvp-confirmed', 'en');
    withCalendarTitle.event.calendarTitle = 'Sunday supper';
    assert.match(composeRsvpMail(withCalendarTitle).subject, /^Confirmed: Sunday supper, Fri, Dec 4$/);
    assert.match(composeRsvpMail(facts('rsvp-confirmed', 'en', true)).subject, /^Confirmed: Sober Sunday/);
  });

  it('writes feed text as text in the HTML, never as markup', () => {
    const hostile = facts('rsvp-confirmed', 'en');
    hostile.name = '<img src=x onerror=alert(1)>';
    const { html } = composeRsvpMail(hostile);
    assert.ok(!html.includes('<img'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
  });

  it('gives times in the event’s zone, named', () => {
    const { text } = composeRsvpMail(facts('rsvp-confirmed', 'en'));
    assert.match(text, /When: Friday, December 4, 6:30\s?–\s?8:30\sPM EST/);
  });
});
