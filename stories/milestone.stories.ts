import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { defineElement } from '../src/core/define-element.js';
import { RecoveryMilestone } from '../src/milestone/milestone.js';
import { STORAGE_KEY } from '../src/milestone/extras/index.js';
import { addDays, formatCalendarDate, todayIn } from '../src/core/time.js';
import { fakeServer, type FakeServer } from './support/fake-fetch.js';

// Registered here: the define module is a side effect that a production Storybook build could drop.
defineElement('recovery-milestone', RecoveryMilestone);

const ZONE = 'America/New_York';
/** A date `days` before today, so the stories show the same counts whatever the day. */
const daysAgo = (days: number) => formatCalendarDate(addDays(todayIn(ZONE), -days));
const view = async (canvasElement: HTMLElement) => {
  const el = canvasElement.querySelector<RecoveryMilestone>('recovery-milestone')!;
  await el.updateComplete;
  return { el, root: el.shadowRoot! };
};
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const meta = {
  title: 'Elements/Milestone',
  component: 'recovery-milestone',
  tags: ['autodocs'],
  // Personal mode may remember a date on this device; each story starts without one.
  beforeEach: () => localStorage.removeItem(STORAGE_KEY),
  parameters: {
    docs: {
      description: {
        component:
          'Time in recovery from a calendar date. Dates in these stories are relative to today, so the counts stay the same.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Counting: Story = {
  render: () => html`<recovery-milestone since=${daysAgo(45)} time-zone=${ZONE} display="full"></recovery-milestone>`,
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(text(root.querySelector('[part~="days"]'))).toBe('45'));
  },
};

export const MilestoneDay: Story = {
  name: 'Milestone day',
  render: () => html`<recovery-milestone since=${daysAgo(90)} time-zone=${ZONE}></recovery-milestone>`,
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(text(root.querySelector('[part~="celebration"]'))).toBe('Today marks 90 days. Congratulations!'));
  },
};

export const PersonalEntry: Story = {
  name: 'Personal entry',
  render: () => html`<recovery-milestone time-zone=${ZONE}></recovery-milestone>`,
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(root.querySelector('#personal-date')).toBeTruthy());
    await expect(text(root.querySelector('.intro'))).toContain('Every day counts.');
  },
};

export const PersonalFutureDate: Story = {
  name: 'Personal entry, a date in the future',
  render: () => html`<recovery-milestone time-zone=${ZONE}></recovery-milestone>`,
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(root.querySelector('#personal-date')).toBeTruthy());
    root.querySelector<HTMLInputElement>('#personal-date')!.value = daysAgo(-3);
    await userEvent.click(root.querySelector<HTMLButtonElement>('form[part~="personal"] button[type="submit"]')!);
    await waitFor(() => expect(text(root.querySelector('#personal-date-error'))).toBe('That date is in the future. Please choose today or an earlier date.'));
  },
};

export const Remembered: Story = {
  render: () => html`<recovery-milestone time-zone=${ZONE}></recovery-milestone>`,
  beforeEach: () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ since: daysAgo(400), dateMeans: 'first-sober-day' }));
    return () => localStorage.removeItem(STORAGE_KEY);
  },
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(text(root.querySelector('[part~="personal"]'))).toContain('Forget my date'));
  },
};

export const NaSchedule: Story = {
  name: 'NA keytags',
  render: () => html`<recovery-milestone since=${daysAgo(800)} schedule="na" time-zone=${ZONE}></recovery-milestone>`,
  play: async ({ canvasElement }) => {
    const { el } = await view(canvasElement);
    await waitFor(() => expect(el.nextMilestone?.label).toBe('3 years, black keytag'));
  },
};

export const CustomSchedule: Story = {
  name: 'Custom schedule',
  render: () => html`<recovery-milestone since=${daysAgo(20)} milestones="7d, 14d, 21d, 100d" time-zone=${ZONE}></recovery-milestone>`,
  play: async ({ canvasElement }) => {
    const { el } = await view(canvasElement);
    await waitFor(() => expect(el.nextMilestone?.label).toBe('21 days'));
  },
};

const celebrations: FakeServer = { calls: 0 };
export const CenterCelebrations: Story = {
  name: 'Center celebrations',
  render: () => html`<recovery-milestone api="/__stories__" celebrations time-zone=${ZONE} since=${daysAgo(30)}></recovery-milestone>`,
  beforeEach: fakeServer(
    '/__stories__/milestones/celebrations',
    () =>
      new Response(
        JSON.stringify({
          celebrations: [
            { displayName: 'Maria G.', span: { count: 30, unit: 'days' }, date: daysAgo(0) },
            { displayName: 'Dev', span: { count: 1, unit: 'years' }, date: daysAgo(0) },
            { displayName: 'Anonymous', span: { count: 5, unit: 'years' }, date: daysAgo(0) },
          ],
        }),
        { status: 200, headers: { 'Content-Type': 'application/json' } },
      ),
    celebrations,
  ),
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(root.querySelectorAll('[part~="celebrations"] li').length).toBe(3));
  },
};

export const Spanish: Story = {
  render: () => html`<recovery-milestone lang="es" since=${daysAgo(45)} time-zone=${ZONE}></recovery-milestone>`,
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(text(root.querySelector('.unit'))).toBe('días'));
  },
};

export const Dark: Story = {
  render: () => html`<recovery-milestone theme="dark" since=${daysAgo(90)} schedule="na" time-zone=${ZONE}></recovery-milestone>`,
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(root.querySelector('.root')!.getAttribute('data-theme')).toBe('dark'));
  },
};

export const InvalidDate: Story = {
  name: 'Error (impossible date)',
  render: () => html`<recovery-milestone since="2023-02-29"></recovery-milestone>`,
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(text(root.querySelector('[part~="error"]'))).toContain('There is no such date'));
  },
};

export const Sharing: Story = {
  render: () => html`<recovery-milestone since=${daysAgo(90)} time-zone=${ZONE} center-name="Harbor Light Recovery Center"></recovery-milestone>`,
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(root.querySelector('.counter button')).toBeTruthy());
    await userEvent.click([...root.querySelectorAll('button')].find((b) => text(b) === 'Share')!);
    await waitFor(() => expect(root.querySelector('#share-text')).toBeTruthy());
  },
};

export const Narrow320px: Story = {
  name: 'Narrow (320px)',
  render: () => html`<div style="max-width: 320px;"><recovery-milestone since=${daysAgo(800)} schedule="na" display="full" time-zone=${ZONE}></recovery-milestone></div>`,
  play: async ({ canvasElement }) => {
    const { el } = await view(canvasElement);
    await expect(el.scrollWidth).toBeLessThanOrEqual(320);
  },
};
