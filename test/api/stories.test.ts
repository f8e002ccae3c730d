import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startServer, type TestServer } from './server.js';

let server: TestServer;
before(async () => {
  server = await startServer();
});
after(() => server.close());

const story = (overrides: Record<string, unknown> = {}) => ({
  displayNameMode: 'firstName',
  displayName: 'Robin',
  title: 'My first year',
  body: 'A year ago I could not imagine a sober weekend. Today I have a year of ordinary days, and they are a gift.',
  consentPublish: true,
  consentShare: true,
  ...overrides,
});
const submit = (body: Record<string, unknown>, key = randomUUID()) =>
  server.call('/stories', { method: 'POST', body, headers: { 'Idempotency-Key': key } });
const published = async () => (await server.call('/stories?limit=50')).body.stories as Array<{ id: string; title: string; displayName: string }>;

describe('story submissions and moderation', () => {
  it('a submission starts pending and appears only after staff approve it', async () => {
    const sent = await submit(story({ title: 'Waiting for approval' }));
    assert.equal(sent.status, 202);
    assert.equal(sent.body.submission.status, 'pending');
    assert.match(sent.body.submission.withdrawToken, /^[A-Za-z0-9_-]{43}$/);
    assert.ok(!(await published()).some((s) => s.title === 'Waiting for approval'));

    const pending = await server.staff('/staff/submissions');
    const mine = pending.body.submissions.find((s: { title: string }) => s.title === 'Waiting for approval');
    assert.equal(mine.status, 'pending');
    const approved = await server.staff(`/staff/submissions/${mine.id}/approve`, {
      method: 'POST',
      body: { staffDisclosure: 'Lightly edited for length.' },
    });
    assert.equal(approved.status, 200);
    const shown = (await published()).find((s) => s.title === 'Waiting for approval');
    assert.ok(shown);
    assert.equal(shown.displayName, 'Robin');
    assert.ok(!JSON.stringify(await server.call('/stories')).includes('@'), 'no contact is ever listed');
  });

  it('a rejected submission never appears', async () => {
    const sent = await submit(story({ title: 'Not this one' }));
    const rejected = await server.staff(`/staff/submissions/${sent.body.submission.id}/reject`, { method: 'POST' });
    assert.equal(rejected.status, 204);
    assert.ok(!(await published()).some((s) => s.title === 'Not this one'));
    assert.equal((await server.staff('/staff/submissions?status=rejected')).body.submissions[0].title, 'Not this one');
  });

  it('the author withdraws a story after publication, and it disappears', async () => {
    const sent = await submit(story({ title: 'Withdrawn later' }));
    const approved = await server.staff(`/staff/submissions/${sent.body.submission.id}/approve`, { method: 'POST' }); // no body
    assert.equal(approved.status, 200);
    assert.ok((await published()).some((s) => s.title === 'Withdrawn later'));
    const withdrawn = await server.call(`/stories/submissions/${sent.body.submission.withdrawToken}`, { method: 'DELETE' });
    assert.equal(withdrawn.status, 204);
    assert.ok(!(await published()).some((s) => s.title === 'Withdrawn later'));
    const approveAgain = await server.staff(`/staff/submissions/${sent.body.submission.id}/approve`, { method: 'POST', body: {} });
    assert.equal(approveAgain.status, 409, 'staff cannot republish a withdrawn story');
    assert.equal((await server.call('/stories/submissions/unknown-token-000000000000000000000000', { method: 'DELETE' })).status, 404);
  });

  it('a filled honeypot is answered like any submission and discarded', async () => {
    const bot = await submit(story({ title: 'Buy cheap pills', website: 'https://spam.example.com' }));
    assert.equal(bot.status, 202);
    assert.equal(bot.body.submission.status, 'pending');
    const all = await server.db.query<{ title: string }>('select title from story_submissions');
    assert.ok(!all.some((s) => s.title === 'Buy cheap pills'));
  });

  it('is idempotent: a repeated submission with the same key is one submission', async () => {
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 10 }, () => submit(story({ title: 'Sent on a bad connection' }), key)));
    assert.equal(new Set(answers.map((a) => a.body.submission.id)).size, 1);
    assert.equal(new Set(answers.map((a) => a.body.submission.withdrawToken)).size, 1);
    const rows = await server.db.query("select id from story_submissions where title = 'Sent on a bad connection'");
    assert.equal(rows.length, 1);
  });

  const invalid: Array<[string, Record<string, unknown>, string]> = [
    ['no consent to publish', { consentPublish: false }, 'consentPublish'],
    ['a body that is too short', { body: 'Too short.' }, 'body'],
    ['a name missing when not anonymous', { displayName: '' }, 'displayName'],
    ['initials that are not initials', { displayNameMode: 'initials', displayName: 'Robin Smith-Jones' }, 'displayName'],
    ['an invalid email', { email: 'robin at home' }, 'email'],
  ];
  for (const [what, overrides, field] of invalid) {
    it(`answers 422 for ${what}`, async () => {
      const answer = await submit(story(overrides));
      assert.equal(answer.status, 422, JSON.stringify(answer.body));
      assert.equal(answer.body.errors[0].field, field);
    });
  }

  it('shows "Anonymous" for an anonymous story, whatever name was typed', async () => {
    const sent = await submit(story({ displayNameMode: 'anonymous', displayName: 'Secret Name', title: 'Anonymous one' }));
    await server.staff(`/staff/submissions/${sent.body.submission.id}/approve`, { method: 'POST', body: {} });
    assert.equal((await published()).find((s) => s.title === 'Anonymous one')!.displayName, 'Anonymous');
  });
});

describe('story pages', () => {
  it('pages through every published story, newest first, without repeats', async () => {
    const seeded = await startServer({}, { seed: true });
    try {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page = await seeded.call(`/stories?limit=5${cursor ? `&cursor=${cursor}` : ''}`);
        assert.equal(page.status, 200);
        seen.push(...page.body.stories.map((s: { id: string }) => s.id));
        cursor = page.body.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      assert.equal(pages, 3);
      assert.equal(seen.length, 12);
      assert.equal(new Set(seen).size, 12);
      const all = (await seeded.call('/stories?limit=50')).body.stories;
      const dates = all.map((s: { publishedAt: string }) => s.publishedAt);
      assert.deepEqual(dates, [...dates].sort().reverse());
      assert.ok(all.some((s: { contentWarning: string | null }) => s.contentWarning), 'some stories carry content warnings');
      assert.equal((await seeded.call('/stories?cursor=not-a-cursor')).status, 422);
      assert.equal((await seeded.call('/stories?limit=500')).status, 422);
    } finally {
      await seeded.close();
    }
  });
});
