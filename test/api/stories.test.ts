import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { migrate } from '../../demo/api/db.js';
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

interface StoryBody {
  id: string;
  title: string;
  body: string;
  tags: string[];
  shareable: boolean;
  lang: string | null;
  contentWarning: string | null;
  publishedAt: string;
}

/** Submits a story and returns its submission id and withdraw token. */
async function sendStory(overrides: Record<string, unknown> = {}) {
  const sent = await submit(story(overrides));
  assert.equal(sent.status, 202, JSON.stringify(sent.body));
  return sent.body.submission as { id: string; withdrawToken: string };
}

/** Submits and publishes a story with these tags; returns its id. */
async function publishStory(tags: string[], overrides: Record<string, unknown> = {}) {
  const { id } = await sendStory(overrides);
  const approved = await server.staff(`/staff/submissions/${id}/approve`, { method: 'POST', body: { tags } });
  assert.equal(approved.status, 200, JSON.stringify(approved.body));
  return id;
}

/** Every story of a listing, following `nextCursor`; also how many pages it took. */
async function allPages(on: TestServer, query: string) {
  const stories: StoryBody[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = await on.call(`/stories?${query}${cursor ? `&cursor=${cursor}` : ''}`);
    assert.equal(page.status, 200, JSON.stringify(page.body));
    stories.push(...page.body.stories);
    cursor = page.body.nextCursor;
    pages++;
  } while (cursor && pages < 20);
  return { stories, pages };
}

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

  it('five submissions at once with one key make one story, and every one answers the same (20 trials)', async () => {
    for (let trial = 0; trial < 20; trial++) {
      const key = randomUUID();
      const title = `Sent five times at once, trial ${trial}`;
      const answers = await Promise.all(Array.from({ length: 5 }, () => submit(story({ title }), key)));
      assert.deepEqual(answers.map((a) => a.status), [202, 202, 202, 202, 202], `trial ${trial}: ${JSON.stringify(answers.map((a) => a.body))}`);
      assert.equal(new Set(answers.map((a) => JSON.stringify(a.body))).size, 1, 'the same answer, token included');
      const rows = await server.db.query('select id from story_submissions where title = $1', [title]);
      assert.equal(rows.length, 1);
    }
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

describe('story tags, sharing and single stories', () => {
  it('lists and shows tags, and shareable only when the author consented to sharing', async () => {
    const open = await publishStory(['first-year', 'family'], { title: 'Tagged and shareable', consentShare: true });
    const closed = await publishStory([], { title: 'Not to be shared', consentShare: false });
    const list = (await server.call('/stories?limit=50')).body.stories as StoryBody[];
    const listedOpen = list.find((s) => s.id === open)!;
    const listedClosed = list.find((s) => s.id === closed)!;
    assert.deepEqual(listedOpen.tags, ['first-year', 'family']);
    assert.equal(listedOpen.shareable, true);
    assert.deepEqual(listedClosed.tags, []);
    assert.equal(listedClosed.shareable, false);

    const byId = await server.call(`/stories/${open}`);
    assert.equal(byId.status, 200);
    assert.deepEqual(byId.body, { story: listedOpen });
    assert.equal((await server.call(`/stories/${closed}`)).body.story.shareable, false);
  });

  it('filters by tags, any of them, across pages with the cursor', async () => {
    const mine = [
      await publishStory(['tag-a'], { title: 'Filter 1' }),
      await publishStory(['tag-b', 'other'], { title: 'Filter 2' }),
      await publishStory(['other'], { title: 'Filter 3 (not matched)' }),
      await publishStory(['tag-a', 'tag-b'], { title: 'Filter 4 (both, listed once)' }),
      await publishStory([], { title: 'Filter 5 (no tags)' }),
      await publishStory(['tag-a'], { title: 'Filter 6' }),
      await publishStory(['tag-b'], { title: 'Filter 7' }),
    ];
    const expected = [mine[6], mine[5], mine[3], mine[1], mine[0]]; // newest first

    const { stories, pages } = await allPages(server, 'limit=2&tags=tag-a,tag-b');
    assert.deepEqual(stories.map((s) => s.id), expected);
    assert.equal(pages, 3);
    assert.ok(stories.every((s) => s.tags.includes('tag-a') || s.tags.includes('tag-b')));

    const onlyA = await allPages(server, 'limit=1&tags=tag-a');
    assert.deepEqual(onlyA.stories.map((s) => s.id), [mine[5], mine[3], mine[0]]);
    assert.equal(onlyA.pages, 3);

    // Spaces around commas and empty entries are ignored; an empty filter lists everything.
    assert.deepEqual((await allPages(server, 'limit=50&tags=%20tag-a%20,,tag-b,')).stories.map((s) => s.id), expected);
    assert.deepEqual((await server.call('/stories?limit=50&tags=no-such-tag')).body, { stories: [], nextCursor: null });
    assert.equal((await server.call('/stories?limit=50&tags=')).body.stories.length, (await published()).length);
  });

  const badTags: Array<[string, string]> = [
    ['an upper-case tag', 'Family'],
    ['a tag with a space inside', 'first%20year'],
    ['a tag with other characters', 'caf%C3%A9'],
    ['a tag of 41 characters', 'a'.repeat(41)],
    ['more than 10 tags', Array.from({ length: 11 }, (_, i) => `t${i}`).join(',')],
  ];
  for (const [what, tags] of badTags) {
    it(`answers 422 on the tags field for ${what}`, async () => {
      const answer = await server.call(`/stories?tags=${tags}`);
      assert.equal(answer.status, 422, JSON.stringify(answer.body));
      assert.equal(answer.body.errors[0].field, 'tags');
    });
  }

  it('shows a published story by id, and no other', async () => {
    const live = await publishStory(['first-year']);
    assert.equal((await server.call(`/stories/${live}`)).status, 200);

    const pending = await sendStory({ title: 'Still pending' });
    const rejected = await sendStory({ title: 'Rejected one' });
    await server.staff(`/staff/submissions/${rejected.id}/reject`, { method: 'POST' });
    const withdrawn = await sendStory({ title: 'Published, then withdrawn' });
    await server.staff(`/staff/submissions/${withdrawn.id}/approve`, { method: 'POST', body: { tags: ['family'] } });
    assert.equal((await server.call(`/stories/${withdrawn.id}`)).status, 200);
    await server.call(`/stories/submissions/${withdrawn.withdrawToken}`, { method: 'DELETE' });

    const missing = [pending.id, rejected.id, withdrawn.id, 'AAAAAAAAAAAAAAAA', 'not an id!', 'x'.repeat(65), '%E0%A4%A', "'; drop table story_submissions; --"];
    for (const id of missing) {
      const answer = await server.call(`/stories/${encodeURIComponent(id)}`);
      assert.equal(answer.status, 404, `${id}: ${answer.status} ${JSON.stringify(answer.body)}`);
      assert.equal(typeof answer.body.message, 'string');
    }
    assert.equal((await server.call('/stories/%E0%A4%A')).status, 404, 'a broken escape in the path');
  });

  it('staff set tags when they approve, see them in the list, and keep them when they approve again without', async () => {
    const { id } = await sendStory({ title: 'Tags from staff' });
    const pending = (await server.staff('/staff/submissions')).body.submissions.find((s: { id: string }) => s.id === id);
    assert.deepEqual(pending.tags, []);

    const approved = await server.staff(`/staff/submissions/${id}/approve`, {
      method: 'POST',
      body: { tags: ['long-term', 'family', 'long-term'], staffDisclosure: 'Lightly edited.' },
    });
    assert.equal(approved.status, 200);
    assert.deepEqual(approved.body.tags, ['long-term', 'family'], 'duplicates dropped');
    const row = (await server.staff('/staff/submissions?status=published')).body.submissions.find((s: { id: string }) => s.id === id);
    assert.deepEqual(row.tags, ['long-term', 'family']);

    const again = await server.staff(`/staff/submissions/${id}/approve`, { method: 'POST', body: { staffDisclosure: 'Edited twice.' } });
    assert.deepEqual(again.body.tags, ['long-term', 'family']);
    const retagged = await server.staff(`/staff/submissions/${id}/approve`, { method: 'POST', body: { tags: [] } });
    assert.deepEqual(retagged.body.tags, []);
  });

  const badApprovals: Array<[string, unknown]> = [
    ['an upper-case tag', ['Family']],
    ['an empty tag', ['']],
    ['a tag of 41 characters', ['a'.repeat(41)]],
    ['more than 10 tags', Array.from({ length: 11 }, (_, i) => `t${i}`)],
    ['tags that are not a list', 'family'],
  ];
  for (const [what, tags] of badApprovals) {
    it(`refuses to approve with ${what} (422 on tags)`, async () => {
      const { id } = await sendStory();
      const answer = await server.staff(`/staff/submissions/${id}/approve`, { method: 'POST', body: { tags } });
      assert.equal(answer.status, 422, JSON.stringify(answer.body));
      assert.match(answer.body.errors[0].field, /^tags(\.\d+)?$/);
      const row = (await server.staff('/staff/submissions')).body.submissions.find((s: { id: string }) => s.id === id);
      assert.equal(row.status, 'pending', 'still pending');
    });
  }

  it('the tags migration runs on a database made before it, keeping its stories', async () => {
    const older = await startServer();
    try {
      // Back to the schema before 002, with a published story in it.
      await older.db.query('alter table story_submissions drop column tags');
      await older.db.query(`delete from schema_migrations where version = '002_story_tags.sql'`);
      await older.db.query(
        `insert into story_submissions (id, display_name, title, body, consent_share, status, withdraw_token_hash, published_at)
         values ('older-story', 'Robin', 'From before tags', 'An older story.', true, 'published', 'hash', now())`,
      );
      assert.deepEqual(await migrate(older.db), ['002_story_tags.sql']);
      assert.deepEqual(await migrate(older.db), [], 'applied once');
      const shown = await older.call('/stories/older-story');
      assert.equal(shown.status, 200);
      assert.deepEqual(shown.body.story.tags, []);
      assert.equal(shown.body.story.shareable, true);
    } finally {
      await older.close();
    }
  });
});

describe('the language of a story (WCAG 3.1.2)', () => {
  it('keeps the language the story was sent in, and shows it in the list, by id and to staff', async () => {
    const { id } = await sendStory({ title: 'Sent in Spanish', lang: 'es' });
    const pending = (await server.staff('/staff/submissions')).body.submissions.find((s: { id: string }) => s.id === id);
    assert.equal(pending.lang, 'es');
    const approved = await server.staff(`/staff/submissions/${id}/approve`, { method: 'POST' });
    assert.equal(approved.body.lang, 'es');
    assert.equal((await server.call(`/stories/${id}`)).body.story.lang, 'es');
    assert.equal((await server.call('/stories?limit=50')).body.stories.find((s: { id: string }) => s.id === id).lang, 'es');
  });

  it('is null when not sent; staff set it when they approve, keep it when they approve without, and can clear it', async () => {
    const { id } = await sendStory({ title: 'Language unknown' });
    const approve = (body?: Record<string, unknown>) => server.staff(`/staff/submissions/${id}/approve`, { method: 'POST', body });
    assert.equal((await approve()).body.lang, null);
    assert.equal((await approve({ lang: 'pt-BR' })).body.lang, 'pt-BR');
    assert.equal((await approve({ tags: ['family'] })).body.lang, 'pt-BR', 'kept');
    assert.equal((await server.call(`/stories/${id}`)).body.story.lang, 'pt-BR');
    assert.equal((await approve({ lang: null })).body.lang, null, 'cleared');
  });

  for (const lang of ['ES', 'spanish', 'e', 'es_MX', 'es-', `es${'-abcdefgh'.repeat(4)}`, 'es\u0000', 42]) {
    it(`refuses the language ${JSON.stringify(lang)} (422 on lang), in a submission and from staff`, async () => {
      const sent = await submit(story({ lang }));
      assert.equal(sent.status, 422, JSON.stringify(sent.body));
      assert.equal(sent.body.errors[0].field, 'lang');
      const { id } = await sendStory();
      const approved = await server.staff(`/staff/submissions/${id}/approve`, { method: 'POST', body: { lang } });
      assert.equal(approved.status, 422, JSON.stringify(approved.body));
      assert.equal(approved.body.errors[0].field, 'lang');
    });
  }

  it('a key sent again with another language is another request (422)', async () => {
    const key = randomUUID();
    assert.equal((await submit(story({ lang: 'en' }), key)).status, 202);
    assert.equal((await submit(story({ lang: 'en' }), key)).status, 202);
    const other = await submit(story({ lang: 'es' }), key);
    assert.equal(other.status, 422);
    assert.equal(other.body.errors[0].field, 'Idempotency-Key');
  });

  it('the language migration runs on a database made before it, keeping its stories without a language', async () => {
    const older = await startServer();
    try {
      await older.db.query('alter table story_submissions drop column lang');
      await older.db.query(`delete from schema_migrations where version = '003_story_lang.sql'`);
      await older.db.query(
        `insert into story_submissions (id, display_name, title, body, consent_share, status, withdraw_token_hash, published_at)
         values ('older-story', 'Robin', 'From before languages', 'An older story.', true, 'published', 'hash', now())`,
      );
      assert.deepEqual(await migrate(older.db), ['003_story_lang.sql']);
      const shown = await older.call('/stories/older-story');
      assert.equal(shown.status, 200);
      assert.equal(shown.body.story.lang, null);
    } finally {
      await older.close();
    }
  });
});

describe('story pages', () => {
  it('pages through every published story, newest first, without repeats', async () => {
    const seeded = await startServer({}, { seed: true });
    try {
      const { stories, pages } = await allPages(seeded, 'limit=5');
      const seen = stories.map((s) => s.id);
      assert.equal(pages, 4);
      assert.equal(seen.length, 18);
      assert.equal(new Set(seen).size, 18);
      const all = (await seeded.call('/stories?limit=50')).body.stories as StoryBody[];
      const dates = all.map((s) => s.publishedAt);
      assert.deepEqual(dates, [...dates].sort().reverse());
      assert.equal((await seeded.call('/stories?cursor=not-a-cursor')).status, 422);
      assert.equal((await seeded.call('/stories?limit=500')).status, 422);
    } finally {
      await seeded.close();
    }
  });

  it('seeds tagged stories: in Spanish, with content warnings, one long, some not shareable', async () => {
    const seeded = await startServer({}, { seed: true });
    try {
      const all = (await seeded.call('/stories?limit=50')).body.stories as StoryBody[];
      assert.ok(all.every((s) => s.tags.length > 0), 'every seeded story has tags');
      assert.ok(all.filter((s) => s.contentWarning).length >= 6, 'content warnings');
      assert.ok(all.filter((s) => !s.shareable).length >= 2, 'some authors did not consent to sharing');
      const long = all.filter((s) => s.body.length > 4000);
      assert.equal(long.length, 1);
      assert.ok(long[0]!.body.split('\n\n').length >= 8, 'the long story is in paragraphs');

      const spanish = await allPages(seeded, 'limit=2&tags=spanish');
      assert.ok(spanish.stories.length >= 3);
      assert.equal(spanish.pages, Math.ceil(spanish.stories.length / 2));
      assert.ok(spanish.stories.every((s) => s.tags.includes('spanish') && /[áéíóúñ¿¡]/.test(s.body)));
      assert.ok(all.every((s) => s.lang === (s.tags.includes('spanish') ? 'es' : 'en')), 'es on the Spanish stories, en on the others');

      const either = await allPages(seeded, 'limit=3&tags=spanish,relapse-and-return');
      const expected = all.filter((s) => s.tags.includes('spanish') || s.tags.includes('relapse-and-return')).map((s) => s.id);
      assert.deepEqual(either.stories.map((s) => s.id), expected);
      assert.ok(expected.length > spanish.stories.length);
    } finally {
      await seeded.close();
    }
  });
});
