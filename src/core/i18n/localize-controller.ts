import type { ReactiveController, ReactiveControllerHost } from 'lit';
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
  if (pageObserver || typeof MutationObserver === 'undefined') return;
  pageObserver = new MutationObserver(() => connected.forEach((host) => host.requestUpdate()));
  pageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/**
 * The nearest `lang` attribute above `element`, crossing shadow-root boundaries, then the page's;
 * the browser's preferred language when the page declares none. On a server (Lit's server rendering has
 * no `closest`, and no page), English.
 */
export function closestLang(element: Element): string {
  let node: Element | null = element;
  if (!node.closest) return 'en';
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) {
      const lang = withLang.getAttribute('lang');
      if (lang) return lang;
    }
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang || navigator.language || 'en';
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
    return cached(numberFormats, this.lang, options, () => new Intl.NumberFormat(this.lang, options)).format(value);
  }

  date(value: Date | number, options: Intl.DateTimeFormatOptions): string {
    return cached(dateFormats, this.lang, options, () => new Intl.DateTimeFormat(this.lang, options)).format(value);
  }
}

// Building an Intl formatter costs far more than using one, and lists format hundreds of values per render.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<F>(store: Map<string, F>, lang: string, options: object, create: () => F): F {
  const key = `${lang}|${JSON.stringify(options)}`;
  let formatter = store.get(key);
  if (!formatter) store.set(key, (formatter = create()));
  return formatter;
}
