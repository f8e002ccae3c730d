import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { defineElement } from '../src/core/define-element.js';
import { RecoveryEvents } from '../src/events/events.js';
import type { AlumniEvent } from '../src/events/parse.js';
import { sampleEvent } from '../test/support/sample-event.js';
import { fakeServer, hang, type FakeServer } from './support/fake-fetch.js';

// Registered here: the define module is a side effect that a production Storybook build could drop.
defineElement('recovery-events', RecoveryEvents);

const view = async (canvasElement: HTMLElement) => {
  const el = canvasElement.querySelector<RecoveryEvents>('recovery-events')!;
  await el.updateComplete;
  return { el, root: el.shadowRoot! };
};
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Days from now at a local hour in New York, so the stories' events stay upcoming. */
function at(days: number, hour: number, hours = 2): Pick<AlumniEvent, 'start' | 'end'> {
  const day = new Date(Date.now() + days * 86_400_000);
  const start = new Date(`${day.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00:00-05:00`);
  return { start: start.toISOString(), end: new Date(start.getTime() + hours * 3_600_000).toISOString() };
}

const potluck = sampleEvent({
  id: 'potluck',
  title: 'Alumni dinner: winter potluck',
  description: 'Bring a dish if you can, or just bring yourself. Mocktails by the family program.',
  ...at(5, 18),
  spotsLeft: 28,
});
const gameNight = sampleEvent({
  id: 'game-night',
  title: 'Board game night',
  description: 'Cards, board games and coffee. Newcomers to the alumni group especially welcome.',
  ...at(3, 19),
  capacity: 12,
  spotsLeft: 2,
  maxGuests: 1,
  questions: [],
  calendarTitle: 'Game night',
});
const fullDinner = sampleEvent({ id: 'milestone-dinner', title: 'Milestone dinner', ...at(9, 18), spotsLeft: 0, waitlist: true });
const cancelled = sampleEvent({
  id: 'beach-cleanup',
  title: 'Volunteer day: beach cleanup',
  description: 'Gloves and bags provided.',
  ...at(7, 9, 3),
  status: 'cancelled',
  rsvpOpen: false,
  venue: { name: 'Cape Henlopen State Park, north lot', address: '15099 Cape Henlopen Dr, Lewes, DE 19958', latitude: null, longitude: null },
});
const online = sampleEvent({
  id: 'online-check-in',
  title: 'Online alumni check-in',
  description: 'A lunchtime video call for alumni who have moved away. Camera optional.',
  ...at(1, 12, 1),
  venue: null,
  online: true,
  capacity: null,
  spotsLeft: null,
  maxGuests: 0,
  contactFields: [],
  questions: [],
  calendarTitle: 'Lunch call',
});
const all = [online, gameNight, potluck, cancelled, fullDinner];

const meta = {
  title: 'Elements/Events',
  component: 'recovery-events',
  tags: ['autodocs'],
  // The form keeps its draft in sessionStorage (a reload loses nothing); each story starts from a blank form.
  beforeEach: () => sessionStorage.clear(),
  parameters: {
    docs: {
      description: {
        component:
          'Alumni events with RSVP. These stories give the events through the `events` property; the RSVP stories ' +
          'answer the form’s request with a stand-in for the center API (the real one is tested in web-test-runner).',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const list = (events: AlumniEvent[]) =>
  html`<recovery-events api="/__stories__" .events=${events}></recovery-events>`;

export const List: Story = {
  render: () => list(all),
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(root.querySelectorAll('[part~="event"]').length).toBe(5));
  },
};

export const SingleEvent: Story = {
  name: 'Single event (its own page)',
  render: () => html`<recovery-events api="/__stories__" event-id="potluck" .events=${all}></recovery-events>`,
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(root.querySelector('#rsvp-potluck')).toBeTruthy());
  },
};

export const NearlyFull: Story = {
  render: () => list([gameNight]),
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(text(root.querySelector('.spots'))).toBe('2 spots left'));
  },
};

export const FullWithWaitlist: Story = {
  name: 'Full, with a waitlist',
  render: () => list([fullDinner]),
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(text(root.querySelector('.toggle'))).toBe('Join the waitlist'));
  },
};

export const Cancelled: Story = {
  render: () => list([cancelled]),
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(text(root.querySelector('.badges'))).toContain('Cancelled'));
    await expect(root.querySelector('.toggle')).toBeNull();
  },
};

export const Online: Story = {
  render: () => list([online]),
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(text(root.querySelector('.where'))).toBe('Online'));
  },
};

