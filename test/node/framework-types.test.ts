// The types a framework developer meets first, checked the way their app checks them: small apps type-checked
// with `tsc` against the package as built (test/node/built-package.ts). A React 19 app gets every tag, typed
// properties, documented attributes with their allowed values, and `onrecovery-rsvp` handlers with the typed
// detail; `onRecoveryRsvp`, which React never fires for a custom element, is an error rather than silence. The
// main entry's types carry the tag map without the main entry registering anything.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPackage, type BuiltPackage } from './built-package.js';

let built: BuiltPackage;
let packageJson: string;
before(() => {
  packageJson = readFileSync('package.json', 'utf8');
  built = buildPackage();
});
after(() => built.remove());

const strict = { strict: true, target: 'ES2022', lib: ['ES2023', 'DOM', 'DOM.Iterable'], module: 'ESNext', moduleResolution: 'bundler' };
// What `npm create vite` gives a React + TypeScript app, and our own .d.ts files checked too.
const react = { ...strict, jsx: 'react-jsx', skipLibCheck: false, types: [] };

const REACT_APP = `
import type {} from 'recovery-widgets/jsx';
import { useRef } from 'react';
import type { RecoveryEvents, RsvpDetail } from 'recovery-widgets';

export function App() {
  const events = useRef<RecoveryEvents>(null);
  const outcomes: RsvpDetail['status'][] = [];
  return (
    <recovery-provider api="/api" lang="es" theme="dark" time-zone="America/New_York">
      <main className="page">
        <recovery-events
          ref={events}
          class="wide"
          style={{ maxWidth: '40rem', '--recovery-card': 1, '--recovery-color-accent': '#0b5cad' }}
          events={[{ id: 'e1' }]}
          limit={3}
          event-id="e1"
          timeout={5000}
          onrecovery-rsvp={(event) => outcomes.push(event.detail.status)}
          onrecovery-load={(event) => console.log(event.detail.total, event.detail.skipped)}
          onrecovery-error={(event: CustomEvent<{ message: string }>) => console.log(event.detail.message)}
        />
        <recovery-meetings src="/feed.json" meetings={[]} url-state distance-unit="km" id="finder" />
        <recovery-milestone since="2024-02-29" date-means="last-use" schedule="na" leap-day="mar1" celebrations center-name="Hope House" display="full" />
        <recovery-stories layout="carousel" submit autoplay story-id="s1" onrecovery-story-submit={(event) => console.log(event.detail.status satisfies 'pending')}>
          <p>Children are allowed</p>
        </recovery-stories>
      </main>
    </recovery-provider>
  );
}
`;

const REACT_WRONG = `
import type {} from 'recovery-widgets/jsx';

export const wrong = [
  // @ts-expect-error onRecoveryRsvp never fires: React 19 listens to the event's exact name, onrecovery-rsvp.
  <recovery-events onRecoveryRsvp={() => {}} />,
  // @ts-expect-error theme is light, dark or auto.
  <recovery-events theme="blue" />,
  // @ts-expect-error date-means is first-sober-day or last-use.
  <recovery-milestone date-means="sober-date" />,
  // @ts-expect-error the RSVP's detail has an eventId and a status, never a name.
  <recovery-events onrecovery-rsvp={(event) => console.log(event.detail.name)} />,
  // @ts-expect-error limit is a number.
  <recovery-events limit={{ max: 3 }} />,
  // @ts-expect-error the meetings come as an array.
  <recovery-meetings meetings="[]" />,
  // @ts-expect-error a token that does not exist (a typo of --recovery-card).
  <recovery-events style={{ '--recovery-cards': 1 }} />,
  // @ts-expect-error there is no such element.
  <recovery-widget />,
];
`;

const REACT_WITHOUT = `export const tag = <recovery-events limit={3} />;\n`;

const MAIN_ENTRY = `
import { RecoveryEvents, type RecoveryMilestone, type RecoveryMeetings } from 'recovery-widgets';

const list: RecoveryEvents | null = document.querySelector('recovery-events');
const milestone: RecoveryMilestone = document.createElement('recovery-milestone');
const finders: NodeListOf<RecoveryMeetings> = document.querySelectorAll('recovery-meetings');
list?.addEventListener('recovery-rsvp', (event) => console.log(event.detail.eventId));
milestone.dateMeans = 'last-use';
console.log(finders.length, RecoveryEvents.name);
`;

