import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { defineElement } from '../src/core/define-element.js';
import { RecoveryMeetings } from '../src/meetings/meetings.js';
import sussex from '../test/fixtures/meeting-guide/sussexaa.json';
import times from '../test/fixtures/meeting-guide/times.json';
import sydneyAa from '../test/fixtures/meeting-guide/sydney-aa.json';
import bmltTsml from '../test/fixtures/bmlt/tsml.json';
import { fakeServer, hang, type FakeServer } from './support/fake-fetch.js';

// Registered here: the define module is a side effect that a production Storybook build could drop.
defineElement('recovery-meetings', RecoveryMeetings);

const view = async (canvasElement: HTMLElement) => {
  const el = canvasElement.querySelector<RecoveryMeetings>('recovery-meetings')!;
  await el.updateComplete;
  return { el, root: el.shadowRoot! };
};
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const meta = {
  title: 'Elements/Meetings',
  component: 'recovery-meetings',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'A meeting finder for any Meeting Guide feed. These stories use the real Sussex County (Delaware) AA feed ' +
          'and TSML UI\'s edge cases, given through the `meetings` property.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Loaded: Story = {
  render: () => html`<recovery-meetings time-zone="America/New_York" .meetings=${sussex}></recovery-meetings>`,
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(text(root.querySelector('.count'))).toBe('123 meetings'));
    // The first 30 rows come with the data, the rest of the page of 100 in the next frame.
    await waitFor(() => expect(root.querySelectorAll('[part~="meeting"]').length).toBe(100));
  },
};

export const Searching: Story = {
  render: () => html`<recovery-meetings time-zone="America/New_York" .meetings=${sussex}></recovery-meetings>`,
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(root.querySelector('input[type="search"]')).toBeTruthy());
    await userEvent.type(root.querySelector('input[type="search"]')!, 'last call');
    await waitFor(() => expect(text(root.querySelector('.count'))).toBe('1 meeting'));
  },
};

export const NoMatch: Story = {
  name: 'Empty (no match)',
  render: () => html`<recovery-meetings .meetings=${times}></recovery-meetings>`,
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(root.querySelector('input[type="search"]')).toBeTruthy());
    await userEvent.type(root.querySelector<HTMLInputElement>('input[type="search"]')!, 'zzzz no such meeting');
    await waitFor(() => expect(text(root.querySelector('[part~="empty"]'))).toBe('No meetings match. Try fewer filters or another search.'));
  },
};

export const NoneListed: Story = {
  name: 'Empty (nothing listed)',
  render: () => html`<recovery-meetings .meetings=${[]}></recovery-meetings>`,
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(text(root.querySelector('[part~="empty"]'))).toBe('No meetings are listed here yet.'));
    await expect(root.querySelector('form.filters')).toBeNull();
  },
};

export const OpenMeeting: Story = {
  name: 'A meeting, open',
  render: () => html`<recovery-meetings time-zone="America/New_York" .meetings=${times}></recovery-meetings>`,
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(root.querySelector('[data-slug="monday-7pm"] button')).toBeTruthy());
    await userEvent.click(root.querySelector('[data-slug="monday-7pm"] button')!);
    await waitFor(() => expect(text(root.querySelector('#detail-title'))).toBe('Monday 7pm'));
    await expect(text(root.querySelector('[part~="detail"] a.primary'))).toBe('Join online');
  },
};

const slow: FakeServer = { calls: 0 };

export const Loading: Story = {
  beforeEach: fakeServer('/__stories__/meetings.json', hang, slow),
  render: () => html`<recovery-meetings src="/__stories__/meetings.json"></recovery-meetings>`,
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(text(root.querySelector('[part~="loading"]'))).toBe('Loading…'));
  },
};

export const ErrorState: Story = {
  name: 'Error',
  // A feed that is not a list of meetings: the translated error and a retry.
  render: () => html`<recovery-meetings .meetings=${{ error: 'not a feed' }}></recovery-meetings>`,
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(text(root.querySelector('[part~="error"] p'))).toBe('The information we received could not be read.'));
  },
};

const large: FakeServer = { calls: 0 };

export const TooLarge: Story = {
  name: 'Error (feed too large)',
  // A feed over the size the page accepts (`max-bytes`, here 50 kB; 32 MiB by default): the notice names the
  // limit, and offers no retry, since the same feed would be refused again.
  beforeEach: fakeServer('/__stories__/large.json', () => new Response(JSON.stringify(sussex)), large),
  render: () => html`<recovery-meetings max-bytes="50000" src="/__stories__/large.json"></recovery-meetings>`,
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() =>
      expect(text(root.querySelector('[part~="error"] p'))).toBe(
        'This information is larger than this page accepts (50 kB at most), so it cannot be shown here.',
      ),
    );
    await expect(root.querySelector('[part~="retry"]')).toBeNull();
  },
};

export const Spanish: Story = {
  render: () => html`<recovery-meetings lang="es" time-zone="America/New_York" .meetings=${times}></recovery-meetings>`,
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(text(root.querySelector('.count'))).toBe('9 reuniones'));
  },
};

