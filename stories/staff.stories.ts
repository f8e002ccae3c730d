import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { defineElement } from '../src/core/define-element.js';
import { RecoveryStaff } from '../src/staff/staff.js';
import type { Role } from '../src/core/api/accounts.js';
import { fakeServer } from './support/fake-fetch.js';
import { API, accounts, attendees, audit, celebrations, events, heldMessages, mailSettings, meetings, session, smtpMessages, submissions } from './support/staff-data.js';

// Registered here: the define module is a side effect that a production Storybook build could drop.
defineElement('recovery-staff', RecoveryStaff);

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const view = async (canvasElement: HTMLElement) => {
  const el = canvasElement.querySelector<RecoveryStaff>('recovery-staff')!;
  await el.updateComplete;
  return { el, root: el.shadowRoot! };
};
const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/**
 * The console as `who` (or signed out), at the address `hash`, with the server's answers at the network boundary:
 * one `fakeServer` per path, restored in reverse order, and the address put back afterwards.
 */
function serve(who: Role | null, hash: string, routes: Record<string, () => Response> = {}) {
  return () => {
    const before = location.hash;
    history.replaceState(null, '', hash || location.pathname + location.search);
    const answers: Record<string, () => Response> = {
      '/staff/session': () => (who ? json(session(who)) : json({ message: 'Please sign in.' }, 401)),
      ...routes,
    };
    const restores = Object.entries(answers).map(([path, answer]) => fakeServer(`${API}${path}`, answer, { calls: 0 })());
    return () => {
      for (const restore of restores.reverse()) restore();
      history.replaceState(null, '', before || location.pathname + location.search);
    };
  };
}

/** Waits until the view's heading says `heading` and nothing is loading. */
const shows = (heading: string) => async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const { root } = await view(canvasElement);
  await waitFor(() => expect(text(root.querySelector('#view-heading'))).toBe(heading));
  await waitFor(() => expect(root.querySelector('[part="loading"]')).toBeNull());
};

