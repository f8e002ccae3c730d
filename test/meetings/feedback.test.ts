import { expect } from '@open-wc/testing';
import { feedbackLink } from '../../src/meetings/detail/detail.js';
import { normalizeMeetings } from '../../src/meetings/details.js';

const read = (record: Record<string, unknown>) => normalizeMeetings([{ slug: 's', name: 'Monday Night', day: 1, time: '19:00', ...record }]).meetings[0]!;

describe('"Request a change": the Meeting Guide spec’s feedback_url and feedback_emails', () => {
  const table: Array<[string, Record<string, unknown>, string | undefined]> = [
    ['a feedback page', { feedback_url: 'https://aa.example.org/feedback?m=1' }, 'https://aa.example.org/feedback?m=1'],
    ['a mailto feedback_url', { feedback_url: 'mailto:info@aa.example.org' }, 'mailto:info@aa.example.org'],
    ['addresses, the meeting named in the subject', { feedback_emails: ['a@aa.example.org', 'b@aa.example.org'] }, 'mailto:a@aa.example.org,b@aa.example.org?subject=Monday%20Night'],
    ['the page before the addresses', { feedback_url: 'https://aa.example.org/f', feedback_emails: ['a@aa.example.org'] }, 'https://aa.example.org/f'],
    ['a javascript: URL', { feedback_url: 'javascript:alert(1)' }, undefined],
    ['a phone number', { feedback_url: 'tel:+15550100' }, undefined],
    ['a relative URL', { feedback_url: '/feedback' }, undefined],
    ['addresses that are not, or smuggle a header', { feedback_emails: ['nobody', 'a@b.org?bcc=c@d.org', 42, null] }, undefined],
    ['one good address among bad ones', { feedback_emails: ['a b@x.org', 'ok@aa.example.org'] }, 'mailto:ok@aa.example.org?subject=Monday%20Night'],
    ['feedback_emails as a string (not the spec’s list)', { feedback_emails: 'a@aa.example.org' }, undefined],
    ['nothing', {}, undefined],
  ];
  for (const [what, record, link] of table) {
    it(`${what}: ${link ?? 'no link'}`, () => {
      expect(feedbackLink(read(record))).to.equal(link);
    });
  }
});
