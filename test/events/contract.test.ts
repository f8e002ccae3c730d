/** <recovery-events> held to the contract every element keeps (test/support/element-contract.ts). */
import { waitUntil } from '@open-wc/testing';
import '../../src/events/events.define.js';
import type { RecoveryEvents } from '../../src/events/events.js';
import { apiUrl } from '../../src/core/http.js';
import { newIdempotencyKey, sendJson } from '../../src/core/send.js';
import { WORKING_API, part, runElementContract } from '../support/element-contract.js';
import { createEvent } from '../support/events-api.js';

/** Each element lists only a tag of its own, so no two tests share events or seats. */
const nextTag = () => `c${Math.random().toString(36).slice(2, 10)}`;

/** One upcoming online event of a new tag, which `el` will list. */
async function ownEvent(el: RecoveryEvents): Promise<string> {
  const tag = nextTag();
  const id = await createEvent({ title: 'Contract dinner', capacity: 10, tags: [tag] });
  el.tags = tag;
  return id;
}

const shows = (el: RecoveryEvents, selector: string, what: string) =>
  waitUntil(() => el.shadowRoot!.querySelector(selector), what, { timeout: 10_000 });

runElementContract<RecoveryEvents>({
  tag: 'recovery-events',
  loaded: async (el) => void (await ownEvent(el)),
  english: ['Online', 'spots left', 'Substance-free', 'RSVP'],
  spanish: ['En línea', 'Quedan 10 lugares', 'Libre de sustancias', 'Confirmar asistencia'],
  states: {
    loading: {
      setup: (el) => {
        el.api = '/faulty/slow/api';
        el.tags = nextTag();
      },
      shows: part('loading'),
    },
    'nothing coming up': {
      setup: (el) => {
        el.api = WORKING_API;
        el.tags = nextTag();
      },
      shows: part('empty'),
    },
    'an RSVP sent': {
      setup: async (el) => {
        el.api = WORKING_API;
        await ownEvent(el);
      },
      shows: part('event'),
      interact: async (el) => {
        el.shadowRoot!.querySelector<HTMLButtonElement>(`${part('event')} button`)!.click();
        await shows(el, part('rsvp-form'), 'the RSVP form');
        await el.updateComplete;
        const form = el.shadowRoot!.querySelector<HTMLFormElement>(part('rsvp-form'))!;
        const name = form.querySelector<HTMLInputElement>('[name="name"]')!;
        name.value = 'Ana';
        name.dispatchEvent(new Event('input', { bubbles: true }));
        await el.updateComplete;
        form.requestSubmit();
        await shows(el, part('confirmation'), 'the confirmation');
      },
    },
    'a lost link asked for': {
      setup: async (el) => {
        el.api = WORKING_API;
        await ownEvent(el);
      },
      shows: '.lost button',
      interact: async (el) => {
        el.shadowRoot!.querySelector<HTMLButtonElement>('.lost button')!.click();
        await shows(el, part('link-form'), 'the form for a lost link');
      },
    },
    'an RSVP managed from its link': {
      setup: async (el) => {
        const eventId = await createEvent({ title: 'Contract dinner', capacity: 10 });
        const { data } = await sendJson<{ rsvp: { manageToken: string } }>(
          'POST',
          apiUrl(WORKING_API, `/events/${eventId}/rsvps`),
          { name: 'Ana', guests: 0, answers: [] },
          { idempotencyKey: newIdempotencyKey() },
        );
        el.api = WORKING_API;
        el.tags = nextTag();
        history.replaceState(history.state, '', `${location.pathname}${location.search}#rsvp=${data.rsvp.manageToken}`);
        return () => history.replaceState(history.state, '', location.pathname + location.search);
      },
      shows: part('manage'),
    },
  },
});