export const Dark: Story = {
  render: () => html`<div style="background: #0d1117; padding: 1rem;">
    <recovery-meetings theme="dark" time-zone="America/New_York" .meetings=${times}></recovery-meetings>
  </div>`,
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(root.querySelector('[part~="meeting"]')).toBeTruthy());
    await expect(root.querySelector('.root')?.getAttribute('data-theme')).toBe('dark');
  },
};

export const Narrow320px: Story = {
  name: 'Narrow (320px)',
  render: () => html`<div style="max-width: 320px;">
    <recovery-meetings time-zone="America/New_York" .meetings=${times}></recovery-meetings>
  </div>`,
  play: async ({ canvasElement }) => {
    const { el, root } = await view(canvasElement);
    await waitFor(() => expect(root.querySelector('[part~="meeting"]')).toBeTruthy());
    await expect(el.scrollWidth).toBeLessThanOrEqual(320);
  },
};

export const FiltersOpen: Story = {
  name: 'Filters open',
  render: () => html`<recovery-meetings time-zone="America/New_York" .meetings=${sussex}></recovery-meetings>`,
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(root.querySelector('button.more')).toBeTruthy());
    await userEvent.click(root.querySelector<HTMLButtonElement>('button.more')!);
    await waitFor(() => expect(root.querySelector('#refine details')).toBeTruthy());
    await userEvent.click(root.querySelector<HTMLElement>('#refine summary')!);
    await waitFor(() => expect(root.querySelector<HTMLDetailsElement>('#refine details')!.open).toBe(true));
    await expect(root.querySelector('button.more')?.getAttribute('aria-expanded')).toBe('true');
  },
};

// The device's position, stood in for: Lewes, Delaware, where many of the Sussex County meetings are.
const inLewes = () => {
  const original = Object.getOwnPropertyDescriptor(navigator, 'geolocation');
  Object.defineProperty(navigator, 'geolocation', {
    configurable: true,
    value: { getCurrentPosition: (ok: PositionCallback) => ok({ coords: { latitude: 38.7745, longitude: -75.1393 } } as GeolocationPosition) },
  });
  return () => {
    if (original) Object.defineProperty(navigator, 'geolocation', original);
    else delete (navigator as unknown as Record<string, unknown>).geolocation;
  };
};

export const NearMe: Story = {
  name: 'Near me',
  beforeEach: inLewes,
  render: () => html`<recovery-meetings time-zone="America/New_York" .meetings=${sussex}></recovery-meetings>`,
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(root.querySelector('button.near-me')).toBeTruthy());
    await userEvent.click(root.querySelector<HTMLButtonElement>('button.near-me')!);
    await waitFor(() => expect(root.querySelector('.near-bar')).toBeTruthy());
    await expect(text(root.querySelector('button.near-me'))).toBe('Stop using my location');
    await expect(text(root.querySelector('.count'))).toBe('123 meetings, nearest first');
  },
};

const aaFeed: FakeServer = { calls: 0 };
const naServer: FakeServer = { calls: 0 };
const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
const twoPrograms = [
  { url: '/__stories__/aa-intergroup.json', label: 'AA' },
  { url: '/__stories__/na-region/main_server/', label: 'NA' },
];

export const TwoPrograms: Story = {
  name: 'Two programs (AA feed and NA BMLT server)',
  parameters: {
    docs: {
      description: {
        story:
          'An AA intergroup\'s Meeting Guide feed and an NA region\'s BMLT root server in one list, through `sources`. ' +
          'Glebe Monday Night is listed by both and shows once, with both programs.',
      },
    },
  },
  beforeEach: [
    fakeServer('/__stories__/aa-intergroup.json', () => json(sydneyAa), aaFeed),
    fakeServer('/__stories__/na-region/main_server/client_interface/tsml/', () => json(bmltTsml), naServer),
  ],
  render: () => html`<recovery-meetings time-zone="Australia/Sydney" .sources=${twoPrograms}></recovery-meetings>`,
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(text(root.querySelector('.count'))).toBe('7 meetings'));
    const glebe = [...root.querySelectorAll('[part~="meeting"]')].find((li) => text(li).includes('Glebe Monday Night'));
    await expect([...glebe!.querySelectorAll('.program')].map((b) => text(b))).toEqual(['AA', 'NA']);
  },
};

export const TwoProgramsFiltered: Story = {
  name: 'Two programs, Spanish, filtered to NA',
  beforeEach: TwoPrograms.beforeEach,
  render: () => html`<recovery-meetings lang="es" time-zone="Australia/Sydney" .sources=${twoPrograms}></recovery-meetings>`,
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(text(root.querySelector('.count'))).toBe('7 reuniones'));
    await userEvent.click(root.querySelector<HTMLButtonElement>('button.more')!);
    await waitFor(() => expect(root.querySelector('#refine .panel')).toBeTruthy());
    const na = [...root.querySelectorAll('#refine label')].find((l) => text(l) === 'NA')!;
    await userEvent.click(na.querySelector('input')!);
    await waitFor(() => expect(text(root.querySelector('.count'))).toBe('3 reuniones'));
  },
};
