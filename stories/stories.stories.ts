import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { defineElement } from '../src/core/define-element.js';
import { RecoveryStories } from '../src/stories/stories.js';
import type { Story as AlumniStory } from '../src/stories/parse.js';
import { fakeServer, hang, type FakeServer } from './support/fake-fetch.js';

// Registered here: the define module is a side effect that a production Storybook build could drop.
defineElement('recovery-stories', RecoveryStories);

const view = async (canvasElement: HTMLElement) => {
  const el = canvasElement.querySelector<RecoveryStories>('recovery-stories')!;
  await el.updateComplete;
  return { el, root: el.shadowRoot! };
};
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const story = (overrides: Partial<AlumniStory> & Pick<AlumniStory, 'id' | 'title' | 'body'>): AlumniStory => ({
  displayName: 'Anonymous',
  contentWarning: null,
  recoveryYears: null,
  publishedAt: '2026-10-12T15:00:00Z',
  staffDisclosure: null,
  tags: [],
  shareable: true,
  lang: null,
  featured: false,
  ...overrides,
});

const firstYear = story({
  id: 'first-year',
  title: 'The first year was the hardest, and the best',
  displayName: 'Maria',
  recoveryYears: 1,
  body:
    'When I left treatment I was sure I would not make it to ninety days. I had tried before.\n\n' +
    'What was different this time was that I did not do it alone. The Tuesday alumni group became the one appointment I never missed. ' +
    'People there had been exactly where I was, and they told me the truth about it.\n\n' +
    'A year later I have a job I like, a sponsor I call most days, and a kitchen table my kids sit at again. It is not perfect. It is mine.',
  staffDisclosure: 'Shared with the author’s permission; lightly edited for length.',
});
const family = story({
  id: 'family',
  title: 'What my family learned too',
  displayName: 'J. R.',
  recoveryYears: 6,
  body: 'My daughter came to the family weekends. We both learned that recovery is not something you do to a person.\n\nSix years on, we still talk about it.',
});
const returned = story({
  id: 'coming-back',
  title: 'Coming back after a return to use',
  recoveryYears: 0,
  contentWarning: 'Describes a return to use and a hospital stay.',
  body:
    'Eight months in, I used again. I was ashamed and I stayed away from the alumni group for weeks.\n\n' +
    'The night I came back, nobody asked me to explain. Someone made me coffee. That is the story I want people to hear: the door stays open.',
  shareable: false,
});
const long = story({
  id: 'long',
  title: 'Ten years of ordinary days',
  displayName: 'Dev',
  recoveryYears: 10,
  body: Array.from({ length: 12 }, (_, i) =>
    `Year ${i + 1}. ` + 'Some days were ordinary and some were hard, and I learned that the ordinary ones are the gift. '.repeat(4),
  ).join('\n\n'),
});
const all = [firstYear, family, returned, long];

const meta = {
  title: 'Elements/Stories',
  component: 'recovery-stories',
  tags: ['autodocs'],
  // The form keeps its draft in sessionStorage (a reload loses nothing); each story starts from a blank form.
  beforeEach: () => sessionStorage.clear(),
  parameters: {
    docs: {
      description: {
        component:
          'Alumni stories to read, share and tell. These stories give the stories through the `stories` property; the form ' +
          'stories answer its request with a stand-in for the center API (the real one is tested in web-test-runner).',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const list = (stories: AlumniStory[], attributes = html``) =>
  html`<recovery-stories api="/__stories__" share-targets="email,facebook,x" .stories=${stories}>${attributes}</recovery-stories>`;

const shows = (count: number) => async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const { root } = await view(canvasElement);
  await waitFor(() => expect(root.querySelectorAll('[part~="story"]').length).toBe(count));
};

export const Cards: Story = { render: () => list(all), play: shows(4) };

const loading: FakeServer = { calls: 0 };
export const Loading: Story = {
  name: 'Loading (skeleton rows)',
  render: () => html`<recovery-stories api="/__stories__"></recovery-stories>`,
  beforeEach: fakeServer('/__stories__/stories', hang, loading),
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(text(root.querySelector('[part~="loading"][role="status"]'))).toBe('Loading…'));
    // Rows the size of the cards that will come, hidden from screen readers (they hear "Loading…").
    const rows = root.querySelector<HTMLElement>('[part~="loading"] [aria-hidden="true"]')!;
    await expect(rows.getBoundingClientRect().height).toBeGreaterThan(400);
  },
};

export const SkipLink: Story = {
  name: 'Skip link (focused), for a long list',
  render: () => list(all),
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(root.querySelectorAll('[part~="story"]').length).toBe(4));
    // The first Tab stop (tested with real keys in test/stories/navigation.test.ts), shown while focused.
    const skip = root.querySelector<HTMLElement>('a.skip')!;
    skip.focus();
    await expect(text(skip)).toBe('Skip to the end of the list');
    await expect(skip.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
  },
};

