/**
 * Signing in and out of the staff console, against the real reference API: errors said plainly beside the fields
 * and in the alert region, the server's back-off after repeated failures, a session that ends, a password an admin
 * set, and sections a role may not use.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, ACCOUNTS, button, consoleAs, heading, link, loaded, openConsole, root, said, signInAs, signOutEverywhere, text, type } from './support.js';

describe('staff console: signing in', () => {
  it('asks a visitor who is not signed in to sign in, and nothing else', async () => {
    const el = await openConsole('#/events');
    expect(heading(el)).to.equal('Sign in to the staff console');
    expect($(el, 'nav.tabs')).to.equal(null);
    expect($(el, '#sign-in-email')!.getAttribute('autocomplete')).to.equal('username');
    expect($(el, '#sign-in-password')!.getAttribute('type')).to.equal('password');
    await expect(el).to.be.accessible();
  });

  it('says beside each empty field what is missing, and focuses the first', async () => {
    const el = await openConsole();
    button(el, 'Sign in')!.click();
    await waitUntil(() => $(el, '.field-error'), 'errors shown');
    expect($$(el, '.field-error').map(text)).to.deep.equal(['Please fill this in.', 'Please fill this in.']);
    expect($(el, '#sign-in-email')!.getAttribute('aria-describedby')).to.equal('sign-in-email-error');
    await waitUntil(() => root(el).activeElement?.id === 'sign-in-email', `focus on ${'sign-in-email'}`);
    await expect(el).to.be.accessible();
  });

  it('says plainly when the e-mail or password is wrong, keeping what was typed', async () => {
    const el = await openConsole();
    type($(el, '#sign-in-email'), ACCOUNTS.moderator.email);
    type($(el, '#sign-in-password'), 'not the password at all');
    button(el, 'Sign in')!.click();
    await waitUntil(() => text($(el, '.notice.error')), 'the failure is said');
    expect(text($(el, '.notice.error'))).to.equal('The e-mail or the password is not right. Please check both and try again.');
    expect($<HTMLInputElement>(el, '#sign-in-email')!.value).to.equal(ACCOUNTS.moderator.email);
    expect($<HTMLInputElement>(el, '#sign-in-password')!.value).to.equal('not the password at all');
    await expect(el).to.be.accessible();
  });

  it('says how long to wait when the server slows repeated failures down', async () => {
    const el = await openConsole();
    type($(el, '#sign-in-email'), `nobody-${Math.random().toString(36).slice(2)}@tests.example`);
    type($(el, '#sign-in-password'), 'a guess');
    // The server allows a few failures per e-mail, then makes each further try wait longer.
    for (let attempt = 0; attempt < 8; attempt++) {
      button(el, 'Sign in')!.click();
      await el.updateComplete; // "Signing in…" until the answer
      await waitUntil(() => button(el, 'Sign in'), 'answered');
      if (/Too many/.test(text($(el, '.notice.error')))) break;
    }
    expect(text($(el, '.notice.error'))).to.match(/^Too many attempts\. To keep accounts safe, please wait \d+ seconds? before you try again\.$/);
    await expect(el).to.be.accessible();
  });

  it('signs a moderator in to the stories, with only the sections their role opens, focus on the heading', async () => {
    const el = await consoleAs('moderator');
    expect(text($(el, '.bar .who span'))).to.equal('Signed in as Test moderator (Moderator)');
    expect($$(el, 'nav.tabs a').map(text)).to.deep.equal(['Stories']);
    expect(heading(el)).to.equal('Stories');
    await waitUntil(() => root(el).activeElement?.id === 'view-heading', 'focus on the heading');
    expect(location.hash).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('shows a moderator no events, even at their address', async () => {
    let eventRequests = 0;
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      if (String(input instanceof Request ? input.url : input).includes('/staff/events')) eventRequests++;
      return realFetch(input, init);
    };
    try {
      const el = await consoleAs('moderator', '#/events');
      expect(text($(el, '.main'))).to.contain('Your role does not allow this.');
      expect(link(el, 'Events')).to.equal(undefined);
      expect(eventRequests).to.equal(0);
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = realFetch;
    }
  });

  it('signs out: the sign-in form again, saying so, and the server forgot the session', async () => {
    const el = await consoleAs('moderator');
    button(el, 'Sign out')!.click();
    await waitUntil(() => $(el, '#sign-in-email'), 'signed out');
    expect(text($(el, '.callout'))).to.equal('You are signed out.');
    await waitUntil(() => root(el).activeElement?.id === 'view-heading', 'focus on the heading');
    expect((await fetch('/api/staff/session', { credentials: 'include' })).status).to.equal(401);
  });

  it('asks to sign in again when the session ends, without the section’s data', async () => {
    const el = await consoleAs('moderator');
    await signOutEverywhere(); // as when the session times out, or an admin disables the account
    link(el, 'Declined')!.click();
    await waitUntil(() => $(el, '#sign-in-email'), 'asked to sign in again');
    expect(text($(el, '.callout'))).to.equal('Your session ended. Please sign in again.');
    expect($(el, '.cards')).to.equal(null);
    await signInAs(el, 'moderator');
    await loaded(el);
    expect(location.hash).to.equal('#/stories/rejected');
    expect(text($(el, '.subtabs [aria-current="page"]'))).to.equal('Declined');
  });

  it('asks someone whose password an admin set to choose their own first, and then lets them in', async () => {
    const el = await openConsole();
    await signInAs(el, 'newcomer');
    expect(heading(el)).to.equal('Change your password');
    expect($(el, 'nav.tabs')).to.equal(null);
    expect(text($(el, '.callout'))).to.contain('An admin set the password you signed in with.');
    await expect(el).to.be.accessible();

    type($(el, '#password-currentPassword'), ACCOUNTS.newcomer.password);
    type($(el, '#password-newPassword'), 'short');
    button(el, 'Save my new password')!.click();
    await waitUntil(() => $(el, '.field-error'), 'too short');
    expect(text($(el, '#password-newPassword-error'))).to.equal('Use at least 12 characters.');

    type($(el, '#password-newPassword'), 'a newcomer chose this one');
    type($(el, '#password-repeat'), 'a newcomer chose this 1');
    button(el, 'Save my new password')!.click();
    await el.updateComplete;
    expect(text($(el, '#password-repeat-error'))).to.equal('The two new passwords are not the same.');

    type($(el, '#password-repeat'), 'a newcomer chose this one');
    button(el, 'Save my new password')!.click();
    await waitUntil(() => $(el, 'nav.tabs'), 'let in');
    expect($$(el, 'nav.tabs a').map(text)).to.deep.equal(['Events', 'Celebrations', 'Meetings', 'E-mail']);
    await loaded(el);
    expect(heading(el)).to.equal('Events');
    await waitUntil(() => said(el).includes('Your new password is saved.'), 'said so');
  });

  it('signs in by keyboard alone', async () => {
    const el = await openConsole();
    $(el, '#sign-in-email')!.focus();
    await sendKeys({ type: ACCOUNTS.moderator.email });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: ACCOUNTS.moderator.password });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, 'nav.tabs'), 'signed in');
    // The focus moves once the first view has loaded, which on a busy machine comes after the tabs.
    await waitUntil(() => root(el).activeElement?.id === 'view-heading', 'focus on the first view’s heading');
  });

  it('speaks Spanish, signed in too', async () => {
    const el = await openConsole('', { lang: 'es' });
    expect(heading(el)).to.equal('Iniciar sesión en la consola del personal');
    type($(el, '#sign-in-email'), ACCOUNTS.moderator.email);
    type($(el, '#sign-in-password'), 'not the password at all');
    button(el, 'Iniciar sesión')!.click();
    await waitUntil(() => text($(el, '.notice.error')), 'the failure is said');
    expect(text($(el, '.notice.error'))).to.equal('El correo o la contraseña no son correctos. Revise ambos e intente de nuevo.');
    type($(el, '#sign-in-password'), ACCOUNTS.moderator.password);
    button(el, 'Iniciar sesión')!.click();
    await waitUntil(() => $(el, '.bar'), 'signed in');
    await loaded(el);
    expect(text($(el, '.bar .who span'))).to.equal('Sesión de Test moderator (Moderación)');
    expect(heading(el)).to.equal('Historias');
    await expect(el).to.be.accessible();
  });
});
