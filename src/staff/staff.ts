import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { RecoveryBase } from '../core/recovery-base.js';
import { LazyPart } from '../core/lazy-part.js';
import { formStyles } from '../core/form.styles.js';
import { renderError, renderLoading, statusStyles } from '../core/status.js';
import { StaffSessionSchema, type StaffSession } from '../core/api/accounts.js';
import { StaffClient, statusOf } from './client.js';
import type { ConsoleContext, SectionModule, View } from './context.js';
import { AREA_ORDER, homeArea, parseRoute, routeHash, type ConsoleArea, type Route } from './route.js';
import { SignInForm } from './sign-in.js';
import { PasswordForm } from './password.js';
import { problemMessage } from './problems.js';
import { staffStyles } from './staff.styles.js';
import './i18n/index.js';

/**
 * The staff console: where center staff moderate stories, run events and check guests in, keep celebrations and
 * the center's meetings, read the e-mail outbox and its data policy, and (admins) staff accounts and the audit log. It talks only to the contract's `/staff/*`
 * endpoints with the session cookie, so it runs on the API's own origin (the reference server serves it at
 * `/staff/`). Each section loads when first opened; what a role may not use is neither shown nor loaded.
 * Never part of the visitor bundle: import `recovery-widgets/staff`.
 *
 * @tagname recovery-staff
 * @summary The staff console: stories, events and check-in, celebrations, meetings, e-mail, accounts and the audit log.
 *
 * @csspart base - The themed root.
 */
export class RecoveryStaff extends RecoveryBase {
  static override styles = [...RecoveryBase.styles, statusStyles, formStyles, staffStyles];

  /** undefined while asking the server; null when signed out. */
  @state() private session?: StaffSession | null;
  @state() private sessionError?: unknown;
  @state() private route?: Route;
  @state() private announcement = '';

  /** @internal Sections loaded on first use; a test may make one fail. */
  static loaders: Record<string, () => Promise<SectionModule>> = {
    stories: () => import('./stories/index.js'),
    events: () => import('./events/index.js'),
    celebrations: () => import('./celebrations/index.js'),
    meetings: () => import('./meetings/index.js'),
    accounts: () => import('./accounts/index.js'),
    mail: () => import('./mail/index.js'),
  };

  private static readonly moduleOf: Record<ConsoleArea, string> = {
    stories: 'stories',
    events: 'events',
    celebrations: 'celebrations',
    meetings: 'meetings',
    accounts: 'accounts',
    audit: 'accounts',
    mail: 'mail',
  };

  private readonly parts = new Map<string, LazyPart<SectionModule>>();
  private readonly views = new Map<ConsoleArea, View>();
  private readonly signIn = new SignInForm(this, (session) => void this.begin(session));
  private readonly password = new PasswordForm(this, (session) => {
    this.session = session;
    this.say(this.i18n.t('staff.password.saved'));
    this.go(routeHash(homeArea(session.areas)));
  });
  private clientFor?: { base: string; client: StaffClient };

  private get client(): StaffClient {
    const base = this.effectiveApi ?? '';
    if (this.clientFor?.base !== base) this.clientFor = { base, client: new StaffClient(base, () => this.ended()) };
    return this.clientFor.client;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') && this.session === undefined && !this.sessionError) void this.checkSession();
  }

  override firstUpdated(): void {
    if (this.session === undefined && !this.sessionError) void this.checkSession();
  }

  private checking = false;

  /** Who is signed in here, if anyone. */
  private readonly checkSession = async () => {
    if (this.checking) return;
    this.checking = true;
    this.sessionError = undefined;
    try {
      const session = await this.client.get('/staff/session', StaffSessionSchema);
      await this.begin(session, false);
    } catch (error) {
      if (statusOf(error) === 401) this.session = null;
      else this.sessionError = error;
    } finally {
      this.checking = false;
    }
  };

  private async begin(session: StaffSession, focus = true) {
    this.session = session;
    await this.navigate(focus);
  }

  /** The server said the session is gone: back to signing in, saying why, with nothing of it left on screen. */
  private ended() {
    if (!this.session) return;
    this.session = null;
    this.views.clear();
    this.signIn.reason = { key: 'staff.signIn.ended' };
  }

  private readonly onHashChange = () => void this.navigate(true);

  private go(hash: string) {
    if (location.hash === hash) void this.navigate(true);
    else location.hash = hash;
  }

