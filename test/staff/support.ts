/**
 * Driving the staff console in browser tests, against the real reference API at /api (test/support/center-api.mjs
 * seeds one account per role). The session is a real HttpOnly cookie: each test starts signed out.
 */
import { html } from 'lit';
import { waitUntil } from '@open-wc/testing';
import '../../src/staff/staff.define.js';
import type { RecoveryStaff } from '../../src/staff/staff.js';
import { mount } from '../support/mount.js';

export const ACCOUNTS = {
  admin: { email: 'admin@tests.example', password: 'browser tests admin password', name: 'Test admin' },
  coordinator: { email: 'coordinator@tests.example', password: 'browser tests coordinator password', name: 'Test coordinator' },
  moderator: { email: 'moderator@tests.example', password: 'browser tests moderator password', name: 'Test moderator' },
  newcomer: { email: 'newcomer@tests.example', password: 'browser tests newcomer password', name: 'Test newcomer' },
} as const;
export type Who = keyof typeof ACCOUNTS;

export const root = (el: RecoveryStaff) => el.shadowRoot!;
export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const $ = <E extends Element = HTMLElement>(el: RecoveryStaff, selector: string) => root(el).querySelector<E>(selector);
export const $$ = <E extends Element = HTMLElement>(el: RecoveryStaff, selector: string) => [...root(el).querySelectorAll<E>(selector)];
export const heading = (el: RecoveryStaff) => text($(el, '#view-heading'));
/** What the console's live regions say: its announcer and every notice on screen. */
export const said = (el: RecoveryStaff) => $$(el, '[role="status"], [role="alert"]').map(text).filter(Boolean).join(' | ');

/** A button by its accessible name: its `aria-label`, else its text. */
export function button(el: RecoveryStaff, name: string | RegExp, scope: ParentNode = root(el)): HTMLButtonElement | undefined {
  const named = (b: HTMLButtonElement) => b.getAttribute('aria-label') ?? text(b);
  return [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => (typeof name === 'string' ? named(b) === name : name.test(named(b))));
}
export function link(el: RecoveryStaff, name: string | RegExp, scope: ParentNode = root(el)): HTMLAnchorElement | undefined {
  return [...scope.querySelectorAll<HTMLAnchorElement>('a')].find((a) => (typeof name === 'string' ? text(a) === name : name.test(text(a))));
}

/** Types into a field as a person would: the value, then the event the control fires. */
export function type(control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null, value: string): void {
  if (!control) throw new Error('no such field');
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
}
export function tick(control: HTMLInputElement | null, checked = true): void {
  if (!control) throw new Error('no such checkbox');
  if (control.checked !== checked) control.click();
}

/** Ends whatever session the browser has, as the sign-out button would. */
export async function signOutEverywhere(): Promise<void> {
  await fetch('/api/staff/session', { method: 'DELETE', credentials: 'include' });
}

beforeEach(async () => {
  await signOutEverywhere();
  history.replaceState(null, '', location.pathname + location.search);
});

afterEach(() => history.replaceState(null, '', location.pathname + location.search));

/** The console on the page, at `hash`, once it knows whether anyone is signed in. */
export async function openConsole(hash = '', attributes: { lang?: string; theme?: string } = {}): Promise<RecoveryStaff> {
  if (hash) history.replaceState(null, '', hash);
  const wrapper = mount(html`<recovery-staff api="/api" lang=${attributes.lang ?? 'en'} theme=${attributes.theme ?? 'light'}></recovery-staff>`);
  const el = wrapper.querySelector('recovery-staff')!;
  await waitUntil(() => $(el, '#sign-in-email') || $(el, 'nav.tabs') || $(el, '#password-currentPassword'), 'the console knows who is here', { timeout: 5000 });
  return el;
}

/** Signs in through the form. */
export async function signInAs(el: RecoveryStaff, who: Who): Promise<void> {
  type($(el, '#sign-in-email'), ACCOUNTS[who].email);
  type($(el, '#sign-in-password'), ACCOUNTS[who].password);
  button(el, 'Sign in')!.click();
  await waitUntil(() => $(el, '.bar'), `signed in as ${who}`, { timeout: 5000 });
}

/** The console, signed in as `who`, showing the view at `hash`, its data loaded. */
export async function consoleAs(who: Who, hash = ''): Promise<RecoveryStaff> {
  const el = await openConsole(hash);
  await signInAs(el, who);
  await loaded(el);
  return el;
}

/** Waits until the view shows no loading skeleton. */
export async function loaded(el: RecoveryStaff): Promise<void> {
  await waitUntil(() => $(el, '#view-heading') && !$(el, '[part="loading"]'), 'the view is loaded', { timeout: 5000 });
  await el.updateComplete;
}

/** Goes to a view by its address, as a link or the back button would. */
export async function go(el: RecoveryStaff, hash: string): Promise<void> {
  (root(el).activeElement as HTMLElement | null)?.blur();
  if (location.hash === hash) window.dispatchEvent(new HashChangeEvent('hashchange')); // as a reload of the page would
  else location.hash = hash;
  await waitUntil(() => root(el).activeElement?.id === 'view-heading', `at ${hash}`, { timeout: 5000 });
  await loaded(el);
}
