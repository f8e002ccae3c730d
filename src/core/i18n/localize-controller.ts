import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { MessageKey, MessageParams } from './messages.js';
import { translate } from './translate.js';

/** What the controller needs from its element: a way to name the language it should speak. */
export interface LocalizedHost extends ReactiveControllerHost, HTMLElement {
  /** The nearest language setting: the element's own `lang`, its provider's, or the page's. */
  resolvedLang(): string;
}

// One observer for the page's `lang`: when a site switches language, every widget re-renders.
const connected = new Set<LocalizedHost>();
let pageObserver: MutationObserver | undefined;

function observePage() {
  if (isServer || pageObserver) return; // a server has no page (and no MutationObserver)
  pageObserver = new MutationObserver(() => connected.forEach((host) => host.requestUpdate()));
  pageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/**
 * The nearest `lang` attribute above `element`, crossing shadow-root boundaries, then the page's;
 * the browser's preferred language when the page declares none. On a server (Lit's server rendering has
 * no `closest`, and no page), English. (`isServer` is `false` in a browser build: the checks fold away.)
 */
export function closestLang(element: Element): string {
  let node: Element | undefined = isServer ? undefined : element;
  while (node) {
    const lang = node.closest('[lang]')?.getAttribute('lang');
    if (lang) return lang;
    node = (node.getRootNode() as ShadowRoot).host; // the host of a shadow root; none for the document
  }
  return isServer ? 'en' : document.documentElement.lang || navigator.language || 'en';
}

/** Translates and formats for its host element, and re-renders it when the page language changes. */
export class LocalizeController implements ReactiveController {
  constructor(private readonly host: LocalizedHost) {
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this.host);
    observePage();
  }

  hostDisconnected(): void {
    connected.delete(this.host);
  }

  /** The language code in effect, as written ("es-MX"). */
  get lang(): string {
    return this.host.resolvedLang();
  }

  t(key: MessageKey, params?: MessageParams): string {
    return translate(this.lang, key, params);
  }

  number(value: number, options: Intl.NumberFormatOptions = {}): string {
    return this.format(Intl.NumberFormat, value, options);
  }

  date(value: Date | number, options: Intl.DateTimeFormatOptions): string {
    return this.format(Intl.DateTimeFormat, value, options);
  }

  // Building an Intl formatter costs far more than using one, and lists format hundreds of values per render.
  private format<V>(kind: new (lang: string, options: object) => { format(value: V): string }, value: V, options: object): string {
    const key = `${kind.name}|${this.lang}|${JSON.stringify(options)}`;
    let formatter = formatters.get(key) as { format(value: V): string } | undefined;
    if (!formatter) formatters.set(key, (formatter = new kind(this.lang, options)));
    return formatter.format(value);
  }
}

const formatters = new Map<string, unknown>();
