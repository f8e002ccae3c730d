/**
 * Looking up and formatting UI strings. A language code matches exactly ("es-MX") or by its primary
 * subtag ("es"); anything else, and any missing string, falls back to English.
 * Adding a language is one file (shaped like en.ts) and one `registerLanguage` call.
 */
import { core as englishCore } from './en.js';
import { core as spanishCore } from './es.js';
import type { Catalog, Message, MessageKey, MessageParams, Messages } from './messages.js';

const catalogs = new Map<string, Partial<Messages>>([
  ['en', { ...englishCore }],
  ['es', { ...spanishCore }],
]);

/**
 * Adds strings to a language: an element's namespace (`registerMessages('es', meetings)`), or any
 * partial set. Later strings replace earlier ones with the same key.
 */
export function registerMessages(code: string, messages: Partial<Messages>): void {
  const language = code.toLowerCase();
  catalogs.set(language, { ...catalogs.get(language), ...messages });
}

/** Adds a whole language file: `import * as fr from './fr.js'; registerLanguage('fr', fr)`. */
export function registerLanguage(code: string, catalog: Partial<{ [N in keyof Catalog]: Partial<Catalog[N]> }>): void {
  for (const messages of Object.values(catalog)) registerMessages(code, messages as Partial<Messages>);
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