export const AsCard: Story = {
  name: 'As a card (--recovery-card: 1) on a coloured page',
  render: () => html`<div style="background: #f5efe6; padding: 1.5rem;">
    <recovery-stories style="--recovery-card: 1" api="/__stories__" .stories=${[firstYear, family]}></recovery-stories>
  </div>`,
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(root.querySelectorAll('[part~="story"]').length).toBe(2));
    await expect(getComputedStyle(root.querySelector('.root')!).paddingTop).toBe('20px');
  },
};

export const List: Story = {
  render: () => html`<recovery-stories layout="list" api="/__stories__" .stories=${all}></recovery-stories>`,
  play: shows(4),
};

export const Single: Story = {
  name: 'Single (one story, whole)',
  render: () => html`<recovery-stories layout="single" api="/__stories__" .stories=${[firstYear]}></recovery-stories>`,
  play: shows(1),
};

export const Carousel: Story = {
  render: () => html`<recovery-stories layout="carousel" api="/__stories__" .stories=${all}></recovery-stories>`,
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(root.querySelector('[aria-roledescription="slide"]')!.getAttribute('aria-label')).toBe('Story 1 of 4'));
  },
};

export const ContentWarningClosed: Story = {
  name: 'Content note, closed',
  render: () => list([returned]),
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(text(root.querySelector('[part~="content-warning"]'))).toContain('Content note'));
  },
};

export const ContentWarningOpen: Story = {
  name: 'Content note, opened by the visitor',
  render: () => list([returned]),
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(root.querySelector('[part~="content-warning"] button')).toBeTruthy());
    await userEvent.click(root.querySelector('[part~="content-warning"] button')!);
    await waitFor(() => expect(text(root.querySelector('.body'))).toContain('the door stays open'));
  },
};

export const LongStory: Story = {
  name: 'Long story, read in full',
  render: () => list([long]),
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(root.querySelector('button.link')).toBeTruthy());
    await userEvent.click(root.querySelector('button.link')!);
    await waitFor(() => expect(root.querySelectorAll('.body p').length).toBe(12));
  },
};

export const NoStories: Story = {
  name: 'No stories yet',
  render: () => list([]),
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(text(root.querySelector('[part~="empty"]'))).toBe('No stories here yet. Please come back soon.'));
  },
};

const failing: FakeServer = { calls: 0 };
export const Error: Story = {
  render: () => html`<recovery-stories api="/__stories__"></recovery-stories>`,
  beforeEach: fakeServer('/__stories__/stories', () => new Response('Bad gateway', { status: 502 }), failing),
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(root.querySelector('[part~="retry"]')).toBeTruthy(), { timeout: 5000 });
  },
};

async function openForm(canvasElement: HTMLElement) {
  const { el, root } = await view(canvasElement);
  await waitFor(() => expect(root.querySelector('[part~="submit-form"]')).toBeTruthy());
  const type = async (name: string, value: string) => userEvent.type(root.querySelector<HTMLInputElement>(`[part~="submit-form"] [name="${name}"]`)!, value);
  return {
    el,
    root,
    type,
    fill: async () => {
      await type('displayName', 'Ana');
      await type('title', 'One day at a time');
      await type('body', 'I did not think I could do it. Then I did it for one day, and then another one, and another.');
      await userEvent.click(root.querySelector('[name="consentPublish"]')!);
    },
    send: () => userEvent.click(root.querySelector('[part~="submit-form"] button[type="submit"]')!),
  };
}

