/** The console's pure logic for meetings, celebrations, accounts and the audit log's filters. */
import { expect } from '@open-wc/testing';
import { meetingDraft, meetingInputFrom, type MeetingDraft } from '../../src/staff/meetings/model.js';
import { celebrationDraft, celebrationInputFrom, shiftMonth } from '../../src/staff/celebrations/model.js';
import { auditFilters, auditQuery, suggestPassword } from '../../src/staff/accounts/model.js';
import { newPassword } from '../../src/core/api/accounts.js';

const meeting = (overrides: Partial<MeetingDraft> = {}): MeetingDraft => ({
  ...meetingDraft(undefined, 'America/New_York'),
  name: 'Hope',
  days: [false, false, true, false, false, false, false],
  formatted_address: '12 Harbor St, Portland, ME',
  ...overrides,
});
const problems = (draft: MeetingDraft) => {
  const result = meetingInputFrom(draft);
  return 'issues' in result ? result.issues.map((i) => [String(i.path[0]), i.messageKey ?? i.code]) : [];
};

describe('meeting form ↔ Meeting Guide', () => {
  it('sends one day as a number and several as a list, leaving empty fields out', () => {
    const one = meetingInputFrom(meeting());
    expect('input' in one && one.input).to.deep.equal({
      name: 'Hope',
      day: 2,
      time: '19:00',
      timezone: 'America/New_York',
      types: [],
      attendance_option: 'in_person',
      formatted_address: '12 Harbor St, Portland, ME',
    });
    const several = meetingInputFrom(meeting({ days: [true, false, false, false, false, false, true], end_time: '20:30', latitude: '43.6', longitude: '-70.25' }));
    expect('input' in several && several.input).to.deep.include({ day: [0, 6], end_time: '20:30', latitude: 43.6, longitude: -70.25 });
  });

  it('asks for what each way of attending needs, a day, a known zone and an end after the start', () => {
    expect(problems(meeting({ days: [false, false, false, false, false, false, false] }))).to.deep.equal([['days', 'staffMeetings.pickDay']]);
    expect(problems(meeting({ formatted_address: '' }))).to.deep.equal([['formatted_address', 'staffMeetings.needAddress']]);
    expect(problems(meeting({ attendance_option: 'online', formatted_address: '' }))).to.deep.equal([['conference_url', 'staffMeetings.needOnline']]);
    expect(problems(meeting({ attendance_option: 'online', conference_phone: '+1 555 0100' }))).to.deep.equal([]);
    expect(problems(meeting({ attendance_option: 'hybrid', conference_url: 'meet.example.org' }))).to.deep.equal([['conference_url', 'invalid_format']]);
    expect(problems(meeting({ attendance_option: 'inactive', formatted_address: '' }))).to.deep.equal([]);
    expect(problems(meeting({ timezone: 'Nowhere/Place' }))).to.deep.equal([['timezone', 'staffMeetings.zoneUnknown']]);
    expect(problems(meeting({ time: '20:00', end_time: '19:00' }))).to.deep.equal([['end_time', 'staffMeetings.endBeforeStart']]);
    expect(problems(meeting({ time: '23:00', end_time: '00:00' })), 'ends at midnight').to.deep.equal([]);
  });

  it('reads a meeting back into the form', () => {
    const draft = meetingDraft(
      { id: '3', slug: 'x', name: 'Night Owls', day: [2, 4], time: '21:00', timezone: 'America/Chicago', types: ['C'], attendance_option: 'online', conference_url: 'https://meet.example.org/x' },
      'UTC',
    );
    expect([draft.days.map(Number).join(''), draft.timezone, draft.types, draft.conference_url, draft.end_time]).to.deep.equal([
      '0010100', 'America/Chicago', ['C'], 'https://meet.example.org/x', '',
    ]);
  });
});

describe('celebrations', () => {
  it('moves between months across years', () => {
    expect([shiftMonth('2026-12', 1), shiftMonth('2026-01', -1), shiftMonth('2026-06', 0), shiftMonth('1999-02', 14)]).to.deep.equal([
      '2027-01', '2025-12', '2026-06', '2000-04',
    ]);
  });

  it('sends a celebration only when staff confirm the person asked for it', () => {
    const draft = { ...celebrationDraft(undefined, '2026-12'), displayName: 'Sam P.', count: '18', unit: 'months' as const, date: '2026-12-13' };
    const refused = celebrationInputFrom(draft);
    expect('issues' in refused && refused.issues.map((i) => i.messageKey)).to.deep.equal(['staffCelebrations.agreeFirst']);
    const sent = celebrationInputFrom({ ...draft, agreed: true });
    expect('input' in sent && sent.input).to.deep.equal({ displayName: 'Sam P.', span: { count: 18, unit: 'months' }, date: '2026-12-13' });
    const wrong = celebrationInputFrom({ ...draft, agreed: true, count: '0', date: '' });
    expect('issues' in wrong && [...new Set(wrong.issues.map((i) => String(i.path[0])))]).to.have.members(['count', 'date']);
  });
});

describe('accounts and the audit log', () => {
  it('suggests passwords the contract accepts, easy to read out', () => {
    for (let i = 0; i < 20; i++) {
      const password = suggestPassword();
      expect(password).to.match(/^([a-z]+-){4}\d\d$/);
      expect(newPassword.safeParse(password).success).to.equal(true);
    }
    expect(suggestPassword(() => 0)).to.equal('anchor-anchor-anchor-anchor-10');
  });

  it('keeps only well-formed filters from the address, and asks the API for the last day whole', () => {
    expect(auditFilters({ actor: 'abc_1', action: 'story.approve', recordType: 'story', from: '2026-12-01', to: '2026-12-31' })).to.deep.equal({
      actor: 'abc_1', action: 'story.approve', recordType: 'story', from: '2026-12-01', to: '2026-12-31',
    });
    expect(auditFilters({ actor: 'a b', action: 'drop table', recordType: 'secret', from: 'yesterday', to: '2026-13' })).to.deep.equal({});
    expect(auditQuery({ from: '2026-12-01', to: '2026-12-31' }, 'next')).to.deep.equal({
      actor: undefined, action: undefined, recordType: undefined, from: '2026-12-01', to: '2027-01-01', cursor: 'next', limit: '50',
    });
  });
});