const meta = {
  title: 'Staff/Console',
  component: 'recovery-staff',
  tags: ['autodocs'],
  render: () => html`<recovery-staff api=${API}></recovery-staff>`,
  parameters: {
    docs: {
      description: {
        component:
          'The staff console (`recovery-widgets/staff`, never in the visitor bundle): moderation, events and check-in, celebrations, meetings, staff accounts and the audit log, over the contract’s `/staff/*` endpoints. Answers here are stand-ins at the network boundary.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const SignIn: Story = {
  name: 'Sign in',
  beforeEach: serve(null, ''),
  play: shows('Sign in to the staff console'),
};

let attempts = 0;
export const SignInThrottled: Story = {
  name: 'Sign in: too many attempts',
  beforeEach: () => {
    attempts = 0; // the first answer is the console asking who is signed in; the next, the sign-in
    return serve(null, '', {
      '/staff/session': () =>
        attempts++ === 0
          ? json({ message: 'Please sign in.' }, 401)
          : json({ message: 'Too many attempts. Please wait 120 seconds and try again.' }, 429, { 'Retry-After': '120' }),
    })();
  },
  play: async (context) => {
    await shows('Sign in to the staff console')(context);
    const { root } = await view(context.canvasElement);
    await userEvent.type(root.querySelector('#sign-in-email')!, 'coordinator@harborlight.example');
    await userEvent.type(root.querySelector('#sign-in-password')!, 'not my password');
    await userEvent.click(root.querySelector('button[type="submit"]')!);
    await waitFor(() => expect(text(root.querySelector('.notice.error'))).toContain('please wait 120 seconds'));
  },
};

export const StoriesQueue: Story = {
  name: 'Stories: the queue',
  beforeEach: serve('moderator', '#/stories', { '/staff/submissions': () => json({ submissions }) }),
  play: shows('Stories'),
};

export const StoryReview: Story = {
  name: 'Stories: deciding on one',
  beforeEach: serve('moderator', '#/stories/pending/sub-chris', { '/staff/submissions': () => json({ submissions }) }),
  play: shows('What the alumni calls mean to me'),
};

export const Events: Story = {
  name: 'Events: upcoming',
  beforeEach: serve('coordinator', '#/events', { '/staff/events': () => json({ events }) }),
  play: shows('Events'),
};

export const EventAttendees: Story = {
  name: 'Events: who is coming',
  beforeEach: serve('coordinator', '#/events/game-night', { '/staff/events/game-night/attendees': () => json({ event: events[0], attendees }) }),
  play: shows('Board game night'),
};

export const CheckIn: Story = {
  name: 'Events: check-in at the door',
  beforeEach: serve('coordinator', '#/events/game-night/check-in', { '/staff/events/game-night/attendees': () => json({ event: events[0], attendees }) }),
  play: shows('Check-in: Board game night'),
};

export const CheckInPhone: Story = {
  name: 'Events: check-in on a phone (375px), Spanish, searching',
  render: () => html`<div style="max-width: 375px;"><recovery-staff api=${API} lang="es"></recovery-staff></div>`,
  beforeEach: serve('coordinator', '#/events/game-night/check-in', { '/staff/events/game-night/attendees': () => json({ event: events[0], attendees }) }),
  play: async (context) => {
    await shows('Registro de llegadas: Board game night')(context);
    const { el, root } = await view(context.canvasElement);
    await userEvent.type(root.querySelector('#door-search')!, 'ana');
    await waitFor(() => expect([...root.querySelectorAll('.guest strong')].map(text)).toEqual(['Ana María López']));
    await expect(el.scrollWidth).toBeLessThanOrEqual(375);
  },
};

export const EventForm: Story = {
  name: 'Events: a new event',
  beforeEach: serve('coordinator', '#/events/new'),
  play: shows('Create an event'),
};

export const Celebrations: Story = {
  beforeEach: serve('coordinator', '#/celebrations', { '/staff/celebrations': () => json({ celebrations }) }),
  play: shows('Celebrations'),
};

export const Meetings: Story = {
  beforeEach: serve('coordinator', '#/meetings', { '/staff/meetings': () => json({ meetings }) }),
  play: shows('Meetings'),
};

export const MailNotSetUp: Story = {
  name: 'E-mail: not set up, the outbox',
  beforeEach: serve('coordinator', '#/mail', { '/staff/mail': () => json(mailSettings()), '/staff/mail/messages': () => json({ messages: heldMessages }) }),
  play: async (context) => {
    await shows('E-mail')(context);
    const { root } = await view(context.canvasElement);
    await expect(text(root.querySelector('#not-set-up-heading'))).toBe('E-mail is not set up: these messages would have been sent');
    await expect(text(root.querySelector('.policy'))).toContain('are erased 30 days after the event ends; only counts remain.');
    const first = root.querySelector<HTMLElement>('.message summary')!;
    await userEvent.click(first);
    await waitFor(() => expect(root.querySelector('.message details')!.hasAttribute('open')).toBe(true));
    await expect(text(root.querySelector('.mail-text'))).toContain('You have a place. We look forward to seeing you.');
  },
};

let retried = 0;
export const MailFailed: Story = {
  name: 'E-mail: sent through SMTP, one failed, sent again',
  render: () => html`<recovery-staff api=${API} theme="dark"></recovery-staff>`,
  beforeEach: () => {
    retried = 0;
    const failed = smtpMessages.find((m) => m.status === 'dead')!;
    return serve('admin', '#/mail', {
      '/staff/mail': () => json(mailSettings({ delivery: 'smtp', counts: { held: 0, pending: 1, sent: 41, dead: retried ? 0 : 1 } })),
      '/staff/mail/messages': () => json({ messages: smtpMessages.map((m) => (m === failed && retried ? { ...m, status: 'pending' } : m)) }),
      [`/staff/mail/messages/${failed.id}/retry`]: () => json({ message: { ...failed, status: 'pending', attempts: 0 } }, retried++ ? 409 : 200),
    })();
  },
  play: async (context) => {
    await shows('E-mail')(context);
    const { root } = await view(context.canvasElement);
    await expect(root.querySelector('#not-set-up-heading')).toBeNull();
    await userEvent.click(root.querySelector<HTMLButtonElement>('button.retry')!);
    await waitFor(() => expect(text(root.querySelector('.notice[role="status"]'))).toBe('Queued to be sent again: A seat opened: Game night, Sat, Dec 5.'));
    await waitFor(() => expect(root.querySelector('button.retry')).toBeNull());
  },
};

export const MailPhone: Story = {
  name: 'E-mail on a phone (375px), Spanish',
  render: () => html`<div style="max-width: 375px;"><recovery-staff api=${API} lang="es"></recovery-staff></div>`,
  beforeEach: serve('coordinator', '#/mail', { '/staff/mail': () => json(mailSettings()), '/staff/mail/messages': () => json({ messages: heldMessages }) }),
  play: async (context) => {
    await shows('Correo electrónico')(context);
    const { el, root } = await view(context.canvasElement);
    await expect(text(root.querySelector('#not-set-up-heading'))).toBe('El correo electrónico no está configurado: estos mensajes se habrían enviado');
    await expect(el.scrollWidth).toBeLessThanOrEqual(375);
  },
};

export const Accounts: Story = {
  name: 'Staff accounts',
  beforeEach: serve('admin', '#/accounts', { '/staff/accounts': () => json({ accounts }) }),
  play: shows('Staff accounts'),
};

export const AuditLog: Story = {
  name: 'Audit log, dark',
  render: () => html`<recovery-staff api=${API} theme="dark"></recovery-staff>`,
  beforeEach: serve('admin', '#/audit', { '/staff/audit': () => json({ entries: audit, nextCursor: null }), '/staff/accounts': () => json({ accounts }) }),
  play: shows('Audit log'),
};

export const MustChangePassword: Story = {
  name: 'A password an admin set',
  beforeEach: () => {
    const base = serve('coordinator', '')();
    const restore = fakeServer(`${API}/staff/session`, () => json({ ...session('coordinator'), account: { ...session('coordinator').account, mustChangePassword: true } }), { calls: 0 })();
    return () => {
      restore();
      base();
    };
  },
  play: shows('Change your password'),
};
