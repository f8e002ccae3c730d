// Server rendering with @lit-labs/ssr, as a site's server would do it: every element renders without a DOM,
// without throwing, and data the page gives is in the HTML (not a loading view), in the language of its
// provider or its own `lang` (English otherwise). Lit's Node build brings its own minimal DOM shim.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, type TemplateResult } from 'lit';
import '../../src/define.js';
import { loadLanguage, loadMeetingTypeNames } from '../../src/index.js';
import { ssrEvents, ssrMeetings, ssrStories } from '../ssr/data.js';

/** The HTML a server sends, without the styles (they contain words such as "loading"). */
async function serverHtml(template: TemplateResult): Promise<string> {
  const page = await collectResult(render(template));
  return page.replace(/<style>[\s\S]*?<\/style>/g, '');
}

/** What a reader sees: the text, without markup and Lit's comments. */
const text = (page: string) => page.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('server rendering (@lit-labs/ssr)', () => {
  it('renders meetings given as a property: their names, not "Loading…"', async () => {
    const page = await serverHtml(html`<recovery-meetings .meetings=${ssrMeetings}></recovery-meetings>`);
    assert.match(page, /<template shadowroot="open" shadowrootmode="open">/);
    assert.match(text(page), /Morning Light/);
    assert.match(text(page), /Step Study at Noon/);
    assert.doesNotMatch(text(page), /Loading/);
    // A server that did not await loadMeetingTypeNames() has no reader of the meetings' details yet: their places
    // and ways to attend are left out, never guessed.
    assert.doesNotMatch(text(page), /Not meeting now|Harbor Road/);
  });

  it("renders meeting types by name once the server loaded them (loadMeetingTypeNames), as the browser will", async () => {
    await loadMeetingTypeNames();
    const page = text(await serverHtml(html`<recovery-meetings .meetings=${ssrMeetings}></recovery-meetings>`));
    assert.match(page, /In person · Open/);
    assert.match(page, /Closed · Step Study/);
    assert.match(page, /1 Harbor Road/);
  });

  it('renders events given as a property: titles, place and seats', async () => {
    const page = text(await serverHtml(html`<recovery-events .events=${ssrEvents()}></recovery-events>`));
    assert.match(page, /Alumni dinner/);
    assert.match(page, /Community Hall/);
    assert.match(page, /12 spots left/);
    assert.doesNotMatch(page, /Loading/);
  });

  it('renders stories given as a property: titles and authors', async () => {
    const page = text(await serverHtml(html`<recovery-stories .stories=${ssrStories}></recovery-stories>`));
    assert.match(page, /A year of Tuesdays/);
    assert.match(page, /Maria/);
    assert.doesNotMatch(page, /Loading/);
  });

  it('renders a milestone from its date: the day count', async () => {
    const since = new Date(Date.now() - 400 * 86_400_000).toISOString().slice(0, 10);
    const page = text(await serverHtml(html`<recovery-milestone since=${since} time-zone="UTC"></recovery-milestone>`));
    // Day 1 was 400 days ago (in UTC, the element's zone): 400 days completed.
    assert.match(page, /\b400\b/);
    assert.doesNotMatch(page, /Loading/);
  });

  it('renders an element with neither data nor API: its loading view, and it does not throw', async () => {
    for (const tag of ['recovery-meetings', 'recovery-events', 'recovery-stories', 'recovery-milestone', 'recovery-provider']) {
      const page = await serverHtml(html`${unsafeTag(tag)}`);
      assert.match(page, new RegExp(`<${tag}[^>]*><template shadowroot`), tag);
    }
  });

  it('renders every layout and mode without throwing, now or later (no timer, no DOM call left behind)', async () => {
    const failures: unknown[] = [];
    const collect = (error: unknown) => failures.push(error);
    process.on('unhandledRejection', collect);
    try {
      const events = ssrEvents();
      const pages = await Promise.all([
        serverHtml(html`<recovery-stories layout="carousel" autoplay .stories=${ssrStories}></recovery-stories>`),
        serverHtml(html`<recovery-stories layout="single" story-id="tuesdays" .stories=${ssrStories}></recovery-stories>`),
        serverHtml(html`<recovery-stories submit api="https://center.example.org/api" .stories=${ssrStories}></recovery-stories>`),
        serverHtml(html`<recovery-events event-id="potluck" api="https://center.example.org/api" .events=${events}></recovery-events>`),
        serverHtml(html`<recovery-meetings url-state theme="dark" .meetings=${ssrMeetings}></recovery-meetings>`),
        serverHtml(html`<recovery-milestone since="2020-02-29" display="full" schedule="na"></recovery-milestone>`),
        serverHtml(html`<recovery-milestone></recovery-milestone>`),
      ]);
      assert.match(text(pages[0]), /A year of Tuesdays/);
      assert.match(text(pages[3]), /Alumni dinner/);
      assert.match(pages[4], /data-theme="dark"/);
      assert.match(text(pages[5]), /years?, \d+ months?/);
      // Parts an element asks for load on their own time: give them that time to fail, if they would.
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.deepEqual(failures, []);
    } finally {
      process.off('unhandledRejection', collect);
    }
  });

  it('takes the language of its provider, and without one, its own `lang`, else English', async () => {
    await loadLanguage('es');
    const inProvider = await serverHtml(
      html`<recovery-provider lang="es" api="https://center.example.org/api"><recovery-events .events=${ssrEvents()}></recovery-events></recovery-provider>`,
    );
    assert.match(inProvider, /<div part="base" class="root" data-theme="auto" lang="es">/);
    assert.match(text(inProvider), /Quedan 12 lugares|12 lugares/);
    const own = await serverHtml(html`<recovery-stories lang="es" .stories=${ssrStories}></recovery-stories>`);
    assert.match(own, /lang="es"/);
    const none = await serverHtml(html`<recovery-stories .stories=${ssrStories}></recovery-stories>`);
    assert.match(none, /<div part="base" class="root" data-theme="auto" lang="en">/);
  });
});

/** A bare element by tag name, as a server template would write it. */
function unsafeTag(tag: string): TemplateResult {
  const strings = Object.assign([`<${tag}></${tag}>`], { raw: [`<${tag}></${tag}>`] });
  return html(strings);
}
