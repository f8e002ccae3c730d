/**
 * The promises every recovery-widgets element makes, held against a real element (issue 10, item 4). Each
 * element's `test/<element>/contract.test.ts` calls `runElementContract()` with what differs between elements:
 * its tag, how to show it loaded, how to make it fail, the phrases it shows in English and in Spanish, and the
 * states that bring out its parts. Every later element gets a contract.test.ts of its own.
 *
 * The contract reads only what a page can see: attributes, the public getters of the shared base
 * (`effectiveApi`, `effectiveTimeZone`, `effectiveTheme`, `resolvedLang()`), the shadow DOM, and the events.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/core/provider.define.js';
import { RecoveryProvider } from '../../src/core/provider.js';
import type { ErrorDetail, LoadDetail } from '../../src/core/events.js';
import { mount } from './mount.js';

/** The real reference API of the browser tests (test/support/center-api.mjs). */
export const WORKING_API = '/api';
/** An API base where nothing answers but the test server's 404. */
export const BROKEN_API = '/no-such-api';

/**
 * Zones the contract gives, distinct names that all keep New York's clock: the reference API seeds "this
 * month" in America/New_York, and a zone already in the next month would find none of it.
 */
const PROVIDER_ZONE = 'America/Detroit';
const OWN_ZONE = 'America/Toronto';
const LATE_ZONE = 'America/Indiana/Indianapolis';

/** What the shared base makes public, read structurally so the contract does not depend on its module. */
export interface SharedSettings {
  readonly effectiveApi: string | undefined;
  readonly effectiveTimeZone: string;
  readonly effectiveTheme: string;
  resolvedLang(): string;
  readonly updateComplete: Promise<unknown>;
}

type Setup<E> = (el: E) => unknown;

/** A state that brings out some of the element's parts. */
export interface ContractState<E> {
  /**
   * Sets a fresh element up before it joins the page (attributes, properties; may prepare data on the test
   * API). May return a function (or a promise of one) that undoes what it did outside the element.
   */
  setup: Setup<E>;
  /** A selector in the shadow root whose appearance shows the state is reached (see `part()`). */
  shows: string;
  /** Reaches parts that appear only after an interaction; resolves once they show. */
  interact?: (el: E) => Promise<void>;
}

export interface ElementContract<E extends HTMLElement & SharedSettings> {
  tag: string;
  /**
   * Sets a fresh element up, before it joins the page, to show at least one record it loads from its `api`,
   * which the contract gives (the element's own attribute or a provider's; `WORKING_API` unless a test says
   * otherwise). Leave `api`, `lang`, `time-zone` and `theme` alone. May prepare data on the test API.
   */
  loaded: Setup<E>;
  /** Sets a fresh element up to fail to load. Default: `loaded`, with `api` set to `BROKEN_API`. */
  failing?: Setup<E>;
  /** Phrases of the element's own strings that the loaded state shows in English (never data). */
  english: string[];
  /** Phrases that the same state shows in Spanish. */
  spanish: string[];
  /**
   * More states to look for the parts in custom-elements.json, by name. The loaded and the failing states are
   * always looked at.
   */
  states?: Record<string, ContractState<E>>;
}

/** A selector for a part. */
export const part = (name: string) => `[part~="${name}"]`;