async function openAndFill(canvasElement: HTMLElement, id: string, fields: Record<string, string>) {
  const { el, root } = await view(canvasElement);
  await waitFor(() => expect(root.querySelector(`[data-event-id="${id}"] .toggle`)).toBeTruthy());
  await userEvent.click(root.querySelector(`[data-event-id="${id}"] .toggle`)!);
  await waitFor(() => expect(root.querySelector(`#rsvp-${id}`)).toBeTruthy());
  for (const [name, value] of Object.entries(fields)) {
    await userEvent.type(root.querySelector<HTMLInputElement>(`#rsvp-${id} [name="${name}"]`)!, value);
  }
  return { el, root, send: () => userEvent.click(root.querySelector(`#rsvp-${id} button[type="submit"]`)!) };
}

export const FormWithErrors: Story = {
  name: 'Form with errors',
  render: () => list([potluck]),
  play: async ({ canvasElement }) => {
    const { root, send } = await openAndFill(canvasElement, 'potluck', { email: 'ana@' });
    await send();
    await waitFor(() => expect(text(root.querySelector('#rsvp-potluck .notice[role="alert"]'))).toBe('Please check 2 fields.'));
  },
};

const rsvpPath = (id: string) => `/__stories__/events/${id}/rsvps`;
const created = (status: 'confirmed' | 'waitlisted', joinUrl?: string) => () =>
  Promise.resolve(new Response(JSON.stringify({ rsvp: { id: 'r1', status, manageToken: 'story-token-0123456789abcdefghijklmnopqrstuv', joinUrl } }), {
    status: 201,
    headers: { 'Content-Type': 'application/json' },
  }));

const submitting: FakeServer = { calls: 0 };
export const Submitting: Story = {
  render: () => list([potluck]),
  beforeEach: fakeServer(rsvpPath('potluck'), hang, submitting),
  play: async ({ canvasElement }) => {
    const { root, send } = await openAndFill(canvasElement, 'potluck', { name: 'Ana', email: 'ana@example.org' });
    await send();
    await waitFor(() => expect(text(root.querySelector('#rsvp-potluck button[type="submit"]'))).toBe('Sending…'));
  },
};

const confirming: FakeServer = { calls: 0 };
export const Confirmed: Story = {
  render: () => list([potluck]),
  beforeEach: fakeServer(rsvpPath('potluck'), created('confirmed'), confirming),
  play: async ({ canvasElement }) => {
    const { root, send } = await openAndFill(canvasElement, 'potluck', { name: 'Ana', email: 'ana@example.org' });
    await send();
    await waitFor(() => expect(text(root.querySelector('[part~="confirmation"] h4'))).toBe('You’re on the list. See you there!'));
    await expect(text(root.querySelector('[part~="confirmation"] .recap'))).toContain('Ana');
    await expect(confirming.calls).toBe(1);
  },
};

const joining: FakeServer = { calls: 0 };
export const ConfirmedOnline: Story = {
  name: 'Confirmed, online (join link)',
  render: () => list([online]),
  beforeEach: fakeServer(rsvpPath('online-check-in'), created('confirmed', 'https://meet.example.org/alumni'), joining),
  play: async ({ canvasElement }) => {
    const { root, send } = await openAndFill(canvasElement, 'online-check-in', { name: 'Ana' });
    await send();
    await waitFor(() => expect(text(root.querySelector('[part~="confirmation"] a.button'))).toBe('Join online'));
  },
};

const waitlisting: FakeServer = { calls: 0 };
export const Waitlisted: Story = {
  render: () => list([fullDinner]),
  beforeEach: fakeServer(rsvpPath('milestone-dinner'), created('waitlisted'), waitlisting),
  play: async ({ canvasElement }) => {
    const { root, send } = await openAndFill(canvasElement, 'milestone-dinner', { name: 'Ana', email: 'ana@example.org' });
    await send();
    await waitFor(() => expect(text(root.querySelector('[part~="confirmation"] h4'))).toContain('You’re on the waitlist'));
  },
};

const offline: FakeServer = { calls: 0 };
export const NetworkFailure: Story = {
  name: 'Network failure, form intact',
  render: () => list([potluck]),
  beforeEach: fakeServer(rsvpPath('potluck'), () => Promise.reject(new TypeError('Failed to fetch')), offline),
  play: async ({ canvasElement }) => {
    const { root, send } = await openAndFill(canvasElement, 'potluck', { name: 'Ana', email: 'ana@example.org' });
    await send();
    await waitFor(() => expect(text(root.querySelector('#rsvp-potluck .notice[role="alert"]'))).toContain('Your RSVP may not have reached us'));
    await expect(root.querySelector<HTMLInputElement>('#rsvp-potluck [name="name"]')!.value).toBe('Ana');
  },
};