  private say(message: string) {
    // Emptied first, so the same words said twice are heard twice.
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = message));
  }

  private context(): ConsoleContext {
    return {
      t: this.i18n.t.bind(this.i18n),
      lang: this.i18n.lang,
      client: this.client,
      session: this.session!,
      announce: (message) => this.say(message),
      go: (hash) => this.go(hash),
    };
  }

  /** Shows the view the fragment names, loading its section first, and moves focus to its heading. */
  private async navigate(focus: boolean) {
    const session = this.session;
    if (!session) return;
    const areas = session.areas;
    const route = parseRoute(location.hash, homeArea(areas));
    this.route = route;
    if (route.area !== 'password' && areas.includes(route.area) && !session.account.mustChangePassword) {
      const area = route.area;
      const name = RecoveryStaff.moduleOf[area];
      let part = this.parts.get(name);
      if (!part) this.parts.set(name, (part = new LazyPart(this, () => RecoveryStaff.loaders[name]?.() ?? Promise.reject(new Error(`No section ${name}`)))));
      await part.use('show', (module) => {
        let view = this.views.get(area);
        if (!view) this.views.set(area, (view = module.views[area]!(this, () => this.context())));
        view.show(route);
      });
    }
    if (!focus) return;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('#view-heading')?.focus();
  }

  private readonly signOut = async () => {
    try {
      await this.client.send('DELETE', '/staff/session');
    } catch {
      // Signed out here whatever the server said: the cookie is HttpOnly, and the session ends on its own.
    }
    this.session = null;
    this.views.clear();
    this.signIn.reason = { key: 'staff.signedOut' };
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('#view-heading')?.focus();
  };

  private readonly switchLanguage = () => {
    this.lang = this.i18n.lang.toLowerCase().startsWith('es') ? 'en' : 'es';
  };

  protected override renderContent(): unknown {
    const t = this.i18n.t.bind(this.i18n);
    return html`<div class="console">
      ${this.renderBody(t)}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </div>`;
  }

  private renderBody(t: ConsoleContext['t']): unknown {
    if (this.sessionError) {
      return html`<main class="main"><h1 id="view-heading" tabindex="-1">${t('staff.title')}</h1>
        ${renderError(problemMessage(this.sessionError, t), () => void this.checkSession(), t)}</main>`;
    }
    if (this.session === undefined) {
      return html`<main class="main"><h1 id="view-heading" tabindex="-1">${t('staff.title')}</h1>${renderLoading(t)}</main>`;
    }
    if (this.session === null) return html`<main class="main narrow">${this.signIn.render(t, this.client)}</main>`;
    const { account } = this.session;
    const areas = this.session.areas;
    const route = this.route ?? { area: homeArea(areas), path: [], query: {} };
    return html`<header class="bar">
        <h1>${t('staff.title')}</h1>
        <button type="button" class="secondary" @click=${this.signOut}>${t('staff.signOut')}</button>
        <p class="who">
          <span>${t('staff.signedInAs', { name: account.displayName, role: t(`staff.role.${account.role}`) })}</span>
          ${account.mustChangePassword ? nothing : html`<a href=${routeHash('password')}>${t('staff.password.link')}</a>`}
          <button type="button" class="link" lang=${t('staff.otherLanguage') === 'English' ? 'en' : 'es'} @click=${this.switchLanguage}>
            ${t('staff.otherLanguage')}
          </button>
        </p>
      </header>
      ${account.mustChangePassword
        ? nothing
        : html`<nav class="tabs" aria-label=${t('staff.sections')}>
            ${AREA_ORDER.filter((area) => areas.includes(area)).map(
              (area) => html`<a href=${routeHash(area)} aria-current=${route.area === area ? 'page' : nothing}>${t(`staff.area.${area}`)}</a>`,
            )}
          </nav>`}
      <main class="main">${this.renderView(route, t)}</main>`;
  }

  private renderView(route: Route, t: ConsoleContext['t']): unknown {
    const { account } = this.session!;
    const areas = this.session!.areas;
    if (account.mustChangePassword || route.area === 'password') {
      return this.password.render(t, this.client, account.mustChangePassword);
    }
    if (!areas.includes(route.area)) {
      return html`<h2 id="view-heading" tabindex="-1">${t('staff.title')}</h2><p class="callout">${t('staff.error.forbidden')}</p>`;
    }
    const part = this.parts.get(RecoveryStaff.moduleOf[route.area]);
    const view = this.views.get(route.area);
    if (part?.status === 'failed') {
      return html`<h2 id="view-heading" tabindex="-1">${t(`staff.area.${route.area}`)}</h2>${part.renderFailure(t)}`;
    }
    if (!view) return html`<h2 id="view-heading" tabindex="-1">${t(`staff.area.${route.area}`)}</h2>${renderLoading(t)}`;
    return view.render();
  }
}
