/**
 * Staff accounts and the audit log in the staff console (admins only), against the real reference API: a new
 * account with a first password its owner must change, role and access changes, a new password, and the log of it
 * all, filtered. Each test makes accounts of its own (unique e-mails).
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { RecoveryStaff } from '../../src/staff/staff.js';
import { $, $$, ACCOUNTS, button, consoleAs, go, heading, link, loaded, openConsole, root, said, text, tick, type } from './support.js';

const unique = () => Math.random().toString(36).slice(2, 8);

/** Adds an account through the form; returns its e-mail and first password. */
async function addAccount(el: RecoveryStaff, name: string, role: 'admin' | 'coordinator' | 'moderator') {
  await go(el, '#/accounts/new');
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}@tests.example`;
  type($(el, '#account-email'), email);
  type($(el, '#account-displayName'), name);
  tick($(el, `input[name="role"][value="${role}"]`));
  button(el, 'Suggest a password')!.click();
  await waitUntil(() => $<HTMLInputElement>(el, '#account-password')!.value, 'a password suggested');
  const password = $<HTMLInputElement>(el, '#account-password')!.value;
  button(el, 'Create the account')!.click();
  await waitUntil(() => said(el).includes(`Account created for ${name}.`), 'created');
  await waitUntil(() => $$(el, '.card h3').some((h) => text(h) === name), 'listed');
  return { email, password };
}

async function signInWith(email: string, password: string) {
  const el = await openConsole();
  type($(el, '#sign-in-email'), email);
  type($(el, '#sign-in-password'), password);
  button(el, 'Sign in')!.click();
  await waitUntil(() => $(el, '.bar') || $(el, '.notice.error p'), 'answered');
  return el;
}

describe('staff console: accounts', () => {
  it('adds an account with a first password, which its owner must change when they sign in', async () => {
    const name = `Casey ${unique()}`;
    const el = await consoleAs('admin', '#/accounts');
    expect($$(el, 'nav.tabs a').map(text)).to.deep.equal(['Stories', 'Events', 'Celebrations', 'Meetings', 'E-mail', 'Staff accounts', 'Audit log']);
    expect(heading(el)).to.equal('Staff accounts');
    await expect(el).to.be.accessible();

    await go(el, '#/accounts/new');
    await expect(el).to.be.accessible();
    button(el, 'Create the account')!.click();
    await el.updateComplete;
    expect(text($(el, '#account-email-error'))).to.equal('Enter an e-mail address, such as name@example.org.');
    expect(text($(el, '#account-password-error'))).to.equal('Use at least 12 characters.');

    const { email, password } = await addAccount(el, name, 'moderator');
    expect(password).to.match(/^[a-z]+-[a-z]+-[a-z]+-[a-z]+-\d\d$/);
    const card = $$(el, '.card').find((c) => text(c.querySelector('h3')) === name)!;
    expect(text(card)).to.contain('Moderator');
    expect(text(card)).to.contain('Must choose a password');
    expect(text(card)).to.contain('Has not signed in yet');

    button(el, 'Sign out')!.click();
    await waitUntil(() => $(el, '#sign-in-email'), 'signed out');
    const theirs = await signInWith(email, password);
    expect(heading(theirs)).to.equal('Change your password');
  });

  it('refuses a second account with the same e-mail, beside nothing but plainly', async () => {
    const el = await consoleAs('admin', '#/accounts');
    const name = `Drew ${unique()}`;
    const { email } = await addAccount(el, name, 'coordinator');
    await go(el, '#/accounts/new');
    type($(el, '#account-email'), email);
    type($(el, '#account-displayName'), 'Someone else');
    type($(el, '#account-password'), 'a long enough first password');
    button(el, 'Create the account')!.click();
    await waitUntil(() => text($(el, '.notice.error')), 'refused');
    expect(text($(el, '.notice.error'))).to.equal('An account with this e-mail exists already.');
  });

  it('changes a role, sets a new password, disables and enables an account', async () => {
    const name = `Robin ${unique()}`;
    const el = await consoleAs('admin', '#/accounts');
    const { email } = await addAccount(el, name, 'coordinator');
    link(el, name)!.click();
    await waitUntil(() => heading(el) === name, 'the account');
    await expect(el).to.be.accessible();

    tick($(el, 'input[name="role"][value="moderator"]'));
    button(el, 'Save')!.click();
    await waitUntil(() => said(el).includes(`Saved: ${name}.`), 'saved');

    type($(el, '#account-password'), 'a brand new password here');
    button(el, 'Set the new password')!.click();
    await waitUntil(() => said(el).includes(`A new password is set for ${name}.`), 'set');

    button(el, 'Disable this account')!.click();
    await waitUntil(() => button(el, 'Yes, disable it'), 'asks first');
    expect(text($(el, '#disable-question'))).to.contain(`Disable the account of ${name}?`);
    expect(root(el).activeElement).to.equal(button(el, 'Yes, disable it'));
    button(el, 'Yes, disable it')!.click();
    await waitUntil(() => said(el).includes(`${name} can no longer sign in.`), 'disabled');

    // Its owner is refused (this browser stays signed in as the admin: a failed sign-in sets no cookie).
    const signIn = await fetch('/api/staff/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: 'a brand new password here' }),
    });
    expect(signIn.status).to.equal(401);

    button(el, 'Enable this account')!.click();
    await waitUntil(() => said(el).includes(`${name} can sign in again.`), 'enabled');
    await go(el, '#/accounts');
    expect(text($$(el, '.card').find((c) => text(c.querySelector('h3')) === name))).to.contain('Moderator');
  });

  it('keeps staff accounts and the audit log from a coordinator', async () => {
    const el = await consoleAs('coordinator', '#/accounts');
    expect(link(el, 'Staff accounts')).to.equal(undefined);
    expect(link(el, 'Audit log')).to.equal(undefined);
    expect(text($(el, '.main'))).to.contain('Your role does not allow this.');
  });
});

describe('staff console: the audit log', () => {
  it('lists what staff did, newest first, filtered by what and when, and pages back', async () => {
    const el = await consoleAs('admin', '#/accounts');
    const name = `Quinn ${unique()}`;
    await addAccount(el, name, 'moderator');
    await go(el, '#/audit');
    expect(heading(el)).to.equal('Audit log');
    await expect(el).to.be.accessible();
    // Other test files write to the log meanwhile: the newest account created is this test's.
    await go(el, '#/audit?action=account.create');
    const first = $(el, 'tbody tr')!;
    expect([...first.querySelectorAll('td')].slice(1, 4).map(text)).to.deep.equal(['Test admin', 'Created an account', `Staff account ${first.querySelector('code')!.textContent}`]);
    expect(text(first.querySelectorAll('td')[4])).to.equal('email, displayName, role, password');

    type($(el, '#audit-action'), 'session.sign-in');
    const today = new Date().toISOString().slice(0, 10);
    type($(el, '#audit-from'), today);
    type($(el, '#audit-to'), today);
    button(el, 'Show')!.focus(); // as a click does
    button(el, 'Show')!.click();
    // The filtered log is a new view: focus moves to its heading once it is shown.
    await waitUntil(() => location.hash.startsWith('#/audit?action=session.sign-in') && root(el).activeElement?.id === 'view-heading', 'filtered');
    await loaded(el);
    const actions = $$(el, 'tbody tr').map((row) => text(row.querySelectorAll('td')[2]));
    expect(actions.length).to.be.greaterThan(0);
    expect([...new Set(actions)]).to.deep.equal(['Signed in']);
    expect($<HTMLSelectElement>(el, '#audit-action')!.value).to.equal('session.sign-in');

    // More sign-ins than a page holds (50): the older ones come a page at a time.
    for (let i = 0; i < 51; i++) await fetch('/api/staff/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ACCOUNTS.admin) });
    await go(el, location.hash);
    expect($$(el, 'tbody tr')).to.have.length(50);
    button(el, 'Show older entries')!.click();
    await waitUntil(() => $$(el, 'tbody tr').length > 50, 'older entries');
    expect(root(el).activeElement?.tagName, 'focus on the first older entry').to.equal('TD');
    link(el, 'Show everything')!.click();
    await waitUntil(() => location.hash === '#/audit', 'unfiltered');
  });
});
