import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { defineElement } from '../src/core/define-element.js';
import { RecoverySample } from '../test/support/recovery-sample.js';
import { fakeServer, hang, htmlPage, type FakeServer } from './support/fake-fetch.js';

// The sample registers itself, but package.json's "sideEffects" names only src/**/*.define.ts, so a bare
// `import '../test/support/recovery-sample.js'` is tree-shaken out of the Storybook build. Register it here.
defineElement('recovery-sample', RecoverySample);

const records = [
  { id: '1', name: 'Tuesday night alumni group' },
  { id: '2', name: 'Sunday morning meditation' },
];

const NEVER_ANSWERS = '/__stories__/never-answers.json';
const ANSWERS_HTML = '/__stories__/home-page-instead-of-json';

/** The element and its shadow root, once rendered. */
async function sampleView(canvasElement: HTMLElement): Promise<{ sample: RecoverySample; root: ShadowRoot }> {
  const sample = canvasElement.querySelector<RecoverySample>('recovery-sample');
  await expect(sample).toBeTruthy();
  await sample!.updateComplete;
  return { sample: sample!, root: sample!.shadowRoot! };
}

function recordNames(root: ShadowRoot): (string | undefined)[] {
  return [...root.querySelectorAll('[part="record"]')].map((li) => li.textContent?.trim());
}

const meta = {
  title: 'Foundation/Shared states',
  component: 'recovery-sample',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The loading, empty, error and loaded views every recovery-widgets element shares, shown with a minimal ' +
          'sample element (`test/support/recovery-sample.ts`) built on the same base as the real ones.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Loaded: Story = {
  render: () => html`<recovery-sample .records=${records}></recovery-sample>`,
  play: async ({ canvasElement }) => {
    const { root } = await sampleView(canvasElement);
    await waitFor(() => expect(recordNames(root)).toEqual(['Tuesday night alumni group', 'Sunday morning meditation']));
    await expect(root.querySelector('[part="loading"], [part="empty"], [part="error"]')).toBeNull();
  },
};

export const Empty: Story = {
  render: () => html`<recovery-sample .records=${[]}></recovery-sample>`,
  play: async ({ canvasElement }) => {
    const { root } = await sampleView(canvasElement);
    await waitFor(() => expect(root.querySelector('[part="empty"]')?.textContent?.trim()).toBe('Nothing to show yet.'));
    await expect(root.querySelector('[part="empty"]')?.getAttribute('role')).toBe('status');
  },
};

const slowServer: FakeServer = { calls: 0 };

/**
 * The server never answers. The loading view stays until the client gives up (10 s), then the timeout
 * message appears with a retry.
 */
export const Loading: Story = {
  beforeEach: fakeServer(NEVER_ANSWERS, hang, slowServer),
  render: () => html`<recovery-sample src=${NEVER_ANSWERS}></recovery-sample>`,
  play: async ({ canvasElement }) => {
    const { root } = await sampleView(canvasElement);
    await waitFor(() => expect(slowServer.calls).toBe(1));
    const loading = root.querySelector('[part="loading"]');
    await expect(loading?.textContent?.trim()).toBe('Loading…');
    await expect(loading?.getAttribute('role')).toBe('status');
    await expect(recordNames(root)).toEqual([]);
  },
};

const brokenServer: FakeServer = { calls: 0 };

/** The server answers with an HTML page instead of JSON: a plain-language message and a retry. */
export const ErrorState: Story = {
  name: 'Error',
  beforeEach: fakeServer(ANSWERS_HTML, htmlPage, brokenServer),
  render: () => html`<recovery-sample src=${ANSWERS_HTML}></recovery-sample>`,
  play: async ({ canvasElement, step }) => {
    const { root } = await sampleView(canvasElement);
    await waitFor(() =>
      expect(root.querySelector('[part="error"] p')?.textContent?.trim()).toBe(
        'The information we received could not be read.',
      ),
    );
    await expect(root.querySelector('[part="error"]')?.getAttribute('role')).toBe('alert');
    const retry = root.querySelector<HTMLButtonElement>('[part="error"] button');
    await expect(retry?.textContent?.trim()).toBe('Try again');
    await step('Try again asks the server again', async () => {
      await userEvent.click(retry!);
      await waitFor(() => expect(brokenServer.calls).toBe(2));
      await waitFor(() =>
        expect(root.querySelector('[part="error"] p')?.textContent?.trim()).toBe(
          'The information we received could not be read.',
        ),
      );
    });
  },
};

export const Spanish: Story = {
  render: () => html`
    <recovery-sample lang="es" .records=${[]}></recovery-sample>
    <recovery-sample lang="es" .records=${records}></recovery-sample>
  `,
  play: async ({ canvasElement }) => {
    const [empty, loaded] = [...canvasElement.querySelectorAll<RecoverySample>('recovery-sample')];
    await empty!.updateComplete;
    await loaded!.updateComplete;
    const emptyRoot = empty!.shadowRoot!;
    await waitFor(() =>
      expect(emptyRoot.querySelector('[part="empty"]')?.textContent?.trim()).toBe('Todavía no hay nada que mostrar.'),
    );
    await expect(emptyRoot.querySelector('.root')?.getAttribute('lang')).toBe('es');
    await waitFor(() => expect(recordNames(loaded!.shadowRoot!)).toHaveLength(2));
  },
};

export const Dark: Story = {
  parameters: { backgrounds: { disable: true } },
  render: () => html`
    <div style="background: #0d1117; padding: 1rem;">
      <recovery-sample theme="dark" .records=${records}></recovery-sample>
    </div>
  `,
  play: async ({ canvasElement }) => {
    const { root } = await sampleView(canvasElement);
    await waitFor(() => expect(recordNames(root)).toHaveLength(2));
    const themed = root.querySelector('.root')!;
    await expect(themed.getAttribute('data-theme')).toBe('dark');
    // The dark palette's text #e8edf2, on the page's dark background (the element paints none of its own).
    await expect(getComputedStyle(themed).color).toBe('rgb(232, 237, 242)');
  },
};

export const Narrow320px: Story = {
  name: 'Narrow (320px)',
  render: () => html`
    <div style="max-width: 320px;">
      <recovery-sample
        .records=${[
          ...records,
          { id: '3', name: 'Friday evening family and friends support circle (hybrid, in person and online)' },
        ]}
      ></recovery-sample>
    </div>
  `,
  play: async ({ canvasElement }) => {
    const { sample, root } = await sampleView(canvasElement);
    await waitFor(() => expect(recordNames(root)).toHaveLength(3));
    await expect(sample.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    const themed = root.querySelector<HTMLElement>('.root')!;
    // Nothing is cut off or scrolls sideways.
    await expect(themed.scrollWidth).toBeLessThanOrEqual(themed.clientWidth);
  },
};