const PREACT_APP = `
import type {} from 'recovery-widgets/preact';
import type { RsvpDetail } from 'recovery-widgets';

const outcomes: RsvpDetail['status'][] = [];
export const app = (
  <recovery-provider api="/api" lang="es">
    <recovery-events limit={3} class="wide" events={[]} event-id="e1" onrecovery-rsvp={(event) => outcomes.push(event.detail.status)} />
    <recovery-milestone date-means="last-use" leap-day="mar1" celebrations />
  </recovery-provider>
);
export const wrong = [
  // @ts-expect-error theme is light, dark or auto.
  <recovery-events theme="blue" />,
  // @ts-expect-error the RSVP's detail has no name.
  <recovery-events onrecovery-rsvp={(event) => console.log(event.detail.name)} />,
];
`;

const SOLID_APP = `
import type {} from 'recovery-widgets/solid';
import type { RsvpDetail } from 'recovery-widgets';

const outcomes: RsvpDetail['status'][] = [];
export const app = () => (
  <recovery-provider api="/api" lang="es">
    <recovery-events limit={3} class="wide" events={[]} event-id="e1" on:recovery-rsvp={(event) => outcomes.push(event.detail.status)} />
    <recovery-stories layout="list" on:recovery-story-submit={(event) => console.log(event.detail.status)} />
  </recovery-provider>
);
export const wrong = () => [
  // @ts-expect-error layout is cards, list, single or carousel.
  <recovery-stories layout="grid" />,
  // @ts-expect-error the RSVP's detail has no name.
  <recovery-events on:recovery-rsvp={(event) => console.log(event.detail.name)} />,
];
`;

const VUE_CHECK = `
import type {} from 'recovery-widgets/vue';
import type { GlobalComponents } from 'vue';
import type { RecoveryEvents, RsvpDetail } from 'recovery-widgets';

type PropsOf<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];
const outcomes: RsvpDetail['status'][] = [];
export const events: PropsOf<'recovery-events'> = {
  limit: 3, 'event-id': 'e1', events: [], class: ['wide'], style: { maxWidth: '40rem' },
  onRecoveryRsvp: (event) => outcomes.push(event.detail.status),
};
export const milestone: PropsOf<'recovery-milestone'> = { 'date-means': 'last-use', schedule: 'na', celebrations: true };
export const element: RecoveryEvents = new (null as unknown as GlobalComponents['recovery-events'])();
// @ts-expect-error theme is light, dark or auto.
export const wrongTheme: PropsOf<'recovery-events'> = { theme: 'blue' };
// @ts-expect-error the RSVP's detail has no name.
export const wrongDetail: PropsOf<'recovery-events'> = { onRecoveryRsvp: (event) => console.log(event.detail.name) };
`;

const SVELTE_CHECK = `
import type {} from 'recovery-widgets/svelte';
import type { RsvpDetail } from 'recovery-widgets';

type PropsOf<Tag extends keyof svelteHTML.IntrinsicElements> = svelteHTML.IntrinsicElements[Tag];
const outcomes: RsvpDetail['status'][] = [];
export const events: PropsOf<'recovery-events'> = {
  limit: 3, 'event-id': 'e1', events: [], class: 'wide',
  'onrecovery-rsvp': (event) => outcomes.push(event.detail.status),
};
export const milestone: PropsOf<'recovery-milestone'> = { 'date-means': 'last-use', 'leap-day': 'mar1' };
// @ts-expect-error theme is light, dark or auto.
export const wrongTheme: PropsOf<'recovery-events'> = { theme: 'blue' };
// @ts-expect-error the RSVP's detail has no name.
export const wrongDetail: PropsOf<'recovery-events'> = { 'onrecovery-rsvp': (event) => console.log(event.detail.name) };
`;

