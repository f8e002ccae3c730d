/** <recovery-stories> held to the contract every element keeps (test/support/element-contract.ts). */
import { waitUntil } from '@open-wc/testing';
import '../../src/stories/stories.define.js';
import type { RecoveryStories } from '../../src/stories/stories.js';
import { WORKING_API, part, runElementContract } from '../support/element-contract.js';
import { nextTag, publishStory } from '../support/stories-api.js';

const LONG = `${'Some days were harder than others, and I kept going. '.repeat(10)}\n\nThat was enough.`;

/** A published story of a new tag, with a content note and room to read more, which `el` will list. */
async function ownStory(el: RecoveryStories, overrides = {}): Promise<string> {
  const tag = nextTag();
  const { id } = await publishStory(tag, { body: LONG, recoveryYears: 3, ...overrides });
  el.tags = tag;
  return id;
}

const shows = (el: RecoveryStories, selector: string, what: string) =>
  waitUntil(() => el.shadowRoot!.querySelector(selector), what, { timeout: 10_000 });

runElementContract<RecoveryStories>({
  tag: 'recovery-stories',
  loaded: async (el) => void (await ownStory(el)),
  english: ['years in recovery', 'Read more', 'Share your story', 'Need to talk to someone now?'],
  spanish: ['años en recuperación', 'Leer más', 'Comparta su historia', '¿Necesita hablar con alguien ahora?'],
  states: {
    loading: {
      setup: (el) => {
        el.api = '/faulty/slow/api';
        el.tags = nextTag();
      },
      shows: part('loading'),
    },
    'no stories yet': {
      setup: (el) => {
        el.api = WORKING_API;
        el.tags = nextTag();
      },
      shows: part('empty'),
    },
    'a story with a content note': {
      setup: async (el) => {
        el.api = WORKING_API;
        await ownStory(el, { contentWarning: 'Describes a hard night.' });
      },
      shows: part('content-warning'),
    },
    'a story told': {
      setup: (el) => {
        el.api = WORKING_API;
        el.tags = nextTag();
        el.submit = true;
      },
      shows: part('submit-form'),
      interact: async (el) => {
        const form = el.shadowRoot!.querySelector<HTMLFormElement>(part('submit-form'))!;
        const set = (name: string, value: string | boolean) => {
          const input = form.querySelector<HTMLInputElement & HTMLTextAreaElement>(`[name="${name}"]`)!;
          if (typeof value === 'boolean') input.checked = value;
          else input.value = value;
          input.dispatchEvent(new Event(typeof value === 'boolean' ? 'change' : 'input', { bubbles: true }));
        };
        set('displayName', 'Ana');
        set('title', `Contract story ${nextTag()}`);
        set('body', LONG);
        set('consentPublish', true);
        await el.updateComplete;
        form.requestSubmit();
        await shows(el, part('confirmation'), 'the thank-you');
      },
    },
    'a story withdrawn from its link': {
      setup: async (el) => {
        const { withdrawToken } = await publishStory(nextTag());
        el.api = WORKING_API;
        el.tags = nextTag();
        history.replaceState(history.state, '', `${location.pathname}${location.search}#story-withdraw=${withdrawToken}`);
        return () => history.replaceState(history.state, '', location.pathname + location.search);
      },
      shows: part('withdraw'),
    },
  },
});
