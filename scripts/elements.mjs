// The one list of recovery-widgets elements. Everything else that names the elements is checked against it
// (test/node/registry.test.ts: package.json exports and sideEffects, src/define.ts, src/index.ts, the define
// modules, the stories, the README) or reads it (scripts/size.mjs, scripts/check-cdn.mjs). To add an element,
// add it here first, then make the test pass.
//
// Plain JavaScript, so that node scripts and node tests can import it without a build.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Budgets in kB (1000 bytes) min+gzip, lit and every dependency included, as reset in issue 10. */
export const ALL_ELEMENTS_BUDGET_KB = 36; // recovery-widgets/define: every element together
export const CDN_BUDGET_KB = 36; // dist/cdn/recovery-widgets.js and the chunks it imports statically

const LIST = [
  // The provider has no budget of its own: every element's budget already includes what it shares with it.
  { name: 'provider', tag: 'recovery-provider', className: 'RecoveryProvider', define: 'src/core/provider.define.ts' },
  { name: 'meetings', tag: 'recovery-meetings', className: 'RecoveryMeetings', define: 'src/meetings/meetings.define.ts', budgetKb: 22 },
  { name: 'events', tag: 'recovery-events', className: 'RecoveryEvents', define: 'src/events/events.define.ts', budgetKb: 18 },
  { name: 'milestone', tag: 'recovery-milestone', className: 'RecoveryMilestone', define: 'src/milestone/milestone.define.ts', budgetKb: 15 },
  // Filed at 16 kB (issue 11). Measured: lit 6.0 + the shared base 11.2 leave 4.8 kB, and what the entry must
  // do before any tap (cards, excerpts and Read more, content notes, paging, a story by id, crisis lines, the
  // share sheet, the "Share your story" button and the withdraw link, its strings and styles) is 5.4 kB with the
  // form, withdraw view, carousel, share panel and Spanish already split off. 17 kB, so growth is still caught.
  { name: 'stories', tag: 'recovery-stories', className: 'RecoveryStories', define: 'src/stories/stories.define.ts', budgetKb: 17 },
];

/** `src/a/b.ts` -> `./dist/a/b<suffix>` (the npm build is `tsc` from src/ into dist/). */
const dist = (source, suffix) => `./dist/${source.slice('src/'.length, -'.ts'.length)}${suffix}`;

/**
 * Every element, in the order tables list them. `built` is whether its define module exists yet; an element that is
 * not built is listed (with its budget) and nothing else is expected of it.
 */
export const ELEMENTS = LIST.map((element) =>
  Object.freeze({
    ...element,
    folder: element.define.split('/')[1],
    exportName: `./define/${element.name}`,
    types: dist(element.define, '.d.ts'),
    default: dist(element.define, '.js'),
    stories: `stories/${element.name}.stories.ts`,
    built: existsSync(`${root}${element.define}`),
  }),
);

/** The elements whose define module exists: registered by src/define.ts and the CDN file. */
export const BUILT = ELEMENTS.filter((element) => element.built);