/** Memoized: one `tsc` run serves the tests that share its settings (each run takes seconds). */
const once = <T>(run: () => T) => {
  let result: T | undefined;
  return () => (result ??= run());
};
/** tsc's diagnostics about `file`, and any about a file of no app (a library's, ours): empty when clean. */
function errorsFor(output: string, file: string, apps: string[]): string {
  const blocks = output.split(/\n(?=\S)/).filter(Boolean);
  return blocks.filter((block) => block.includes(`/${file}(`) || !apps.some((app) => block.includes(`/${app}(`))).join('\n');
}

const REACT_FILES = { 'src/App.tsx': REACT_APP, 'src/wrong.tsx': REACT_WRONG, 'src/page.ts': MAIN_ENTRY };
const reactApp = once(() => built.typeCheck('react-app', REACT_FILES, react));
const inReact = (file: keyof typeof REACT_FILES) => errorsFor(reactApp(), file, Object.keys(REACT_FILES));

it('a React 19 app type-checks every tag with properties, attributes, React props and typed event handlers', () => {
  assert.equal(inReact('src/App.tsx'), '');
});

it('a React 19 app is told what is wrong: a misspelt event, a value outside the allowed ones, a wrong detail', () => {
  // Each line must be an error: an unused @ts-expect-error is itself one.
  assert.equal(inReact('src/wrong.tsx'), '');
});

it('without recovery-widgets/jsx, a React app has no such tags (the types are opt-in, as the README says)', () => {
  assert.match(built.typeCheck('react-without', { 'src/App.tsx': REACT_WITHOUT }, react), /recovery-events.*does not exist on type 'JSX\.IntrinsicElements'/);
});

it("the main entry's types give querySelector and createElement their element classes", () => {
  assert.equal(inReact('src/page.ts'), '');
});

it("building the package for these checks leaves the repository's package.json as it was", () => {
  // The analyzer, asked to write the manifest elsewhere, used to point package.json's customElements there.
  assert.equal(readFileSync('package.json', 'utf8'), packageJson);
});

it('the main entry registers nothing: its JavaScript imports no define module', () => {
  const index = readFileSync(join(built.packageDir, 'dist', 'index.js'), 'utf8');
  assert.doesNotMatch(index, /define\.js|customElements\.define|frameworks\//);
  // The tag map is in its types only.
  assert.match(readFileSync(join(built.packageDir, 'dist', 'index.d.ts'), 'utf8'), /import '\.\/frameworks\/tags\.js';/);
});

// The other frameworks, at the versions test/node/framework-types/package-lock.json pins (installed into
// node_modules/.cache on first use). Vue and Svelte templates are checked by vue-tsc and svelte-check in the
// example apps; here, their tag types themselves, as those tools read them.
const frameworks = () => {
  built.linkFrameworks();
  return { ...strict, skipLibCheck: false, types: [] };
};
const VUE_AND_SVELTE = { 'src/vue.ts': VUE_CHECK, 'src/svelte.ts': SVELTE_CHECK };
// svelte-check loads svelte-html.d.ts itself (it is not in svelte's exports map): so does this check.
const vueAndSvelte = once(() => built.typeCheck('vue-svelte-app', VUE_AND_SVELTE, frameworks(), ['../node_modules/svelte/svelte-html.d.ts']));
const inVueAndSvelte = (file: keyof typeof VUE_AND_SVELTE) => errorsFor(vueAndSvelte(), file, Object.keys(VUE_AND_SVELTE));

it('a Preact app type-checks the tags and onrecovery-rsvp, and is told a wrong value or detail', () => {
  assert.equal(built.typeCheck('preact-app', { 'src/app.tsx': PREACT_APP }, { ...frameworks(), jsx: 'react-jsx', jsxImportSource: 'preact' }), '');
});

it('a Solid app type-checks the tags and on:recovery-rsvp, and is told a wrong value or detail', () => {
  assert.equal(built.typeCheck('solid-app', { 'src/app.tsx': SOLID_APP }, { ...frameworks(), jsx: 'preserve', jsxImportSource: 'solid-js' }), '');
});

it("Vue's GlobalComponents has every tag, with typed props and @recovery-rsvp as onRecoveryRsvp", () => {
  assert.equal(inVueAndSvelte('src/vue.ts'), '');
});

it("Svelte's svelteHTML.IntrinsicElements has every tag, with typed props and onrecovery-rsvp", () => {
  assert.equal(inVueAndSvelte('src/svelte.ts'), '');
});