/** Everything the shadow root says: text (styles aside) and the attributes that are read out or shown. */
export function shownText(el: Element): string {
  const said: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return;
    if (node.nodeType === Node.TEXT_NODE) said.push(node.textContent ?? '');
    if (node instanceof Element) {
      for (const name of ['aria-label', 'aria-description', 'aria-valuetext', 'title', 'placeholder', 'alt']) {
        const value = node.getAttribute(name);
        if (value) said.push(value);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  return said.join(' ').replace(/\s+/g, ' ').trim();
}

/** The part names in the shadow root now. */
function partsIn(el: Element): string[] {
  return [...(el.shadowRoot?.querySelectorAll('[part]') ?? [])].flatMap((node) => node.getAttribute('part')!.split(/\s+/).filter(Boolean));
}

/** Waits for a condition; on timeout, fails with what `why()` says then. Generous: test files run side by side on 2 cores. */
async function until(condition: () => unknown, why: () => string, timeout = 20_000): Promise<void> {
  try {
    await waitUntil(condition, 'contract condition', { timeout, interval: 50 });
  } catch {
    throw new Error(why());
  }
}

function rgb(colour: string): [number, number, number] {
  const match = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(colour);
  if (!match) throw new Error(`not an rgb() colour: ${colour}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** WCAG relative luminance of a computed `rgb()` colour. */
function luminance(colour: string): number {
  const [r, g, b] = rgb(colour).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

interface Placed<E> {
  el: E;
  provider?: RecoveryProvider;
  container: HTMLElement;
  loads: LoadDetail[];
  errors: ErrorDetail[];
  /** Every event seen, for the checks on the events themselves. */
  events: Array<CustomEvent<LoadDetail | ErrorDetail>>;
  /** For each recovery-load, whether a loading view was still on screen when it fired. */
  loadingAtLoad: boolean[];
}

let serial = 0;

export function runElementContract<E extends HTMLElement & SharedSettings>(contract: ElementContract<E>): void {
  const { tag } = contract;

  /**
   * A fresh element with its own attributes, set up by `setup`, inside a provider with `providerAttributes`
   * when given (or inside an element of `providerTag`, defined or not), in the page. Its events are recorded
   * from the start.
   */
  async function place(
    setup: Setup<E>,
    own: Record<string, string> = {},
    providerAttributes?: Record<string, string>,
    providerTag = 'recovery-provider',
  ): Promise<Placed<E> & { undo?: () => void }> {
    const el = document.createElement(tag) as E;
    for (const [name, value] of Object.entries(own)) el.setAttribute(name, value);
    const undo = await setup(el);
    const placed: Placed<E> & { undo?: () => void } = { el, container: undefined!, loads: [], errors: [], events: [], loadingAtLoad: [] };
    if (typeof undo === 'function') placed.undo = undo as () => void;
    el.addEventListener('recovery-load', (event) => {
      placed.events.push(event);
      placed.loads.push(event.detail);
      placed.loadingAtLoad.push(Boolean(el.shadowRoot?.querySelector(part('loading'))));
    });
    el.addEventListener('recovery-error', (event) => {
      placed.events.push(event);
      placed.errors.push(event.detail);
    });
    let top: HTMLElement = el;
    if (providerAttributes) {
      const provider = document.createElement(providerTag);
      for (const [name, value] of Object.entries(providerAttributes)) provider.setAttribute(name, value);
      provider.append(el);
      top = provider;
      placed.provider = provider as RecoveryProvider;
    }
    placed.container = mount(html`${top}`);
    return placed;
  }

  const loadedSome = (placed: Placed<E>) => placed.loads.some((detail) => detail.total > 0);
  const describeEvents = (placed: Placed<E>) =>
    `recovery-load: ${JSON.stringify(placed.loads)}, recovery-error: ${JSON.stringify(placed.errors)}`;

  async function loaded(placed: Placed<E>, what: string): Promise<void> {
    await until(() => loadedSome(placed) || placed.errors.length, () => `${what}: nothing loaded (${describeEvents(placed)})`);
    expect(placed.errors, `${what}: no recovery-error`).to.deep.equal([]);
    await placed.el.updateComplete;
  }

  /** The language the shadow tree declares (its primary subtag: `en-US` is English). */
  const shadowLang = (el: E) => el.shadowRoot!.querySelector('[lang]')?.getAttribute('lang')?.split('-')[0]?.toLowerCase();

  const phrasesShown = (el: E, phrases: string[]) => phrases.filter((phrase) => shownText(el).includes(phrase));

  /** Waits until every Spanish phrase shows and no English one is left. */
  async function speaksSpanish(el: E, what: string): Promise<void> {
    await until(
      () => phrasesShown(el, contract.spanish).length === contract.spanish.length && phrasesShown(el, contract.english).length === 0,
      () =>
        `${what}: in Spanish, English left: ${JSON.stringify(phrasesShown(el, contract.english))}; Spanish missing: ` +
        `${JSON.stringify(contract.spanish.filter((p) => !phrasesShown(el, [p]).length))}; shown: "${shownText(el)}"`,
    );
    expect(shadowLang(el), `${what}: the shadow tree's lang`).to.equal('es');
  }

  async function speaksEnglish(el: E, what: string): Promise<void> {
    await until(
      () => phrasesShown(el, contract.english).length === contract.english.length && phrasesShown(el, contract.spanish).length === 0,
      () =>
        `${what}: in English, missing: ${JSON.stringify(contract.english.filter((p) => !phrasesShown(el, [p]).length))}; ` +
        `Spanish left: ${JSON.stringify(phrasesShown(el, contract.spanish))}; shown: "${shownText(el)}"`,
    );
    expect(shadowLang(el), `${what}: the shadow tree's lang`).to.equal('en');
  }

  const themeRoot = (el: E) => el.shadowRoot!.querySelector<HTMLElement>('[data-theme]');

  /** Dark when the root's text is light: the root is transparent, its text made for a dark page. */
  function looksDark(el: E): boolean {
    return luminance(getComputedStyle(themeRoot(el)!).color) > 0.5;
  }

  async function themed(el: E, expected: 'light' | 'dark' | 'auto', looks: 'light' | 'dark', what: string): Promise<void> {
    await el.updateComplete;
    expect(el.effectiveTheme, `${what}: effectiveTheme`).to.equal(expected);
    expect(themeRoot(el)?.getAttribute('data-theme'), `${what}: data-theme`).to.equal(expected);
    expect(looksDark(el) ? 'dark' : 'light', `${what}: colours (${getComputedStyle(themeRoot(el)!).color} on ${getComputedStyle(themeRoot(el)!).backgroundColor})`).to.equal(looks);
  }

  function checkLoadEvent(event: CustomEvent<LoadDetail>): void {
    expect(event.bubbles && event.composed, 'recovery-load bubbles out of shadow roots').to.equal(true);
    expect(Object.keys(event.detail).sort(), 'recovery-load detail: counts only').to.deep.equal(['skipped', 'total']);
    for (const key of ['total', 'skipped'] as const) {
      expect(Number.isInteger(event.detail[key]) && event.detail[key] >= 0, `recovery-load detail.${key} is a count`).to.equal(true);
    }
  }

  function checkErrorEvent(event: CustomEvent<ErrorDetail>): void {
    const { detail } = event;
    expect(event.bubbles && event.composed, 'recovery-error bubbles out of shadow roots').to.equal(true);
    const keys = Object.keys(detail).filter((key) => detail[key as keyof ErrorDetail] !== undefined);
    expect(keys.filter((key) => key !== 'message' && key !== 'status'), 'recovery-error detail: message and status only').to.deep.equal([]);
    expect(detail.message, 'recovery-error detail.message').to.be.a('string').and.not.equal('');
    if (detail.status !== undefined) expect(Number.isInteger(detail.status) && detail.status >= 100 && detail.status <= 599, 'recovery-error detail.status is an HTTP status').to.equal(true);
  }

  const failing: Setup<E> =
    contract.failing ??
    ((el) => {
      el.setAttribute('api', BROKEN_API);
      return contract.loaded(el);
    });

  describe(`<${tag}>: the contract every element keeps`, function () {
    // Each test loads from the real API, some more than once; the machine is shared.
    this.timeout(60_000);

    it('inherits api, lang, time-zone and theme from the provider around it', async () => {
      const placed = await place(contract.loaded, {}, { api: WORKING_API, lang: 'es', 'time-zone': PROVIDER_ZONE, theme: 'dark' });
      const { el } = placed;
      await loaded(placed, "the provider's api");
      expect(el.effectiveApi).to.equal(WORKING_API);
      expect(el.resolvedLang()).to.equal('es');
      expect(el.effectiveTimeZone).to.equal(PROVIDER_ZONE);
      await themed(el, 'dark', 'dark', "the provider's theme");
      await speaksSpanish(el, "the provider's lang");
    });

    it("lets the element's own attributes win over the provider's", async () => {
      const placed = await place(
        contract.loaded,
        { api: WORKING_API, lang: 'en', 'time-zone': OWN_ZONE, theme: 'light' },
        { api: BROKEN_API, lang: 'es', 'time-zone': PROVIDER_ZONE, theme: 'dark' },
      );
      const { el } = placed;
      await loaded(placed, 'its own api, not the broken one of the provider');
      expect(el.effectiveApi).to.equal(WORKING_API);
      expect(el.resolvedLang()).to.equal('en');
      expect(el.effectiveTimeZone).to.equal(OWN_ZONE);
      await themed(el, 'light', 'light', 'its own theme');
      await speaksEnglish(el, 'its own lang');
    });

    it("uses its own broken api even when the provider's works", async () => {
      const placed = await place(contract.loaded, { api: BROKEN_API }, { api: WORKING_API });
      await until(() => placed.errors.length, () => `no recovery-error (${describeEvents(placed)})`);
      expect(loadedSome(placed), 'nothing loaded from the provider').to.equal(false);
      expect(placed.el.effectiveApi).to.equal(BROKEN_API);
    });

    it('gets its settings from a provider defined after it', async () => {
      const lateTag = `late-provider-${tag}-${Date.now()}-${++serial}`;
      const placed = await place(contract.loaded, {}, { api: WORKING_API, lang: 'es', 'time-zone': LATE_ZONE, theme: 'dark' }, lateTag);
      const { el } = placed;
      await el.updateComplete;
      expect(el.effectiveApi, 'nothing to inherit yet').to.equal(undefined);
      expect(el.effectiveTheme, 'nothing to inherit yet').to.equal('auto');
      expect(el.effectiveTimeZone, 'nothing to inherit yet').not.to.equal(LATE_ZONE);
      expect(loadedSome(placed), 'nothing loaded yet').to.equal(false);

      customElements.define(lateTag, class extends RecoveryProvider {});
      await loaded(placed, "the late provider's api");
      expect(el.effectiveApi).to.equal(WORKING_API);
      expect(el.resolvedLang()).to.equal('es');
      expect(el.effectiveTimeZone).to.equal(LATE_ZONE);
      await themed(el, 'dark', 'dark', "the late provider's theme");
      await speaksSpanish(el, "the late provider's lang");
    });

    it('switches language with the page: no English left in Spanish, and back', async () => {
      const placed = await place(contract.loaded, {}, { api: WORKING_API, lang: 'en' });
      const { el, provider } = placed;
      await loaded(placed, 'in English');
      await speaksEnglish(el, 'the provider says en');

      provider!.lang = 'es';
      await speaksSpanish(el, 'the provider switched to es');
      expect(el.resolvedLang()).to.equal('es');

      el.setAttribute('lang', 'en'); // its own attribute wins
      await speaksEnglish(el, 'its own lang="en" inside an es provider');
      el.removeAttribute('lang'); // and without it, the provider's again
      await speaksSpanish(el, 'its own lang removed');
      expect(placed.errors, 'no recovery-error').to.deep.equal([]);
    });

    it("themes: its own attribute, else the provider, else the page's scheme; dark and light really differ", async () => {
      try {
        // A page that has both schemes says so; `auto` then follows the visitor's system.
        document.documentElement.style.colorScheme = 'light dark';
        const auto = await place(() => undefined, {}, {});
        const dark = await place(() => undefined, {}, { theme: 'dark' });
        const own = await place(() => undefined, { theme: 'light' }, { theme: 'dark' });
        const ownDark = await place(() => undefined, { theme: 'dark' }, { theme: 'light' });

        await emulateMedia({ colorScheme: 'dark' });
        await themed(auto.el, 'auto', 'dark', 'no theme anywhere, a dark system');
        await themed(dark.el, 'dark', 'dark', 'the provider says dark');
        await themed(own.el, 'light', 'light', 'its own light, in a dark provider on a dark system');

        await emulateMedia({ colorScheme: 'light' });
        await themed(auto.el, 'auto', 'light', 'no theme anywhere, a light system');
        await themed(dark.el, 'dark', 'dark', 'the provider says dark, on a light system');
        await themed(ownDark.el, 'dark', 'dark', 'its own dark, in a light provider');

        dark.provider!.theme = 'light';
        await dark.provider!.updateComplete;
        await until(() => themeRoot(dark.el)?.getAttribute('data-theme') === 'light', () => 'a change of the provider reaches the element');
        await themed(dark.el, 'light', 'light', 'the provider changed to light');

        // A light-only page: light text stays, on a dark system too (the element paints no panel of its own).
        document.documentElement.style.colorScheme = '';
        await emulateMedia({ colorScheme: 'dark' });
        await themed(auto.el, 'auto', 'light', 'no theme anywhere, a light-only page on a dark system');
      } finally {
        document.documentElement.style.colorScheme = '';
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('fires recovery-load with counts only once it shows what it loaded; accessible', async () => {
      const placed = await place(contract.loaded, { api: WORKING_API });
      await loaded(placed, 'its own api');
      const events = placed.events.filter((event) => event.type === 'recovery-load') as Array<CustomEvent<LoadDetail>>;
      for (const event of events) checkLoadEvent(event);
      // "Data is loaded and shown": not while the loading view is still there.
      expect(placed.loadingAtLoad, 'a loading view still on screen when recovery-load fired').to.deep.equal(placed.loadingAtLoad.map(() => false));
      await speaksEnglish(placed.el, 'loaded');
      await expect(placed.el).to.be.accessible();
    });

    it('fires recovery-error with a message and status only, shows that message, and is accessible', async () => {
      const placed = await place(failing);
      await until(() => placed.errors.length, () => `no recovery-error (${describeEvents(placed)})`);
      for (const event of placed.events.filter((e) => e.type === 'recovery-error') as Array<CustomEvent<ErrorDetail>>) checkErrorEvent(event);
      const { message } = placed.errors[0]!;
      await until(() => shownText(placed.el).includes(message), () => `the message of recovery-error ("${message}") is not shown: "${shownText(placed.el)}"`);
      await expect(placed.el).to.be.accessible();
    });

    it('is accessible in Spanish, in the dark, on a dark page', async () => {
      // theme="dark" says the page behind the element is dark: the element paints no panel of its own.
      document.body.style.background = '#101418';
      try {
        const placed = await place(contract.loaded, {}, { api: WORKING_API, lang: 'es', theme: 'dark' });
        await loaded(placed, 'in Spanish');
        await speaksSpanish(placed.el, 'lang="es"');
        await themed(placed.el, 'dark', 'dark', 'theme="dark"');
        await expect(placed.el).to.be.accessible();
      } finally {
        document.body.style.background = '';
      }
    });

    it('shows every part custom-elements.json documents, in one of its states', async () => {
      const response = await fetch('/custom-elements.json', { cache: 'no-store' });
      expect(response.ok, 'custom-elements.json at the repo root (made by `npm run analyze`)').to.equal(true);
      const manifest = (await response.json()) as { modules?: Array<{ declarations?: Array<{ tagName?: string; cssParts?: Array<{ name: string }> }> }> };
      const declaration = (manifest.modules ?? []).flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
      expect(declaration, `<${tag}> in custom-elements.json`).to.exist;
      const documented = (declaration!.cssParts ?? []).map((p) => p.name);

      const states: Record<string, ContractState<E>> = {
        loaded: {
          setup: (el) => {
            el.setAttribute('api', WORKING_API);
            return contract.loaded(el);
          },
          shows: '',
        },
        failing: { setup: failing, shows: '' },
        ...contract.states,
      };
      const seen = new Set<string>();
      for (const [name, state] of Object.entries(states)) {
        const placed = await place(state.setup);
        const { el } = placed;
        const look = () => partsIn(el).forEach((p) => seen.add(p));
        // Parts that show only for a moment (loading) count too.
        const watcher = new MutationObserver(look);
        watcher.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, attributeFilter: ['part'] });
        try {
          look();
          if (name === 'loaded') await loaded(placed, 'the loaded state');
          else if (name === 'failing') {
            await until(() => placed.errors.length, () => `the failing state: no recovery-error (${describeEvents(placed)})`);
            await until(() => shownText(el).includes(placed.errors[0]!.message), () => 'the failing state: its message is not shown');
          } else {
            await until(() => el.shadowRoot!.querySelector(state.shows), () => `the state "${name}": ${state.shows} never showed; shown: "${shownText(el)}"`);
          }
          look();
          if (state.interact) {
            await state.interact(el);
            await el.updateComplete;
            look();
          }
        } finally {
          watcher.disconnect();
          placed.container.remove();
          placed.undo?.();
        }
      }
      const missing = documented.filter((name) => !seen.has(name));
      expect(missing, `parts documented in custom-elements.json never in the DOM of the states ${Object.keys(states).join(', ')} (seen: ${[...seen].join(', ')})`).to.deep.equal([]);
    });
  });
}
