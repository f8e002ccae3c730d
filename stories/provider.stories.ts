import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../src/core/provider.define.js';
import { defineElement } from '../src/core/define-element.js';
import { RecoverySample } from '../test/support/recovery-sample.js';

// The sample registers itself, but package.json's "sideEffects" names only src/**/*.define.ts, so a bare
// `import '../test/support/recovery-sample.js'` is tree-shaken out of the Storybook build. Register it here.
defineElement('recovery-sample', RecoverySample);

const records = [
  { id: '1', name: 'Tuesday night alumni group' },
  { id: '2', name: 'Sunday morning meditation' },
];

/** The shadow root of the `recovery-sample` with the given id, once it has rendered. */
async function sampleView(canvasElement: HTMLElement, id: string): Promise<{ sample: RecoverySample; root: ShadowRoot }> {
  const sample = canvasElement.querySelector<RecoverySample>(`recovery-sample#${id}`);
  await expect(sample).toBeTruthy();
  await sample!.updateComplete;
  return { sample: sample!, root: sample!.shadowRoot! };
}

const meta = {
  title: 'Foundation/Provider',
  component: 'recovery-provider',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Wrap the widgets of a page in one `<recovery-provider>` to set their API, language, time zone and theme once. ' +
          'An element’s own attribute always wins over the provider’s.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Every element inside takes the provider's language, theme and time zone. */
export const SharedSettings: Story = {
  render: () => html`
    <recovery-provider lang="es" theme="dark" time-zone="America/Bogota">
      <recovery-sample id="loaded" .records=${records}></recovery-sample>
      <recovery-sample id="empty" .records=${[]}></recovery-sample>
    </recovery-provider>
  `,
  play: async ({ canvasElement, step }) => {
    await step('the list shows the records', async () => {
      const { root } = await sampleView(canvasElement, 'loaded');
      await waitFor(() =>
        expect([...root.querySelectorAll('[part="record"]')].map((li) => li.textContent?.trim())).toEqual([
          'Tuesday night alumni group',
          'Sunday morning meditation',
        ]),
      );
    });
    await step('the empty list speaks Spanish', async () => {
      const { root } = await sampleView(canvasElement, 'empty');
      await waitFor(() => expect(root.querySelector('[part="empty"]')?.textContent?.trim()).toBe('Todavía no hay nada que mostrar.'));
      await expect(root.querySelector('.root')?.getAttribute('lang')).toBe('es');
    });
    await step('both are dark and use the provider’s time zone', async () => {
      for (const id of ['loaded', 'empty']) {
        const { sample, root } = await sampleView(canvasElement, id);
        await expect(root.querySelector('.root')?.getAttribute('data-theme')).toBe('dark');
        // #e8edf2, the dark palette's text
        await expect(getComputedStyle(root.querySelector('.root')!).color).toBe('rgb(232, 237, 242)');
        await expect(sample.effectiveTimeZone).toBe('America/Bogota');
      }
    });
  },
};

/** The provider says Spanish; the second element says `lang="en"` itself, and English wins for it alone. */
export const OwnAttributeWins: Story = {
  render: () => html`
    <recovery-provider lang="es">
      <recovery-sample id="inherits" .records=${[]}></recovery-sample>
      <recovery-sample id="own" lang="en" .records=${[]}></recovery-sample>
    </recovery-provider>
  `,
  play: async ({ canvasElement }) => {
    const inherits = (await sampleView(canvasElement, 'inherits')).root;
    const own = (await sampleView(canvasElement, 'own')).root;
    await waitFor(() => expect(inherits.querySelector('[part="empty"]')?.textContent?.trim()).toBe('Todavía no hay nada que mostrar.'));
    await waitFor(() => expect(own.querySelector('[part="empty"]')?.textContent?.trim()).toBe('Nothing to show yet.'));
    await expect(own.querySelector('.root')?.getAttribute('lang')).toBe('en');
  },
};
