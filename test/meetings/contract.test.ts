/** <recovery-meetings> held to the contract every element keeps (test/support/element-contract.ts). */
import { waitUntil } from '@open-wc/testing';
import '../../src/meetings/meetings.define.js';
import type { RecoveryMeetings } from '../../src/meetings/meetings.js';
import { WORKING_API, part, runElementContract } from '../support/element-contract.js';

const id = () => `contract-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

runElementContract<RecoveryMeetings>({
  tag: 'recovery-meetings',
  // No src: it reads the seeded meetings from its api's /meetings.
  loaded: () => undefined,
  // A feed that answers 502 with an HTML page, as a broken proxy does.
  failing: (el) => {
    el.src = `/__misbehave/html?code=502&id=${id()}`;
  },
  english: ['Search', 'Upcoming', 'Filters', 'Near me', 'In person'],
  spanish: ['Buscar', 'Próximas', 'Filtros', 'Cerca de mí', 'En persona'],
  states: {
    loading: {
      setup: (el) => {
        el.src = `/__misbehave/json?delay=5000&id=${id()}`;
      },
      shows: part('loading'),
    },
    'nothing matches': {
      setup: (el) => {
        el.meetings = [];
      },
      shows: part('empty'),
    },
    'a meeting opened': {
      setup: (el) => {
        el.api = WORKING_API;
      },
      shows: part('meeting'),
      interact: async (el) => {
        el.shadowRoot!.querySelector<HTMLButtonElement>(`${part('meeting')} button`)!.click();
        await el.updateComplete;
        await waitUntil(() => el.shadowRoot!.querySelector(part('detail')), 'the open meeting', { timeout: 10_000 });
      },
    },
  },
});