/** Opens the manage view of a private link (`#rsvp=<token>`) for the story, and puts the address back after it. */
function privateLink(token: string, answer?: () => Promise<Response>) {
  return () => {
    const before = location.href;
    history.replaceState(history.state, '', `${location.pathname}${location.search}#rsvp=${token}`);
    const restore = answer ? fakeServer(`/__stories__/rsvps/${token}`, answer, { calls: 0 })() : undefined;
    return () => {
      restore?.();
      history.replaceState(history.state, '', before);
    };
  };
}

const MANAGE_TOKEN = 'story-manage-token-0123456789abcdefghijkl';
const managed = (status: 'confirmed' | 'cancelled') => () =>
  Promise.resolve(new Response(JSON.stringify({ rsvp: { id: 'r1', eventId: 'potluck', status, name: 'Ana', guests: 1, waitlistPosition: null }, event: potluck }), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
  }));

export const ManageConfirmed: Story = {
  name: 'Manage an RSVP (private link)',
  render: () => list(all),
  beforeEach: privateLink(MANAGE_TOKEN, managed('confirmed')),
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(text(root.querySelector('[part~="manage"] .rsvp-status'))).toBe('You’re on the list. See you there!'));
  },
};

export const ManageCancelled: Story = {
  name: 'Manage a cancelled RSVP (RSVP again)',
  render: () => list(all),
  beforeEach: privateLink(MANAGE_TOKEN, managed('cancelled')),
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(text(root.querySelector('[part~="manage"] .rsvp-status'))).toBe('This RSVP is cancelled.'));
    await expect(text(root.querySelector('[part~="manage"]')).match(/cancelled/gi)).toHaveLength(1);
    await expect([...root.querySelectorAll('[part~="manage"] button')].map(text)).toContain('RSVP again');
  },
};

export const LinkDoesNotWork: Story = {
  name: 'A private link that does not work',
  render: () => list(all),
  beforeEach: privateLink('cut-short'),
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(text(root.querySelector('[part~="manage"] [part~="empty"] h3'))).toBe('This RSVP link does not work'));
    await expect(root.querySelector('[part~="retry"]')).toBeNull();
  },
};

export const Spanish: Story = {
  render: () => html`<recovery-events lang="es" api="/__stories__" .events=${all}></recovery-events>`,
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(text(root.querySelector('[data-event-id="game-night"] .spots'))).toBe('Quedan 2 lugares'));
  },
};

export const Dark: Story = {
  render: () => html`<recovery-events theme="dark" api="/__stories__" .events=${all}></recovery-events>`,
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(root.querySelector('.root')!.getAttribute('data-theme')).toBe('dark'));
  },
};

export const Narrow320px: Story = {
  name: 'Narrow (320px), form open',
  render: () => html`<div style="max-width: 320px;">${list(all)}</div>`,
  play: async ({ canvasElement }) => {
    const { el } = await openAndFill(canvasElement, 'potluck', {});
    await expect(el.scrollWidth).toBeLessThanOrEqual(320);
  },
};

// E-mail: where the center can send it (the event says `emailUpdates`), the form offers it, unticked, and the list
// offers a new link to whoever lost theirs.
const mailable = all.map((event) => ({ ...event, emailUpdates: true }));
const mailableOnline = { ...online, emailUpdates: true };
const json = (status: number, body: unknown, headers: Record<string, string> = {}) => () =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } }));

async function tickEmailMe(canvasElement: HTMLElement, id: string) {
  const { root, send } = await openAndFill(canvasElement, id, { name: 'Ana' });
  await userEvent.click(root.querySelector(`#rsvp-${id} [name="emailMe"]`)!);
  await waitFor(() => expect(root.querySelector(`#rsvp-${id} [name="email"]`)).toBeTruthy());
  return { root, send };
}

export const EmailMeTicked: Story = {
  name: 'Email me about this RSVP (ticked)',
  render: () => list([mailableOnline]),
  play: async ({ canvasElement }) => {
    const { root } = await tickEmailMe(canvasElement, 'online-check-in');
    await expect(root.querySelector<HTMLInputElement>('#rsvp-online-check-in [name="email"]')!.required).toBe(true);
  },
};

