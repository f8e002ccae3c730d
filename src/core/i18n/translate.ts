/**
 * Looking up and formatting UI strings. A language code matches exactly ("es-MX") or by its primary
 * subtag ("es"); anything else, and any missing string, falls back to English.
 *
 * English is built in. Other languages are registered as loaders and fetched (`import()`) the first time a
 * page needs them, so a visitor downloads only the strings of the language they read; elements wait for
 * them before rendering (see `RecoveryBase.scheduleUpdate`), so nothing flashes in English first.
 * Strings come in namespaces: `core` here, and one per element (or per part an element loads on demand),
 * each in its own folder's `i18n/`, registered by that folder's `index.ts` with `registerNamespace`.
 */
import { core as englishCore } from './en.js';
import type { Catalog, Message, MessageKey, MessageParams, Messages } from './messages.js';

type Strings = Record<string, Message>;
type Loader = () => Promise<Strings>;

const catalogs = new Map<string, Strings>([
  ['en', { ...englishCore }],
  ['es', {}],
]);
const loaders = new Map<string, Loader[]>([['es', [() => import('./es.js').then((m) => m.default)]]]);
const loading = new Map<string, Promise<void>>();

/**
 * Adds strings to a language: over those there (strings a page gives), or, with `fill`, under them (built-in
 * strings, and any fetched later), so a page's own wording stays when the part it rewords loads after it.
 */
function merge(language: string, strings: Strings, fill?: boolean): void {
  const there = catalogs.get(language) ?? {};
  catalogs.set(language, fill ? { ...strings, ...there } : { ...there, ...strings });
}

/**
 * One namespace: its English, built in, and a loader per other language (a module whose default export is
 * the namespace in that language), fetched the first time a page needs that language. Each `i18n/index.ts`
 * calls this once: `registerNamespace(meetings, { es: () => import('./es.js') })`. Built-in strings only fill
 * what is missing: a page's own wording stays, even when the part whose strings these are loads after it.
 */
export function registerNamespace(english: Partial<Messages>, languages: Record<string, () => Promise<{ default: Partial<Messages> }>>): void {
  merge('en', english, true);
  for (const [code, load] of Object.entries(languages)) registerStrings(code, () => load().then((m) => m.default as Strings));
}

/**
 * Adds strings to a language (they win over what is there), or a loader that imports them on first use (they
 * fill what is missing). A page translates or rewords any string this way, giving the strings themselves:
 * `registerMessages('fr', { 'status.retry': 'Réessayer' })`.
 */
export function registerMessages(code: string, messages: Partial<Messages> | (() => Promise<Partial<Messages>>)): void {
  registerStrings(code, messages);
}

/** Like `registerMessages`, for strings whose keys are data (e.g. meeting type names), looked up with `lookup`. */
export function registerStrings(code: string, strings: Strings | Loader): void {
  const language = code.toLowerCase();
  if (typeof strings !== 'function') return merge(language, strings);
  if (!catalogs.has(language)) catalogs.set(language, {});
  loaders.set(language, [...(loaders.get(language) ?? []), strings]);
}

/** Adds a language, namespace by namespace: `registerLanguage('fr', { core: frCore, meetings: frMeetings })`. */
export function registerLanguage(code: string, catalog: Partial<{ [N in keyof Catalog]: Partial<Catalog[N]> }>): void {
  for (const messages of Object.values(catalog)) registerStrings(code, messages);
}

/**
 * Loads the strings registered as loaders for the language serving `lang`. Resolves when they are in
 * (a failed load leaves English in place); `undefined` when nothing is pending, so callers need not wait.
 */
export function loadLanguage(lang: string): Promise<void> | undefined {
  const language = supportedLanguage(lang);
  const pending = loaders.get(language) ?? [];
  const inFlight = loading.get(language);
  if (pending.length === 0) return inFlight;
  loaders.set(language, []);
  const done = Promise.all([
    inFlight,
    ...pending.map((load) => load().then((strings) => merge(language, strings, true), () => undefined)),
  ]).then(() => {
    if (loading.get(language) === done) loading.delete(language);
  });
  loading.set(language, done);
  return done;
}

/** The registered language that serves `lang` ("es-MX" → "es"), or "en". */
export function supportedLanguage(lang: string | undefined | null): string {
  if (!lang) return 'en';
  const code = lang.toLowerCase();
  if (catalogs.has(code)) return code;
  const primary = code.split('-')[0]!;
  return catalogs.has(primary) ? primary : 'en';
}

export function languages(): string[] {
  return [...catalogs.keys()];
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: string): Intl.NumberFormat {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang)));
  return format;
}

function pick(message: Message, lang: string, count: number | undefined): string {
  if (typeof message === 'string') return message;
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return message[rules.select(count ?? 0)] ?? message.other;
}

/** A string by a key that is data (registered with `registerStrings`), in `lang`, else English; undefined if none. */
export function lookup(lang: string, key: string): string | undefined {
  const message = catalogs.get(supportedLanguage(lang))?.[key] ?? catalogs.get('en')![key];
  return message === undefined ? undefined : pick(message, supportedLanguage(lang), undefined);
}

/**
 * The string for `key` in `lang` (a code as written on the page: "es-MX" uses Spanish strings with
 * Mexican number formatting), with `{param}` placeholders filled. Numbers are formatted for the language.
 */
export function translate(lang: string, key: MessageKey, params: MessageParams = {}): string {
  const language = supportedLanguage(lang);
  const message = catalogs.get(language)?.[key] ?? catalogs.get('en')![key]!;
  const count = typeof params.count === 'number' ? params.count : undefined;
  return pick(message, language, count).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat(lang).format(value) : value;
  });
}
