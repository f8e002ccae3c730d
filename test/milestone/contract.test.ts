/** <recovery-milestone> held to the contract every element keeps (test/support/element-contract.ts). */
import '../../src/milestone/milestone.define.js';
import type { RecoveryMilestone } from '../../src/milestone/milestone.js';
import { addDays, formatCalendarDate, todayIn } from '../../src/core/time.js';
import { part, runElementContract } from '../support/element-contract.js';

const ZONE = 'America/New_York';
/** A date `days` before today in the zone, as `since` takes it. */
const daysAgo = (days: number) => formatCalendarDate(addDays(todayIn(ZONE), -days));

runElementContract<RecoveryMilestone>({
  tag: 'recovery-milestone',
  // The count needs no API; what it loads is the center's celebrations this month.
  loaded: (el) => {
    el.since = daysAgo(45);
    el.celebrations = true;
  },
  english: ['Next: 60 days', 'days to go', 'Milestones reached', 'Share', 'Need to talk to someone now?', 'Celebrating this month'],
  spanish: ['Próximo: 60 días', 'Faltan', 'Logros alcanzados', 'Compartir', '¿Necesita hablar con alguien ahora?', 'Celebraciones de este mes'],
  states: {
    'a milestone day': {
      setup: (el) => {
        el.timeZone = ZONE;
        el.since = daysAgo(90);
      },
      shows: part('celebration'),
    },
    'no date: the visitor enters one': {
      setup: () => undefined,
      shows: part('personal'),
    },
    'celebrations with none to show (no api to ask)': {
      setup: (el) => {
        el.since = daysAgo(45);
        el.celebrations = true;
      },
      shows: part('empty'),
    },
    'a date that cannot be counted': {
      setup: (el) => {
        el.since = '2023-02-29';
      },
      shows: part('error'),
    },
  },
});