const mailing: FakeServer = { calls: 0 };
export const ConfirmedWithEmail: Story = {
  name: 'Confirmed, details emailed',
  render: () => list([mailableOnline]),
  beforeEach: fakeServer(rsvpPath('online-check-in'), created('confirmed', 'https://meet.example.org/alumni'), mailing),
  play: async ({ canvasElement }) => {
    const { root } = await tickEmailMe(canvasElement, 'online-check-in');
    await userEvent.type(root.querySelector<HTMLInputElement>('#rsvp-online-check-in [name="email"]')!, 'ana@example.org');
    await userEvent.click(root.querySelector('#rsvp-online-check-in button[type="submit"]')!);
    await waitFor(() => expect(text(root.querySelector('[part~="confirmation"] p[role="status"]'))).toContain('We sent the details to ana@example.org'));
  },
};

const linkPath = (id: string) => `/__stories__/events/${id}/manage-link`;

async function openLostLink(canvasElement: HTMLElement, email?: string) {
  const { root } = await view(canvasElement);
  await waitFor(() => expect(root.querySelector('.lost button')).toBeTruthy());
  await userEvent.click(root.querySelector('.lost button')!);
  await waitFor(() => expect(root.querySelector('#link-form')).toBeTruthy());
  if (email !== undefined) {
    await userEvent.type(root.querySelector<HTMLInputElement>('#link-form [name="email"]')!, email);
    await userEvent.click(root.querySelector('#link-form button[type="submit"]')!);
  }
  return root;
}

export const LostLink: Story = {
  name: 'Lost the link: the form',
  render: () => list(mailable),
  play: async ({ canvasElement }) => {
    const root = await openLostLink(canvasElement);
    await expect(root.querySelectorAll('#link-form select option').length).toBe(6);
  },
};

const asked: FakeServer = { calls: 0 };
export const LostLinkSent: Story = {
  name: 'Lost the link: asked (the same answer always)',
  render: () => list([mailableOnline]),
  beforeEach: fakeServer(linkPath('online-check-in'), json(202, { message: 'Taken.' }), asked),
  play: async ({ canvasElement }) => {
    const root = await openLostLink(canvasElement, 'ana@example.org');
    await waitFor(() => expect(text(root.querySelector('#link-form .notice[role="status"]'))).toContain('If that address has an RSVP'));
  },
};

const limited: FakeServer = { calls: 0 };
export const LostLinkWait: Story = {
  name: 'Lost the link: too many tries',
  render: () => list([mailableOnline]),
  beforeEach: fakeServer(linkPath('online-check-in'), json(429, { message: 'Too many requests.' }, { 'Retry-After': '60' }), limited),
  play: async ({ canvasElement }) => {
    const root = await openLostLink(canvasElement, 'ana@example.org');
    await waitFor(() => expect(text(root.querySelector('#link-form .notice[role="alert"]'))).toContain('Please wait 60 seconds'));
  },
};

const unreachable: FakeServer = { calls: 0 };
export const LostLinkFailure: Story = {
  name: 'Lost the link: network failure',
  render: () => list([mailableOnline]),
  beforeEach: fakeServer(linkPath('online-check-in'), () => Promise.reject(new TypeError('Failed to fetch')), unreachable),
  play: async ({ canvasElement }) => {
    const root = await openLostLink(canvasElement, 'ana@example.org');
    await waitFor(() => expect(text(root.querySelector('#link-form .notice[role="alert"]'))).toContain('Try again'));
  },
};

export const LinkDoesNotWorkLostLink: Story = {
  name: 'A private link that does not work: a new one by email',
  render: () => list(mailable),
  beforeEach: privateLink('cut-short'),
  play: async ({ canvasElement }) => {
    const root = await openLostLink(canvasElement);
    await expect(text(root.querySelector('[part~="manage"] h3'))).toBe('This RSVP link does not work');
  },
};

export const SpanishEmail: Story = {
  name: 'Spanish, email offered',
  render: () => html`<recovery-events lang="es" api="/__stories__" .events=${[mailableOnline]}></recovery-events>`,
  play: async ({ canvasElement }) => {
    const { root } = await view(canvasElement);
    await waitFor(() => expect(text(root.querySelector('.lost button'))).toBe('¿Perdió el enlace de su confirmación?'));
    await userEvent.click(root.querySelector('.toggle')!);
    await waitFor(() => expect(text(root.querySelector('[name="emailMe"]')?.closest('label'))).toBe('Enviarme correos sobre esta confirmación'));
  },
};