const form = () => html`<recovery-stories api="/__stories__" submit .stories=${[firstYear]}></recovery-stories>`;

export const Form: Story = {
  name: 'Form (telling a story)',
  render: form,
  play: async ({ canvasElement }) => {
    const { root } = await openForm(canvasElement);
    await expect(text(root.querySelector('[part~="submit-form"] h3'))).toBe('Share your story');
  },
};

export const FormWithErrors: Story = {
  name: 'Form with errors',
  render: form,
  play: async ({ canvasElement }) => {
    const { root, type, send } = await openForm(canvasElement);
    await type('body', 'Too short.');
    await send();
    await waitFor(() => expect(text(root.querySelector('[part~="submit-form"] .notice[role="alert"]'))).toBe('Please check the 4 fields marked below.'));
  },
};

const accepted = () =>
  new Response(JSON.stringify({ submission: { id: 's1', status: 'pending', withdrawToken: 'story-token-0123456789abcdefghijklmnopqrstuv' } }), {
    status: 202,
    headers: { 'Content-Type': 'application/json' },
  });

const sending: FakeServer = { calls: 0 };
export const Sending: Story = {
  render: form,
  beforeEach: fakeServer('/__stories__/stories', hang, sending),
  play: async ({ canvasElement }) => {
    const { root, fill, send } = await openForm(canvasElement);
    await fill();
    await send();
    await waitFor(() => expect(text(root.querySelector('[part~="submit-form"] button[type="submit"]'))).toBe('Sending…'));
  },
};

const offline: FakeServer = { calls: 0 };
export const NetworkFailure: Story = {
  name: 'Network failure, every word intact',
  render: form,
  beforeEach: fakeServer('/__stories__/stories', () => Promise.reject(new TypeError('Failed to fetch')), offline),
  play: async ({ canvasElement }) => {
    const { root, fill, send } = await openForm(canvasElement);
    await fill();
    await send();
    await waitFor(() => expect(text(root.querySelector('[part~="submit-form"] .notice[role="alert"]'))).toContain('Your story may not have been sent'));
    await expect(root.querySelector<HTMLInputElement>('[name="title"]')!.value).toBe('One day at a time');
  },
};

const thanking: FakeServer = { calls: 0 };
export const ThankYou: Story = {
  name: 'Thank you, with the withdraw link',
  render: form,
  beforeEach: fakeServer('/__stories__/stories', accepted, thanking),
  play: async ({ canvasElement }) => {
    const { root, fill, send } = await openForm(canvasElement);
    await fill();
    await send();
    await waitFor(() => expect(text(root.querySelector('[part~="confirmation"] h3'))).toBe('Thank you. Staff will read your story before it appears.'));
    await expect(thanking.calls).toBe(1);
  },
};

export const Withdraw: Story = {
  name: 'Withdraw, from the private link',
  render: () => list(all),
  beforeEach: () => {
    const before = location.href;
    history.replaceState(history.state, '', `${location.pathname}${location.search}#story-withdraw=story-token-0123456789abcdefghijklmnopqrstuv`);
    return () => history.replaceState(history.state, '', before);
  },
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(text(root.querySelector('[part~="withdraw"] h3'))).toBe('Withdraw your story'));
  },
};

export const Spanish: Story = {
  render: () => html`<recovery-stories lang="es" api="/__stories__" share-targets="email" .stories=${all}></recovery-stories>`,
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(text(root.querySelector('[data-story-id="first-year"] .byline'))).toContain('1 año en recuperación'));
  },
};

/** theme="dark" says the page behind is dark: the preview page turns dark with it. */
export const Dark: Story = {
  render: () => html`<recovery-stories theme="dark" api="/__stories__" share-targets="email" .stories=${all}></recovery-stories>`,
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(root.querySelector('.root')!.getAttribute('data-theme')).toBe('dark'));
  },
};

export const Narrow320px: Story = {
  name: 'Narrow (320px), form open',
  render: () => html`<div style="max-width: 320px;">${form()}</div>`,
  play: async ({ canvasElement }) => {
    const { el } = await openForm(canvasElement);
    await expect(el.scrollWidth).toBeLessThanOrEqual(320);
  },
};
